/**
 * Unit tests of the CLI's pure helpers: output naming, sizes, JSONL validation, charsets, options.
 */
import { describe, expect, it } from 'vitest';
import { normalize, parseSize, UsageError } from '../../src/cli/args.js';
import { outputName, safeName } from '../../src/cli/inputs.js';
import { charsetOf, jsonlTask } from '../../src/cli/readers.js';
import { DecruftError } from '../../src/errors.js';

describe('outputName', () => {
  it('replaces .gz and the last extension by the format’s', () => {
    expect(outputName('x/page.dump.txt', 'text')).toBe('x/page.dump.txt');
    expect(outputName('page.html.gz', 'text')).toBe('page.txt');
    expect(outputName('page.html.gz', 'json')).toBe('page.json');
    expect(outputName('a/b/page.htm', 'markdown')).toBe('a/b/page.md');
    expect(outputName('README', 'text')).toBe('README.txt');
    expect(outputName('dir.v2/file', 'text')).toBe('dir.v2/file.txt');
    expect(outputName('.hidden', 'text')).toBe('.hidden.txt');
  });
  it('safeName turns record ids into file names', () => {
    expect(safeName('<urn:uuid:1234-abcd>')).toBe('urn_uuid_1234-abcd');
    expect(safeName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeName(42)).toBe('42');
    expect(safeName('')).toBe('doc');
  });
});

describe('parseSize', () => {
  it('reads bytes with k/M/G suffixes', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(() => parseSize('lots')).toThrow();
    expect(() => parseSize('0')).toThrow();
  });
});

describe('jsonlTask (the JSONL input contract)', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return [(e as DecruftError).code, (e as { docId?: unknown }).docId];
    }
    return undefined;
  };
  it('accepts {id, text|html, url?, charset?}', () => {
    expect(jsonlTask({ id: 'a', text: 'x' }, 1, {})).toMatchObject({ id: 'a', input: 'x', type: 'text' });
    expect(jsonlTask({ id: 3, html: '<p>x', url: 'u', charset: 'latin1' }, 1, { path: 'f' })).toEqual({
      id: 3,
      path: 'f',
      input: '<p>x',
      type: 'html',
      url: 'u',
      charset: 'latin1',
    });
  });
  it('refuses bad records with BAD_RECORD, naming the id or the line number', () => {
    expect(code(() => jsonlTask(null, 4, {}))).toEqual(['BAD_RECORD', 4]);
    expect(code(() => jsonlTask([1], 4, {}))).toEqual(['BAD_RECORD', 4]);
    expect(code(() => jsonlTask({ text: 'x' }, 5, {}))).toEqual(['BAD_RECORD', 5]);
    expect(code(() => jsonlTask({ id: '', text: 'x' }, 5, {}))).toEqual(['BAD_RECORD', 5]);
    expect(code(() => jsonlTask({ id: 'a' }, 6, {}))).toEqual(['BAD_RECORD', 'a']);
    expect(code(() => jsonlTask({ id: 'a', text: 'x', html: 'y' }, 6, {}))).toEqual(['BAD_RECORD', 'a']);
    expect(code(() => jsonlTask({ id: 'a', text: 1 }, 6, {}))).toEqual(['BAD_RECORD', 'a']);
    expect(code(() => jsonlTask({ id: 'a', text: 'x', url: 5 }, 6, {}))).toEqual(['BAD_RECORD', 'a']);
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetOf('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(charsetOf(null)).toBeUndefined();
  });
});

describe('normalize', () => {
  it('picks the output mode from --out and --format', () => {
    expect(normalize(['a'], {}, true, false).outMode).toBe('stdout');
    expect(normalize(['a'], { out: 'o' }, true, false)).toMatchObject({ outMode: 'dir', errors: 'o/errors.jsonl' });
    const j = normalize(['a'], { out: 'all.jsonl' }, true, false);
    expect(j).toMatchObject({ outMode: 'jsonl-file', errors: 'all.jsonl.errors.jsonl' });
    expect(j.config.format).toBe('jsonl');
    expect(normalize([], { jsonl: true }, false, false)).toMatchObject({ inputs: ['-'], jsonl: true });
    expect(normalize([], { jsonl: true }, false, false).config.format).toBe('jsonl');
  });
  it('--readability-fallback reaches the workers’ config (off by default)', () => {
    expect(normalize(['a'], {}, true, false).config.readabilityFallback).toBe(false);
    expect(normalize(['a'], { readabilityFallback: true }, true, false).config.readabilityFallback).toBe(true);
  });
  it('progress: a bar only on a terminal and not with --quiet', () => {
    expect(normalize(['a'], {}, true, true).progress).toBe('bar');
    expect(normalize(['a'], {}, true, false).progress).toBe('none');
    expect(normalize(['a'], { quiet: true }, true, true).progress).toBe('none');
    expect(normalize(['a'], { progress: 'json' }, true, false).progress).toBe('json');
  });
  it('usage errors', () => {
    expect(() => normalize([], {}, true, false)).toThrow(UsageError);
    expect(() => normalize(['-', '-'], {}, true, false)).toThrow(UsageError);
    expect(() => normalize(['a'], { out: 'x.jsonl', format: 'text' }, true, false)).toThrow(UsageError);
    expect(() => normalize(['a'], { out: 'dir/', format: 'jsonl' }, true, false)).toThrow(UsageError);
    expect(() => normalize(['a'], { links: true }, true, false)).toThrow(UsageError);
  });
});
