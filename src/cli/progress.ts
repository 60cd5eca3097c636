/**
 * Progress on stderr: a cli-progress bar on a terminal, or periodic JSON lines (`--progress json`).
 * @module
 */
import cliProgress from 'cli-progress';
import type { RunStats } from './stats.js';

/** A progress display. */
export interface Progress {
  update(): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

/** One JSON progress line. */
export function progressRecord(stats: RunStats): Record<string, number | null> {
  const eta = stats.etaMs();
  return {
    done: stats.done,
    total: stats.total ?? null,
    ok: stats.ok,
    failed: stats.failed,
    skipped: stats.skipped,
    docsPerSec: round(stats.docsPerSec()),
    mbPerSec: round(stats.mbPerSec()),
    elapsedMs: Math.round(stats.elapsedMs()),
    etaMs: eta === undefined ? null : Math.round(eta),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function jsonProgress(stats: RunStats, intervalMs: number): Progress {
  const emit = () => process.stderr.write(JSON.stringify({ progress: progressRecord(stats) }) + '\n');
  const timer = setInterval(emit, intervalMs);
  timer.unref();
  return {
    update() {},
    stop() {
      clearInterval(timer);
      emit();
    },
  };
}

function barProgress(stats: RunStats): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
      format: (options, params, payload: { rate: string; mbps: string; errors: number; eta: string }) => {
        const total = stats.total;
        const head =
          total !== undefined && total > 0
            ? `${cliProgress.Format.BarFormat(Math.min(1, params.value / total), options)} ${params.value}/${total} docs`
            : `${params.value} docs`;
        return `${head} | ${payload.rate} docs/s | ${payload.mbps} MB/s | ETA ${payload.eta} | errors ${payload.errors}`;
      },
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => {
    const eta = stats.etaMs();
    return {
      rate: stats.docsPerSec().toFixed(1),
      mbps: stats.mbPerSec().toFixed(2),
      errors: stats.failed,
      eta: eta === undefined ? '-' : `${Math.ceil(eta / 1000)}s`,
    };
  };
  bar.start(stats.total ?? 0, 0, payload());
  return {
    update() {
      if (stats.total !== undefined) bar.setTotal(stats.total);
      bar.update(stats.done, payload());
    },
    stop() {
      this.update();
      bar.stop();
    },
  };
}

/** The progress display for a run. */
export function createProgress(mode: 'bar' | 'json' | 'none', stats: RunStats, intervalMs = 1000): Progress {
  if (mode === 'json') return jsonProgress(stats, intervalMs);
  if (mode === 'bar') return barProgress(stats);
  return NONE;
}
