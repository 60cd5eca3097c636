/**
 * `block.dom.extra` of an HTML page's blocks, stored column by column: one bit per boolean, typed
 * arrays for the numbers, and a {@link DomExtra} view per block whose fields are getters (and
 * setters) on its prototype. A plain record of 30 fields cost ~340 bytes a block (with its boxed
 * numbers); 93,000 blocks on a 20 MB page.
 * @module
 */

/** How a field is stored. */
type Kind = 'flag' | 'int' | 'num' | 'str';

/** The fields, in the order of the plain record they replace (`Object.entries` order of {@link domExtraEntries}). */
export const DOM_EXTRA_FIELDS: readonly (readonly [string, Kind])[] = [
  ['inArticle', 'flag'], ['inNavLike', 'flag'], ['navTag', 'str'], ['hidden', 'flag'], ['ariaHidden', 'flag'],
  ['hiddenClass', 'flag'], ['inLink', 'flag'], ['inTable', 'flag'], ['inFigure', 'flag'], ['inList', 'flag'],
  ['inForm', 'flag'], ['containerId', 'int'], ['containerTag', 'str'], ['containerWords', 'int'],
  ['containerChars', 'int'], ['containerBlocks', 'int'], ['containerLinkDensity', 'num'], ['pCount', 'int'],
  ['tagDensity', 'num'], ['textDensity', 'num'], ['ownerBlocks', 'int'], ['classWeight', 'int'],
  ['classChrome', 'str'], ['classArticle', 'flag'], ['innerAttrs', 'str'], ['mainFound', 'flag'],
  ['inMain', 'flag'], ['mainScore', 'num'], ['containerScore', 'num'], ['afterH1', 'flag'],
];

/** Field name → its index in {@link DOM_EXTRA_FIELDS}. */
const FIELD_INDEX: ReadonlyMap<string, number> = new Map(DOM_EXTRA_FIELDS.map(([k], i) => [k, i]));
/** Per field: its slot within the columns of its kind. */
const SLOT = new Int32Array(DOM_EXTRA_FIELDS.length);
const COUNT: Record<Kind, number> = { flag: 0, int: 0, num: 0, str: 0 };
for (let f = 0; f < DOM_EXTRA_FIELDS.length; f++) SLOT[f] = COUNT[DOM_EXTRA_FIELDS[f]![1]]++;
const KIND: readonly Kind[] = DOM_EXTRA_FIELDS.map(([, k]) => k);

/** The index of a field of {@link DOM_EXTRA_FIELDS}, or -1. */
export function domExtraField(name: string): number {
  return FIELD_INDEX.get(name) ?? -1;
}

/** The columns of a page's `dom.extra` values, row-major per kind (row = block). */
export class DomExtraColumns {
  readonly flags: Uint32Array;
  readonly ints: Int32Array;
  readonly nums: Float64Array;
  readonly strs: string[];

  constructor(readonly rows: number) {
    this.flags = new Uint32Array(rows);
    this.ints = new Int32Array(rows * COUNT.int);
    this.nums = new Float64Array(rows * COUNT.num);
    this.strs = new Array<string>(rows * COUNT.str).fill('');
  }

  /** Field `f` of row `i`. */
  get(i: number, f: number): number | string | boolean {
    const s = SLOT[f]!;
    switch (KIND[f]) {
      case 'flag':
        return (this.flags[i]! & (1 << s)) !== 0;
      case 'int':
        return this.ints[i * COUNT.int + s]!;
      case 'num':
        return this.nums[i * COUNT.num + s]!;
      default:
        return this.strs[i * COUNT.str + s]!;
    }
  }

  /** Set field `f` of row `i` (a value of the field's kind). */
  set(i: number, f: number, v: number | string | boolean): void {
    const s = SLOT[f]!;
    switch (KIND[f]) {
      case 'flag':
        if (v === true) this.flags[i]! |= 1 << s;
        else this.flags[i]! &= ~(1 << s);
        return;
      case 'int':
        this.ints[i * COUNT.int + s] = v as number;
        return;
      case 'num':
        this.nums[i * COUNT.num + s] = v as number;
        return;
      default:
        this.strs[i * COUNT.str + s] = v as string;
    }
  }
}

/**
 * `block.dom.extra` of one block: row `i` of a {@link DomExtraColumns}. The fields of
 * {@link DOM_EXTRA_FIELDS} are accessors on the prototype (read and set by name, as on the plain
 * record); another key set on it becomes an own property.
 */
export class DomExtra {
  constructor(
    readonly cols: DomExtraColumns,
    readonly row: number,
  ) {}

  /** Field `f` (an index of {@link DOM_EXTRA_FIELDS}). */
  field(f: number): number | string | boolean {
    return this.cols.get(this.row, f);
  }
}
for (let f = 0; f < DOM_EXTRA_FIELDS.length; f++) {
  Object.defineProperty(DomExtra.prototype, DOM_EXTRA_FIELDS[f]![0], {
    get(this: DomExtra) {
      return this.cols.get(this.row, f);
    },
    set(this: DomExtra, v: number | string | boolean) {
      this.cols.set(this.row, f, v);
    },
    enumerable: true,
    configurable: false,
  });
}

/** The fields and values of a `dom.extra` (a {@link DomExtra}'s accessors, then own keys; or a plain record's entries). */
export function domExtraEntries(x: object): [string, unknown][] {
  const own = Object.entries(x);
  if (!(x instanceof DomExtra)) return own;
  const out: [string, unknown][] = DOM_EXTRA_FIELDS.map(([k], f) => [k, x.field(f)]);
  for (const [k, v] of own) if (k !== 'cols' && k !== 'row') out.push([k, v]);
  return out;
}

/** The slot of a field within the columns of its kind (its bit, for a flag). */
export function domExtraSlot(name: string): number {
  const f = FIELD_INDEX.get(name);
  if (f === undefined) throw new Error(`unknown dom.extra field '${name}'`);
  return SLOT[f]!;
}

/** Columns per row of the int, number and string kinds. */
export const DOM_EXTRA_WIDTH = { int: COUNT.int, num: COUNT.num, str: COUNT.str } as const;
