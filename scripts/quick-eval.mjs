#!/usr/bin/env node
// Quick dev eval: node scripts/quick-eval.mjs <corpus> [dump|dump-raw|raw|html|all] [limit]
// A thin wrapper over `decruft eval` (needs `npm run build` first): one corpus of ../shared/corpora,
// an evenly spread subset of `limit` pages, no bootstrap, the 10 worst pages.
import { evalCommand } from '../dist/eval/command.js';

const [corpus = 'dragnet', kind = 'dump', limit = '0'] = process.argv.slice(2);
const input = kind === 'raw' ? 'dump-raw' : kind;
const root = process.env.DECRUFT_CORPORA ?? new URL('../../shared/corpora/', import.meta.url).pathname;
process.exitCode = await evalCommand(['--input', input, '--limit', limit, '--bootstrap', '0', '--worst', '10', `${root}/${corpus}`]);
