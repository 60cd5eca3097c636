import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';

const parse = (html: string, links = false) => parseHtml(html, { deadline: Infinity, links, url: 'https://example.com/news/a' });
const texts = (html: string) => parse(html).blocks.map((b) => b.text);

describe('parseHtml blocks', () => {
  it('makes one block per block element, in document order, with kinds', () => {
    const { blocks } = parse(`<html><body><article>
      <h2>Markets rally</h2>
      <p>Stocks rose on Tuesday, led by <b>banks</b>.</p>
      <blockquote><p>We are cautious, said one trader.</p></blockquote>
      <ul><li>Dow up 1%</li><li>S&amp;P up 0.8%</li></ul>
      <figure><img src="a.jpg"><figcaption>Traders on the floor (AP)</figcaption></figure>
      <table><tr><td>Close</td><td>34,500</td></tr></table>
      <pre>a  b</pre>
    </article></body></html>`);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Markets rally'],
      ['paragraph', 'Stocks rose on Tuesday, led by banks.'],
      ['quote', 'We are cautious, said one trader.'],
      ['list-item', 'Dow up 1%'],
      ['list-item', 'S&P up 0.8%'],
      ['caption', 'Traders on the floor (AP)'],
      ['table-cell', 'Close'],
      ['table-cell', '34,500'],
      ['pre', 'a b'],
    ]);
    expect(blocks[0]!.dom!.level).toBe(2);
    expect(blocks.every((b, i) => b.index === i)).toBe(true);
  });

  it('drops ruby readings (<rt>, <rp>) and keeps the base text (furigana on Japanese news pages)', () => {
    expect(texts('<body><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></body>')).toEqual([
      '子どもへの虐待をなくすための法律ができました。',
    ]);
  });

  it('splits loose div text around block children and at <br><br>, not at one <br>', () => {
    expect(texts('<body><div>Lead text <a href="/x">here</a><p>Inner para.</p>Tail one<br>still tail<br><br>Next para</div></body>')).toEqual([
      'Lead text here',
      'Inner para.',
      'Tail one still tail',
      'Next para',
    ]);
  });

  it('drops scripts, styles, templates, forms controls and the head', () => {
    expect(
      texts(`<html><head><title>T</title><style>p{}</style></head><body>
      <script>document.write("x")</script><noscript>Enable JS</noscript><template><p>tpl</p></template>
      <p>Visible</p><select><option>Choose</option></select><button>Share</button><svg><text>chart</text></svg>
      </body></html>`),
    ).toEqual(['Visible']);
  });

  it('records DOM evidence: path, class/id tokens nearest first, links, landmarks, hidden', () => {
    const { blocks } = parse(`<body><nav class="Main-Menu"><ul><li><a href="/">Home</a></li></ul></nav>
      <div id="story" class="article-body"><p class="lead">Read <a href="/more">the full report</a> now.</p>
      <p style="display: none">Hidden text</p></div></body>`);
    const [home, lead, hidden] = blocks;
    expect(home!.dom!.path).toBe('body>nav>ul>li');
    expect(home!.dom!.attrs).toBe('main-menu');
    expect(home!.dom!.extra!.inNavLike).toBe(true);
    expect(home!.dom!.linkChars).toBe(4);
    expect(lead!.dom!.attrs).toBe('lead article-body story');
    expect(lead!.dom!.linkChars).toBe('the full report'.length);
    expect(lead!.dom!.extra!.inNavLike).toBe(false);
    expect(lead!.dom!.extra!.containerId).toBe(hidden!.dom!.extra!.containerId);
    expect(hidden!.dom!.extra!.hidden).toBe(true);
  });

  it('keeps positions that point back into the source', () => {
    const html = '<body>\n<p>Alpha beta</p>\n  <p>Gamma</p></body>';
    const { blocks } = parse(html);
    expect(blocks[1]!.position.start).toEqual({ line: 3, column: 6, offset: html.indexOf('Gamma') });
    expect(html.slice(blocks[0]!.position.start.offset, blocks[0]!.position.end.offset)).toBe('Alpha beta');
  });

  it('renders markdown with links only when asked', () => {
    const html = '<body><h3>Sub</h3><p>See <a href="/b">this</a>.</p><ul><li>x</li></ul><blockquote>q</blockquote></body>';
    expect(parse(html, true).blocks.map((b) => b.markdown)).toEqual([
      '### Sub',
      'See [this](https://example.com/b).',
      '- x',
      '> q',
    ]);
    expect(parse(html).blocks[1]!.markdown).toBe('See this.');
  });

  it('reads <html lang> and the title without making them blocks', () => {
    const r = parse('<html lang="de-DE"><head><title>Titel | Zeitung</title></head><body><p>Text</p></body></html>');
    expect(r.html.htmlLang).toBe('de-DE');
    expect(r.blocks.map((b) => b.text)).toEqual(['Text']);
  });

  it('records where single <br>s break a block into lines (dom.breaks), and no breaks for one line', () => {
    const { blocks } = parse('<body><p><span>Headline here</span><br>\n <span>By Ann Lee</span><br/><span> Jan 14, 2008 </span></p><p>One line<br></p></body>');
    expect(blocks.map((b) => b.text)).toEqual(['Headline here By Ann Lee Jan 14, 2008', 'One line']);
    const b = blocks[0]!;
    expect(b.dom!.breaks).toEqual([14, 25]);
    expect(b.text.slice(14, 25)).toBe('By Ann Lee ');
    expect(blocks[1]!.dom!.breaks).toBeUndefined();
  });
});
