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

/**
 * Known lower-case names, found in the source by their characters: a name read from the markup is
 * then one shared string instead of a fresh slice (and its lower-cased copy) per tag or attribute.
 */
export class NameTable {
  /** Candidate names by `length * 32 + (first char & 31)` (names up to {@link MAX_NAME} characters). */
  private readonly slots: (string[] | undefined)[] = new Array<string[] | undefined>((MAX_NAME + 1) * 32).fill(undefined);

  /** Build once and share: a parser only reads it. Names that are not lower-case printable ASCII are left out. */
  constructor(names: Iterable<string>) {
    for (const n of names) {
      if (n === '' || n.length > MAX_NAME || n !== n.toLowerCase() || /[^\x21-\x7e]/.test(n)) continue;
      const key = n.length * 32 + (n.charCodeAt(0) & 31);
      const list = this.slots[key];
      if (list === undefined) this.slots[key] = [n];
      else if (!list.includes(n)) list.push(n);
    }
  }

  /**
   * The known name that `buf[start, end)` lower-cases to (by `toLowerCase`), `null` when it
   * lower-cases to no known name, `undefined` when it holds a non-ASCII character (ask `toLowerCase`).
   */
  find(buf: string, start: number, end: number): string | null | undefined {
    const len = end - start;
    if (len <= 0) return null;
    const list = len <= MAX_NAME ? this.slots[len * 32 + (buf.charCodeAt(start) & 31)] : undefined;
    if (list === undefined) return asciiOnly(buf, start, end) ? null : undefined;
    for (const name of list) {
      let i = 0;
      for (; i < len; i++) {
        const c = buf.charCodeAt(start + i);
        const e = name.charCodeAt(i);
        if (c !== e && !(c >= 0x41 && c <= 0x5a && c + 32 === e)) break;
      }
      if (i === len) return name;
    }
    return asciiOnly(buf, start, end) ? null : undefined;
  }
}

/** Longest name a {@link NameTable} holds. */
const MAX_NAME = 24;

function asciiOnly(buf: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** See {@link LeanParser.attributes}. */
export type AttributeMode = 'named' | 'all' | 'none';

/** Options of {@link LeanParser} beyond htmlparser2's. */
export interface LeanParserOptions extends ParserOptions {
  /** Tag names to read from the source without slicing; others as stock. */
  tagNames?: NameTable;
  /**
   * Attribute names reported to `onattribute` while {@link LeanParser.attributes} is `'named'`
   * (matched case-insensitively, as stock lower-cases them); other attributes are skipped without
   * reading their values. Absent: every attribute is reported.
   */
  attributeNames?: NameTable;
}

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
  buffers: string[];
  tags: NameTable | undefined;
  attrNames: NameTable | undefined;
  attributes: AttributeMode;
  skipAttribute: boolean;
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
  lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  tagName(start: number, end: number): string;
  findName(table: NameTable, start: number, end: number): string | null | undefined;
  bufferOffset: number;
  endOpenTag(isImplied: boolean): void;
  emitOpenTag(name: string): void;
  closeCurrentTag(isOpenImplied: boolean): void;
}

const methods = {
  /** {@link NameTable.find} on the source range `[start, end)` when one buffer holds it, else `undefined`. */
  findName(this: Internals, table: NameTable, start: number, end: number): string | null | undefined {
    const off = this.bufferOffset;
    const buf = this.buffers[0];
    if (buf === undefined || start < off || end - off > buf.length) return undefined;
    return table.find(buf, start - off, end - off);
  },

  /** The lower-cased tag name at `[start, end)`: a known one without slicing, else as stock. */
  tagName(this: Internals, start: number, end: number): string {
    const tags = this.tags;
    if (tags !== undefined && this.lowerCaseTagNames) {
      const known = this.findName(tags, start, end);
      if (typeof known === 'string') return known;
    }
    const name = this.getSlice(start, end);
    return this.lowerCaseTagNames ? name.toLowerCase() : name;
  },

  onopentagname(this: Internals, start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(this.tagName(start, endIndex));
  },

  /** As stock, but with {@link LeanParserOptions.attributeNames} an unnamed attribute is skipped. */
  onattribname(this: Internals, start: number, endIndex: number): void {
    this.startIndex = start;
    const names = this.attrNames;
    const mode = this.attributes;
    if (mode === 'none') {
      this.skipAttribute = true;
      return;
    }
    if (names !== undefined && mode === 'named') {
      let known = this.findName(names, start, endIndex);
      if (known === undefined) {
        const lower = this.getSlice(start, endIndex).toLowerCase();
        known = names.find(lower, 0, lower.length) ?? null;
      }
      this.skipAttribute = known === null;
      this.attribname = known ?? '';
      return;
    }
    this.skipAttribute = false;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  },

  onattribdata(this: Internals, start: number, endIndex: number): void {
    if (!this.skipAttribute) this.attribvalue += this.getSlice(start, endIndex);
  },

  onattribentity(this: Internals, cp: number): void {
    if (!this.skipAttribute) this.attribvalue += String.fromCodePoint(cp);
  },

  /** As stock, without the attribute object (and the quote argument, which the walk ignores). */
  onattribend(this: Internals, _quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    if (this.skipAttribute) this.skipAttribute = false;
    else this.cbs.onattribute?.(this.attribname, this.attribvalue);
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
    const name = this.tagName(start, endIndex);
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
  /**
   * Which attributes of the element being opened reach `onattribute` (the handler may set it in
   * `onopentagname`): `'named'` those of {@link LeanParserOptions.attributeNames} (all when
   * absent), `'all'` every one, `'none'` none.
   */
  attributes: AttributeMode = 'named';
  /** The attribute being read is skipped. */
  protected skipAttribute = false;
  protected readonly tags: NameTable | undefined;
  protected readonly attrNames: NameTable | undefined;

  constructor(cbs: Partial<Handler>, options: LeanParserOptions) {
    if (options.xmlMode) throw new Error('LeanParser parses HTML only');
    super(cbs, options);
    this.tags = options.tagNames;
    this.attrNames = options.attributeNames;
  }
}
Object.assign(LeanParser.prototype, methods);
