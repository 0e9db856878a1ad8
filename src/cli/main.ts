/** The `worklog` command line: the same core as the extension, for terminals and scripts. */
import { describeError, TemplateError } from '../draft/render';
import { draftCommand } from './draftCommand';
import type { CliEnv } from './draftCommand';
import { journalCommand, JOURNAL_COMMANDS } from './journalCommands';
import { clockFromEnv, NOW_VARIABLE } from '../time/clock';
import { packageVersion } from './paths';
import { commandHelp, HELP, RunError, UsageError } from './usage';
import { templatesCommand } from './templatesCommand';

/** What an invocation is given: its folder, environment and output streams. The clock comes from the environment. */
export type CliHost = Omit<CliEnv, 'now'> & { stdout: (text: string) => void };

/** Runs one invocation; returns the exit code (0 ok, 1 nothing readable or writable, 2 bad usage). */
export async function runCli(argv: string[], cliHost: CliHost): Promise<number> {
  const [first, ...rest] = argv;
  try {
    const { clock, pinned } = readClock(cliHost.env);
    // Entries written under a pinned clock carry its time, which the user must not miss.
    if (pinned) cliHost.stderr(`worklog: warning: ${NOW_VARIABLE} pins the clock to ${pinned.toISOString()}; windows, due dates and the times stamped on entries follow it`);
    const host: CliEnv & CliHost = { ...cliHost, now: clock() };
    const help = helpText(first, rest);
    if (help !== undefined) { host.stdout(help); return 0; }
    if (first === '--version') { host.stdout(`${packageVersion()}\n`); return 0; }
    let out: string;
    if (first === undefined || first.startsWith('-')) out = await draftCommand(argv, host);
    else if (first === 'draft') out = await draftCommand(rest, host);
    else if (first === 'templates') out = templatesCommand(rest, host);
    else if ((JOURNAL_COMMANDS as readonly string[]).includes(first)) out = await journalCommand(first, rest, host);
    else throw new UsageError(`unknown command "${first}" (try worklog --help)`);
    host.stdout(out.endsWith('\n') ? out : out + '\n');
    return 0;
  } catch (e) {
    if (e instanceof RunError) { for (const l of e.lines) cliHost.stderr(`worklog: ${l}`); return 1; }
    if (e instanceof TemplateError) { cliHost.stderr(`worklog: ${describeError(e)}`); return 2; }
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      cliHost.stderr(`worklog: ${err.message}`);
      return 2;
    }
    cliHost.stderr(`worklog: ${err.message}`);
    return 1;
  }
}

/**
 * The help asked for, if any: `worklog --help` (or `-h`, `help`) the overview; `worklog help <command>` and
 * `worklog <command> --help` (anywhere before a `--`; `worklog --repo . --help` is draft's) that command's.
 * Undefined when no help is asked for.
 */
function helpText(first: string | undefined, rest: string[]): string | undefined {
  const asks = (arg: string) => arg === '--help' || arg === '-h';
  if (first === undefined) return undefined;
  if (first === 'help') return (rest[0] !== undefined ? commandHelp(rest[0]) : undefined) ?? HELP;
  if (asks(first)) return HELP;
  const [command, args] = first.startsWith('-') ? ['draft', [first, ...rest]] : [first, rest];
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  return options.some(asks) ? commandHelp(command) : undefined;
}

/** The clock of the environment (see `clockFromEnv`); a bad WORKLOG_NOW is a usage error. */
function readClock(env: NodeJS.ProcessEnv): ReturnType<typeof clockFromEnv> {
  try {
    return clockFromEnv(env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

if (require.main === module) {
  const write = (stream: NodeJS.WriteStream) => (text: string) => { stream.write(text); };
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: write(process.stdout),
    stderr: line => process.stderr.write(line + '\n'),
    // A progress line only where someone watches it: never in a pipe, a file or a CI log.
    ...(process.stderr.isTTY ? { progress: write(process.stderr) } : {}),
  }).then(code => { process.exitCode = code; });
}
