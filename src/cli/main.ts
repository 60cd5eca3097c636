/**
 * CLI entry: `decruft [options] INPUT…`, `decruft cleaners`, `decruft eval …`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { buildProgram, EXIT, normalize, UsageError, type RunSettings } from './args.js';
import { runBatch } from './run.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

/** `decruft cleaners`: every cleaner in pipeline order, with its rule id and purpose. */
async function listCleaners(argv: string[]): Promise<number> {
  // The pipeline is imported only here and in the workers, so the main thread of a batch stays light.
  const { CLEANERS } = await import('../pipeline.js');
  if (argv.includes('--json')) {
    const list = CLEANERS.map((c) => ({ id: c.id, purpose: c.purpose, inputs: c.inputs ?? ['text', 'html'], defaults: c.defaults }));
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return EXIT.OK;
  }
  const width = Math.max(4, ...CLEANERS.map((c) => c.id.length));
  for (const c of CLEANERS) {
    const only = c.inputs && c.inputs.length === 1 ? ` [${c.inputs[0]} only]` : '';
    process.stdout.write(`${c.id.padEnd(width)}  ${c.purpose}${only}\n`);
  }
  return EXIT.OK;
}

/** Parse the arguments; a number is an exit code (help, version, usage error). */
function parse(argv: string[]): RunSettings | number {
  const program = buildProgram(packageVersion());
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.OK;
      return EXIT.USAGE;
    }
    throw err;
  }
  try {
    return normalize(program.args, program.opts(), !!process.stdin.isTTY, !!process.stderr.isTTY);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`decruft: ${err.message}\n`);
      return EXIT.USAGE;
    }
    throw err;
  }
}

/** Run the CLI; resolves to the exit code (0 ok, 3 some documents failed, 2 usage, 1 fatal). */
export async function main(argv: string[]): Promise<number> {
  // A closed stdout (e.g. `| head`) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.OK);
    throw err;
  });
  if (argv[0] === 'eval') return (await import('../eval/command.js')).evalCommand(argv.slice(1));
  if (argv[0] === 'cleaners') return listCleaners(argv.slice(1));
  const settings = parse(argv);
  if (typeof settings === 'number') return settings;
  if (settings.config.disable.length) {
    const { getCleaner } = await import('../pipeline.js');
    const unknown = settings.config.disable.filter((id) => !getCleaner(id));
    if (unknown.length) {
      process.stderr.write(`decruft: unknown cleaner '${unknown.join("', '")}' in --disable (see: decruft cleaners)\n`);
      return EXIT.USAGE;
    }
  }
  try {
    return await runBatch(settings);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`decruft: ${err.message}\n`);
      return EXIT.USAGE;
    }
    throw err;
  }
}
