#!/usr/bin/env node
// One page's metadata sources, for debugging the getters: node scripts/dev/meta-page.mjs CORPUS ID [--blocks N]
// Prints <title>, title/author/date metas, JSON-LD article nodes, items (time, byline, author), headings
// near the main content, and decruft's metadata with provenance. Needs `npm run build`.
import { join } from 'node:path';
import { clean } from '../../dist/clean.js';
import { readInput, readMeta } from '../../dist/eval/corpus.js';
import { decodeHtmlBytes } from '../../dist/input/decode-html.js';
import { parseHtml } from '../../dist/html/index.js';
import { metaSources } from '../../dist/html/metadata/sources.js';

const [corpus, id] = process.argv.slice(2);
const bi = process.argv.indexOf('--blocks');
const nb = bi > 0 ? +process.argv[bi + 1] : 40;
const root = process.env.DECRUFT_CORPORA ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const dir = join(root, corpus);
const bytes = readInput(join(dir, `${id}.html.gz`));
const gold = readMeta(dir, id);
console.log('GOLD', JSON.stringify({ title: gold?.title, author: gold?.author ?? gold?.byline, date: gold?.date ?? gold?.publishedTime, site: gold?.sitename ?? gold?.siteName }));
const source = decodeHtmlBytes(bytes);
const parsed = parseHtml(source, { deadline: Infinity });
const page = parsed.html.page;
const src = metaSources(page);
console.log('<title>', page.title, '| h1:', JSON.stringify(page.h1));
for (const [k, v] of src.meta) if (/title|author|date|time|creator|byl|site|pub/i.test(k)) console.log('meta', k, JSON.stringify(v));
for (const a of src.articles) console.log('ld', JSON.stringify(a).slice(0, 600));
for (const n of src.nodes) if (!src.articles.includes(n)) console.log('ld-other', JSON.stringify(n).slice(0, 200));
for (const it of page.items) console.log('item', it.prop, JSON.stringify(it.attr), JSON.stringify(it.text.slice(0, 100)), it.tokens, it.inArticle ? 'inArticle' : '');
const start = parsed.blocks.findIndex((b) => b.dom?.extra?.inMain);
parsed.blocks.forEach((b, i) => {
  if ((b.dom?.level && i < start + 5) || (i >= start - nb / 2 && i < Math.max(start, 0) + nb / 2)) console.log(`${i}${i === start ? '*' : ''} h${b.dom?.level ?? 0}${b.dom?.extra?.inMain ? ' M' : ''}`, JSON.stringify(b.text.slice(0, 140)));
});
const r = clean(bytes, { type: 'html', explain: true });
for (const f of ['title', 'authors', 'date', 'source']) console.log('GOT', f, JSON.stringify(r.metadata[f]), r.provenance?.[f]?.ruleId, r.provenance?.[f]?.evidence);
