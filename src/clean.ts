/**
 * `clean()`: the library entry point. Decode → detect → blocks → features → cleaners → output.
 * Synchronous, no global state: every call builds its own document.
 * @module
 */
import { VFile } from 'vfile';
import type { CleanOptions, CleanResult, InputType, Metadata, Removal, Block } from './types.js';
import type { Doc } from './doc.js';
import { isKept } from './doc.js';
import { DecruftError } from './errors.js';
import { computeFeatures, tokenize } from './features.js';
import { blocksFromText } from './blocks/from-text.js';
import { detectType } from './input/detect.js';
import { decodeTextBytes, looksBinary } from './input/decode-text.js';
import { mayBeMojibake, repairMojibake } from './input/mojibake.js';
import { decodeHtmlBytes } from './input/decode-html.js';
import { detectLanguage, languageSample, normalizeLang } from './language.js';
import { parseHtml } from './html/index.js';
import { createProcessor, type DecruftProcessor } from './pipeline.js';
import { NO_MESSAGES, isLazyRemoval } from './cleaner.js';
import { Span } from './span.js';

/** Default size cap: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Default time budget per document. */
export const DEFAULT_TIMEOUT_MS = 10_000;

let defaultProcessor: DecruftProcessor | undefined;

function sniffBytesType(bytes: Uint8Array): InputType {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  return detectType(head);
}

/** Decode the input and decide its type. */
function prepareInput(
  input: string | Uint8Array,
  options: CleanOptions,
): { source: string; type: InputType } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') {
    if (input.length > maxBytes) {
      throw new DecruftError('TOO_LARGE', `input is ${input.length} characters, over the ${maxBytes} limit`);
    }
    if (input.includes('\0')) {
      const nul = (input.match(/\0/g) ?? []).length;
      if (nul > input.length / 100) throw new DecruftError('BINARY', 'input contains NUL characters; it looks binary');
      input = input.replace(/\0/g, '');
    }
    const type = options.type && options.type !== 'auto' ? options.type : detectType(input);
    return { source: input, type };
  }
  if (!(input instanceof Uint8Array)) {
    throw new DecruftError('BAD_OPTION', 'input must be a string or a Uint8Array');
  }
  if (input.length > maxBytes) {
    throw new DecruftError('TOO_LARGE', `input is ${input.length} bytes, over the ${maxBytes} limit`);
  }
  if (looksBinary(input)) throw new DecruftError('BINARY', 'input looks binary (NUL or control bytes), not text or HTML');
  const type = options.type && options.type !== 'auto' ? options.type : sniffBytesType(input);
  const source = type === 'html' ? decodeHtmlBytes(input, options.charset) : decodeTextBytes(input);
  return { source, type };
}

/** Own, non-enumerable key of a lazy removal's record on its {@link Removal} (not serialised). */
const LAZY_RECORD = Symbol('decruft.lazyRemoved');

/** A {@link Removal} whose reason is read from its block's lazy removal record. */
type LazyRemoval = Removal & { [LAZY_RECORD]: { reason: string } };

/** The one getter of every lazy removal's `reason` (no closure or accessor pair per removal). */
function lazyReason(this: LazyRemoval): string {
  return this[LAZY_RECORD].reason;
}

/** The accessor of a lazy `reason`: enumerable, as a plain field (JSON.stringify reads it). */
const LAZY_REASON: PropertyDescriptor = { get: lazyReason, enumerable: true, configurable: true };

/** A block's position as a {@link Span} (read without making its points: no garbage per removal). */
function spanOf(block: Block): Span {
  const p = block.position;
  return p instanceof Span ? p : Span.of(p.start, p.end);
}

function toRemoval(block: Block): Removal {
  const removed = block.removed!;
  if (isLazyRemoval(removed)) {
    // The reason is built when first read (e.g. by JSON.stringify): an enumerable own getter, in
    // the same place among the fields as a plain reason. One shared getter reading the record from
    // a hidden key: an object literal with its own getter cost ~600 bytes a removal (a closure and
    // an accessor pair each), 250,000 of them on a 20 MB dump.
    const out = { ruleId: removed.ruleId } as LazyRemoval;
    Object.defineProperty(out, 'reason', LAZY_REASON);
    const span = spanOf(block);
    out.text = block.text;
    out.kind = block.kind;
    out.lineStart = span.startLine;
    out.lineEnd = span.endLine;
    out.start = span.startOffset;
    out.end = span.endOffset;
    Object.defineProperty(out, LAZY_RECORD, { value: removed });
    return out;
  }
  const span = spanOf(block);
  return {
    ruleId: removed.ruleId,
    reason: removed.reason,
    text: block.text,
    kind: block.kind,
    lineStart: span.startLine,
    lineEnd: span.endLine,
    start: span.startOffset,
    end: span.endOffset,
  };
}

/** The prefix a lifter cut off a kept block (e.g. a dateline), as a removal of its own. */
function toPrefixRemoval(block: Block, source: string): Removal {
  const p = block.strippedPrefix!;
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < p.start; i = source.indexOf('\n', i + 1)) line++;
  const lineEnd = line + (source.slice(p.start, p.end).trimEnd().split('\n').length - 1);
  return { ruleId: p.ruleId, reason: p.reason, text: p.text, kind: block.kind, lineStart: line, lineEnd, start: p.start, end: p.end };
}

/** Every removal in block order: a block's cut prefix, then the block itself when it was removed. */
function removals(blocks: Block[], source: string): Removal[] {
  const out: Removal[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.strippedPrefix) out.push(toPrefixRemoval(b, source));
    if (!isKept(b)) out.push(toRemoval(b));
  }
  return out;
}

/**
 * A page whose text is itself mojibake (UTF-8 once read with the wrong charset and served so):
 * block texts and string metadata re-read (see `src/input/mojibake.ts`). Offsets point into the
 * HTML, so they stay; a block's `<br>` line breaks are dropped when its length changes.
 */
function repairHtmlMojibake(blocks: Block[], metadata: Partial<Metadata>, warnings: string[]): void {
  let lines = 0;
  for (const b of blocks) {
    // Most blocks hold no trace of it: no result object made for them.
    if (!mayBeMojibake(b.text)) continue;
    const fixed = repairMojibake(b.text);
    if (!fixed.lines) continue;
    lines += fixed.lines;
    if (fixed.text.length !== b.text.length && b.dom) b.dom.breaks = undefined;
    b.text = fixed.text;
    if (b.markdown !== undefined) b.markdown = repairMojibake(b.markdown).text;
  }
  const fields = metadata as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const v = fields[key];
    if (typeof v === 'string') fields[key] = repairMojibake(v).text;
    else if (Array.isArray(v)) fields[key] = v.map((x: unknown) => (typeof x === 'string' ? repairMojibake(x).text : x));
  }
  if (lines) warnings.push(`mojibake-repaired: ${lines} block(s) re-read as UTF-8`);
}

/**
 * Decoded input → the document the cleaners work on: blocks (from the dump or the HTML), page
 * metadata, language and per-block features. Shared by `clean()` and the scorer's training, so
 * both see the same documents. `profile` gets `blocks` and `features` times when given.
 */
export function buildDocument(
  source: string,
  type: InputType,
  options: Pick<CleanOptions, 'url' | 'links' | 'language' | 'readabilityFallback' | 'repairMojibake'>,
  deadline: number,
  profile?: Record<string, number>,
): Doc {
  const t1 = performance.now();
  const doc: Doc = {
    type: 'root',
    inputType: type,
    source,
    children: [],
    features: [],
    metadata: {},
    provenance: {},
    lang: undefined,
    html: undefined,
    warnings: [],
    deadline,
  };
  if (type === 'html') {
    const parsed = parseHtml(source, {
      url: options.url,
      deadline,
      links: options.links,
      readabilityFallback: options.readabilityFallback === true,
    });
    doc.children = parsed.blocks;
    doc.html = parsed.html;
    if (options.repairMojibake !== false) repairHtmlMojibake(parsed.blocks, parsed.metadata, doc.warnings);
    Object.assign(doc.metadata, parsed.metadata);
    Object.assign(doc.provenance, parsed.provenance);
    doc.warnings.push(...parsed.warnings);
  } else {
    // A dump of UTF-8 that a scraper read as windows-1252 or Mac Roman: re-read those lines. The
    // repaired text is the document's source (removal offsets point into it).
    if (options.repairMojibake !== false) {
      const fixed = repairMojibake(source);
      if (fixed.lines) {
        doc.source = source = fixed.text;
        doc.warnings.push(`mojibake-repaired: ${fixed.lines} line(s) re-read as UTF-8`);
      }
    }
    doc.children = blocksFromText(source);
  }
  const t2 = performance.now();
  if (profile) profile.blocks = t2 - t1;
  doc.lang =
    normalizeLang(options.language) ??
    normalizeLang(doc.metadata.language) ??
    detectLanguage(languageSample(doc.children)) ??
    normalizeLang(doc.html?.htmlLang);
  doc.features = computeFeatures(doc.children, doc.lang);
  if (profile) profile.features = performance.now() - t2;
  return doc;
}

/**
 * Clean one scraped page (HTML or a plain-text dump) and return its article text and metadata.
 *
 * @example
 * ```ts
 * import { clean } from 'decruft';
 * const { text, metadata, removed } = clean(html, { url: 'https://example.com/story' });
 * ```
 */
export function clean(input: string | Uint8Array, options: CleanOptions = {}): CleanResult {
  const t0 = performance.now();
  const profile: Record<string, number> | undefined = options.profile ? {} : undefined;
  const { source, type } = prepareInput(input, options);
  if (!source.trim()) throw new DecruftError('EMPTY', 'input is empty');
  const t1 = performance.now();
  if (profile) profile.decode = t1 - t0;

  const doc = buildDocument(source, type, options, t0 + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS), profile);
  const t3 = performance.now();

  const processor =
    options.cleaners || profile
      ? createProcessor(options.cleaners, profile)
      : (defaultProcessor ??= createProcessor());
  const file = new VFile({ path: options.url });
  // The file is not returned, so its messages would never be read (the removals are on the blocks).
  file.data[NO_MESSAGES] = true;
  processor.runSync(doc, file);
  const t4 = performance.now();
  if (profile) profile.cleaners = t4 - t3;

  const kept = doc.children.filter(isKept);
  const text = kept.map((b) => b.text).join('\n\n');
  // A block's features counted its tokens; only a cut prefix (stripPrefix, the one place block text
  // changes) makes them stale.
  let wordCount = 0;
  for (let i = 0; i < doc.children.length; i++) {
    const b = doc.children[i]!;
    if (isKept(b)) wordCount += b.strippedPrefix ? tokenize(b.text).length : doc.features[i]!.words;
  }
  if (!text) doc.warnings.push('no-article');
  const metadata: Metadata = { ...doc.metadata, wordCount };
  if (doc.lang) {
    metadata.language = doc.lang;
  }
  if (options.url && !metadata.url) metadata.url = options.url;
  const result: CleanResult = {
    text,
    metadata,
    removed: removals(doc.children, doc.source),
    type,
    warnings: doc.warnings,
  };
  if (options.format === 'markdown') {
    result.markdown = kept.map((b) => b.markdown ?? (b.kind === 'heading' ? `## ${b.text}` : b.text)).join('\n\n');
  }
  if (options.explain) result.provenance = doc.provenance;
  if (profile) {
    profile.total = performance.now() - t0;
    result.profile = profile;
  }
  return result;
}
