// Stage-by-stage memory probe of one clean() of a ~20 MB page.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { bigPage } from '../bench/docs.mjs';
const [,, input, src, distArg] = process.argv;
const dist = resolve(distArg ?? 'dist');
const imp = (p) => import(pathToFileURL(join(dist, p)).href);
const { buildDocument, clean } = await imp('clean.js');
const { decodeTextBytes } = await imp('input/decode-text.js');
const { decodeHtmlBytes } = await imp('input/decode-html.js');
const { CLEANERS } = await imp('pipeline.js');
const { VFile } = await import('vfile');
const { NO_MESSAGES } = await imp('cleaner.js');
const type = input === 'html' ? 'html' : 'text';
const raw = src.endsWith('.gz') ? gunzipSync(readFileSync(src)) : readFileSync(src);
const target = 20000000;
const big = bigPage(raw, type, target);
clean(raw, { type });
gc();
const rss0 = process.memoryUsage().rss / 2 ** 20;
const mb = (x) => (x / 2 ** 20).toFixed(1);
const h0 = process.memoryUsage().heapUsed;
// NOGC=1: no forced collection between stages (peaks as in a plain run; retained figures then include garbage).
const collect = process.env.NOGC ? () => {} : gc;
function mark(label) {
  const peak = process.resourceUsage().maxRSS / 1024 - rss0;
  collect();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(28)} peakGrowth ${peak.toFixed(1).padStart(7)}  retainedHeap ${mb(m.heapUsed - h0).padStart(7)}  ext ${mb(m.external)}`);
}
mark('start');
const source = type === 'html' ? decodeHtmlBytes(big, undefined) : decodeTextBytes(big);
mark('decode');
const doc = buildDocument(source, type, {}, Infinity);
if (process.env.SNAP_DOC) v8.writeHeapSnapshot(process.env.SNAP_DOC);
mark(`buildDocument (${doc.children.length} blocks)`);
const file = new VFile({});
file.data[NO_MESSAGES] = true;
for (const c of CLEANERS) { c.run(doc, undefined, file); mark('cleaner ' + c.id); }
const kept = doc.children.filter((b) => !b.removed && !b.lifted);
const text = kept.map((b) => b.text).join('\n\n');
mark(`text (${kept.length} kept)`);
const whole = clean(big, { type, timeoutMs: 600_000 });
mark(`clean() again (${whole.removed.length} removals)`);
if (process.env.SNAP) v8.writeHeapSnapshot(process.env.SNAP);
console.log(doc.children.length, text.length);
