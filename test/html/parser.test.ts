import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { LeanParser } from '../../src/html/parser.js';
import { FastTokenizer } from '../../src/html/tokenizer.js';

/** Every parser event the walk uses, with its offsets and implied flags, as a list of strings. */
function events(html: string, lean: boolean, chunks?: number[]): string[] {
  const out: string[] = [];
  let p!: Parser;
  const at = () => `${p.startIndex}-${p.endIndex}`;
  const cbs = {
    onopentagname: (n: string) => out.push(`<${n} ${at()}`),
    onattribute: (n: string, v: string) => out.push(`@${n}=${JSON.stringify(v)} ${at()}`),
    onopentag: (n: string, _a: Record<string, string>, implied: boolean) => out.push(`>${n}${implied ? '!' : ''} ${at()}`),
    onclosetag: (n: string, implied: boolean) => out.push(`/${n}${implied ? '!' : ''} ${at()}`),
    ontext: (t: string) => out.push(`t${JSON.stringify(t)} ${at()}`),
    oncomment: (t: string) => out.push(`c${JSON.stringify(t)} ${at()}`),
    onend: () => out.push('end'),
  };
  const options = { decodeEntities: true, Tokenizer: FastTokenizer };
  p = lean ? new LeanParser(cbs, options) : new Parser(cbs, options);
  if (chunks) {
    let from = 0;
    for (const c of chunks) {
      p.write(html.slice(from, from + c));
      from += c;
    }
    p.end(html.slice(from));
  } else p.end(html);
  return out;
}

const same = (html: string, chunks?: number[]) => expect(events(html, true, chunks)).toEqual(events(html, false, chunks));

describe('LeanParser', () => {
  it('gives the stock parser’s events on implied opens and closes', () => {
    for (const html of [
      '',
      '<p>one<p>two<div>three</p></div></p>',
      '<ul><li>a<li>b<ul><li>c</ul><li>d</ul>',
      '<table><thead><tr><th>h<td>x<tbody><tr><td>1<td>2<tr><td>3<tfoot><tr><td>f</table>',
      '<dl><dt>t<dd>d<dt>u</dl><h1>h<p>p<h2>h2</h2>',
      '<select><option>a<optgroup><option>b<option>c</select><input><button>x<textarea>y</textarea>',
      '<ruby>漢<rp>(<rt>かん<rp>)</ruby>',
      '<b><i>x</b>y</i></p></br><br/><hr/><img src=a>',
      '<svg><title>s</title><path/><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi><mo/></math>',
      '<div><span><a href="x">unclosed',
      '<html><head><link rel=x><script>s</script><body><p>b</body></html>',
      '<P CLASS=x>Upper</P ><DIV/>x</DIV>',
    ]) {
      same(html);
      same(html, [1, 3, 7]);
    }
  });

  it('gives the stock parser’s events on random markup', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '</ul>', '<tr>', '<td>', '<th>', '</tr>', '<table>',
      '</table>', '<tbody>', '<thead>', '<tfoot>', '<dd>', '<dt>', '<h1>', '</h1>', '<br>', '</br>', '<br/>', '<hr>',
      '<img src=x>', '<input>', '<option>', '<select>', '</select>', '<svg>', '</svg>', '<math>', '</math>', '<mi>',
      '<title>', '</title>', '<foreignobject>', '</foreignobject>', '<rt>', '<rp>', '<b>', '</b>', '<i>', '</i>',
      '<a href="u">', '</a>', '<x/>', '<p/>', '</x>', 'text', ' ', '&amp;', '<body>', '<head>', '<link>', '<script>x</script>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a deep page linear: 100,000 nested elements', () => {
    const html = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
    let closes = 0;
    const t = performance.now();
    new LeanParser({ onclosetag: () => closes++ }, {}).end(html);
    expect(closes).toBe(100_000);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('refuses XML mode (its overrides are HTML-mode only)', () => {
    expect(() => new LeanParser({}, { xmlMode: true })).toThrow(/HTML only/);
  });

  const dir = join(__dirname, '../../../shared/corpora/dragnet');
  it.skipIf(!existsSync(dir))('gives the stock parser’s events on corpus pages', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
    for (const f of files.filter((_, i) => i % 23 === 0)) {
      const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const a = events(html, true);
      const b = events(html, false);
      expect(a.length, f).toBe(b.length);
      expect(a, f).toEqual(b);
    }
  });
});
