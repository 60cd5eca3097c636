/**
 * Regression tests on the sample documents in `samples/` (see `samples/README.md`).
 *
 * - Seed samples (`expected.json` has `removed`): the text must equal `expected.txt` exactly, every
 *   expected metadata field must equal, and the removed blocks must match `removed`.
 * - Corpus samples (`expected.json` has `minF1`): token F1 (the benchmark's 4-shingle metric) of the
 *   output against `expected.txt` must be at least `minF1`; expected metadata fields must match.
 * - `knownMisses` (any sample): metadata fields whose reviewed value decruft does not produce yet.
 *   They are kept out of `metadata`, never fail the run, and are printed as `console.warn` lines
 *   (also when decruft starts to get one right, so it can be moved back into `metadata`).
 *
 * Expected files are never written here; `npm run samples:update` shows and (per sample, on request)
 * writes them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { CleanResult, Metadata, Removal } from '../src/index.js';
import { scorePage } from '../src/eval/metric.js';
import { lineDiff } from '../src/eval/diff.js';
import { normalizeSpace as normalize } from '../src/blocks/from-text.js';

const SAMPLES = join(import.meta.dirname, '..', 'samples');

interface ExpectedRemoval {
  text: string;
  /** Rule id, or `*` when any cleaner may take the block. */
  ruleId: string;
  why: string;
  /** A partial-block lift (e.g. a dateline prefix): may be reported, need not be. */
  optional?: boolean;
}

/** A metadata field decruft gets wrong today: the reviewed value and why decruft misses it. */
interface KnownMiss {
  expected: unknown;
  why: string;
}

interface Expected {
  source: string;
  lang?: string;
  metadata: Partial<Metadata>;
  knownMisses?: Record<string, KnownMiss>;
  removed?: ExpectedRemoval[];
  minF1?: number;
  /**
   * A reviewed, open defect: the sample is below its floor for a known cause. Its F1 check is then
   * `it.fails` — it passes while decruft still misses the floor and FAILS as soon as decruft
   * reaches it, so the marker must be removed (it cannot silently hide a fixed or a new problem).
   */
  knownDefect?: string;
}

interface Sample {
  name: string;
  dir: string;
  input: Buffer;
  type: 'text' | 'html';
  expectedText: string;
  expected: Expected;
}

function loadSamples(): Sample[] {
  return readdirSync(SAMPLES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(SAMPLES, e.name, 'expected.json')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = join(SAMPLES, name);
      const html = existsSync(join(dir, 'input.html'));
      const input = readFileSync(join(dir, html ? 'input.html' : 'input.txt'));
      const expectedText = readFileSync(join(dir, 'expected.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      return { name, dir, input, type: html ? ('html' as const) : ('text' as const), expectedText, expected };
    });
}


const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Paragraphs of one text that are not in the other (whitespace-normalised). */
function paragraphDiff(expected: string, actual: string): string {
  const exp = paragraphs(expected);
  const act = paragraphs(actual);
  const expSet = new Set(exp);
  const actSet = new Set(act);
  const cut = (p: string): string => (p.length > 160 ? `${p.slice(0, 157)}...` : p);
  const missing = exp.filter((p) => !actSet.has(p)).map((p) => `- ${cut(p)}`);
  const extra = act.filter((p) => !expSet.has(p)).map((p) => `+ ${cut(p)}`);
  return [`missing paragraphs (${missing.length}):`, ...missing, `extra paragraphs (${extra.length}):`, ...extra].join('\n');
}

function f1(predicted: string, gold: string): number {
  const s = scorePage(predicted, gold);
  if (s.fp === 0 && s.fn === 0) return 1;
  return (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
}

/** Compare the removals with the expected list (multisets; rule id ignored where `*`). */
function removalProblems(expected: ExpectedRemoval[], actual: Removal[]): string[] {
  const cut = (t: string): string => (t.length > 120 ? `${t.slice(0, 117)}...` : t);
  const pending = [...expected];
  const problems: string[] = [];
  for (const r of actual) {
    const k = pending.findIndex((e) => e.text === r.text && (e.ruleId === '*' || e.ruleId === r.ruleId));
    if (k >= 0) {
      pending.splice(k, 1);
      continue;
    }
    const other = pending.find((e) => e.text === r.text);
    problems.push(
      other
        ? `wrong rule: "${cut(r.text)}" removed by ${r.ruleId}, expected ${other.ruleId}`
        : `removed but should be kept: [${r.ruleId}] "${cut(r.text)}"`,
    );
  }
  for (const e of pending) if (!e.optional) problems.push(`not removed: [${e.ruleId}] "${cut(e.text)}" (${e.why})`);
  return problems;
}

/** One metadata field: dates by calendar day when the expected value is date-only. */
function sameField(field: string, want: unknown, got: unknown): boolean {
  return (field === 'date' || field === 'modified') && typeof want === 'string' && want.length === 10
    ? typeof got === 'string' && got.slice(0, 10) === want
    : JSON.stringify(got) === JSON.stringify(want);
}

/** Metadata comparison of every pinned field (and the language). */
function metadataProblems(expected: Partial<Metadata>, actual: Metadata, lang?: string): string[] {
  const problems: string[] = [];
  if (lang && actual.language !== lang) problems.push(`language: expected "${lang}", got ${JSON.stringify(actual.language)}`);
  for (const [field, want] of Object.entries(expected)) {
    const got = actual[field as keyof Metadata];
    if (!sameField(field, want, got)) problems.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return problems;
}

/** Warning lines for the known misses (never a failure). */
function knownMissWarnings(name: string, misses: Record<string, KnownMiss>, actual: Metadata): string[] {
  return Object.entries(misses).map(([field, miss]) => {
    const got = actual[field as keyof Metadata];
    return sameField(field, miss.expected, got)
      ? `[known miss FIXED] ${name} metadata.${field} now equals ${JSON.stringify(miss.expected)}: move it back into "metadata"`
      : `[known miss] ${name} metadata.${field}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(got)} (${miss.why})`;
  });
}

/**
 * The whole input as text, cleaning nothing: a dump as is; an HTML page with comments, script,
 * style and noscript dropped, tags stripped and entities blanked (the most generous no-op).
 */
function keepEverything(sample: Sample): string {
  const raw = sample.input.toString('utf8');
  if (sample.type === 'text') return raw;
  return raw
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ');
}

const samples = loadSamples();

describe('samples', () => {
  it('finds the seed and corpus samples', () => {
    expect(samples.filter((s) => s.expected.removed).length).toBeGreaterThanOrEqual(5);
    expect(samples.filter((s) => s.expected.minF1 !== undefined).length).toBeGreaterThanOrEqual(25);
  });

  // The expected files themselves: one format, and every expected paragraph taken from the input.
  it.each(samples.map((s) => [s.name, s] as const))('%s: expected files are well-formed', (_name, sample) => {
    const text = sample.expectedText;
    expect(text.endsWith('\n') && !text.endsWith('\n\n'), 'expected.txt ends with exactly one newline').toBe(true);
    const paras = text.slice(0, -1).split('\n\n');
    for (const p of paras) expect(p, 'paragraph is non-empty and whitespace-normalised').toBe(normalize(p) || '<empty>');
    for (const [field, miss] of Object.entries(sample.expected.knownMisses ?? {})) {
      expect(field in sample.expected.metadata, `known miss "${field}" is also pinned in metadata`).toBe(false);
      expect(miss.expected, `known miss "${field}" has an expected value`).toBeDefined();
      expect(typeof miss.why === 'string' && miss.why.trim().length > 0, `known miss "${field}" says why`).toBe(true);
    }
    if (sample.expected.minF1 !== undefined) {
      // A floor must prove that cleaning happens: at least the keep-everything score + 0.02.
      const base = f1(keepEverything(sample), text);
      expect(
        sample.expected.minF1,
        `minF1 ${sample.expected.minF1} is under the keep-everything F1 ${base.toFixed(3)} + 0.02`,
      ).toBeGreaterThanOrEqual(base + 0.02);
    }
    if (sample.type === 'html') return;
    const lines = sample.input.toString('utf8').split('\n').map(normalize).filter(Boolean);
    const rawText = normalize(lines.join(' '));
    for (const p of paras) {
      // Dump inputs: each paragraph is an input line (or its tail, after a dateline cut); raw dumps
      // split sentences across lines, so there the paragraph's words must appear in order.
      const ok = sample.name.endsWith('-raw')
        ? rawText.replace(/\s+/g, '').includes(p.replace(/\s+/g, ''))
        : lines.some((l) => l === p || l.endsWith(` ${p}`));
      expect(ok, `expected paragraph not found in the input: "${p.slice(0, 80)}"`).toBe(true);
    }
    if (sample.expected.removed) {
      // Seeds are reviewed exhaustively: each non-empty input line, in order, is a body paragraph, a
      // listed removal, or a listed prefix cut followed by the body paragraph that remains.
      const body = [...paras];
      const removed = sample.expected.removed.map((r) => r.text);
      for (const l of lines) {
        if (body[0] === l) body.shift();
        else if (removed[0] === l) removed.shift();
        else if (removed[0] !== undefined && body[0] !== undefined && l === `${removed[0]} ${body[0]}`) {
          removed.shift();
          body.shift();
        } else expect.fail(`seed input line is neither the next kept paragraph nor the next listed removal: "${l.slice(0, 80)}"`);
      }
      expect(body, 'expected paragraphs left over').toEqual([]);
      expect(removed, 'listed removals left over').toEqual([]);
    }
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      let cached: CleanResult | undefined;
      const run = (): CleanResult => (cached ??= clean(sample.input, { type: sample.type }));

      if (sample.expected.removed) {
        it('text equals expected.txt', () => {
          const want = sample.expectedText.replace(/\n$/, '');
          const got = run().text;
          if (got !== want) {
            const paras = (t: string): string[] => (t ? t.split('\n\n') : []);
            expect.fail(
              `text differs from ${sample.name}/expected.txt, by paragraph (- missing, + extra):\n${lineDiff(paras(want), paras(got))}`,
            );
          }
        });
        it('removes exactly the expected blocks', () => {
          const problems = removalProblems(sample.expected.removed!, run().removed);
          if (problems.length) expect.fail(`removals differ:\n${problems.join('\n')}`);
        });
      } else {
        const f1Test = sample.expected.knownDefect ? it.fails : it;
        const label = sample.expected.knownDefect ? ` (known defect, expected to fail: ${sample.expected.knownDefect})` : '';
        f1Test(`token F1 ≥ ${sample.expected.minF1}${label}`, () => {
          const got = run().text;
          const score = f1(got, sample.expectedText);
          if (score < sample.expected.minF1!) {
            expect.fail(
              `F1 ${score.toFixed(3)} < ${sample.expected.minF1} (${sample.expected.source})\n${paragraphDiff(sample.expectedText, got)}`,
            );
          }
        });
      }
      if (sample.expected.lang || Object.keys(sample.expected.metadata).length > 0) {
        it('metadata has the expected fields and language', () => {
          const problems = metadataProblems(sample.expected.metadata, run().metadata, sample.expected.lang);
          if (problems.length) expect.fail(`metadata differs:\n${problems.join('\n')}`);
        });
      }
      if (sample.expected.knownMisses && Object.keys(sample.expected.knownMisses).length > 0) {
        it('reports its known metadata misses (warnings, not failures)', () => {
          for (const line of knownMissWarnings(sample.name, sample.expected.knownMisses!, run().metadata)) console.warn(line);
        });
      }
    });
  }
});
