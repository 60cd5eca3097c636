/**
 * Property test (fast-check, fixed seed, few runs): random strings and bytes, and real pages mutated
 * (truncated, bytes flipped, tag soup inserted), thrown at `clean()`. It returns a well-formed
 * result or throws a DecruftError — never anything else. The budget is clean()'s own `timeoutMs`;
 * the test timeout is only a hang guard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CleanResult } from '../../src/types.js';
import { clean, corpusBytes, DecruftError } from '../cli/helpers.js';

const SEED = 20261122;
const OPTIONS = { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024 };

function checkResult(r: CleanResult): void {
  expect(typeof r.text).toBe('string');
  expect(['text', 'html']).toContain(r.type);
  expect(Number.isInteger(r.metadata.wordCount)).toBe(true);
  expect(Array.isArray(r.removed)).toBe(true);
  for (const rem of r.removed) {
    expect(typeof rem.ruleId).toBe('string');
    expect(rem.lineStart).toBeLessThanOrEqual(rem.lineEnd);
  }
}

/** clean() returns a result or throws a DecruftError. */
function returnsOrFailsCleanly(input: string | Uint8Array, options = {}): void {
  let result: CleanResult;
  try {
    result = clean(input, { ...OPTIONS, ...options });
  } catch (err) {
    if (!(err instanceof DecruftError)) {
      throw new Error(`clean() threw a non-DecruftError: ${(err as Error)?.stack ?? String(err)}`);
    }
    expect(err.message.length).toBeGreaterThan(0);
    return;
  }
  checkResult(result);
}

const PAGES = [
  corpusBytes('dragnet', 'dn-0002.html.gz'),
  corpusBytes('l3s-gn1', 'gn-0001.html.gz'),
  corpusBytes('dragnet', 'dn-0002.dump.txt'),
  corpusBytes('readability', 'rh-0001.dump.txt'),
];

const SOUP = ['<div>', '</div>', '</p>', '<p', '<script>', '</script>', '<!--', '-->', '<![CDATA[', '<table><tr><td>', '"', "'", '<a href="', '&amp', '&#x', '<svg><foreignObject>', '<style>', '\0', '\uFFFD', '<meta charset="utf-16">', '\r', '<br/>'.repeat(50)];

type Mutation = { kind: 'truncate'; at: number } | { kind: 'flip'; at: number; byte: number } | { kind: 'soup'; at: number; tag: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('soup' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), tag: fc.nat({ max: SOUP.length - 1 }) }),
);

function mutate(page: Buffer, muts: Mutation[]): Buffer {
  let b = Buffer.from(page);
  for (const m of muts) {
    const at = Math.floor(m.at * b.length);
    if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'flip') {
      if (b.length) b[Math.min(at, b.length - 1)] = m.byte;
    } else b = Buffer.concat([b.subarray(0, at), Buffer.from(SOUP[m.tag]!), b.subarray(at)]);
  }
  return b;
}

describe('clean() on random and mutated input', () => {
  it('random strings (text or html forced or detected)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.constantFrom(undefined, 'text', 'html'), (s, type) => {
        returnsOrFailsCleanly(s, type ? { type } : {});
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('random tag soup built from HTML fragments and words', () => {
    const piece = fc.oneof(fc.constantFrom(...SOUP, '<p>', '<h1>', '<li>', '<article>', '</article>', ' '), fc.lorem({ maxCount: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => returnsOrFailsCleanly('<html><body>' + parts.join(''))),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => returnsOrFailsCleanly(bytes)),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('real pages mutated: truncations, byte flips, tag soup insertions', () => {
    fc.assert(
      fc.property(fc.nat({ max: PAGES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, muts) => {
        returnsOrFailsCleanly(mutate(PAGES[i]!, muts));
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 300_000);
});
