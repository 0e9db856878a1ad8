/**
 * What the runner (scripts/vscode-host/runIntegration.mjs) hands the tests through the server's environment,
 * which the remote extension host inherits: the fixture folder and the log of every git run.
 */
import { existsSync, readFileSync } from 'node:fs';

/** One recorded git run: parent pid, working directory, arguments. */
export interface GitRun {
  ppid: number;
  cwd: string;
  args: string;
}

/** The fixture workspace folder the runner created, or undefined outside the harness (e.g. test:electron). */
export function fixtureDir(): string | undefined {
  return process.env.WORKLOG_TEST_FIXTURE;
}

/** Whether git runs are being recorded (only under the code-server harness). */
export function gitRunsRecorded(): boolean {
  const log = process.env.WORKLOG_TEST_GIT_LOG;
  return !!log && existsSync(log);
}

/** Every git process started since the server started, as recorded by the harness's git wrapper on PATH. */
export function gitRuns(): GitRun[] {
  const log = process.env.WORKLOG_TEST_GIT_LOG;
  if (!log || !existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).map(line => {
    const [ppid, cwd, ...args] = line.split('\t');
    return { ppid: Number(ppid), cwd, args: args.join('\t') };
  });
}
