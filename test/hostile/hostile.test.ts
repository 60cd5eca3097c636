/**
 * Hostile input: one batch with every kind of bad file between good documents. Each hostile file
 * gets a clear error or a sensible result (no crash, no hang), and every good document comes out
 * exactly as it does alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean, corpus, corpusBytes, DecruftError, jsonLines, runCli, SEEDS, tempDir } from '../cli/helpers.js';

const ERROR_CODES = ['EMPTY', 'BINARY', 'DECODE', 'TOO_LARGE', 'TIMEOUT', 'PARSE', 'READ', 'BAD_JSON', 'BAD_RECORD', 'WORKER'];

/** What a hostile file may come out as: an error with one of `codes`, or (`result`) a cleaned document. */
interface Hostile {
  name: string;
  bytes: () => Buffer;
  codes: string[];
  result?: boolean;
  /** Extra check of a result. */
  check?: (rec: Record<string, unknown>) => void;
}

const dumpText = readFileSync(corpus('dragnet', 'dn-0002.dump.txt'), 'utf8');
const page = corpusBytes('dragnet', 'dn-0002.html.gz');

function pseudoRandom(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const HOSTILE: Hostile[] = [
  { name: 'empty.txt', bytes: () => Buffer.alloc(0), codes: ['EMPTY'] },
  { name: 'whitespace.txt', bytes: () => Buffer.from(' \n\t\r\n   \n'), codes: ['EMPTY'] },
  {
    name: 'image.png',
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), pseudoRandom(3000)]),
    codes: ['BINARY'],
  },
  {
    name: 'paper.pdf',
    bytes: () => Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 3000 /Filter /FlateDecode >>\nstream\n', 'latin1'), pseudoRandom(3000, 3), Buffer.from('\nendstream\nendobj\n%%EOF\n')]),
    codes: ['BINARY'],
  },
  { name: 'garbage.gz', bytes: () => gzipSync(pseudoRandom(20000, 11)), codes: ['BINARY'] },
  { name: 'truncated.html.gz', bytes: () => gzipSync(page).subarray(0, 2000), codes: ['DECODE'] },
  {
    name: 'invalid-utf8.txt',
    bytes: () => Buffer.concat([Buffer.from(dumpText.slice(0, 3000)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(dumpText.slice(3000))]),
    codes: [],
    result: true,
  },
  {
    name: 'utf16le-no-bom.txt',
    bytes: () => Buffer.from(dumpText, 'utf16le'),
    codes: [],
    result: true,
    check: (rec) => expect(rec.text).toBe(clean(dumpText).text),
  },
  {
    name: 'nul-bytes.txt',
    bytes: () => Buffer.from(dumpText.slice(0, 5000) + '\0' + dumpText.slice(5000, 9000) + '\0\0' + dumpText.slice(9000)),
    codes: ['BINARY'],
    result: true,
  },
  { name: 'nul-start.txt', bytes: () => Buffer.from('\0\0\0\0hello world\0\0'), codes: ['BINARY'] },
  {
    name: 'deep-nesting.html',
    bytes: () => Buffer.from('<!doctype html><html><body>' + '<div>'.repeat(100_000) + '<p>Deep text at the bottom of a very deep page.</p>' + '</div>'.repeat(100_000) + '</body></html>'),
    codes: ['PARSE', 'TIMEOUT'],
    result: true,
  },
  {
    name: 'deep-unclosed.html',
    bytes: () => Buffer.from('<html><body>' + '<span><b><i>'.repeat(40_000) + 'text'),
    codes: ['PARSE', 'TIMEOUT'],
    result: true,
  },
  {
    name: 'million-elements.html',
    bytes: () => Buffer.from('<!doctype html><html><body>' + '<i>x</i>'.repeat(1_000_000) + '</body></html>'),
    codes: ['PARSE', 'TIMEOUT'],
    result: true,
  },
  { name: 'single-line-50mb.txt', bytes: () => Buffer.alloc(50 * 1024 * 1024, 'a'), codes: ['TOO_LARGE'] },
  {
    name: 'lying-charset.html',
    // Says windows-1252 in a meta tag, is UTF-8 (and says utf-16 in a second one).
    bytes: () =>
      Buffer.from(
        '<!doctype html><html><head><meta charset="windows-1252"><meta http-equiv="Content-Type" content="text/html; charset=utf-16"><title>Zürich café</title></head>' +
          '<body><article><h1>Zürich café owners protest</h1><p>Café owners in Zürich met on Tuesday to protest against new rules on terraces, which they say will cost them half of their summer trade.</p>' +
          '<p>The city council said the rules would be reviewed in the autumn after a consultation with residents and businesses.</p></article></body></html>',
      ),
    codes: ['PARSE'],
    result: true,
  },
  {
    name: 'truncated.warc',
    bytes: () => {
      const body = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n`);
      const http = Buffer.concat([body, page]);
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cut-1>\r\nWARC-Target-URI: https://example.com/cut\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
      return Buffer.concat([Buffer.from(head), http]).subarray(0, 3000);
    },
    codes: ['BAD_RECORD'],
  },
];

/** Good documents: seeds, dumps and HTML pages. */
const GOOD = [
  join(SEEDS, '000_fbf88828f967e7ef.txt'),
  corpus('dragnet', 'dn-0001.dump.txt'),
  corpus('dragnet', 'dn-0001.html.gz'),
  join(SEEDS, '004_6b90616502daa14e.txt'),
  corpus('l3s-gn1', 'gn-0001.html.gz'),
  corpus('readability', 'rh-0001.dump.txt'),
];

function alone(path: string): Record<string, unknown> {
  const bytes = path.endsWith('.gz') ? corpusBytes(path.split('/').at(-2)!, path.split('/').at(-1)!) : readFileSync(path);
  try {
    const r = clean(bytes);
    const rec: Record<string, unknown> = { id: path, path, text: r.text, metadata: JSON.parse(JSON.stringify(r.metadata)) };
    if (r.warnings.length) rec.warnings = r.warnings;
    return rec;
  } catch (err) {
    return { id: path, path, error: (err as InstanceType<typeof DecruftError>).toJSON() };
  }
}

describe('hostile input in one batch', () => {
  let out: Record<string, unknown>[] = [];
  let code: number | null = null;
  let stderr = '';
  const dir = tempDir('decruft-hostile-');
  const inputs: string[] = [];

  beforeAll(async () => {
    // Interleave: good, hostile, good, hostile, …
    let g = 0;
    for (const h of HOSTILE) {
      if (g < GOOD.length) inputs.push(GOOD[g++]!);
      const p = join(dir, h.name);
      writeFileSync(p, h.bytes());
      inputs.push(p);
    }
    while (g < GOOD.length) inputs.push(GOOD[g++]!);
    const r = await runCli(['--format', 'jsonl', '--jobs', '2', '--quiet', ...inputs], { timeoutMs: 280_000 });
    out = jsonLines(r.stdout);
    code = r.code;
    stderr = r.stderr;
  }, 300_000);

  it('every input has exactly one record, in order, and the run exits 3', () => {
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(out.map((o) => o.path)).toEqual(inputs);
  });

  it('every good document comes out exactly as it does alone', () => {
    for (const path of GOOD) {
      const rec = out.find((o) => o.path === path)!;
      expect(rec, path).toEqual(alone(path));
    }
  });

  for (const h of HOSTILE) {
    it(`${h.name}: ${h.result ? 'a result' : ''}${h.result && h.codes.length ? ' or ' : ''}${h.codes.length ? `error ${h.codes.join('/')}` : ''}`, () => {
      const rec = out.find((o) => o.path === join(dir, h.name));
      expect(rec, h.name).toBeDefined();
      if (rec!.error) {
        const err = rec!.error as { code: string; message: string };
        expect(ERROR_CODES).toContain(err.code);
        expect(h.codes, `${h.name}: ${err.code}: ${err.message}`).toContain(err.code);
        expect(err.message.length).toBeGreaterThan(5);
      } else {
        expect(h.result, `${h.name} should fail with ${h.codes.join('/')}`).toBe(true);
        expect(typeof rec!.text).toBe('string');
        expect(rec!.metadata).toBeTypeOf('object');
        h.check?.(rec!);
      }
    });
  }
});
