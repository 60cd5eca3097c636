/**
 * htmlparser2's parser (HTML mode), with the same events, minus two costs the walk does not need:
 *
 * - the attribute object built for every element: attributes go to the handler's `onattribute`
 *   only (the walk collects the few it reads); `onopentag` gets one shared empty object;
 * - the open-element stack kept with `unshift`/`shift` (each O(depth), so a deeply nested page
 *   was quadratic): here the top of the stack is the array's end (`push`/`pop`).
 *
 * The overridden methods are the parser's own (TypeScript-private) ones, as of htmlparser2 10.x; the
 * element sets below are copied from it. `test/html/parser.test.ts` checks every event and offset
 * against the stock parser on tricky and random markup and on corpus pages. If a future
 * htmlparser2 renames the methods, the overrides are dead code and the stock paths run (only
 * slower); if it changes the sets, that test fails.
 * @module
 */
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
/** Open tags that close these open elements first (htmlparser2's `openImpliesClose`). */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', pTag], ['h1', pTag], ['h2', pTag], ['h3', pTag], ['h4', pTag], ['h5', pTag], ['h6', pTag],
  ['select', formTags], ['input', formTags], ['output', formTags], ['button', formTags], ['datalist', formTags], ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags], ['dt', ddtTags],
  ['address', pTag], ['article', pTag], ['aside', pTag], ['blockquote', pTag], ['details', pTag], ['div', pTag],
  ['dl', pTag], ['fieldset', pTag], ['figcaption', pTag], ['figure', pTag], ['footer', pTag], ['form', pTag],
  ['header', pTag], ['hr', pTag], ['main', pTag], ['nav', pTag], ['ol', pTag], ['pre', pTag], ['section', pTag],
  ['table', pTag], ['ul', pTag],
  ['rt', rtpTags], ['rp', rtpTags],
  ['tbody', tableSectionTags], ['tfoot', tableSectionTags],
]);
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_CONTEXT: ReadonlySet<string> = new Set(['math', 'svg']);
const HTML_INTEGRATION: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const NO_ATTRIBS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The handler methods the parser calls. */
interface Callbacks {
  onattribute?(name: string, value: string, quote?: string | null): void;
  onopentagname?(name: string): void;
  onopentag?(name: string, attribs: Record<string, string>, isImplied: boolean): void;
  onclosetag?(name: string, isImplied: boolean): void;
  onend?(): void;
}

/** The stock parser's private state that the overrides use. */
interface Internals {
  cbs: Callbacks;
  stack: string[];
  foreignContext: boolean[];
  tagname: string;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  openTagStart: number;
  startIndex: number;
  endIndex: number;
  lowerCaseTagNames: boolean;
  getSlice(start: number, end: number): string;
  endOpenTag(isImplied: boolean): void;
  emitOpenTag(name: string): void;
  closeCurrentTag(isOpenImplied: boolean): void;
}

const methods = {
  /** As stock, without the attribute object (and the quote argument, which the walk ignores). */
  onattribend(this: Internals, _quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue);
    this.attribvalue = '';
  },

  emitOpenTag(this: Internals, name: string): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const stack = this.stack;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose !== undefined) {
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) {
        const element = stack.pop()!;
        this.cbs.onclosetag?.(element, true);
      }
    }
    if (!VOID_ELEMENTS.has(name)) {
      stack.push(name);
      if (FOREIGN_CONTEXT.has(name)) this.foreignContext.unshift(true);
      else if (HTML_INTEGRATION.has(name)) this.foreignContext.unshift(false);
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag) this.attribs = NO_ATTRIBS;
  },

  onclosetag(this: Internals, start: number, endIndex: number): void {
    this.endIndex = endIndex;
    let name = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) name = name.toLowerCase();
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreignContext.shift();
    if (!VOID_ELEMENTS.has(name)) {
      const stack = this.stack;
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) {
        for (let index = stack.length - 1; index >= pos; index--) {
          const element = stack.pop()!;
          this.cbs.onclosetag?.(element, index !== pos);
        }
      } else if (name === 'p') {
        // Implicit open before close.
        this.emitOpenTag('p');
        this.closeCurrentTag(true);
      }
    } else if (name === 'br') {
      // `emitOpenTag` cannot make the implied open: `br` would be closed at once.
      this.cbs.onopentagname?.('br');
      this.cbs.onopentag?.('br', {}, true);
      this.cbs.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  },

  closeCurrentTag(this: Internals, isOpenImplied: boolean): void {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    const stack = this.stack;
    if (stack[stack.length - 1] === name) {
      this.cbs.onclosetag?.(name, !isOpenImplied);
      stack.pop();
    }
  },

  onend(this: Internals): void {
    const cbs = this.cbs;
    if (cbs.onclosetag) {
      this.endIndex = this.startIndex;
      const stack = this.stack;
      for (let index = stack.length - 1; index >= 0; index--) cbs.onclosetag(stack[index]!, true);
    }
    cbs.onend?.();
  },
};

/** htmlparser2's `Parser` in HTML mode with the same events, without per-element attribute objects and with an O(1) stack. */
export class LeanParser extends Parser {
  constructor(cbs: Partial<Handler>, options: ParserOptions) {
    if (options.xmlMode) throw new Error('LeanParser parses HTML only');
    super(cbs, options);
  }
}
Object.assign(LeanParser.prototype, methods);
