/**
 * Vitest global setup: compile `dist/` once (`tsc -p tsconfig.build.json`) and snapshot the build
 * (`dist/`, `bin/`, `data/`, `package.json`) into `tmp/test-build-<pid>/`. The CLI tests spawn that snapshot
 * and compare with its `clean()`, so a rebuild of `dist/` by someone else in a shared checkout
 * during a long run cannot mix two versions of the code. Removed at teardown.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the snapshot of the build: `bin/`, `dist/`, `package.json`. */
    decruftBuild: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) {
    // tsc still emits on type errors; `npm run typecheck` is where those fail. Show them here too.
    process.stderr.write(`global-setup: tsc -p tsconfig.build.json exited ${tsc.status}\n${tsc.stdout}${tsc.stderr}`);
  }
  for (const f of ['dist/cli/main.js', 'dist/batch/worker.js']) {
    if (!existsSync(join(root, f))) throw new Error(`global-setup: ${f} was not built`);
  }
  // Inside the repository (tmp/ is git-ignored) so node_modules resolve as from the real build.
  const tmp = join(root, 'tmp');
  // Snapshots of runs that were killed before their teardown.
  for (const name of existsSync(tmp) ? readdirSync(tmp) : []) {
    const pid = Number(/^test-build-(\d+)$/.exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(join(tmp, name), { recursive: true, force: true });
  }
  const build = join(tmp, `test-build-${process.pid}`);
  mkdirSync(build, { recursive: true });
  for (const f of ['dist', 'bin', 'data', 'package.json']) cpSync(join(root, f), join(build, f), { recursive: true });
  project.provide('decruftBuild', build);
  return () => rmSync(build, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
