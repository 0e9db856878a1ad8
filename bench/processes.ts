/** Running the baselines and the CLI as child processes, collecting their whole output. */
import { spawn } from 'node:child_process';

/** Output of a finished process. */
export interface ProcessResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs a command to completion; rejects on a non-zero exit unless `allowFailure`. */
export function run(cmd: string, args: readonly string[], opts: { cwd?: string; allowFailure?: boolean } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', code => {
      const r = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code };
      if (code !== 0 && !opts.allowFailure) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${r.stderr.slice(0, 500)}`));
      else resolve(r);
    });
  });
}

/** A draft window as both tools spell it: `YYYY-MM-DD` days (UTC, the benchmark runs with TZ=UTC). */
export interface DayWindow {
  label: string;
  since: string;
  until: string;
}

const RECORD = '\x1e';

/** An email as a literal inside git's basic regular expressions. */
function escapeRegex(s: string): string {
  return s.replace(/[.[\]*^$\\]/g, '\\$&');
}

/**
 * The raw floor: the single `git log` listing the author's non-merge commits on local branches in the
 * window, with full message and numstat — everything a draft needs from git, and nothing more.
 */
export function rawLogArgs(email: string, w: DayWindow): string[] {
  return ['log', '--branches', '--no-merges', `--author=<${escapeRegex(email)}>`, '-i',
    `--since=${w.since}T00:00:00Z`, `--until=${w.until}T00:00:00Z`,
    '--numstat', '--format=%x1e%H%x00%P%x00%aN%x00%aE%x00%aI%x00%B%x00'];
}

/** Full SHAs listed by a `rawLogArgs` run. */
export function rawLogShas(stdout: string): string[] {
  return stdout.split(RECORD).slice(1).map(r => r.slice(0, 40));
}

/**
 * SHAs of non-merge commits in the window that only name the author in a `Co-authored-by:` trailer.
 * Not timed: used to check that the floor and the draft list the same commits.
 */
export async function coAuthoredShas(repo: string, email: string, w: DayWindow): Promise<string[]> {
  const r = await run('git', ['log', '--branches', '--no-merges', '-i', '--format=%H %aE',
    `--since=${w.since}T00:00:00Z`, `--until=${w.until}T00:00:00Z`,
    `--grep=^Co-authored-by:.*<${escapeRegex(email)}>`], { cwd: repo });
  return r.stdout.split('\n').filter(Boolean)
    .filter(l => l.split(' ')[1].toLowerCase() !== email.toLowerCase())
    .map(l => l.slice(0, 40));
}
