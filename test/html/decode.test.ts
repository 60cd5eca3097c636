import { describe, expect, it } from 'vitest';
import { decodeHtml, detectionSample, prescanCharset } from '../../src/input/decode-html.js';
import { clean } from '../../src/index.js';

const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

// "<html><head><meta charset="shift_jis"><title>ニュース</title></head><body><p>東京の天気は晴れです。日本語のニュース記事。</p></body></html>" in Shift_JIS
const SJIS =
  'PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0ic2hpZnRfamlzIj48dGl0bGU+g2qDhYFbg1g8L3RpdGxlPjwvaGVhZD48Ym9keT48cD6TjIuegsyTVotDgs2QsILqgsWCt4FCk/qWe4zqgsyDaoOFgVuDWItMjpaBQjwvcD48L2JvZHk+PC9odG1sPg==';
// A Chinese news page in GBK with no charset declaration at all (detection must find it).
const GBK =
  'PGh0bWw+PGhlYWQ+PHRpdGxlPtDCzsU8L3RpdGxlPjwvaGVhZD48Ym9keT48cD7W0Ln6vq28w9TatdrI/by+tsixo7PWzsi2qNT2s6SjrLn6vNLNs7zGvtbW3NK7uauyvLXEyv2+3c/Uyr6jrLn6xNrJ+rL619zWtc2sscjU9rOksNm31tauy8S1477FoaO31s72yMvKv8jPzqqjrM/7t9G6zc2218q1xLvWuLTKx9b30qrUrdLyoaM8L3A+PHA+sbG+qcrQ1f64rrHtyr6jrL2rvMzQ+M3Gtq+439bKwb+3otW5o6zAqbTzxNrQ6KOszsi2qL7N0rWhozwvcD48L2JvZHk+PC9odG1sPg==';

describe('decodeHtml', () => {
  it('decodes a windows-1252 page named by its meta http-equiv (curly quotes, euro, accents)', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>' +
      '<body><p>\x93Caf\xe9 cr\xe8me\x94 costs \x805 \x96 na\xefve</p></body></html>';
    const d = decodeHtml(latin1Bytes(html));
    expect(d.encoding).toBe('windows-1252');
    expect(d.source).toBe('meta');
    expect(d.text).toContain('“Café crème” costs €5 – naïve');
  });

  it('decodes Shift_JIS from <meta charset>', () => {
    const d = decodeHtml(b64(SJIS));
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toContain('東京の天気は晴れです。日本語のニュース記事。');
  });

  it('detects GBK when nothing declares it', () => {
    const d = decodeHtml(b64(GBK));
    expect(['gbk', 'gb18030']).toContain(d.encoding);
    expect(d.source).toBe('detected');
    expect(d.text).toContain('中国经济在第三季度保持稳定增长');
  });

  it('detects GBK whose text comes after 80 KB of ASCII markup (the detector reads the non-ASCII stretches)', () => {
    const gbk = b64(GBK);
    const at = Buffer.from(gbk).indexOf('<head>') + '<head>'.length;
    const pad = new TextEncoder().encode(`<script>${'var x = 1; // padding\n'.repeat(4000)}</script>`);
    const bytes = new Uint8Array([...gbk.subarray(0, at), ...pad, ...gbk.subarray(at)]);
    expect(bytes.length).toBeGreaterThan(80_000);
    const d = decodeHtml(bytes);
    expect(['gbk', 'gb18030']).toContain(d.encoding);
    expect(d.text).toContain('中国经济在第三季度保持稳定增长');
  });

  it('bounds what the detector reads: at most 16 KiB, the non-ASCII bytes with their context', () => {
    const line = latin1Bytes('<div class="x">Fran\xe7ois a gagn\xe9 le d\xe9bat.</div>\n');
    const page = new Uint8Array(line.length * 20_000);
    for (let i = 0; i < 20_000; i++) page.set(line, i * line.length);
    const s = detectionSample(page);
    expect(s.length).toBeLessThanOrEqual(16 * 1024);
    expect(s.length).toBeGreaterThan(8 * 1024);
    expect(Buffer.from(s).toString('latin1')).toContain('gagn\xe9 le d\xe9bat');
    // A short page is read whole.
    expect(detectionSample(line)).toBe(line);
  });

  it('does not believe a meta that says UTF-8 over bytes that are not', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>Fran\xe7ois a gagn\xe9 le d\xe9bat \xe0 Paris.</p></body></html>';
    const d = decodeHtml(latin1Bytes(html));
    expect(d.encoding).not.toBe('utf-8');
    expect(d.text).toContain('François a gagné le débat à Paris.');
  });

  it('keeps valid UTF-8 even when the page claims ISO-8859-1 (no mojibake)', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Müller sagt: „Grüße“</p></body></html>';
    const d = decodeHtml(new TextEncoder().encode(html));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Müller sagt: „Grüße“');
    expect(d.text).not.toMatch(/Ã|â€/);
  });

  it('decodes 7-bit bytes under a label as that label decodes them', () => {
    // Plain ASCII under windows-1252: the same text as UTF-8 gave; under Shift_JIS (ICU swaps
    // 0x1A/0x1C/0x7F there): what the Shift_JIS decoder gives, not the UTF-8 string.
    const ascii = '<html><head><meta charset="iso-8859-1"></head><body><p>Plain \x7f text.</p></body></html>';
    const w = decodeHtml(latin1Bytes(ascii));
    expect([w.encoding, w.source, w.text]).toEqual(['windows-1252', 'meta', ascii]);
    const sjisBytes = latin1Bytes(ascii.replace('iso-8859-1', 'shift_jis'));
    const j = decodeHtml(sjisBytes);
    expect(j.encoding).toBe('shift_jis');
    expect(j.text).toBe(new TextDecoder('shift_jis').decode(sjisBytes));
  });

  it('lets the transport charset win over the meta', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>';
    expect(decodeHtml(latin1Bytes(html), 'windows-1251').text).toContain('Привет');
  });

  it('decodes UTF-16 with a BOM, little and big endian', () => {
    const html = '<html><body><p>Zürich – 東京</p></body></html>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(decodeHtml(new Uint8Array(le)).text).toBe(html);
    const be = Buffer.from(html, 'utf16le').swap16();
    expect(decodeHtml(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).text).toBe(html);
  });

  it('prescans meta charset past comments, and XML declarations', () => {
    expect(prescanCharset(latin1Bytes('<!-- <meta charset="koi8-r"> --><meta charset=\'EUC-KR\'>'))).toBe('EUC-KR');
    expect(prescanCharset(latin1Bytes('<?xml version="1.0" encoding="ISO-8859-2"?><html>'))).toBe('ISO-8859-2');
    expect(prescanCharset(latin1Bytes('<meta name="description" content="charset=big5 is a thing">'))).toBeUndefined();
  });

  it('cleans Shift_JIS bytes end to end without mojibake', () => {
    const { text } = clean(b64(SJIS), { type: 'html' });
    expect(text).toContain('東京の天気は晴れです');
  });
});
