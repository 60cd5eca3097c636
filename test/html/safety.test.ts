import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import { clean } from '../../src/index.js';
import { DecruftError } from '../../src/errors.js';

describe('HTML safety', () => {
  it('never runs page scripts or fetches what the page names', () => {
    const g = globalThis as Record<string, unknown>;
    delete g.__decruftPwned;
    const html = `<html><head><script>globalThis.__decruftPwned = true</script>
      <script src="https://evil.example/x.js"></script><link rel="stylesheet" href="https://evil.example/a.css">
      <meta http-equiv="refresh" content="0;url=https://evil.example/"></head>
      <body onload="globalThis.__decruftPwned = true"><img src="https://evil.example/p.gif" onerror="globalThis.__decruftPwned = true">
      <iframe src="https://evil.example/frame"></iframe>
      <p>The council approved the budget on Tuesday after a long debate over school funding.</p>
      <script>document.write('<p>injected</p>')</script></body></html>`;
    const r = clean(html, { type: 'html' });
    expect(g.__decruftPwned).toBeUndefined();
    expect(r.text).toContain('The council approved the budget');
    expect(r.text).not.toContain('injected');
    expect(r.text).not.toContain('evil');
  });

  it('returns empty text with a no-article warning for a page with no article, without crashing', () => {
    const r = clean('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>', { type: 'html' });
    expect(r.warnings).toContain('no-article');
    const empty = clean('<html><body><div></div><script>var x = 1;</script></body></html>', { type: 'html' });
    expect(empty.text).toBe('');
    expect(empty.warnings).toContain('no-article');
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const depth = 20_000;
    const html = '<body>' + '<div>'.repeat(depth) + '<p>deep text</p>' + '</div>'.repeat(depth);
    const { blocks } = parseHtml(html, { deadline: performance.now() + 60_000 });
    expect(blocks.map((b) => b.text)).toEqual(['deep text']);
    expect(blocks[0]!.dom!.path.startsWith('…>')).toBe(true);
    expect(blocks[0]!.dom!.depth).toBe(depth + 1);
  });

  it('fails a page that runs over its time budget with TIMEOUT', () => {
    const html = '<body>' + '<div><span>x'.repeat(100_000);
    let err: unknown;
    try {
      parseHtml(html, { deadline: performance.now() + 50 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DecruftError);
    expect((err as DecruftError).code).toBe('TIMEOUT');
  });

  it('handles a multi-megabyte single line quickly', () => {
    const html = '<body><p>' + 'word '.repeat(1_000_000) + '</p></body>';
    const { blocks } = parseHtml(html, { deadline: performance.now() + 30_000 });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.length).toBe(5 * 1_000_000 - 1);
  });

  it('starts the body where browsers do: content after an unclosed <head>, an unclosed <title>', () => {
    expect(parseHtml('<html><head><title>T</title><meta name=x content=y><div>Body text</div>', { deadline: Infinity }).blocks.map((b) => b.text)).toEqual(['Body text']);
    const r = parseHtml('<html><head><title>Broken title<script>x()</script></head><body><p>Story text</p></body>', { deadline: Infinity });
    expect(r.blocks.map((b) => b.text)).toContain('Story text');
  });
});

describe('Readability fallback', () => {
  it('runs Readability on jsdom without running scripts or loading resources', async () => {
    const { readabilityText } = await import('../../src/html/fallback-readability.js');
    const g = globalThis as Record<string, unknown>;
    const para = 'The harbour authority said on Monday that the new pier, delayed for two years by storms and a dispute over costs, would open to ferries in the spring. ';
    const html = `<html><head><script>window.parent.__rbPwned = true; globalThis.__rbPwned = true;</script>
      <link rel="stylesheet" href="https://evil.example/a.css"></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Pier to open</h1><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p><img src="https://evil.example/i.png"></article></body></html>`;
    const text = readabilityText(html, 'https://news.example/pier');
    expect(g.__rbPwned).toBeUndefined();
    expect(text).toContain('The harbour authority said on Monday');
    expect(text).not.toContain('Home');
  });
});
