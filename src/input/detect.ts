/**
 * Is the input HTML or a text dump? Look for markup in the first few kilobytes.
 * @module
 */
import type { InputType } from '../types.js';

const HTML_START_RE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const TAG_RE = /<\/?(?:html|head|body|div|p|span|a|table|script|meta|link|br|article|section)\b[^>]*>/gi;

/** Guess the input type from its first characters. */
export function detectType(text: string): InputType {
  const head = text.slice(0, 8192);
  if (HTML_START_RE.test(head)) return 'html';
  const tags = head.match(TAG_RE);
  if (tags && tags.length >= 5) return 'html';
  return 'text';
}
