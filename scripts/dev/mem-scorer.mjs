// What the content scorer's per-document parts hold on a ~20 MB page (after the named cleaners).
//   node --expose-gc scripts/dev/mem-scorer.mjs dump|html SOURCE   (the source repeated whole to 20 MB)
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const dist = resolve('dist');
const imp = (p) => import(pathToFileURL(join(dist, p)).href);
const { buildDocument } = await imp('clean.js');
const { decodeTextBytes } = await imp('input/decode-text.js');
const { decodeHtmlBytes } = await imp('input/decode-html.js');
const { CLEANERS } = await imp('pipeline.js');
const { vectorizer } = await imp('model/vector.js');
const { derivedFeatures } = await imp('model/extra-features.js');
const { loadModel } = await imp('model/load.js');
const { VFile } = await import('vfile');
const { NO_MESSAGES } = await imp('cleaner.js');
const { readFileSync } = await import('node:fs');
const { gunzipSync } = await import('node:zlib');
const [,, input, src] = process.argv;
const type = input === 'html' ? 'html' : 'text';
const raw = src.endsWith('.gz') ? gunzipSync(readFileSync(src)) : readFileSync(src);
const parts = []; let size = 0;
while (size + raw.length < 20e6) { parts.push(raw); size += raw.length; }
const big = Buffer.concat(parts);
const source = type === 'html' ? decodeHtmlBytes(big) : decodeTextBytes(big);
const doc = buildDocument(source, type, {}, Infinity);
const file = new VFile({}); file.data[NO_MESSAGES] = true;
for (const c of CLEANERS) { if (c.id === 'content-scorer') break; c.run(doc, undefined, file); }
const model = loadModel(type);
const mb = (x) => (x / 2 ** 20).toFixed(1);
function m(label, fn) {
  gc(); const a = process.memoryUsage(); const r0 = process.resourceUsage().maxRSS;
  const keep = fn();
  const b = process.memoryUsage(); gc(); const c = process.memoryUsage();
  console.log(label.padEnd(16), 'heap+', mb(b.heapUsed - a.heapUsed), 'ext+', mb(b.external - a.external), 'retained heap', mb(c.heapUsed - a.heapUsed), 'ext', mb(c.external - a.external), 'maxRSS+', mb((process.resourceUsage().maxRSS - r0) * 1024));
  return keep;
}
const rows = new Uint8Array(doc.children.length).fill(1);
if (model.spec.derived?.length) m('derived', () => derivedFeatures(doc, model.spec.derived));
m('vectorizer', () => vectorizer(doc, model.spec, rows));
