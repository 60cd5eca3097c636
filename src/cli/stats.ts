/**
 * Run counters shared by the progress display and the end-of-run summary.
 * @module
 */
import type { DocOutcome, RemovalStats } from '../batch/outcome.js';

/** Counters of a run. */
export class RunStats {
  readonly startedAt = performance.now();
  ok = 0;
  failed = 0;
  skipped = 0;
  /** Input bytes of the documents cleaned in this run. */
  bytes = 0;
  /** Documents in the run, when known (files); undefined for streams. */
  total: number | undefined;
  readonly removed: RemovalStats = {};
  readonly errors: Record<string, number> = {};
  readonly profile: Record<string, number> = {};

  get done(): number {
    return this.ok + this.failed + this.skipped;
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** Documents cleaned (ok + failed) per second. */
  docsPerSec(): number {
    const s = this.elapsedMs() / 1000;
    return s > 0 ? (this.ok + this.failed) / s : 0;
  }

  mbPerSec(): number {
    const s = this.elapsedMs() / 1000;
    return s > 0 ? this.bytes / 1e6 / s : 0;
  }

  /** Estimated ms left, when the total is known. */
  etaMs(): number | undefined {
    if (this.total === undefined) return undefined;
    const rate = this.docsPerSec();
    const left = this.total - this.done;
    return rate > 0 ? (left / rate) * 1000 : undefined;
  }

  add(o: DocOutcome): void {
    this.bytes += o.bytes;
    if (o.ok) this.ok++;
    else {
      this.failed++;
      const code = o.error?.code ?? 'INTERNAL';
      this.errors[code] = (this.errors[code] ?? 0) + 1;
    }
    for (const [id, [blocks, chars]] of Object.entries(o.removed ?? {})) {
      const s = (this.removed[id] ??= [0, 0]);
      s[0] += blocks;
      s[1] += chars;
    }
    for (const [stage, ms] of Object.entries(o.profile ?? {})) {
      this.profile[stage] = (this.profile[stage] ?? 0) + ms;
    }
  }
}
