/**
 * htmlparser2's tokenizer with native scans for the runs its state machine only steps over.
 *
 * The stock tokenizer dispatches every character through its state switch. In text and in quoted
 * attribute values (with entity decoding on) every character other than `<` / `&` (text) or the
 * closing quote / `&` (attribute values) leaves the state unchanged, so those runs are skipped
 * with `String#indexOf` instead; `fastForwardTo` (closing tags, comments, script and style bodies)
 * becomes one `indexOf` too. The events and their offsets are exactly the stock tokenizer's
 * (checked on the corpora and random markup by `test/html/tokenizer.test.ts`).
 *
 * The overridden methods are the tokenizer's own (TypeScript-private) state handlers; if a future
 * htmlparser2 renames them, the overrides are dead code and the stock paths run, only slower.
 * @module
 */
import { Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;
const DQ = 0x22;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;

/** Bits of the character classes that end a run (ASCII only; see {@link STOPS}). */
const WS = 1;
const TAG_END = 2; // `/` `>`
const ATTR_NAME_END = 4; // `=`
const CLOSE_END = 8; // `>`
const UNQUOTED_END = 16; // `>` `&`
/** Per ASCII code: the runs it ends (whitespace is what htmlparser2's `isWhitespace` accepts). */
const STOPS = new Uint8Array(128);
for (const c of [0x20, 0x0a, 0x09, 0x0c, 0x0d]) STOPS[c] = WS;
STOPS[SLASH] |= TAG_END;
STOPS[GT] |= TAG_END | CLOSE_END | UNQUOTED_END;
STOPS[EQ] |= ATTR_NAME_END;
STOPS[AMP] |= UNQUOTED_END;

/** Buffer index of the first character at or after `from` whose class is in `mask` (`buf.length` when none). */
function scanTo(buf: string, from: number, mask: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) {
    const c = buf.charCodeAt(i);
    if (c < 128 && (STOPS[c]! & mask) !== 0) return i;
  }
  return n;
}

/** The fields and handlers of the stock tokenizer that the overrides use. */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
}

interface Base extends TokenizerInternals {
  nextAmp: number;
}
type Handlers = {
  write(this: Base, chunk: string): void;
  stateInTagName(this: Base, c: number): void;
  stateInAttributeName(this: Base, c: number): void;
  stateInClosingTagName(this: Base, c: number): void;
  stateInAttributeValueNoQuotes(this: Base, c: number): void;
  stateText(this: Base, c: number): void;
  handleInAttributeValue(this: Base, c: number, quote: number): void;
  fastForwardTo(this: Base, c: number): boolean;
};
const base = Tokenizer.prototype as unknown as Handlers;
const baseWrite = base.write;
const baseStateText = base.stateText;
const baseHandleInAttributeValue = base.handleInAttributeValue;
const baseInTagName = base.stateInTagName;
const baseInAttributeName = base.stateInAttributeName;
const baseInClosingTagName = base.stateInClosingTagName;
const baseInAttributeValueNoQuotes = base.stateInAttributeValueNoQuotes;

/**
 * Skip the rest of a run that ends at a character of class `mask`: the parse loop then reads that
 * character (or ends the buffer) next, as after stepping over the run one character at a time.
 */
function skipRun(self: Base, mask: number): void {
  const buf = self.buffer;
  self.index = scanTo(buf, self.index - self.offset + 1, mask) + self.offset - 1;
}

/** Buffer index of the first `&` at or after `from` (`buffer.length` when none), remembered. */
function ampFrom(self: Base, buf: string, from: number): number {
  let amp = self.nextAmp;
  if (amp < from) {
    amp = buf.indexOf('&', from);
    if (amp < 0) amp = buf.length;
    self.nextAmp = amp;
  }
  return amp;
}

const handlers: Handlers = {
  write(chunk) {
    this.nextAmp = -1;
    baseWrite.call(this, chunk);
  },

  /** Tag name: nothing happens until whitespace, `/` or `>`. */
  stateInTagName(c) {
    if (c < 128 && (STOPS[c]! & (WS | TAG_END)) !== 0) baseInTagName.call(this, c);
    else skipRun(this, WS | TAG_END);
  },

  /** Attribute name: nothing happens until `=`, whitespace, `/` or `>`. */
  stateInAttributeName(c) {
    if (c < 128 && (STOPS[c]! & (WS | TAG_END | ATTR_NAME_END)) !== 0) baseInAttributeName.call(this, c);
    else skipRun(this, WS | TAG_END | ATTR_NAME_END);
  },

  /** Closing tag name: nothing happens until `>` or whitespace. */
  stateInClosingTagName(c) {
    if (c < 128 && (STOPS[c]! & (WS | CLOSE_END)) !== 0) baseInClosingTagName.call(this, c);
    else skipRun(this, WS | CLOSE_END);
  },

  /** Unquoted attribute value: nothing happens until whitespace, `>` or `&` (`&` only with entity decoding). */
  stateInAttributeValueNoQuotes(c) {
    if (!this.decodeEntities || (c < 128 && (STOPS[c]! & (WS | UNQUOTED_END)) !== 0)) baseInAttributeValueNoQuotes.call(this, c);
    else skipRun(this, WS | UNQUOTED_END);
  },

  /** Text: nothing happens until a `<` or `&`; jump to just before the next one. */
  stateText(c) {
    if (c === LT || c === AMP || !this.decodeEntities) {
      baseStateText.call(this, c);
      return;
    }
    const buf = this.buffer;
    const from = this.index - this.offset + 1;
    let stop = buf.indexOf('<', from);
    if (stop < 0) stop = buf.length;
    const amp = ampFrom(this, buf, from);
    if (amp < stop) stop = amp;
    // The parse loop increments the index: it then reads the `<` / `&` (or ends the buffer).
    this.index = stop + this.offset - 1;
  },

  /** Quoted attribute value: nothing happens until the quote or `&`. */
  handleInAttributeValue(c, quote) {
    if (c === quote || c === AMP || !this.decodeEntities) {
      baseHandleInAttributeValue.call(this, c, quote);
      return;
    }
    const buf = this.buffer;
    const from = this.index - this.offset + 1;
    let stop = buf.indexOf(quote === DQ ? '"' : "'", from);
    if (stop < 0) stop = buf.length;
    const amp = ampFrom(this, buf, from);
    if (amp < stop) stop = amp;
    this.index = stop + this.offset - 1;
  },

  /** The stock loop's result (index at the character, or at the buffer's last index when absent), by `indexOf`. */
  fastForwardTo(c) {
    const buf = this.buffer;
    const i = buf.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (i >= 0) {
      this.index = i + this.offset;
      return true;
    }
    this.index = buf.length + this.offset - 1;
    return false;
  },
};

/** A tokenizer that gives the stock one's events, skipping inert runs with native scans. */
export class FastTokenizer extends Tokenizer {
  /** Buffer index of the first `&` at or after the last scan start (`buffer.length` when none), -1 before the first scan. */
  nextAmp = -1;
}
Object.assign(FastTokenizer.prototype, handlers);
