/**
 * Mines one repository with a fixed, small number of git processes (whatever the number of commits),
 * in three rounds: rev-parse, config and for-each-ref together; then one `git log` over every local
 * branch (streamed) next to status; then a numstat pass over the user's commits only (one call per 500
 * commits, because of command-line length limits).
 */
import { stat } from 'node:fs/promises';
import { analyseMessage, pullRequestOfMerge } from './commitText';
import { describeGitError, runGit, SAFE_LOG_OPTIONS } from './gitClient';
import type { GitRunContext } from './gitClient';
import { branchContainment, pullRequestMembers } from './graph';
import type { Graph, PullRequestMergeInput } from './graph';
import { branchesInProgress, groupCommits } from './group';
import type { MergeInfo } from './group';
import { LOG_FORMAT, LogStreamParser, NUMSTAT_FORMAT, parseNumstat } from './logParser';
import type { LogRecord } from './logParser';
import { mapBounded } from './pool';
import { parseRefs, parseStatus, pickDefaultBranch, REFS_ARGS, STATUS_ARGS } from './refs';
import type { TicketMatcher } from './tickets';
import type { Accomplishment, Commit, InProgressItem, Person, RepositoryReport, TimeWindow } from './types';

/** How to mine one repository. */
export interface RepositoryMineOptions {
  window: TimeWindow;
  /** Extra author emails (any case). */
  authors: readonly string[];
  tickets: TicketMatcher;
  timeoutMs?: number;
  signal?: AbortSignal;
  gitPath?: string;
}

/** One repository's share of a mining result. */
export interface RepositoryResult {
  report: RepositoryReport;
  accomplishments: Accomplishment[];
  inProgress: InProgressItem[];
  /** Emails counted as the user here, lower-cased. */
  authors: string[];
  /** The user's grouped commits, in the window, reverted pairs removed. */
  commits: Commit[];
}

/**
 * Git's `--since` stops the walk at the first commit older than the bound, and it compares commit
 * (not author) dates. Committer dates are normally later than author dates (rebase, amend, cherry-pick
 * keep the author date), so bounding by committer date >= since is safe; this margin also covers
 * clocks that disagree between machines. No `--until` bound: a commit authored inside the window may
 * have been rebased (committed) long after it, so the upper bound is checked on author dates here.
 */
const SINCE_MARGIN_SECONDS = 2 * 24 * 3600;
const NUMSTAT_BATCH = 500;
const NUMSTAT_PARALLEL = 3;

/** Mines one repository; never throws: failures become `report.error`. */
export async function mineRepository(path: string, name: string, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const report: RepositoryReport = { path, name, commitCount: 0, warnings: [] };
  const empty = (): RepositoryResult => ({ report, accomplishments: [], inProgress: [], authors: [], commits: [] });
  try {
    const info = await stat(path).catch(() => undefined);
    if (!info) return fail(report, `path does not exist: ${path}`, empty());
    if (!info.isDirectory()) return fail(report, `not a folder: ${path}`, empty());
    return await scan(path, report, options);
  } catch (error) {
    return fail(report, describeGitError(error, path), empty());
  }
}

function fail(report: RepositoryReport, message: string, result: RepositoryResult): RepositoryResult {
  report.error = message;
  return result;
}

async function scan(path: string, report: RepositoryReport, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const base: GitRunContext = { cwd: path, gitPath: options.gitPath, timeoutMs: options.timeoutMs, signal: options.signal };
  // Round 1: where the repository is (and whether it is one), its config, its branches.
  const [top, configText, refsText] = await allOrFirstError([
    runGit(base, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--revs-only', 'HEAD']),
    runGit(base, ['config', '-z', '--get-regexp', '^(user\\.email|filter\\..+\\.(clean|smudge|process))$']),
    runGit(base, [...REFS_ARGS]),
  ]);
  const [toplevel, shallow, headSha] = top.split('\n').map(l => l.trim());
  if (!toplevel) throw new Error(`not a git repository: ${path}`);
  const config = parseConfig(configText);
  const refs = parseRefs(refsText);
  const ctx: GitRunContext = { ...base, cwd: toplevel, extraConfig: config.neutralise };
  if (refs.current) report.head = refs.current;
  const defaultBranch = pickDefaultBranch(refs, refs.current);
  if (defaultBranch) report.defaultBranch = defaultBranch;
  if (shallow === 'true') report.warnings.push('shallow clone: older history is missing, so older work may not be found');
  const configured = new Set([...options.authors, ...config.emails].map(e => e.trim().toLowerCase()).filter(Boolean));
  if (configured.size === 0) report.warnings.push('no user.email is set here and no author was given, so no commit can be counted as yours');
  const inProgress: InProgressItem[] = [];
  const status = runGit(ctx, [...STATUS_ARGS]).then(text => {
    const tree = parseStatus(text);
    if (tree.staged + tree.modified + tree.untracked > 0) {
      inProgress.push({ kind: 'uncommitted', repository: report.name, staged: tree.staged, modified: tree.modified, untracked: tree.untracked });
    }
  });
  if (refs.branches.size === 0 && !headSha) {
    await status;
    report.warnings.push('empty repository: no commits yet');
    return { report, accomplishments: [], inProgress, authors: [...configured], commits: [] };
  }

  // One walk over every local branch (and a detached HEAD), parsed while git is still printing.
  const records: LogRecord[] = [];
  const parser = new LogStreamParser(r => records.push(r));
  const since = Math.floor(options.window.since.getTime() / 1000) - SINCE_MARGIN_SECONDS;
  const revs = [...(refs.branches.size ? ['--branches'] : []), ...(!refs.current && headSha ? ['HEAD'] : [])];
  // Round 2: the walk, while status counts uncommitted changes.
  await allOrFirstError([
    runGit(ctx, ['log', ...SAFE_LOG_OPTIONS, '--no-decorate', `--max-age=${since}`, LOG_FORMAT, ...revs, '--'], t => parser.push(t)),
    status,
  ]);
  parser.end();

  // The user's emails as .mailmap rewrites them count too.
  const authors = new Set(configured);
  for (const r of records) if (configured.has(r.rawEmail.toLowerCase())) authors.add(r.email.toLowerCase());

  const graph: Graph = new Map(records.map(r => [r.sha, r.parents]));
  const sinceMs = options.window.since.getTime();
  const untilMs = options.window.until.getTime();
  const mine: Commit[] = [];
  const merges: (PullRequestMergeInput & { info: MergeInfo })[] = [];
  for (const r of records) {
    if (r.parents.length > 1) {
      const pr = pullRequestOfMerge(r.subject, r.body);
      // "Merge branch 'x'" names work merged in; syncing the default branch (or a remote one) into work does not.
      const named = /^Merge branch '([^']+)'/.exec(r.subject)?.[1];
      const branch = named && named !== defaultBranch && !['main', 'master'].includes(named) ? named : undefined;
      if (pr || branch) {
        merges.push({
          sha: r.sha, parents: r.parents, time: r.commitTime, number: pr?.number ?? 0,
          info: pr ? { pullRequest: pr.number, title: pr.title, ...(pr.branch ? { branch: pr.branch } : {}) } : { branch },
        });
      }
      continue;
    }
    const at = r.authorTime * 1000;
    if (at < sinceMs || at >= untilMs) continue;
    const byMe = authors.has(r.email.toLowerCase());
    if (!byMe && !/co-authored-by/i.test(r.body)) continue;
    const facts = analyseMessage(r.subject, r.body, options.tickets);
    if (!byMe && !facts.coAuthors.some(p => authors.has(p.email.toLowerCase()))) continue;
    const others: Person[] = [...(byMe ? [] : [{ name: r.name, email: r.email }]), ...facts.coAuthors.filter(p => !authors.has(p.email.toLowerCase()))];
    const { coAuthors: _all, ...rest } = facts;
    mine.push({
      sha: r.sha, parents: r.parents, author: { name: r.name, email: r.email }, authoredAt: new Date(at).toISOString(),
      subject: r.subject, body: r.body, insertions: 0, deletions: 0, files: 0,
      coAuthors: uniqueByEmail(others), branches: [], ...rest,
    });
  }

  const commits = cancelReverts(mine);
  await addNumstat(ctx, commits);
  const containment = branchContainment(graph, refs.branches, defaultBranch);
  const branchOf = new Map<string, string>();
  for (const c of commits) {
    const holders = [...containment.exclusive].filter(([, set]) => set.has(c.sha));
    holders.sort(([a, x], [b, y]) => x.size - y.size || (a < b ? -1 : 1));
    if (holders.length) branchOf.set(c.sha, holders[0][0]);
    c.branches = [...(defaultBranch && containment.onDefault.has(c.sha) ? [defaultBranch] : []), ...holders.map(([b]) => b).sort()];
  }
  const mergedBy = new Map<string, MergeInfo>();
  const members = pullRequestMembers(graph, merges, defaultBranch ? refs.branches.get(defaultBranch) : headSha);
  for (const m of merges) for (const sha of members.get(m.sha) ?? []) mergedBy.set(sha, m.info);

  report.commitCount = commits.length;
  const input = { repository: report.name, commits, defaultBranch, branchOf, mergedBy, tickets: options.tickets };
  return {
    report,
    accomplishments: groupCommits(input),
    inProgress: [...branchesInProgress(input), ...inProgress],
    authors: [...authors],
    commits,
  };
}

/** Emails from `user.email`, and `-c` overrides that switch off every clean/smudge filter driver. */
function parseConfig(text: string): { emails: string[]; neutralise: string[] } {
  const emails: string[] = [];
  const drivers = new Set<string>();
  for (const entry of text.split('\0')) {
    const nl = entry.indexOf('\n');
    const key = nl < 0 ? entry : entry.slice(0, nl);
    const value = nl < 0 ? '' : entry.slice(nl + 1);
    if (key.toLowerCase() === 'user.email') emails.splice(0, emails.length, value);
    const driver = /^filter\.(.+)\.(clean|smudge|process)$/i.exec(key)?.[1];
    if (driver) drivers.add(driver);
  }
  const neutralise = [...drivers].filter(d => !d.includes('=')).flatMap(d => [`filter.${d}.clean=`, `filter.${d}.smudge=`, `filter.${d}.process=`, `filter.${d}.required=false`]);
  return { emails, neutralise };
}

/** A commit and its revert, both in the window, cancel out; the earliest pairs are matched first. */
export function cancelReverts(commits: Commit[]): Commit[] {
  const bySha = new Map(commits.map(c => [c.sha, c]));
  const gone = new Set<string>();
  for (const c of [...commits].sort((a, b) => (a.authoredAt < b.authoredAt ? -1 : a.authoredAt > b.authoredAt ? 1 : 0))) {
    if (!c.revertOf || gone.has(c.sha) || !bySha.has(c.revertOf) || gone.has(c.revertOf)) continue;
    gone.add(c.sha);
    gone.add(c.revertOf);
  }
  return commits.filter(c => !gone.has(c.sha));
}

// Round 3: line and file counts of the user's commits only, a few batches at a time.
async function addNumstat(ctx: GitRunContext, commits: Commit[]): Promise<void> {
  const batches: Commit[][] = [];
  for (let i = 0; i < commits.length; i += NUMSTAT_BATCH) batches.push(commits.slice(i, i + NUMSTAT_BATCH));
  await mapBounded(batches, NUMSTAT_PARALLEL, async batch => {
    const text = await runGit(ctx, ['log', ...SAFE_LOG_OPTIONS, '--no-walk=unsorted', '--numstat', '-z', '-M', NUMSTAT_FORMAT, ...batch.map(c => c.sha), '--']);
    const stats = parseNumstat(text);
    for (const c of batch) Object.assign(c, stats.get(c.sha) ?? {});
  });
}

/** Like Promise.all, but waits for every call, so a later failure cannot hide the first one's clearer message. */
async function allOrFirstError<T extends readonly unknown[]>(calls: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(calls);
  const failed = settled.find(s => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map(s => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function uniqueByEmail(people: Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) if (!seen.has(p.email.toLowerCase())) seen.set(p.email.toLowerCase(), p);
  return [...seen.values()];
}
