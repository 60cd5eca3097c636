/**
 * Model JSON: readable header, one line per tree (so diffs of a retrained model stay reviewable).
 * @module
 */
import type { GbdtModel } from './gbdt.js';

export function serializeModel(model: GbdtModel): string {
  const { trees, ...head } = model;
  const lines = JSON.stringify({ ...head, trees: '__TREES__' }, null, 2).split('\n');
  const body = trees.map((t) => '    ' + JSON.stringify(t)).join(',\n');
  return lines.join('\n').replace('"__TREES__"', `[\n${body}\n  ]`) + '\n';
}
