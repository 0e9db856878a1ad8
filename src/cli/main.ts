/** The `worklog` command line: the same core as the extension, for terminals and scripts. */
import { draftCommand } from './draftCommand';
import type { CliEnv } from './draftCommand';
import { journalCommand, JOURNAL_COMMANDS } from './journalCommands';
import { packageVersion } from './paths';
import { HELP, RunError, UsageError } from './usage';
import { templatesCommand } from './templatesCommand';

/** Runs one invocation; returns the exit code (0 ok, 1 nothing readable, 2 bad usage). */
export async function runCli(argv: string[], host: CliEnv & { stdout: (text: string) => void }): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--help' || first === '-h' || first === 'help') { host.stdout(HELP); return 0; }
    if (first === '--version') { host.stdout(`${packageVersion()}\n`); return 0; }
    let out: string;
    if (first === undefined || first.startsWith('-')) out = await draftCommand(argv, host);
    else if (first === 'draft') out = rest.includes('--help') ? HELP : await draftCommand(rest, host);
    else if (first === 'templates') out = templatesCommand(rest, host);
    else if ((JOURNAL_COMMANDS as readonly string[]).includes(first)) out = await journalCommand(first, rest, host);
    else throw new UsageError(`unknown command "${first}" (try worklog --help)`);
    host.stdout(out.endsWith('\n') ? out : out + '\n');
    return 0;
  } catch (e) {
    if (e instanceof RunError) { for (const l of e.lines) host.stderr(`worklog: ${l}`); return 1; }
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      host.stderr(`worklog: ${err.message}`);
      return 2;
    }
    host.stderr(`worklog: ${err.message}`);
    return 1;
  }
}

if (require.main === module) {
  const write = (stream: NodeJS.WriteStream) => (text: string) => { stream.write(text); };
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    now: new Date(),
    env: process.env,
    stdout: write(process.stdout),
    stderr: line => process.stderr.write(line + '\n'),
  }).then(code => { process.exitCode = code; });
}
