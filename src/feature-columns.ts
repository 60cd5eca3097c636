/**
 * The per-block features of one document, stored column by column: typed arrays for the numbers and
 * one flat array of token ids for every block's tokens, so a long document holds no object, boxed
 * number or token array per block (a 20 MB dump has 250,000 blocks). A block's features are read
 * through a {@link BlockFeatures} view (two fields), with the fields of a plain record as getters.
 * @module
 */

/** Columns of a document's features; filled by {@link FeatureColumns.add}, in block order. */
export class FeatureColumns {
  /** Blocks added so far. */
  length = 0;
  /** The text the features were computed from (the block's text then). */
  readonly text: string[];
  /** Token ids of block `i`: `tokenIds[tokenStart[i] … tokenStart[i + 1]]`, ids into {@link tokenList}. */
  readonly tokenStart: Int32Array;
  private ids: Int32Array;
  readonly stopwordRatio: Float64Array;
  readonly punctRatio: Float64Array;
  readonly upperRatio: Float64Array;
  readonly digitRatio: Float64Array;
  readonly capitalisedRatio: Float64Array;
  readonly linkDensity: Float64Array;
  readonly relPosition: Float64Array;
  readonly sentences: Int32Array;
  /** Highest UTF-16 code unit of the text (0 when empty). */
  readonly maxCode: Uint16Array;
  readonly endsSentence: Uint8Array;
  /** Memo of `cleaners/util/lines` (-1: not counted yet). */
  readonly unspaced: Int32Array;
  /** Memo of `cleaners/util/lines` (undefined: not made yet). */
  readonly label: (string | undefined)[];
  /** The views, one per block added. */
  readonly views: BlockFeatures[] = [];

  /**
   * Room for `capacity` blocks; `tokenList` holds the distinct tokens the ids point at (it may
   * grow while blocks are added: a document's token table). `tokens`: expected token count.
   */
  constructor(
    readonly capacity: number,
    readonly tokenList: readonly string[],
    tokens = capacity * 8,
  ) {
    this.text = new Array<string>(capacity);
    this.tokenStart = new Int32Array(capacity + 1);
    this.ids = new Int32Array(Math.max(16, tokens));
    this.stopwordRatio = new Float64Array(capacity);
    this.punctRatio = new Float64Array(capacity);
    this.upperRatio = new Float64Array(capacity);
    this.digitRatio = new Float64Array(capacity);
    this.capitalisedRatio = new Float64Array(capacity);
    this.linkDensity = new Float64Array(capacity);
    this.relPosition = new Float64Array(capacity);
    this.sentences = new Int32Array(capacity);
    this.maxCode = new Uint16Array(capacity);
    this.endsSentence = new Uint8Array(capacity);
    this.unspaced = new Int32Array(capacity).fill(-1);
    this.label = new Array<string | undefined>(capacity).fill(undefined);
  }

  /** The id array (its first `tokenStart[length]` entries are in use). */
  get tokenIds(): Int32Array {
    return this.ids;
  }

  /**
   * Append the next block: its text, its tokens (`ids[0 … count]`) and its numbers. Returns its
   * view. The numeric columns of the new row are written by the caller (at index `length - 1`).
   */
  add(text: string, ids: Int32Array, count: number): BlockFeatures {
    const i = this.length;
    if (i >= this.capacity) throw new RangeError(`feature columns full (${this.capacity} blocks)`);
    const at = this.tokenStart[i]!;
    if (at + count > this.ids.length) {
      const grown = new Int32Array(Math.max(2 * this.ids.length, at + count));
      grown.set(this.ids.subarray(0, at));
      this.ids = grown;
    }
    if (count > 0) this.ids.set(count === ids.length ? ids : ids.subarray(0, count), at);
    this.tokenStart[i + 1] = at + count;
    this.text[i] = text;
    this.length = i + 1;
    const view = new BlockFeatures(this, i);
    this.views.push(view);
    return view;
  }

  /** Done adding: the id array is cut to the ids in use (no spare room kept for the document's life). */
  seal(): void {
    const used = this.tokenStart[this.length]!;
    if (this.ids.length > used + 64) this.ids = this.ids.slice(0, used);
  }
}

/**
 * Cheap numeric evidence about one block: a view of row `i` of a document's {@link FeatureColumns}
 * (every field a getter; `unspaced` and `label` also settable, as memos).
 */
export class BlockFeatures {
  constructor(
    private readonly cols: FeatureColumns,
    private readonly i: number,
  ) {}

  /** Word tokens: `tokenize(text)` (a fresh array each time; see {@link token} to read them in place). */
  get tokens(): string[] {
    const c = this.cols;
    const from = c.tokenStart[this.i]!;
    const n = c.tokenStart[this.i + 1]! - from;
    const ids = c.tokenIds;
    const list = c.tokenList;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = list[ids[from + k]!]!;
    return out;
  }

  /** Token `k` (0 ≤ k < {@link words}) of {@link tokens}. */
  token(k: number): string {
    const c = this.cols;
    return c.tokenList[c.tokenIds[c.tokenStart[this.i]! + k]!]!;
  }

  /** Number of tokens. */
  get words(): number {
    const s = this.cols.tokenStart;
    return s[this.i + 1]! - s[this.i]!;
  }

  /** UTF-16 length of {@link text}. */
  get chars(): number {
    return this.cols.text[this.i]!.length;
  }

  /** Share of tokens that are stopwords of the document language. */
  get stopwordRatio(): number {
    return this.cols.stopwordRatio[this.i]!;
  }

  /** Share of characters that are punctuation. */
  get punctRatio(): number {
    return this.cols.punctRatio[this.i]!;
  }

  /** Share of letters that are upper case. */
  get upperRatio(): number {
    return this.cols.upperRatio[this.i]!;
  }

  /** Share of characters that are digits. */
  get digitRatio(): number {
    return this.cols.digitRatio[this.i]!;
  }

  /** Share of words (of 2+ letters) that start with a capital. */
  get capitalisedRatio(): number {
    return this.cols.capitalisedRatio[this.i]!;
  }

  /** Ends with sentence punctuation (. ! ? … : or a closing quote after one). */
  get endsSentence(): boolean {
    return this.cols.endsSentence[this.i] === 1;
  }

  /** Number of sentence ends inside the block. */
  get sentences(): number {
    return this.cols.sentences[this.i]!;
  }

  /** Share of the text inside links (HTML only, else 0). */
  get linkDensity(): number {
    return this.cols.linkDensity[this.i]!;
  }

  /** Position of the block in the document, 0..1. */
  get relPosition(): number {
    return this.cols.relPosition[this.i]!;
  }

  /** The text these features were computed from (the block's text then; a cut prefix changes the block's). */
  get text(): string {
    return this.cols.text[this.i]!;
  }

  /** Memo for `cleaners/util/lines`: characters of unspaced scripts in `text` (-1: not counted yet). */
  get unspaced(): number {
    return this.cols.unspaced[this.i]!;
  }

  set unspaced(v: number) {
    this.cols.unspaced[this.i] = v;
  }

  /** Memo for `cleaners/util/lines`: the label form of `text` (undefined: not made yet). */
  get label(): string | undefined {
    return this.cols.label[this.i];
  }

  set label(v: string | undefined) {
    this.cols.label[this.i] = v;
  }

  /** `text.toLowerCase()` (made when asked: not kept per block). */
  get lower(): string {
    return this.cols.text[this.i]!.toLowerCase();
  }

  /** Highest UTF-16 code unit in `text`, a surrogate pair counted by its first (0 when empty): below U+00A0 the text is ASCII or C1 controls. */
  get maxCode(): number {
    return this.cols.maxCode[this.i]!;
  }

  /** The fields as a plain record (for tests and debugging). */
  toJSON(): PlainFeatures {
    return {
      tokens: this.tokens,
      words: this.words,
      chars: this.chars,
      stopwordRatio: this.stopwordRatio,
      punctRatio: this.punctRatio,
      upperRatio: this.upperRatio,
      digitRatio: this.digitRatio,
      capitalisedRatio: this.capitalisedRatio,
      endsSentence: this.endsSentence,
      sentences: this.sentences,
      linkDensity: this.linkDensity,
      relPosition: this.relPosition,
      text: this.text,
      unspaced: this.unspaced,
      label: this.label,
      lower: this.lower,
      maxCode: this.maxCode,
    };
  }
}

/** The fields of {@link BlockFeatures} as a plain record. */
export interface PlainFeatures {
  tokens: string[];
  words: number;
  chars: number;
  stopwordRatio: number;
  punctRatio: number;
  upperRatio: number;
  digitRatio: number;
  capitalisedRatio: number;
  endsSentence: boolean;
  sentences: number;
  linkDensity: number;
  relPosition: number;
  text: string;
  unspaced: number;
  label: string | undefined;
  lower: string;
  maxCode: number;
}
