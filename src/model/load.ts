/**
 * Shipped models: `data/model/<input>.json`, loaded once per input type (absent → no model).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { InputType } from '../types.js';
import type { GbdtModel } from './gbdt.js';

const cache = new Map<InputType, GbdtModel | null>();

/** The shipped model for an input type, or null when none is installed. */
export function loadModel(input: InputType): GbdtModel | null {
  let m = cache.get(input);
  if (m !== undefined) return m;
  const url = new URL(`../../data/model/${input}.json`, import.meta.url);
  m = existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as GbdtModel) : null;
  if (m && m.format !== 'decruft-gbdt/1') m = null;
  cache.set(input, m);
  return m;
}
