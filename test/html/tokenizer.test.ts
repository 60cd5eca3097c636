import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { FastTokenizer } from '../../src/html/tokenizer.js';

/** Every parser event with its offsets, as a list of strings. */
function events(html: string, fast: boolean, chunks?: number[]): string[] {
  const out: string[] = [];
  let p!: Parser;
  const at = () => `${p.startIndex}-${p.endIndex}`;
  p = new Parser(
    {
      onopentagname: (n) => out.push(`<${n} ${at()}`),
      onattribute: (n, v, q) => out.push(`@${n}=${JSON.stringify(v)}${String(q)} ${at()}`),
      onopentag: (n) => out.push(`>${n} ${at()}`),
      onclosetag: (n, implied) => out.push(`/${n}${implied ? '!' : ''} ${at()}`),
      ontext: (t) => out.push(`t${JSON.stringify(t)} ${at()}`),
      oncomment: (t) => out.push(`c${JSON.stringify(t)} ${at()}`),
      oncdatastart: () => out.push(`cdata ${at()}`),
      onprocessinginstruction: (n, v) => out.push(`?${n} ${v} ${at()}`),
      onend: () => out.push('end'),
    },
    fast ? { decodeEntities: true, Tokenizer: FastTokenizer } : { decodeEntities: true },
  );
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

describe('FastTokenizer', () => {
  it('gives the stock tokenizer’s events on tricky markup', () => {
    for (const html of [
      '',
      'plain text only',
      'a &amp; b &lt;c&gt; &notit; &#x41;&#65 &',
      '<p class="a &amp; b" title=\'x&quot;y\' data-x=unq&amp;uoted>T&eacute;xt</p>',
      '<a href="/x?a=1&b=2&amp;c=3">link &copy; 2024</a> tail &',
      '<script>if (a < b && c > d) { x = "</p>"; }</script><p>after</p>',
      '<style>p > a { color: red }</style><title>A &amp; B</title><textarea>x < y & z</textarea>',
      '<!-- a comment - with -- dashes --><!----><!-->x<!--->y<![CDATA[z]]><!DOCTYPE html><?php x ?>',
      '<p>unclosed <b>bold <i>it</p> text < 3 and 4 > 2 <3 </ p> </>',
      '<div attr="unterminated',
      '<div attr=\'single & quote\' other="x',
      'text & more & more &amp; &&& end&',
      '<svg><path d="M0 0"/><title>s</title></svg><math><mi>x</mi></math>',
      '<p>ünïcödé &nbsp; 日本語のテキスト &amp; 中文 <span title="ü&amp;ß">x</span></p>',
      '</script></style><script>never closed & < <',
      '<br/><br /><img src="a.jpg" alt="a &gt; b"/>',
      '<DIV CLASS=Main\tID=x><A HREF=/a?b=1&c=2>x</A ></DIV\r\n><P/ >',
      '<input value=a&amp;b disabled><option selected=selected>x',
      '<scriptx>t</scriptx><titles>u</titles><sty>v</sty><xmp>w</xmp>',
    ]) {
      same(html);
      same(html, [1, 3, 7]);
    }
  });

  it('gives the stock tokenizer’s events on random markup', () => {
    const piece = fc.constantFrom(
      '<', '>', '&', '&amp;', '&lt', '&#39;', '"', "'", '=', '/', ' ', '\n', 'a', 'text', 'ü', '日本',
      '<p>', '</p>', '<div class="x">', '</div>', '<a href="', '<b ', 'title=', '<script>', '</script>',
      '<style>', '</style>', '<title>', '</title>', '<!--', '-->', '--', '<![CDATA[', ']]>', '<!', '<?',
      // names, unquoted values and the whitespace that ends them
      'DIV', 'Span', '\t', '\r', '\f', '\x0b', '<s', '<t', '<sc', '<ti', '<x', '</', '</a', 'x=y', 'd=e&amp;f',
      '<a b=c&d>', '<p id=a\tclass=b>', '<img src=x/>', '</div\n>', '<br/>', '<h1 data-x = "1">',
      // names that run into quotes, entities, other names and non-ASCII
      '<dü', 'ü=1', '<p\fclass', '="', "='", '=x', '<a b="c" d=\'e\'>', '</x y>', '</ü>', '<x:y', '<sv', '<te',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 5000 },
    );
    // The same, written in chunks (names and values cut across writes).
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }), (parts, chunks) => {
        const html = parts.join('');
        expect(events(html, true, chunks)).toEqual(events(html, false, chunks));
      }),
      { numRuns: 2000 },
    );
  });

  const dir = join(__dirname, '../../../shared/corpora/dragnet');
  it.skipIf(!existsSync(dir))('gives the stock tokenizer’s events on corpus pages', () => {
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
