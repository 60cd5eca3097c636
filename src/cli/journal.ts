/**
 * The journal of a JSONL output file (`file.jsonl.journal`): after each flushed batch of records,
 * one line `{count, offset, errOffset, seqs?, last}` is appended and fsynced. On restart the output
 * (and errors file) are cut back to the last journaled offsets and the first `count` documents are
 * skipped, so an interrupted run ends byte-identical to an uninterrupted one.
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';

/** A journaled checkpoint. */
export interface Checkpoint {
  /** Documents whose records are in the output (ordered mode: the first `count` in input order). */
  count: number;
  /** Bytes of the output file that hold those records. */
  offset: number;
  /** Bytes of the errors file at the same point. */
  errOffset: number;
  /** `--unordered`: the input positions done in this batch. */
  seqs?: number[];
  /** Id of the last record, for people reading the journal. */
  last?: string | number;
}

/** Identity of a run: a journal of another command is not resumed. */
export function runKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** What an existing journal says; `undefined` when there is none. */
export function readJournal(path: string): { key: string; last: Checkpoint; seqs: Set<number> } | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  let key = '';
  let last: Checkpoint = { count: 0, offset: 0, errOffset: 0 };
  const seqs = new Set<number>();
  for (const line of lines) {
    if (!line) continue;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(line) as Record<string, unknown>;
    } catch {
      break; // a torn last line: everything before it holds
    }
    if (typeof v.key === 'string') {
      key = v.key;
      continue;
    }
    if (typeof v.count === 'number' && typeof v.offset === 'number') {
      last = v as unknown as Checkpoint;
      for (const s of (v.seqs as number[] | undefined) ?? []) seqs.add(s);
    }
  }
  return { key, last, seqs };
}

/** Appends checkpoints to a journal file, each fsynced. */
export class Journal {
  private fd: number;
  constructor(path: string, key: string, fresh: boolean) {
    this.fd = openSync(path, fresh ? 'w' : 'a');
    if (fresh) this.append({ decruft: 'journal', version: 1, key });
  }
  private append(value: unknown): void {
    writeSync(this.fd, JSON.stringify(value) + '\n');
    fsyncSync(this.fd);
  }
  checkpoint(cp: Checkpoint): void {
    this.append(cp);
  }
  close(): void {
    closeSync(this.fd);
  }
}
