/**
 * How a cleaner is defined. One wrapper stamps the rule id on every removal, so no cleaner can
 * forget to report (after remark-lint's `unified-lint-rule`). A cleaner is also a unified plugin:
 * `attacher(options) → transformer(tree, file)`.
 * @module
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Block, InputType, Metadata, MetadataField } from './types.js';
import type { Doc } from './doc.js';
import { isKept } from './doc.js';
import { DecruftError } from './errors.js';
import { Span } from './span.js';

/** What a cleaner's `run` gets. */
export interface CleanerContext<O> {
  doc: Doc;
  options: O;
  file: VFile;
  /**
   * Mark a block as removed by this cleaner with a one-line reason (first remover wins). The reason
   * may be a function that builds it: it is then called when the reason is first read (at once when
   * vfile messages are made), so costly evidence is not built for a result whose removals are not read.
   */
  remove(block: Block, reason: string | (() => string)): void;
  /**
   * {@link remove} with the reason built by `source.reasonOf(key)` when first read: one source for
   * many removals instead of a closure each (a scorer may remove 250,000 blocks of a huge page).
   */
  removeKeyed(block: Block, source: ReasonSource, key: number): void;
  /**
   * Set a metadata field if it is still empty, recording provenance. With `block`, the block is
   * taken out of the body (lifted) and reported as such. Returns true when the value was set.
   */
  setMeta<K extends MetadataField>(
    field: K,
    value: NonNullable<Metadata[K]>,
    evidence: string,
    block?: Block,
  ): boolean;
  /** Take a block out of the body as belonging to a metadata field already set. */
  lift(block: Block, field: MetadataField, reason: string): void;
  /**
   * Cut the first `length` characters off a kept block's text (e.g. a `BAGHDAD (Reuters) -`
   * dateline), keeping the rest in the body. The cut text is reported as a removal of its own
   * (`block.strippedPrefix`, with its offsets in the input). One prefix per block.
   */
  stripPrefix(block: Block, length: number, field: MetadataField, reason: string): void;
}

/** Builds the reasons of many removals, each by its key (see {@link CleanerContext.removeKeyed}). */
export interface ReasonSource {
  reasonOf(key: number): string;
}

/** Offset in `source` just past the first `chars` non-space characters from `from`, or -1. */
function advanceSource(source: string, from: number, text: string): number {
  let i = from;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    while (i < source.length && /[\s\u00a0\u200b\ufeff]/u.test(source[i]!)) i++;
    if (source.startsWith(ch, i)) i += ch.length;
    else return -1;
  }
  return i;
}

/**
 * `file.message` without the stack trace: VFileMessage extends Error, so `super()` captures a stack
 * (~16 µs) that vfile then overwrites with `''` anyway. Hundreds of removals per HTML page.
 */
function withoutStack<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Key of `file.data` by which a caller that never reads the file's messages (`clean()`, whose file
 * is not returned) asks the cleaners not to build them: the removals are on the blocks either way.
 */
export const NO_MESSAGES = 'decruftNoMessages';

/**
 * A removal record `{ruleId, reason}` whose `reason` calls `make` once, when first read. A getter on
 * the class, not an own accessor: one small object per removal (no accessor pair, getter closure or
 * weak-set entry each). Only block records are lazy, and `clean()` reports them as plain fields.
 */
class LazyRemoved {
  private make: (() => string) | ReasonSource | undefined;
  private made = '';
  constructor(
    readonly ruleId: string,
    make: (() => string) | ReasonSource,
    private readonly key = 0,
  ) {
    this.make = make;
  }

  get reason(): string {
    const make = this.make;
    if (make) {
      this.made = typeof make === 'function' ? make() : make.reasonOf(this.key);
      this.make = undefined;
    }
    return this.made;
  }
}

function lazyRemoved(ruleId: string, make: (() => string) | ReasonSource, key = 0): { ruleId: string; reason: string } {
  return new LazyRemoved(ruleId, make, key);
}

/** True when a block's removal record builds its reason on first read. */
export function isLazyRemoval(removed: object): boolean {
  return removed instanceof LazyRemoved;
}

/** Static description of a cleaner. */
export interface CleanerMeta<O> {
  /** Rule id, kebab-case, stable: used in reports and in `options.cleaners`. */
  id: string;
  /** One line: what kind of junk it removes or what it lifts. */
  purpose: string;
  /** Options with their defaults. */
  defaults: O;
  /** Input types it runs on (both when absent). */
  inputs?: readonly InputType[];
}

/** A named cleaner: metadata plus a function that marks blocks. */
export interface Cleaner<O extends object = Record<string, unknown>> extends CleanerMeta<O> {
  run(doc: Doc, options: Partial<O> | undefined, file: VFile): void;
  /** The same cleaner as a unified plugin. */
  plugin: Plugin<[Partial<O>?], Doc, Doc>;
}

/** Define a cleaner. `fn` marks blocks through the context; it never deletes them. */
export function defineCleaner<O extends object>(
  meta: CleanerMeta<O>,
  fn: (ctx: CleanerContext<O>) => void,
): Cleaner<O> {
  const run = (doc: Doc, options: Partial<O> | undefined, file: VFile): void => {
    if (meta.inputs && !meta.inputs.includes(doc.inputType)) return;
    if (doc.deadline !== undefined && performance.now() > doc.deadline) {
      throw new DecruftError('TIMEOUT', `time budget spent before cleaner '${meta.id}'`);
    }
    const opts = options ? { ...meta.defaults, ...options } : meta.defaults;
    const ruleId = meta.id;
    const messages = file.data[NO_MESSAGES] !== true;
    const ctx: CleanerContext<O> = {
      doc,
      options: opts,
      file,
      remove(block, why) {
        if (!isKept(block)) return;
        if (typeof why === 'function' && !messages) {
          block.removed = lazyRemoved(ruleId, why);
          return;
        }
        const reason = typeof why === 'function' ? why() : why;
        block.removed = { ruleId, reason };
        if (!messages) return;
        const msg = withoutStack(() => file.message(reason, { place: block.position, ruleId, source: 'decruft' }));
        msg.actual = block.text;
      },
      removeKeyed(block, source, key) {
        if (!isKept(block)) return;
        if (!messages) {
          block.removed = lazyRemoved(ruleId, source, key);
          return;
        }
        ctx.remove(block, source.reasonOf(key));
      },
      setMeta(field, value, evidence, block) {
        if (doc.metadata[field] !== undefined) return false;
        doc.metadata[field] = value as Metadata[typeof field];
        doc.provenance[field] = { ruleId, evidence };
        if (block && isKept(block)) {
          block.lifted = { ruleId, field };
          block.removed = { ruleId, reason: `lifted into metadata.${field}` };
        }
        return true;
      },
      lift(block, field, reason) {
        if (!isKept(block)) return;
        block.lifted = { ruleId, field };
        block.removed = { ruleId, reason };
      },
      stripPrefix(block, length, field, reason) {
        if (!isKept(block) || block.strippedPrefix || length <= 0 || length >= block.text.length) return;
        const cut = block.text.slice(0, length);
        const rest = block.text.slice(length).replace(/^\s+/u, '');
        const start = block.position.start.offset;
        let end = advanceSource(doc.source, start, cut);
        if (end >= 0) {
          while (end < doc.source.length && /[\s\u00a0]/u.test(doc.source[end]!)) end++;
          const skipped = doc.source.slice(start, end);
          const nl = skipped.split('\n').length - 1;
          const col = nl ? end - (doc.source.lastIndexOf('\n', end - 1) + 1) + 1 : block.position.start.column + (end - start);
          block.position = Span.of({ line: block.position.start.line + nl, column: col, offset: end }, block.position.end);
        } else end = start;
        block.strippedPrefix = { ruleId, reason, field, text: cut.trim(), start, end };
        block.text = rest;
        if (!messages) return;
        const msg = withoutStack(() =>
          file.message(reason, { place: { line: block.position.start.line, column: block.position.start.column }, ruleId, source: 'decruft' }),
        );
        msg.actual = cut.trim();
      },
    };
    fn(ctx);
  };
  const plugin: Plugin<[Partial<O>?], Doc, Doc> = function (options?: Partial<O>) {
    return (tree: Doc, file: VFile) => {
      run(tree, options, file);
    };
  };
  return { ...meta, run, plugin };
}
