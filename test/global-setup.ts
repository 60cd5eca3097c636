/**
 * Vitest global setup: compile `dist/` once (`tsc -p tsconfig.build.json`) so the CLI tests, which
 * spawn `node bin/decruft.js`, run the code under test and not a stale build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) {
    // tsc still emits on type errors; `npm run typecheck` is where those fail. Show them here too.
    process.stderr.write(`global-setup: tsc -p tsconfig.build.json exited ${tsc.status}\n${tsc.stdout}${tsc.stderr}`);
  }
  for (const f of ['dist/cli/main.js', 'dist/batch/worker.js']) {
    if (!existsSync(`${root}/${f}`)) throw new Error(`global-setup: ${f} was not built`);
  }
}
