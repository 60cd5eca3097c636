/**
 * Clean one document of a batch and render it (runs in the worker).
 * @module
 */
import { clean } from '../clean.js';
import { DecruftError } from '../errors.js';
import type { CleanOptions, CleanResult } from '../types.js';
import { renderResult } from './render.js';
import { readDocFileSync } from './read-file.js';
import { failure, inputBytes, refOf, type BatchConfig, type DocOutcome, type DocTask, type RemovalStats } from './outcome.js';

export type { BatchConfig, DocOutcome, DocTask, DocRef, RemovalStats } from './outcome.js';

/** The `clean()` options for one task. */
export function cleanOptions(task: DocTask, config: BatchConfig): CleanOptions {
  const options: CleanOptions = {
    type: config.type ?? task.type,
    url: task.url ?? config.url,
    charset: task.charset ?? config.charset,
    language: config.language,
    explain: config.explain,
    format: config.format === 'markdown' ? 'markdown' : 'text',
    links: config.links,
    maxBytes: config.maxBytes,
    timeoutMs: config.timeoutMs,
    profile: config.profile,
    readabilityFallback: config.readabilityFallback === true,
  };
  if (config.disable.length) {
    options.cleaners = Object.fromEntries(config.disable.map((id) => [id, false as const]));
  }
  return options;
}

function removalStats(result: CleanResult): RemovalStats {
  const stats: RemovalStats = {};
  for (const r of result.removed) {
    const s = (stats[r.ruleId] ??= [0, 0]);
    s[0]++;
    s[1] += r.text.length;
  }
  return stats;
}

/** The task with its input read (a `file` task's file read and inflated), or the read failure. */
export function loadTask(task: DocTask, config: BatchConfig): DocTask | DocOutcome {
  if (task.input !== undefined || task.file === undefined) return task;
  try {
    return { ...task, input: readDocFileSync(task.file, config.maxBytes) };
  } catch (err) {
    return failure(task, err, config);
  }
}

/** Clean one document (reading its file first, if need be) and render it; never throws. */
export function processTask(task: DocTask, config: BatchConfig): DocOutcome {
  const loaded = loadTask(task, config);
  if ('ok' in loaded) return loaded;
  task = loaded;
  const input = task.input ?? '';
  const bytes = inputBytes(task);
  try {
    const result = clean(input, cleanOptions(task, config));
    const { output, explain } = renderResult(task, result, config);
    const outcome: DocOutcome = { ...refOf(task), ok: true, output, removed: removalStats(result), bytes };
    if (explain !== undefined) outcome.explain = explain;
    if (result.profile) outcome.profile = result.profile;
    return outcome;
  } catch (err) {
    // A stack overflow or an out-of-range error inside a parser is this document's problem only.
    if (!(err instanceof DecruftError) && err instanceof RangeError) {
      return failure(task, new DecruftError('PARSE', `cannot process input: ${err.message}`), config, bytes);
    }
    return failure(task, err, config, bytes);
  }
}

const WARM_HTML =
  '<!doctype html><html><head><title>Warm-up page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
  '<article><h1>Warm-up page</h1><p>By A. Writer, 1 January 2020</p><p>The first paragraph of a short story, long enough to be kept as text by the cleaners.</p>' +
  '<p>A second paragraph says a little more about the story, so that the scorer and the metadata extractors have something to read.</p></article>' +
  '<footer><p>Copyright 2020. All rights reserved.</p></footer></body></html>';
const WARM_TEXT =
  'Home | News | Sport\n\nWarm-up story\n\nBy A. Writer\n\nThe first paragraph of a short story, long enough to be kept as text by the cleaners.\n\n' +
  'A second paragraph says a little more about the story, so that the scorer has something to read.\n\nShare this article\n';

/**
 * Clean two small documents, so what `clean()` loads on first use (models, word lists) is loaded
 * before any document's time budget runs. Workers do this when they start (piscina loads the worker
 * module before its first task: the first workers and ones that replace a stopped worker alike),
 * and the CLI before it cleans a lone document in-process.
 */
export function warmUp(config: BatchConfig | undefined): void {
  if (!config) return;
  processTask({ id: 'warm-up', input: WARM_HTML, type: 'html' }, config);
  processTask({ id: 'warm-up', input: WARM_TEXT, type: 'text' }, config);
}
