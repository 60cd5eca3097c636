/**
 * Command-line arguments → one normalised settings object for the run (commander 14).
 * @module
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../batch/outcome.js';

import type { BatchConfig } from '../batch/outcome.js';
import type { OutputFormat } from '../batch/render.js';

/** Exit codes of the CLI. */
export const EXIT = { OK: 0, FATAL: 1, USAGE: 2, SOME_FAILED: 3 } as const;

/** Where outputs go. */
export type OutMode = 'stdout' | 'dir' | 'jsonl-file';

/** Everything a run needs, normalised once. */
export interface RunSettings {
  inputs: string[];
  /** Inputs are JSON lines `{id, text|html, url?, charset?}`. */
  jsonl: boolean;
  outMode: OutMode;
  out?: string;
  /** Errors file (JSONL), if any. */
  errors?: string;
  jobs: number;
  unordered: boolean;
  progress: 'bar' | 'json' | 'none';
  /** `auto`: text when the run had more than one document. */
  summary: 'auto' | 'text' | 'json' | 'none';
  quiet: boolean;
  /** Ignore finished outputs and journals of an earlier run; redo everything. */
  force: boolean;
  config: BatchConfig;
}

const EXAMPLES = `
Inputs: files, directories (recursive), globs (quote them), '-' for stdin; .gz is read
transparently; *.warc and *.warc.gz are read as WARC (HTML response records).

Output: one input prints its cleaned text; several inputs print a '==> ID <==' header line on
stdout before each text. With --format json each document is one pretty JSON object; with
--format jsonl one line per document, errors included as {"id", "error": {code, message}}.

Exit codes: 0 all documents cleaned, 3 some documents failed (each is reported on stderr and in
the errors file), 2 usage error, 1 fatal error (e.g. the output cannot be written).

Examples:
  $ decruft page.html                          clean one page, print its text
  $ decruft --explain story.dump.txt           also show what was removed and why (stderr)
  $ curl -s https://example.com/a | decruft --url https://example.com/a -
  $ decruft --out clean/ crawl/                 one .txt per input below clean/, resumable
  $ decruft --format jsonl --out all.jsonl 'pages/**/*.html.gz'
  $ decruft --format jsonl crawl.warc.gz > clean.jsonl
  $ cat records.jsonl | decruft --jsonl > cleaned.jsonl
  $ decruft cleaners                           list the cleaners (rule ids for --disable)
  $ decruft eval --help                        score against gold (see decruft eval)
`;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
}

/** Parse a size such as `20000000`, `512k`, `20MB`, `1.5G`. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 20MB, 512k or 1000000');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new InvalidArgumentError('size must be at least 1 byte');
  return n;
}

/** The commander program (without actions): options, help and examples. */
export function buildProgram(version: string): Command {
  return new Command('decruft')
    .description('Strip boilerplate and junk from scraped news (HTML or text dumps) and print the clean article text.')
    .usage('[options] [FILE|DIR|GLOB|-]…\n       decruft cleaners\n       decruft eval [options] …')
    .argument('[inputs...]', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'jsonl']))
    .option('-o, --out <path>', 'write one output per input below this directory (or one JSONL file: --format jsonl, or a path ending in .jsonl)')
    .option('--explain', 'show every removal (cleaner, reason, lines) and where each metadata field came from')
    .addOption(new Option('--type <type>', 'treat inputs as text dumps or HTML (default: detect)').choices(['text', 'html']))
    .option('--url <url>', 'canonical URL of the page (goes to metadata.url)')
    .option('--charset <name>', 'charset of byte input, e.g. from an HTTP header')
    .option('--language <code>', 'ISO 639-1 language of the input (default: detect)')
    .option('--links', 'keep hyperlinks in markdown output')
    .option('--readability-fallback', 'HTML: ask Readability (jsdom) when the main content found is nearly empty (slower on those pages)')
    .option('--disable <ruleIds>', 'comma-separated cleaners to switch off (see: decruft cleaners)')
    .option('--jsonl', 'read JSON lines {"id", "text"|"html", "url"?, "charset"?} from stdin or the files given')
    .option('-j, --jobs <n>', 'worker threads (default: all cores)', positiveInt('--jobs'))
    .option('--max-bytes <size>', 'refuse documents larger than this (default 20MB)', parseSize)
    .option('--timeout <ms>', `time budget per document in ms (default ${DEFAULT_TIMEOUT_MS})`, positiveInt('--timeout'))
    .option('--errors <file>', 'also write error records (JSONL) here (default with --out: errors.jsonl beside the outputs)')
    .option('--unordered', 'write results as they finish instead of in input order')
    .option('--force', 'redo everything: ignore finished outputs and the journal of an earlier run')
    .addOption(new Option('--progress <mode>', 'progress on stderr (default: bar on a terminal)').choices(['bar', 'json', 'none']))
    .addOption(new Option('--summary <mode>', 'end-of-run summary on stderr (default: text when several documents)').choices(['text', 'json', 'none']))
    .option('--profile', 'print the time spent per stage and per cleaner, summed over the documents')
    .option('-q, --quiet', 'no progress, no text summary, no per-document error lines')
    .version(version, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError();
}

/** Raised for a usage error found after parsing (exit code 2). */
export class UsageError extends Error {}

interface RawOptions {
  format?: OutputFormat;
  out?: string;
  explain?: boolean;
  type?: 'text' | 'html';
  url?: string;
  charset?: string;
  language?: string;
  links?: boolean;
  readabilityFallback?: boolean;
  disable?: string;
  jsonl?: boolean;
  jobs?: number;
  maxBytes?: number;
  timeout?: number;
  errors?: string;
  unordered?: boolean;
  force?: boolean;
  progress?: 'bar' | 'json' | 'none';
  summary?: 'text' | 'json' | 'none';
  profile?: boolean;
  quiet?: boolean;
}

/** Normalise parsed options; throws {@link UsageError}. */
export function normalize(inputs: string[], raw: RawOptions, stdinIsTTY: boolean, stderrIsTTY: boolean): RunSettings {
  const disable = (raw.disable ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (inputs.length === 0) {
    if (stdinIsTTY) throw new UsageError('no input given (see --help)');
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError("'-' (stdin) can be given only once");

  const outIsJsonlFile = raw.out !== undefined && /\.jsonl$/i.test(raw.out);
  const format: OutputFormat = raw.format ?? (raw.jsonl || outIsJsonlFile ? 'jsonl' : 'text');
  let outMode: OutMode = 'stdout';
  if (raw.out !== undefined) outMode = format === 'jsonl' ? 'jsonl-file' : 'dir';
  if (format === 'jsonl' && raw.out !== undefined && /[/\\]$/.test(raw.out)) {
    throw new UsageError(`--format jsonl writes one file: give --out a file path, not the directory ${raw.out}`);
  }
  if (outIsJsonlFile && format !== 'jsonl') throw new UsageError(`--out ${raw.out} ends in .jsonl but --format is ${format}`);
  if (raw.links && format !== 'markdown') throw new UsageError('--links needs --format markdown');
  if (raw.unordered && outMode === 'dir') {
    // Harmless: per-file outputs have no order. Accept silently.
  }

  let errors = raw.errors;
  if (errors === undefined && raw.out !== undefined) {
    errors = outMode === 'dir' ? `${raw.out.replace(/\/+$/, '')}/errors.jsonl` : `${raw.out}.errors.jsonl`;
  }

  const config: BatchConfig = {
    format,
    explain: !!raw.explain,
    links: !!raw.links,
    profile: !!raw.profile,
    readabilityFallback: !!raw.readabilityFallback,
    disable,
    maxBytes: raw.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: raw.timeout ?? DEFAULT_TIMEOUT_MS,
  };
  if (raw.type) config.type = raw.type;
  if (raw.url) config.url = raw.url;
  if (raw.charset) config.charset = raw.charset;
  if (raw.language) config.language = raw.language;

  const quiet = !!raw.quiet;
  return {
    inputs,
    jsonl: !!raw.jsonl,
    outMode,
    ...(raw.out !== undefined ? { out: raw.out } : {}),
    ...(errors !== undefined ? { errors } : {}),
    jobs: raw.jobs ?? Math.max(1, availableParallelism()),
    unordered: !!raw.unordered,
    progress: raw.progress ?? (quiet || !stderrIsTTY ? 'none' : 'bar'),
    summary: raw.summary ?? (quiet ? 'none' : 'auto'),
    quiet,
    force: !!raw.force,
    config,
  };
}
