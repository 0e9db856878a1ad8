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

/** What the landing rule says a draft of the window tells: the author's work landed in it, and unlanded work dated in it. */
export interface ExpectedWork {
  landed: string[];
  inProgress: string[];
}

/**
 * The commits a draft must tell, by the landing rule, from plain git. Done: what each landing branch's
 * first-parent line brought in during the window (the generated histories' clock only moves forward, so each
 * first-parent commit's own committer time is when it landed): `<each last before until> --not <each last before
 * since>`, copies on several branches included. In progress: the other branches' commits no landing branch
 * reaches, authored or committed in the window. Both: non-merge commits by the author or naming the author in a
 * `Co-authored-by:` line of the message's last paragraph. Not timed.
 */
export async function expectedWork(repo: string, email: string, w: DayWindow, landing: readonly string[] = ['main']): Promise<ExpectedWork> {
  const since = Date.parse(`${w.since}T00:00:00Z`) / 1000;
  const until = Date.parse(`${w.until}T00:00:00Z`) / 1000;
  const starts: string[] = [];
  const ends: string[] = [];
  for (const branch of landing) {
    const line = (await run('git', ['rev-list', '--first-parent', '--timestamp', branch], { cwd: repo })).stdout.split('\n').filter(Boolean).map(l => l.split(' '));
    const before = (t: number) => line.find(([time]) => Number(time) < t)?.[1];
    const [start, end] = [before(since), before(until)];
    if (start) starts.push(start);
    if (end && end !== start) ends.push(end);
  }
  // Co-authors as GitHub reads them: `Co-authored-by:` lines of the message's last paragraph, even when prose
  // shares it (git's own trailer parser wants a paragraph of trailers only, which generated messages lack).
  const format = '--format=%H%x00%aE%x00%at%x00%ct%x00%B%x00';
  const coAuthored = (message: string) => {
    const paragraphs = message.trim().split(/\n\s*\n/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    return last.split('\n').some(l => /^co-authored-by:/i.test(l.trim()) && l.toLowerCase().includes(`<${email.toLowerCase()}>`));
  };
  const mine = (stdout: string, keep: (at: number, ct: number) => boolean) => stdout.split('\0\n').map(r => r.replace(/^\n/, '').split('\0'))
    .filter(([sha, author, at, ct, message]) => sha && keep(Number(at), Number(ct))
      && (author.toLowerCase() === email.toLowerCase() || coAuthored(message ?? '')))
    .map(([sha]) => sha);
  const landed = ends.length
    ? mine((await run('git', ['log', '--no-merges', format, ...ends, ...(starts.length ? ['--not', ...starts] : [])], { cwd: repo })).stdout, () => true)
    : [];
  const inWindow = (t: number) => t >= since && t < until;
  const inProgress = mine((await run('git', ['log', '--branches', '--no-merges', format, '--not', ...landing], { cwd: repo })).stdout,
    (at, ct) => inWindow(at) || inWindow(ct));
  return { landed, inProgress };
}
