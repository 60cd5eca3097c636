import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { LeanParser, NameTable, type LeanParserOptions } from '../../src/html/parser.js';
import { FastTokenizer } from '../../src/html/tokenizer.js';

/** Every parser event the walk uses, with its offsets and implied flags, as a list of strings. */
function events(html: string, lean: boolean | LeanParserOptions, chunks?: number[]): string[] {
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
  p = lean === false ? new Parser(cbs, options) : new LeanParser(cbs, lean === true ? options : { ...options, ...lean });
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

  describe('with name tables', () => {
    const attributeList = ['class', 'id', 'href', 'aria-hidden', 'type'];
    const attributeNames = new NameTable(attributeList);
    const tagNames = new NameTable(['p', 'div', 'a', 'br', 'h1', 'li', 'ul', 'table', 'td', 'tr', 'svg', 'title', 'script', 'link']);
    /** The stock events without the attributes outside `attributeList`. */
    const expected = (html: string, chunks?: number[]) =>
      events(html, false, chunks).filter((e) => !e.startsWith('@') || attributeList.includes(e.slice(1, e.indexOf('='))));
    const lean = (html: string, chunks?: number[]) => events(html, { tagNames, attributeNames }, chunks);

    it('reports only the named attributes, in any case, with the stock events otherwise', () => {
      for (const html of [
        '<P CLASS="x" Data-X="&amp;y" ID=z>Upper</P ><DIV Href=a/>x</DIV>',
        '<a href="u&amp;v" onclick="f(&quot;1&quot;)" aria-hidden=true>x</a><br class=b>',
        '<div style="color:red" type=t class id>empty values</div><dIv\u212a=1 cla\u017fs=2>odd names</div>',
        '<ul><li>a<li>b</ul><table><tr><td>1<td>2</table><H1>h</H1><svg><title>t</title></svg>',
        '<x-custom class=c>custom</x-custom><tab class=t>near a known name</tab><o:p>ns</o:p>',
      ]) {
        expect(lean(html)).toEqual(expected(html));
        expect(lean(html, [2, 5, 9])).toEqual(expected(html, [2, 5, 9]));
      }
    });

    it('reads tag names the way toLowerCase does (Kelvin sign, dotless i)', () => {
      // U+212A lower-cases to "k", so `<linK>` is a `link` element for the stock parser too.
      const html = '<lin\u212a rel=x><tİtle>t</tİtle><p>x</p>';
      expect(lean(html)).toEqual(expected(html));
    });

    it('reports every attribute in mode "all" and none in mode "none"', () => {
      const seen: string[] = [];
      let p!: LeanParser;
      p = new LeanParser(
        {
          onopentagname: (n: string) => { p.attributes = n === 'meta' ? 'all' : n === 'span' ? 'none' : 'named'; },
          onattribute: (n: string, v: string) => { seen.push(`${n}=${v}`); },
        },
        { decodeEntities: true, attributeNames },
      );
      p.end('<meta property="og:title" content="T&amp;C"><span class=s id=i>x</span><b class=k data-x=1>y</b>');
      expect(seen).toEqual(['property=og:title', 'content=T&C', 'class=k']);
    });

    it('gives the stock events on random markup', () => {
      const piece = fc.constantFrom(
        '<p>', '</p>', '<P>', '<div', '<DIV', '<Div', '</div>', '</DIV >', '<li>', '<ul>', '<td>', '<tr>', '<table>',
        '<a', '</a>', '<br>', '<svg>', '</svg>', '<title>', '</title>', '<x-y', '<o:p>', ' class="c"', ' CLASS=C', ' id=i',
        ' Href="h&amp;"', ' data-a="&lt;"', ' onclick=\'x\'', ' aria-hidden', ' type=t', '>', '/>', 'text', ' ', '&amp;',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
          const html = parts.join('');
          expect(lean(html)).toEqual(expected(html));
        }),
        { numRuns: 3000 },
      );
    });

    it('finds a name only when the whole range lower-cases to it', () => {
      const t = new NameTable(['class', 'id', 'aria-hidden']);
      expect(t.find('x CLASS y', 2, 7)).toBe('class');
      expect(t.find('classes', 0, 5)).toBe('class');
      expect(t.find('classes', 0, 7)).toBeNull();
      expect(t.find('Id', 0, 2)).toBe('id');
      expect(t.find('i\u0131', 0, 2)).toBeUndefined();
      expect(t.find('', 0, 0)).toBeNull();
    });
  });
});
