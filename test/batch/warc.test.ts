/**
 * WARC / WARC.gz input: response records with HTML are cleaned, the target URI becomes
 * metadata.url, the record id is in the output; other records are skipped; a truncated record is an
 * error record and the run goes on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean, corpusBytes, HTML_PAGES, jsonLines, runCli, tempDir } from '../cli/helpers.js';

interface Rec {
  type: 'response' | 'request' | 'metadata';
  uri: string;
  id: string;
  contentType?: string;
  body: Buffer;
}

/** One WARC/1.0 record with an HTTP message as its block. */
function warcRecord(r: Rec): Buffer {
  const http =
    r.type === 'response'
      ? Buffer.concat([
          Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${r.contentType ?? 'text/html'}\r\nContent-Length: ${r.body.length}\r\n\r\n`),
          r.body,
        ])
      : r.type === 'request'
        ? Buffer.from(`GET / HTTP/1.1\r\nHost: example.com\r\n\r\n`)
        : r.body;
  const ctype = r.type === 'metadata' ? 'application/warc-fields' : `application/http; msgtype=${r.type}`;
  const head =
    `WARC/1.0\r\nWARC-Type: ${r.type}\r\nWARC-Record-ID: <urn:uuid:${r.id}>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n` +
    `WARC-Target-URI: ${r.uri}\r\nContent-Type: ${ctype}\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

const pages = HTML_PAGES.slice(0, 3).map((f, i) => ({
  uri: `https://news.example.org/story/${i + 1}`,
  id: `00000000-0000-4000-8000-00000000000${i + 1}`,
  body: corpusBytes('dragnet', f),
}));
const latin1Page = Buffer.from(
  '<html><head><title>Caf\xe9 owners protest</title></head><body><article><h1>Caf\xe9 owners protest</h1>' +
    '<p>Owners of the caf\xe9s on the main square met on Tuesday to protest against the new rules on terraces, which they say will cost them half of their summer trade.</p>' +
    '<p>The mayor said the rules would be reviewed in the autumn after a public consultation with residents and businesses.</p></article></body></html>',
  'latin1',
);

function records(): Rec[] {
  return [
    { type: 'request', uri: pages[0]!.uri, id: 'req-1', body: Buffer.alloc(0) },
    ...pages.map((p) => ({ type: 'response' as const, uri: p.uri, id: p.id, contentType: 'text/html; charset=utf-8', body: p.body })),
    { type: 'response', uri: 'https://news.example.org/logo.png', id: 'img-1', contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { type: 'metadata', uri: pages[0]!.uri, id: 'meta-1', body: Buffer.from('via: crawler\r\n') },
    { type: 'response', uri: 'https://cafe.example.fr/a', id: 'latin-1', contentType: 'text/html; charset=ISO-8859-1', body: latin1Page },
  ];
}

function expectedFor(body: Buffer, url: string, charset: string) {
  try {
    const r = clean(body, { type: 'html', url, charset });
    return { text: r.text, metadata: JSON.parse(JSON.stringify(r.metadata)) };
  } catch (err) {
    return { error: { code: (err as { code: string }).code } };
  }
}

async function runWarc(file: string, extra: string[] = []) {
  const r = await runCli(['--format', 'jsonl', ...extra, file]);
  return { ...r, out: jsonLines(r.stdout) };
}

describe('WARC input', () => {
  for (const gz of [false, true]) {
    it(`cleans the HTML responses of a ${gz ? 'WARC.gz (one gzip member per record)' : 'WARC'} with URLs in the metadata`, async () => {
      const dir = tempDir();
      const file = join(dir, gz ? 'crawl.warc.gz' : 'crawl.warc');
      const recs = records();
      writeFileSync(file, Buffer.concat(recs.map((r) => (gz ? gzipSync(warcRecord(r)) : warcRecord(r)))));
      const { code, out, stderr } = await runWarc(file);
      const responses = recs.filter((r) => r.type === 'response' && r.contentType!.startsWith('text/html'));
      expect(out.map((o) => o.id)).toEqual(responses.map((r) => `<urn:uuid:${r.id}>`));
      for (const [i, r] of responses.entries()) {
        const o = out[i]!;
        expect(o.recordId).toBe(`<urn:uuid:${r.id}>`);
        expect(o.path).toBe(file);
        const charset = /charset=([^;]+)/.exec(r.contentType!)![1]!;
        const exp = expectedFor(r.body, r.uri, charset);
        if ('error' in exp) {
          expect(o.error, `${r.id}: ${stderr}`).toMatchObject(exp.error!);
        } else {
          expect(o.text).toBe(exp.text);
          expect(o.metadata).toEqual(exp.metadata);
          expect((o.metadata as { url?: string }).url).toBeTruthy();
        }
      }
      // The page without a canonical link: the target URI is its URL, and the HTTP charset decoded it.
      const cafe = out[out.length - 1]!;
      if (!cafe.error) {
        expect((cafe.metadata as { url: string }).url).toBe('https://cafe.example.fr/a');
        expect(cafe.text).toContain('caf\u00e9s');
      }
      expect(code === 0 || out.some((o) => o.error)).toBe(true);
    });
  }

  it('a truncated last record is an error record; the records before it come out as alone', async () => {
    const dir = tempDir();
    const recs = records().filter((r) => r.type === 'response' && r.contentType!.startsWith('text/html'));
    const whole = Buffer.concat(recs.map(warcRecord));
    const cut = whole.subarray(0, whole.length - 300);
    for (const [name, bytes] of [
      ['cut.warc', cut],
      ['cut.warc.gz', Buffer.concat([...recs.slice(0, -1).map((r) => gzipSync(warcRecord(r))), gzipSync(warcRecord(recs.at(-1)!)).subarray(0, 200)])],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const { code, out } = await runWarc(file);
      expect(code, name).toBe(3);
      const n = recs.length - 1;
      for (let i = 0; i < n; i++) {
        const exp = expectedFor(recs[i]!.body, recs[i]!.uri, 'utf-8');
        if (!('error' in exp)) expect(out[i]!.text, `${name} #${i}`).toBe(exp.text);
      }
      expect(out.length, name).toBe(recs.length);
      expect(out[n]!.error, name).toMatchObject({ code: 'BAD_RECORD' });
    }
  });

  it('a file that is not a WARC gives one error record and the other inputs go on', async () => {
    const dir = tempDir();
    const bad = join(dir, 'garbage.warc');
    writeFileSync(bad, 'this is not a warc file\n'.repeat(10));
    const good = join(dir, 'good.warc');
    writeFileSync(good, warcRecord(records().at(-1)!));
    const r = await runCli(['--format', 'jsonl', bad, good]);
    const out = jsonLines(r.stdout);
    expect(r.code).toBe(3);
    expect(out[0]!.error).toMatchObject({ code: 'BAD_RECORD' });
    expect(out.at(-1)!.id).toBe('<urn:uuid:latin-1>');
  });
});
