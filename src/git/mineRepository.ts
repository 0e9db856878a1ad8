/**
 * Mines one repository with few git processes, whatever the number of commits: what does not change
 * between calls (toplevel, identity, branches) comes from a cache checked against HEAD/refs/config on
 * disk; then one `git log` over every local branch is parsed while git prints it, next to `status`,
 * and the line and file counts of the user's commits are fetched in batches as soon as the walk has
 * found them, so the diff work overlaps the walk. The result is kept for as long as the repository's
 * cached state is valid (in memory, and on disk with a StateCache), so an unchanged repository costs
 * only its `status` the next time, in this process or the next.
 */
import { stat } from 'node:fs/promises';
import { realNow } from '../time/clock';
import { analyseMessage, coAuthorsIn, pullRequestOfMerge } from './commitText';
import { filterDriversOff } from './filterDrivers';
import { describeGitError, runGit, SAFE_LOG_OPTIONS } from './gitClient';
import type { GitRunContext } from './gitClient';
import { branchContainment, CommitGraph, pullRequestMembers } from './graph';
import type { PullRequestMergeInput } from './graph';
import { branchesInProgress, groupCommits, uniquePeople } from './group';
import type { MergeInfo } from './group';
import { FULL_FORMAT, LOG_FORMAT, LogStreamParser, NUMSTAT_FORMAT, parseFullLog, parseNumstat } from './logParser';
import type { LogRecord, NumStat } from './logParser';
import { limiter } from './pool';
import { parseStatus, pickDefaultBranch, STATUS_ARGS } from './refs';
import { allOrFirstError, clearRepoInfoCache, repoInfo, saveRepoState } from './repoInfo';
import type { RepoInfo } from './repoInfo';
import type { StateCache } from './stateStore';
import type { TicketMatcher } from './tickets';
import type { Commit, InProgressItem, Person, RepositoryReport, RepositoryResult, TimeWindow } from './types';

/** How to mine one repository. */
export interface RepositoryMineOptions {
  window: TimeWindow;
  /** Extra author emails (any case). */
  authors: readonly string[];
  tickets: TicketMatcher;
  /** Identifies the ticket patterns `tickets` was made from (results are cached per patterns). */
  ticketKey: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  gitPath?: string;
  /** Where results are also kept between processes (see stateStore.ts). */
  cache?: StateCache;
}

/**
 * Git's `--since` stops the walk at the first commit older than the bound, and it compares commit
 * (not author) dates. Committer dates are normally later than author dates (rebase, amend, cherry-pick
 * keep the author date), so bounding by committer date >= since is safe; this margin also covers
 * clocks that disagree between machines. No `--until` bound: a commit authored inside the window may
 * have been rebased (committed) long after it, so the upper bound is checked on author dates here.
 */
const SINCE_MARGIN_SECONDS = 2 * 24 * 3600;
// Commits per numstat call: the first small enough to start while a long walk still runs; the largest far
// below command-line length limits.
const NUMSTAT_FIRST_BATCH = 50;
const NUMSTAT_MAX_BATCH = 400;
const NUMSTAT_PARALLEL = 2;
// A walk expected to list at most this many commits prints every commit's numstat itself.
const INLINE_NUMSTAT_MAX = 60;
/** Packs up to this size hold a few thousand commits at most: their walk prints numstat inline before any rate is known. */
const SMALL_PACK_BYTES = 4 * 1024 * 1024;
const MAX_RATES = 1024;
/** Commits per second of history each repository's last walk listed (keyed by toplevel), to predict the next walk's size. */
const walkRates = new Map<string, number>();

/** How many walks printed numstat inline or left it to batches, for tests. */
export const walkStats = { inline: 0, batched: 0 };
/** How many repository results were reused (the repository unchanged since they were found), for tests. */
export const resultStats = { reused: 0 };

/** Forgets everything learned about repositories in this process (cached repository state and results, line counts, walk sizes). */
export function clearMiningCaches(): void {
  clearRepoInfoCache();
  knownStats.clear();
  walkRates.clear();
}

/** Mines one repository; never throws: failures become `report.error`. */
export async function mineRepository(path: string, name: string, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const report: RepositoryReport = { path, name, commitCount: 0, warnings: [] };
  const empty = (): RepositoryResult => ({ report, accomplishments: [], inProgress: [], authors: [] });
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
  const info = await repoInfo(base, options.cache);
  const { refs, headSha } = info;
  const ctx: GitRunContext = { ...base, cwd: info.toplevel };
  if (refs.current) report.head = refs.current;
  const defaultBranch = pickDefaultBranch(refs, refs.current);
  if (defaultBranch) report.defaultBranch = defaultBranch;
  if (info.shallow) report.warnings.push('shallow clone: older history is missing, so older work may not be found');
  const configured = new Set([...options.authors, ...info.emails].map(e => e.trim().toLowerCase()).filter(Boolean));
  if (configured.size === 0) report.warnings.push('no user.email is set here and no author was given, so no commit can be counted as yours');
  const inProgress: InProgressItem[] = [];
  // The one call that reads the work tree, so the one that could run a filter driver: they are read fresh and switched off.
  const status = () => filterDriversOff(ctx).then(off => runGit({ ...ctx, extraConfig: off }, [...STATUS_ARGS])).then(text => {
    const tree = parseStatus(text);
    if (tree.staged + tree.modified + tree.untracked > 0) {
      inProgress.push({ kind: 'uncommitted', repository: report.name, staged: tree.staged, modified: tree.modified, untracked: tree.untracked });
    }
  });
  if (refs.branches.size === 0 && !headSha) {
    await status();
    report.warnings.push('empty repository: no commits yet');
    return { report, accomplishments: [], inProgress, authors: [...configured] };
  }

  // History is immutable: while HEAD, refs, config and .mailmap are unchanged (so while `info` is the same object, the
  // default branch included), the same window, name, ticket patterns and authors give the same result.
  const key = [options.window.since.getTime(), options.window.until.getTime(), report.name, options.ticketKey,
    ...[...configured].sort()].join('\0');
  const known = info.mailmapConfigured ? undefined : info.results.get(key);
  if (known) {
    resultStats.reused++;
    await status();
    const copy = structuredClone(known);
    return { ...copy, inProgress: [...copy.inProgress, ...inProgress] };
  }
  const result = await mineHistory(ctx, options, info, report, configured, defaultBranch, status);
  if (!info.mailmapConfigured) {
    if (info.results.size >= MAX_RESULTS_PER_STATE) info.results.delete(info.results.keys().next().value as string);
    info.results.set(key, structuredClone(result));
    if (options.cache) await saveRepoState(info, options.cache);
  }
  return { ...result, inProgress: [...result.inProgress, ...inProgress] };
}

/** Results kept per repository state (windows × names × author sets × ticket patterns). */
const MAX_RESULTS_PER_STATE = 8;

/**
 * Walks the history (see walkAndPick; `alongside` runs with the walk) and groups the user's commits.
 * The user's emails as .mailmap rewrites them count too; when the walk finds such an address only after
 * passing commits it would have matched, it is walked once more with the whole set (rare: user.email
 * is an address .mailmap maps away).
 */
async function mineHistory(ctx: GitRunContext, options: RepositoryMineOptions, info: RepoInfo, report: RepositoryReport,
  configured: ReadonlySet<string>, defaultBranch: string | undefined, alongside: () => Promise<void>): Promise<RepositoryResult> {
  const { refs, headSha } = info;
  let walk = await walkAndPick(ctx, options, info, configured, configured, defaultBranch, alongside);
  if (walk.incomplete) walk = await walkAndPick(ctx, options, info, configured, walk.authors, defaultBranch);
  const stats = await walk.numstat.done();
  const { authors, graph, merges } = walk;

  const mine: Commit[] = [];
  for (const r of walk.picked) {
    const byMe = authors.has(r.email.toLowerCase());
    const facts = analyseMessage(r.subject, r.body, options.tickets);
    if (!byMe && !facts.coAuthors.some(p => authors.has(p.email.toLowerCase()))) continue;
    const others: Person[] = [...(byMe ? [] : [{ name: r.name, email: r.email }]), ...facts.coAuthors.filter(p => !authors.has(p.email.toLowerCase()))];
    const { coAuthors: _all, ...rest } = facts;
    mine.push({
      sha: r.sha, parents: r.parents, author: { name: r.name, email: r.email }, authoredAt: new Date(r.authorTime * 1000).toISOString(),
      subject: r.subject, body: r.body, insertions: 0, deletions: 0, files: 0, ...stats.get(r.sha),
      coAuthors: uniquePeople(others), ...rest,
    });
  }

  const commits = cancelReverts(mine);
  const containment = branchContainment(graph, refs.branches, defaultBranch);
  const branchOf = new Map<string, string>();
  for (const c of commits) {
    const holders = containment.holders(c.sha);
    if (holders.length) branchOf.set(c.sha, holders[0]);
  }
  const mergedBy = new Map<string, MergeInfo>();
  const broughtInBy = pullRequestMembers(graph, merges, defaultBranch ? refs.branches.get(defaultBranch) : headSha);
  for (const c of commits) {
    const m = broughtInBy(c.sha);
    if (m !== undefined) mergedBy.set(c.sha, merges[m].info);
  }
  report.commitCount = commits.length;
  const input = { repository: report.name, commits, branchOf, mergedBy, tickets: options.tickets };
  return { report, accomplishments: groupCommits(input), inProgress: branchesInProgress(input), authors: [...authors] };
}

/** What one walk kept: the graph, the merges that may name work, and the commits that may be the user's. */
interface Walk {
  authors: Set<string>;
  /** An address was added to `authors` after commits it may have matched were passed over. */
  incomplete: boolean;
  graph: CommitGraph;
  merges: (PullRequestMergeInput & { info: MergeInfo })[];
  picked: LogRecord[];
  numstat: NumstatBatches;
}

/**
 * Walks every local branch since the window (minus the margin), parsing while git prints; keeps only
 * the commit graph, candidate merges and the user's commits in the window, whose numstat is fetched
 * in batches while the walk goes on. `alongside` (status) is started once the walk has been asked for (the
 * walk is the longer one) and is awaited with it.
 */
async function walkAndPick(ctx: GitRunContext, options: RepositoryMineOptions, { refs, headSha, packBytes }: RepoInfo,
  configured: ReadonlySet<string>, startAuthors: ReadonlySet<string>, defaultBranch: string | undefined, alongside?: () => Promise<void>): Promise<Walk> {
  const since = Math.floor(options.window.since.getTime() / 1000) - SINCE_MARGIN_SECONDS;
  const sinceMs = options.window.since.getTime();
  const untilMs = options.window.until.getTime();
  const revs = [...(refs.branches.size ? ['--branches'] : []), ...(!refs.current && headSha ? ['HEAD'] : [])];
  const authors = new Set(startAuthors);
  const walk: Walk = { authors, incomplete: false, graph: new CommitGraph(), merges: [], picked: [], numstat: new NumstatBatches(ctx) };
  let passedOver = false;
  let walked = 0;
  let pastWindowStart = false;
  const take = (r: LogRecord, stat?: NumStat) => {
    walked++;
    walk.graph.add(r.sha, r.parents);
    if (!pastWindowStart && r.commitTime * 1000 < sinceMs) {
      // git lists newest commits first, by commit date: what remains is the margin, where an author date inside
      // the window is rare, so the numstat of what was found starts now and overlaps the rest of the walk.
      pastWindowStart = true;
      walk.numstat.flush();
    }
    if (configured.has(r.rawEmail.toLowerCase())) {
      const email = r.email.toLowerCase();
      if (!authors.has(email)) {
        authors.add(email);
        walk.incomplete ||= passedOver;
      }
    }
    if (r.parents.length > 1) {
      const merge = candidateMerge(r, defaultBranch);
      if (merge) walk.merges.push(merge);
      return;
    }
    const at = r.authorTime * 1000;
    if (at < sinceMs || at >= untilMs) return;
    if (!mayBeMine(r, authors)) {
      passedOver = true;
      return;
    }
    walk.picked.push(r);
    if (stat) walk.numstat.known(r.sha, stat);
    else walk.numstat.add(r.sha);
  };
  // A walk expected to be short (from this repository's last walk) carries every commit's numstat
  // itself: one git process instead of two, which is most of the cost for the many small repositories
  // of a workspace. Otherwise only the user's commits are diffed, in batches while the walk goes on.
  // Before any walk of it, a repository with a small pack is taken to be short on history (one with no pack at
  // all, its objects all loose, is not: nothing says how many there are).
  const nowSeconds = realNow() / 1000;
  const rate = walkRates.get(ctx.cwd);
  const inline = rate !== undefined ? rate * Math.max(0, nowSeconds - since) <= INLINE_NUMSTAT_MAX : packBytes > 0 && packBytes <= SMALL_PACK_BYTES;
  const log = ['log', ...SAFE_LOG_OPTIONS, '--no-decorate', `--max-age=${since}`];
  if (inline) {
    walkStats.inline++;
    const listed = runGit(ctx, [...log, '--numstat', '-z', '-M', FULL_FORMAT, ...revs, '--']);
    const [text] = await allOrFirstError([listed, alongside?.() ?? Promise.resolve()] as const);
    for (const f of parseFullLog(text)) take(f.record, f.stat);
  } else {
    walkStats.batched++;
    const parser = new LogStreamParser(r => take(r));
    const listed = runGit(ctx, [...log, LOG_FORMAT, ...revs, '--'], t => parser.push(t));
    await allOrFirstError([listed, alongside?.() ?? Promise.resolve()]);
    parser.end();
  }
  if (walkRates.size >= MAX_RATES) walkRates.clear();
  walkRates.set(ctx.cwd, walked / Math.max(3600, nowSeconds - since));
  return walk;
}

/** A merge that names a pull request, or a branch merged in (not the default branch synced into work). */
function candidateMerge(r: LogRecord, defaultBranch: string | undefined): (PullRequestMergeInput & { info: MergeInfo }) | undefined {
  const pr = pullRequestOfMerge(r.subject, r.body);
  const named = /^Merge branch '([^']+)'/.exec(r.subject)?.[1];
  const branch = named && named !== defaultBranch && !['main', 'master'].includes(named) ? named : undefined;
  if (!pr && !branch) return undefined;
  return {
    sha: r.sha, parents: r.parents, time: r.commitTime,
    info: pr ? { pullRequest: pr.number, title: pr.title, ...(pr.branch ? { branch: pr.branch } : {}) } : { branch },
  };
}

/** Whether a non-merge commit is by one of `authors` or may name one as co-author (checked exactly later). */
function mayBeMine(r: LogRecord, authors: ReadonlySet<string>): boolean {
  if (authors.has(r.email.toLowerCase())) return true;
  if (!/co-authored-by/i.test(r.body)) return false;
  return coAuthorsIn(r.body).some(p => authors.has(p.email.toLowerCase()));
}

const MAX_KNOWN_STATS = 50_000;
/** Line counts already fetched, by repository and SHA: a commit's diff never changes, so a new walk re-fetches only new commits. */
const knownStats = new Map<string, NumStat>();

/** Line and file counts of chosen commits, fetched a batch at a time while the caller is still choosing. */
class NumstatBatches {
  private queue: string[] = [];
  private readonly calls: Promise<void>[] = [];
  private readonly stats = new Map<string, NumStat>();
  private readonly limit = limiter(NUMSTAT_PARALLEL);
  private batchSize = NUMSTAT_FIRST_BATCH;

  constructor(private readonly ctx: GitRunContext) {}

  /** Records a commit whose counts the walk itself printed. */
  known(sha: string, stat: NumStat): void {
    this.stats.set(sha, stat);
  }

  /** Queues a commit unless its counts are known; a full batch starts at once. Batches double in size, so a long walk spawns few processes. */
  add(sha: string): void {
    const known = knownStats.get(`${this.ctx.cwd}\0${sha}`);
    if (known) {
      this.stats.set(sha, known);
      return;
    }
    this.queue.push(sha);
    if (this.queue.length >= this.batchSize) {
      this.flush();
      this.batchSize = Math.min(this.batchSize * 2, NUMSTAT_MAX_BATCH);
    }
  }

  /** Fetches what is still queued and resolves when every batch is in (rejects with the first failure). */
  async done(): Promise<Map<string, NumStat>> {
    this.flush();
    await allOrFirstError(this.calls);
    return this.stats;
  }

  /** Starts a batch with whatever is queued now. */
  flush(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const call = this.limit(async () => {
      const text = await runGit(this.ctx, ['log', ...SAFE_LOG_OPTIONS, '--no-walk=unsorted', '--numstat', '-z', '-M', NUMSTAT_FORMAT, ...batch, '--']);
      if (knownStats.size >= MAX_KNOWN_STATS) knownStats.clear();
      for (const [sha, s] of parseNumstat(text)) {
        this.stats.set(sha, s);
        knownStats.set(`${this.ctx.cwd}\0${sha}`, s);
      }
    });
    // Handled now so a failure while the walk still runs is not an unhandled rejection; done() reports it.
    call.catch(() => undefined);
    this.calls.push(call);
  }
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
