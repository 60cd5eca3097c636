/**
 * Plain-text tables for `decruft eval`: quality per (corpus, input), metadata per field, worst pages.
 * @module
 */
import { META_FIELDS } from './metadata.js';
import type { PageRecord } from './page.js';
import type { RunSummary } from './summary.js';

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function f3(x: number): string {
  return x.toFixed(3);
}

/** A plain-text table (columns padded; `right` columns right-aligned) or a Markdown table. */
function renderTable(head: string[], rows: string[][], right: (i: number) => boolean, markdown: boolean): string[] {
  if (markdown) {
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (right(i) ? '--:' : '---')).join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ];
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], right(i))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The quality table: corpus × input with pages, P, R, F1 ±, accuracy, errors, pages/s. */
export function qualityTable(runs: readonly RunSummary[], markdown = false): string {
  const head = ['corpus', 'input', 'pages', 'P', 'R', 'F1 ±', 'acc', 'errors', 'pages/s'];
  const rows = runs.map((r) => [
    r.corpus + (r.gold === 'snippets' ? ' *' : ''),
    r.input,
    String(r.pages),
    f3(r.precision),
    f3(r.recall),
    r.ci.f1 ? `${f3(r.f1)} ±${f3(r.ci.f1.pm)}` : f3(r.f1),
    f3(r.accuracy),
    r.errors ? `${r.errors} ${Object.entries(r.errorCodes).map(([c, n]) => `${c}:${n}`).join(',')}` : '0',
    r.pagesPerSec.toFixed(0),
  ]);
  const out = renderTable(head, rows, (i) => i >= 2 && i !== 7, markdown);
  const notes: string[] = [];
  if ((runs[0]?.bootstrapN ?? 0) >= 2) {
    notes.push(`± = 1.96 × std of ${runs[0].bootstrapN} bootstrap resamples of pages (seed ${runs[0].seed}), as the benchmark's evaluate.py.`);
  }
  if (runs.some((r) => r.gold === 'snippets')) {
    notes.push('* snippet gold: P = TP/(TP+FP), R = TP/(TP+FN), F = 2TP/(2TP+FP+FN) over all snippets, acc = (TP+TN)/all.');
  }
  notes.push('Text gold: shingle P/R averaged over pages, F1 from the means, acc = token list equal to the gold.');
  return [...out, '', ...notes].join('\n');
}

/** The metadata table: per field, share matched over pages whose gold has the field. */
export function metadataTable(runs: readonly RunSummary[], markdown = false): string {
  const withMeta = runs.filter((r) => Object.keys(r.meta).length);
  if (!withMeta.length) return '';
  const head = ['corpus', 'input', ...META_FIELDS];
  const rows = withMeta.map((r) => [
    r.corpus,
    r.input,
    ...META_FIELDS.map((f) => {
      const m = r.meta[f];
      return m ? `${f3(m.share)} (${m.matched}/${m.n})` : '-';
    }),
  ]);
  return [
    ...renderTable(head, rows, (i) => i >= 2, markdown),
    '',
    'Share of pages whose value matches the gold, over pages whose gold has the field (title: normalised exact; date: same day; authors: same set of names).',
  ].join('\n');
}

/** The worst pages of one run, with their P/R (or missed/leaked snippets). */
export function worstList(run: RunSummary, worst: readonly PageRecord[]): string {
  const lines = [`worst ${worst.length} of ${run.corpus}/${run.input}:`];
  for (const w of worst) {
    const err = w.error ? `  [${w.error.code}]` : '';
    if (w.snippets) {
      const s = w.snippets;
      const miss = s.missed.length ? ` missed: ${s.missed.map((x) => JSON.stringify(x.slice(0, 40))).join(', ')}` : '';
      const leak = s.leaked.length ? ` leaked: ${s.leaked.map((x) => JSON.stringify(x.slice(0, 40))).join(', ')}` : '';
      lines.push(`  ${w.id}  TP=${s.tp} FN=${s.fn} FP=${s.fp} TN=${s.tn}${err}${miss}${leak}`);
    } else {
      lines.push(`  ${w.id}  P=${w.p === undefined ? '-' : f3(w.p)} R=${w.r === undefined ? '-' : f3(w.r)}${err}`);
    }
  }
  return lines.join('\n');
}
