/** Runs the compiled CLI as a real child process, the way a user or a script does. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The CLI entry compiled into the test tree (src/cli/main.js under the out folder). */
export const CLI = join(__dirname, '..', '..', '..', 'src', 'cli', 'main.js');

/**
 * Output and exit code of one `worklog` invocation. `stderr` leaves out the warning a pinned clock adds to
 * every invocation (the pinned runs of `npm test` set WORKLOG_NOW); `pinnedWarning` is that line, if any.
 */
export interface CliRun { code: number; stdout: string; stderr: string; pinnedWarning?: string }

const PINNED_WARNING = /^worklog: warning: WORKLOG_NOW pins the clock to .*\n/;

/** Runs `worklog ...args` in `cwd` with the test process's (hermetic) git environment. */
export function worklog(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const warning = PINNED_WARNING.exec(r.stderr)?.[0];
  return { code: r.status ?? -1, stdout: r.stdout, stderr: warning ? r.stderr.slice(warning.length) : r.stderr, ...(warning ? { pinnedWarning: warning.trimEnd() } : {}) };
}
