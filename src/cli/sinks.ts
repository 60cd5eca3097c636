/**
 * Where outputs go: stdout, one file per document below a directory (atomic: temp + rename), or
 * one JSONL file with a journal. Every sink also appends error records to the errors file.
 * @module
 */
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { fdatasync, write } from 'node:fs';
import { promisify } from 'node:util';
import { basename, dirname, join } from 'node:path';
import { DecruftError } from '../errors.js';
import { errorLine } from '../batch/render.js';
import type { DocOutcome } from '../batch/outcome.js';
import type { RunSettings } from './args.js';
import { UsageError } from './args.js';
import { outputName } from './inputs.js';
import { Journal, readJournal, runKey, type Checkpoint } from './journal.js';
import type { Item } from './readers.js';

const datasyncAsync = promisify(fdatasync);
const writeAsync = (fd: number, data: Buffer, off: number, len: number, pos: number) =>
  new Promise<number>((resolve, reject) => write(fd, data, off, len, pos, (err, n) => (err ? reject(err) : resolve(n))));

/** What to do with an item before cleaning it. */
export type Plan = 'run' | 'skip' | DecruftError;

/** An output destination. */
export interface Sink {
  plan(item: Item): Plan;
  write(outcome: DocOutcome, item: Item): Promise<void>;
  close(): Promise<void>;
  /** On an interrupt: make what was written so far durable (synchronously). */
  interrupt(): void;
  /** Documents already done by an earlier run that this run will not see again (JSONL resume). */
  readonly resumed: number;
}

/**
 * Error records, one JSON line each; `fsync`ed with the JSONL output so both can be cut back
 * together. Created at the first error: a run without errors leaves no errors file.
 */
class ErrorLog {
  private fd: number | undefined;
  offset: number;
  constructor(
    readonly path: string,
    start: number,
  ) {
    this.offset = start;
    if (start === 0) rmSync(path, { force: true });
    else {
      this.fd = openSync(path, existsSync(path) ? 'r+' : 'w');
      ftruncateSync(this.fd, start);
    }
  }
  add(o: DocOutcome): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.fd = openSync(this.path, 'w');
    }
    const buf = Buffer.from(errorLine(o, o.error!));
    writeSync(this.fd, buf, 0, buf.length, this.offset);
    this.offset += buf.length;
  }
  sync(): void {
    if (this.fd !== undefined) fdatasyncSync(this.fd);
  }
  async syncAsync(): Promise<void> {
    if (this.fd !== undefined) await datasyncAsync(this.fd);
  }
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

async function writeOut(stream: NodeJS.WriteStream, s: string): Promise<void> {
  if (!s) return;
  if (!stream.write(s)) await once(stream, 'drain');
}

/** stdout: `==> id <==` headers before each text when there are several inputs. */
class StdoutSink implements Sink {
  readonly resumed = 0;
  private first = true;
  private errors?: ErrorLog;
  constructor(
    private settings: RunSettings,
    private multi: boolean,
  ) {
    if (settings.errors) this.errors = new ErrorLog(settings.errors, 0);
  }
  plan(): Plan {
    return 'run';
  }
  async write(o: DocOutcome): Promise<void> {
    if (!o.ok) this.errors?.add(o);
    const format = this.settings.config.format;
    if (format === 'json' || format === 'jsonl') return writeOut(process.stdout, o.output);
    if (!o.ok) return;
    if (this.multi) {
      await writeOut(process.stdout, `${this.first ? '' : '\n'}==> ${o.id} <==\n`);
      this.first = false;
    }
    if (o.explain) process.stderr.write((this.multi ? `==> ${o.id} (explain) <==\n` : '') + o.explain);
    await writeOut(process.stdout, o.output);
  }
  async close(): Promise<void> {
    this.errors?.close();
  }
  interrupt(): void {}
}

/** One output file per document below a directory; a finished output is skipped on rerun. */
class DirSink implements Sink {
  readonly resumed = 0;
  private targets = new Map<number, string>();
  private taken = new Map<string, string | number>();
  private made = new Set<string>();
  private errors?: ErrorLog;
  constructor(private settings: RunSettings) {
    mkdirSync(settings.out!, { recursive: true });
    // Failed documents are redone on every run, so the errors file starts empty.
    if (settings.errors) this.errors = new ErrorLog(settings.errors, 0);
  }
  plan(item: Item): Plan {
    const target = join(this.settings.out!, outputName(item.outRel, this.settings.config.format));
    const other = this.taken.get(target);
    if (other !== undefined) {
      return new DecruftError('BAD_OPTION', `its output ${target} is already the output of ${other}`);
    }
    this.taken.set(target, item.id);
    this.targets.set(item.seq, target);
    // Outputs only ever appear by rename, so one that exists is complete.
    if (!this.settings.force && existsSync(target)) {
      this.targets.delete(item.seq);
      return 'skip';
    }
    return 'run';
  }
  private atomicWrite(target: string, data: string): void {
    const dir = dirname(target);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    // A fixed temp name: a rerun after a kill overwrites (and renames away) any leftover.
    const tmp = join(dir, `.${basename(target)}.decruft-tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  }
  async write(o: DocOutcome, item: Item): Promise<void> {
    const target = this.targets.get(item.seq);
    this.targets.delete(item.seq);
    if (!o.ok) {
      this.errors?.add(o);
      if (target && this.settings.force) rmSync(target, { force: true });
      return;
    }
    if (!target) return;
    if (o.explain) this.atomicWrite(target.replace(/\.[^./]+$/, '') + '.explain.txt', o.explain);
    this.atomicWrite(target, o.output);
  }
  async close(): Promise<void> {
    this.errors?.close();
  }
  interrupt(): void {
    this.errors?.sync();
  }
}

/** Records per flush; `DECRUFT_FLUSH_RECORDS` changes it (tests use small batches to kill between them). */
const FLUSH_RECORDS = Number(process.env.DECRUFT_FLUSH_RECORDS) || 256;
const FLUSH_BYTES = 1 << 20;
const FLUSH_MS = 1000;

/** A batch of records on its way to disk, with the checkpoint that covers it. */
interface Pending {
  data: Buffer;
  at: number;
  cp: Checkpoint;
  /** Its checkpoint is in the journal. */
  done: boolean;
  /** Settles when it has landed. */
  promise?: Promise<void>;
}

/** Flushed batches not yet on disk before `write` waits for them (backpressure on a slow disk). */
const MAX_PENDING = 2;

/**
 * One JSONL file, resumable through its journal. A full batch of records is written and
 * `fdatasync`ed off the main thread (libuv's pool), so the workers are not left waiting for the
 * disk; batches land in order, and each journal line is appended only after its batch (and the
 * errors file up to its offset) is durable.
 */
class JsonlFileSink implements Sink {
  readonly resumed: number;
  private fd: number;
  /** End of the records handed to a flush (their bytes may still be on the way). */
  private offset: number;
  private count: number;
  private journal: Journal;
  private errors: ErrorLog;
  private buf: string[] = [];
  private bufBytes = 0;
  private seqs: number[] = [];
  private lastId: string | number | undefined;
  private lastFlush = Date.now();
  private doneSeqs: Set<number>;
  /** Flushed batches, oldest first, until their checkpoint is journaled. */
  private pending: Pending[] = [];
  private chain: Promise<void> = Promise.resolve();
  private failed: unknown;
  private stopped = false;
  constructor(private settings: RunSettings) {
    const out = settings.out!;
    const journalPath = `${out}.journal`;
    const key = runKey({
      inputs: settings.inputs,
      jsonl: settings.jsonl,
      unordered: settings.unordered,
      config: settings.config,
    });
    mkdirSync(dirname(out), { recursive: true });
    const prior = settings.force ? undefined : readJournal(journalPath);
    if (prior && prior.key && prior.key !== key) {
      throw new UsageError(`${journalPath} belongs to another command; use --force to start over`);
    }
    const cp: Checkpoint = prior?.last ?? { count: 0, offset: 0, errOffset: 0 };
    if (!prior && existsSync(out) && !settings.force) {
      throw new UsageError(`${out} exists but has no journal; use --force to overwrite it`);
    }
    this.fd = openSync(out, existsSync(out) ? 'r+' : 'w');
    ftruncateSync(this.fd, cp.offset);
    this.offset = cp.offset;
    this.count = cp.count;
    this.doneSeqs = prior?.seqs ?? new Set();
    this.resumed = settings.unordered ? this.doneSeqs.size : cp.count;
    this.errors = new ErrorLog(settings.errors ?? `${out}.errors.jsonl`, cp.errOffset);
    this.journal = new Journal(journalPath, key, !prior);
  }
  plan(item: Item): Plan {
    if (this.settings.unordered) return this.doneSeqs.has(item.seq) ? 'skip' : 'run';
    return item.seq < this.resumed ? 'skip' : 'run';
  }
  async write(o: DocOutcome, item: Item): Promise<void> {
    if (this.failed) throw this.failed;
    this.buf.push(o.output);
    this.bufBytes += o.output.length;
    if (!o.ok) this.errors.add(o);
    if (this.settings.unordered) this.seqs.push(item.seq);
    this.lastId = o.id;
    if (this.buf.length >= FLUSH_RECORDS || this.bufBytes >= FLUSH_BYTES || Date.now() - this.lastFlush >= FLUSH_MS) {
      this.flush();
      if (this.pending.length > MAX_PENDING) await this.pending[0]!.promise;
    }
  }
  /** Hand the buffered records to the disk chain (returns at once). */
  private flush(): void {
    this.lastFlush = Date.now();
    if (!this.buf.length) return;
    const data = Buffer.from(this.buf.join(''));
    const at = this.offset;
    this.offset += data.length;
    this.count += this.buf.length;
    const cp: Checkpoint = { count: this.count, offset: this.offset, errOffset: this.errors.offset };
    if (this.settings.unordered) cp.seqs = this.seqs;
    if (this.lastId !== undefined) cp.last = this.lastId;
    this.buf = [];
    this.bufBytes = 0;
    this.seqs = [];
    const p: Pending = { data, at, cp, done: false };
    this.chain = this.chain.then(() => this.land(p));
    p.promise = this.chain;
    this.pending.push(p);
  }
  /** Write one batch, make it and the errors file durable, then journal its checkpoint. */
  private async land(p: Pending): Promise<void> {
    if (this.stopped || this.failed) return;
    try {
      let off = 0;
      while (off < p.data.length) off += await writeAsync(this.fd, p.data, off, p.data.length - off, p.at + off);
      await datasyncAsync(this.fd);
      await this.errors.syncAsync();
    } catch (err) {
      this.failed = err;
      return;
    }
    if (this.stopped) return;
    // On the main thread, so journal lines never race with the synchronous path of `interrupt`.
    this.journal.checkpoint(p.cp);
    p.done = true;
    this.pending.shift();
  }
  /**
   * Synchronously: write every batch not yet journaled (rewriting the same bytes at the same offsets
   * is harmless) and the buffer, make them durable, journal one checkpoint covering all of them.
   */
  private flushSync(): void {
    this.flush();
    this.stopped = true;
    const todo = this.pending.filter((p) => !p.done);
    this.pending = [];
    if (!todo.length) return;
    for (const p of todo) writeAllSync(this.fd, p.data, p.at);
    fdatasyncSync(this.fd);
    this.errors.sync();
    const last = todo.at(-1)!.cp;
    const cp: Checkpoint = { ...last };
    if (this.settings.unordered) cp.seqs = todo.flatMap((p) => p.cp.seqs ?? []);
    this.journal.checkpoint(cp);
  }
  interrupt(): void {
    this.flushSync();
  }
  async close(): Promise<void> {
    this.flush();
    await this.chain;
    try {
      if (!this.failed) this.flushSync();
    } finally {
      closeSync(this.fd);
      this.errors.close();
      this.journal.close();
    }
    if (this.failed) throw this.failed;
  }
}

function writeAllSync(fd: number, data: Buffer, at: number): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, at + off);
}

/** The sink for the run's settings. `multi`: more than one document may come (stdout headers). */
export function openSink(settings: RunSettings, multi: boolean): Sink {
  if (settings.outMode === 'dir') return new DirSink(settings);
  if (settings.outMode === 'jsonl-file') return new JsonlFileSink(settings);
  return new StdoutSink(settings, multi);
}
