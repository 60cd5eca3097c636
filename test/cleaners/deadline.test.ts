import { describe, expect, it } from 'vitest';
import { clean, DecruftError } from '../../src/index.js';

describe('time budget between cleaners', () => {
  it('stops with TIMEOUT when the budget is already spent before the cleaners run', () => {
    const input = 'Send to a friend\nThe rare talks in Baghdad were narrowly focused on Iraq’s spiralling sectarian violence.';
    let err: unknown;
    try {
      clean(input, { type: 'text', timeoutMs: -1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DecruftError);
    expect((err as DecruftError).code).toBe('TIMEOUT');
  });

  it('cleans normally within the default budget', () => {
    const line = 'The rare talks in Baghdad were narrowly focused on Iraq’s spiralling sectarian violence.';
    expect(clean(`Send to a friend\n${line}`, { type: 'text' }).text).toBe(line);
  });
});
