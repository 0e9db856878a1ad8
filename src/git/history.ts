/**
 * The user's work in one repository for a window, split by the landing rule: Done is the work that landed
 * in the window (reached a landing branch, directly, through a merge, or as a patch-equivalent copy), dated by
 * when it landed; in progress is the work on branches that has not landed, with a commit in the window. Every
 * commit of the user's is in exactly one of the two, and a change landed on several branches is told once.
 *
 * Git processes, whatever the number of commits: one first-parent read per landing branch that moved; one
 * walk of what landed in the window (`<tips> --not <tips before the window>`, which never stops on a date and
 * so never trusts committer clocks); one walk of the unlanded work on every branch; line counts of the user's
 * commits in batches; and, only where numstat or trailers say two commits may be one change, their patches.
 */
import { analyseMessage, coAuthorsIn, mergeFacts, releaseOf } from './commitText';
import { changeMarks, commitFingerprints, rangeFingerprint, rangeShape } from './changes';
import { runGit, SAFE_LOG_OPTIONS } from './gitClient';
import type { GitRunContext } from './gitClient';
import { gitFeatures } from './gitFeatures';
import { CommitGraph, pullRequestMembers } from './graph';
import { branchesInProgress, cancelReverts, evidenceOf, groupCommits, uniquePeople } from './group';
import type { MergeInfo } from './group';
import { landingsOf } from './landed';
import { landingRefs } from './landing';
import type { LandingRef } from './landing';
import { FULL_FORMAT, LOG_FORMAT, LogStreamParser, parseFullLog } from './logParser';
import type { LogRecord, NumStat } from './logParser';
import { NumstatBatches } from './numstat';
import { changeProfile, readPathAttributes } from './paths';
import { longLivedBranches } from './longLived';
import type { CandidateMerge } from './longLived';
import { mayCreditReview, othersWork } from './othersWork';
import type { LandedRecord } from './othersWork';
import { limiter } from './pool';
import { allOrFirstError } from './repoInfo';
import type { RepoInfo } from './repoInfo';
import { readTimeline } from './timeline';
import type { Timeline } from './timeline';
import type { TicketMatcher } from './tickets';
import type { Commit, CommitEvidence, Person, RepositoryReport, RepositoryResult, TimeWindow } from './types';

/** What mining a repository's history needs. */
export interface HistoryOptions {
  window: TimeWindow;
  tickets: TicketMatcher;
  landingPatterns: readonly string[];
  /** Integration branch patterns besides the usual ones (see longLived.ts). */
  integrationPatterns: readonly string[];
  isBot: (p: Person) => boolean;
}

/**
 * The unlanded walk lists commits committed up to this long before the window, and keeps those authored or
 * committed in it: a committer date is normally at or after the author date, so this only has to cover a clock
 * that was badly wrong. Older history of branches (a `gh-pages` branch, an abandoned experiment) is not listed.
 */
const UNLANDED_MARGIN_SECONDS = 365 * 24 * 3600;
// A landed walk expected to list at most this many commits prints every commit's numstat itself.
const INLINE_NUMSTAT_MAX = 60;
/** Packs up to this size hold a few thousand commits at most: their walk prints numstat inline before any rate is known. */
const SMALL_PACK_BYTES = 4 * 1024 * 1024;
const MAX_RATES = 1024;
/** Commits per second of history each repository's last landed walk listed (by toplevel), to predict the next one's size. */
const walkRates = new Map<string, number>();

/** How many landed walks printed numstat inline or left it to batches, for tests. */
export const walkStats = { inline: 0, batched: 0 };

/** Forgets the walk sizes learned in this process. */
export function clearWalkRates(): void {
  walkRates.clear();
}

/** Mines the history of the repository `info` describes (see the file's header). */
export async function mineHistory(ctx: GitRunContext, options: HistoryOptions, info: RepoInfo, report: RepositoryReport,
  configured: ReadonlySet<string>, defaultBranch: string | undefined, alongside: () => Promise<void>): Promise<RepositoryResult> {
  const since = Math.floor(options.window.since.getTime() / 1000);
  const until = Math.floor(options.window.until.getTime() / 1000);
  const landing = landingRefs(info.refs, defaultBranch, options.landingPatterns);
  const lines = limiter(4);
  const timelines = await Promise.all(landing.map(ref => lines(() => readTimeline(ctx, ref, since, until))));

  let walks = await walkBoth(ctx, info, landing, timelines, configured, configured, since, until, alongside);
  if (walks.incomplete) walks = await walkBoth(ctx, info, landing, timelines, configured, walks.authors, since, until);
  const stats = await walks.numstat.done();
  const { authors } = walks;

  const attributes = readPathAttributes(info.toplevel);
  const commitOf = (r: LogRecord): Commit | undefined => {
    const byMe = authors.has(r.email.toLowerCase());
    const facts = analyseMessage(r.subject, r.body, options.tickets);
    if (!byMe && !facts.coAuthors.some(p => authors.has(p.email.toLowerCase()))) return undefined;
    // Credit goes to people: the commit's author when it is not the user, and its other co-authors, never a bot.
    const others = [...(byMe ? [] : [{ name: r.name, email: r.email }]), ...facts.coAuthors.filter(p => !authors.has(p.email.toLowerCase()))]
      .filter(p => !options.isBot(p));
    const { coAuthors: _all, ...rest } = facts;
    const marks = changeMarks(r.body);
    return {
      sha: r.sha, parents: r.parents, author: { name: r.name, email: r.email }, byUser: byMe,
      authoredAt: iso(r.authorTime), committedAt: iso(r.commitTime),
      subject: r.subject, body: r.body, ...countsOf(stats.get(r.sha)), ...changeProfile(stats.get(r.sha)?.shape ?? '', attributes),
      coAuthors: uniquePeople(others), ...rest,
      ...(marks.changeId ? { changeId: marks.changeId } : {}), ...(marks.pickedFrom.length ? { pickedFrom: marks.pickedFrom } : {}),
      ...(releaseOf(r.subject, info.refs.tags.get(r.sha)) ? { release: releaseOf(r.subject, info.refs.tags.get(r.sha)) } : {}),
      ...(options.isBot({ name: r.name, email: r.email }) ? { bot: true } : {}),
    };
  };
  const landings = landingsOf(walks.landed.graph, timelines);
  const landed: Commit[] = [];
  for (const r of walks.landed.picked) {
    const c = commitOf(r);
    const l = landings.get(r.sha);
    if (c && l) landed.push({ ...c, landedAt: iso(l.at), landedOn: l.on });
  }
  const unlanded: Commit[] = [];
  for (const r of walks.unlanded.picked) {
    const c = commitOf(r);
    if (c) unlanded.push(c);
  }

  const split = await splitByChange(ctx, info, landed, unlanded, walks.unlanded.graph, timelines, since, stats);
  const done = cancelReverts(split.done);
  const open = cancelReverts(split.inProgress);

  const mainTip = timelines.find(t => t.ref.isDefault && t.upTo)?.upTo;
  const named = walks.landed.merges.filter(m => m.info.pullRequest !== undefined || m.info.title !== undefined || m.info.branch !== undefined);
  const broughtInBy = pullRequestMembers(walks.landed.graph, named, mainTip);
  // Long-lived branches (landing, integration, or holding three people's merges) never name work.
  const isLongLived = longLivedBranches({
    merges: walks.landed.merges, broughtInBy: pullRequestMembers(walks.landed.graph, walks.landed.merges, mainTip),
    landingPatterns: options.landingPatterns, integrationPatterns: options.integrationPatterns, defaultBranch,
  });
  const mergedBy = new Map<string, MergeInfo>();
  for (const c of done) {
    const m = broughtInBy(c.sha);
    if (m === undefined) continue;
    const { branch, ...info } = named[m].info;
    mergedBy.set(c.sha, branch && !isLongLived(branch) ? { ...info, branch } : info);
  }
  const { merged, reviewed } = othersWork(report.name, walks.landed.graph, walks.landed.records, timelines, authors, options.isBot);
  const branchOf = branchesHolding(walks.unlanded.graph, info, landing, open);
  report.commitCount = done.length + split.copies.length + open.length;
  const accomplishments = groupCommits({ repository: report.name, commits: done, copies: split.copies, branchOf: new Map(), mergedBy, tickets: options.tickets, defaultBranch });
  const inProgress = branchesInProgress({ repository: report.name, commits: open, copies: [], branchOf, mergedBy: new Map(), tickets: options.tickets });
  return { report, accomplishments, inProgress, merged, reviewed, authors: [...authors] };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const countsOf = (s: NumStat | undefined) => ({ insertions: s?.insertions ?? 0, deletions: s?.deletions ?? 0, files: s?.files ?? 0 });

/** One walk's keep: its graph, the merges that may name work, the commits that may be the user's, and (landed) every commit's author. */
interface WalkKeep {
  graph: CommitGraph;
  merges: CandidateMerge[];
  picked: LogRecord[];
  records: Map<string, LandedRecord>;
}

interface Walks {
  authors: Set<string>;
  /** An address was added to `authors` after commits it may have matched were passed over. */
  incomplete: boolean;
  landed: WalkKeep;
  unlanded: WalkKeep;
  numstat: NumstatBatches;
}

/**
 * The landed walk (what the landing refs brought in during the window) and the unlanded walk (commits on any
 * branch that no landing ref reaches, committed or authored near the window), at once, with `alongside`.
 * The user's emails as .mailmap rewrites them count too: a walk that finds such an address only after passing
 * commits it would have matched reports itself incomplete, to be walked once more with the whole set.
 */
async function walkBoth(ctx: GitRunContext, info: RepoInfo, landing: readonly LandingRef[], timelines: readonly Timeline[],
  configured: ReadonlySet<string>, startAuthors: ReadonlySet<string>, since: number, until: number, alongside?: () => Promise<void>): Promise<Walks> {
  const authors = new Set(startAuthors);
  const walks: Walks = {
    authors, incomplete: false, numstat: new NumstatBatches(ctx, !info.partialClone),
    landed: { graph: new CommitGraph(), merges: [], picked: [], records: new Map() },
    unlanded: { graph: new CommitGraph(), merges: [], picked: [], records: new Map() },
  };
  let passedOver = false;
  const learn = (r: LogRecord) => {
    if (!configured.has(r.rawEmail.toLowerCase())) return;
    const email = r.email.toLowerCase();
    if (authors.has(email)) return;
    authors.add(email);
    walks.incomplete ||= passedOver;
  };
  const takeLanded = (r: LogRecord, stat?: NumStat) => {
    walks.landed.graph.add(r.sha, r.parents);
    learn(r);
    // Every landed commit's author and subject, and the bodies that may matter for merges and reviews.
    const keepBody = r.parents.length > 1 || mayCreditReview(r.body);
    walks.landed.records.set(r.sha, { author: { name: r.name, email: r.email }, subject: r.subject, parents: r.parents, ...(keepBody ? { body: r.body } : {}) });
    if (r.parents.length > 1) {
      const merge = candidateMerge(r);
      if (merge) walks.landed.merges.push(merge);
      return;
    }
    if (!mayBeMine(r, authors)) {
      passedOver = true;
      return;
    }
    walks.landed.picked.push(r);
    if (stat) walks.numstat.known(r.sha, stat);
    else walks.numstat.add(r.sha);
  };
  const takeUnlanded = (r: LogRecord) => {
    walks.unlanded.graph.add(r.sha, r.parents);
    learn(r);
    if (r.parents.length > 1) return;
    const inWindow = (t: number) => t >= since && t < until;
    if (!inWindow(r.authorTime) && !inWindow(r.commitTime)) return;
    if (!mayBeMine(r, authors)) {
      passedOver = true;
      return;
    }
    walks.unlanded.picked.push(r);
    walks.numstat.add(r.sha);
  };
  await allOrFirstError([
    walkLanded(ctx, info, timelines, since, until, takeLanded),
    walkUnlanded(ctx, info, landing, since - UNLANDED_MARGIN_SECONDS, takeUnlanded),
    alongside?.() ?? Promise.resolve(),
  ]);
  return walks;
}

/** Lists every commit the landing refs brought in during the window: `<tips at the end> --not <tips before the start>`. */
async function walkLanded(ctx: GitRunContext, info: RepoInfo, timelines: readonly Timeline[], since: number, until: number,
  take: (r: LogRecord, stat?: NumStat) => void): Promise<void> {
  const ends = [...new Set(timelines.filter(t => t.inWindow.length && t.upTo).map(t => t.upTo!))];
  if (!ends.length) return;
  const starts = [...new Set(timelines.map(t => t.before).filter((s): s is string => !!s))];
  const revs = [...ends, ...(starts.length ? ['--not', ...starts] : [])];
  // A walk expected to be short (from this repository's last one) carries every commit's numstat itself: one
  // git process instead of two. Before any walk of it, a repository with a small pack is taken to be short.
  const rate = walkRates.get(ctx.cwd);
  const inline = !info.partialClone
    && (rate !== undefined ? rate * (until - since) <= INLINE_NUMSTAT_MAX : info.packBytes > 0 && info.packBytes <= SMALL_PACK_BYTES);
  const log = ['log', ...SAFE_LOG_OPTIONS, '--no-decorate'];
  let walked = 0;
  if (inline) {
    walkStats.inline++;
    const text = await runGit(ctx, [...log, '--numstat', '-z', '-M', FULL_FORMAT, ...revs, '--']);
    for (const f of parseFullLog(text)) {
      walked++;
      take(f.record, f.stat);
    }
  } else {
    walkStats.batched++;
    const parser = new LogStreamParser(r => {
      walked++;
      take(r);
    });
    await runGit(ctx, [...log, LOG_FORMAT, ...revs, '--'], t => parser.push(t));
    parser.end();
  }
  if (walkRates.size >= MAX_RATES) walkRates.clear();
  walkRates.set(ctx.cwd, walked / Math.max(3600, until - since));
}

/**
 * Lists the commits of every branch (local and remote-tracking) and of a detached HEAD that no landing ref
 * reaches, committed after `bound`. With git 2.37 or later the date only filters what is listed, so a commit
 * with a skewed clock hides nothing below it; older git stops at the first older commit.
 */
async function walkUnlanded(ctx: GitRunContext, info: RepoInfo, landing: readonly LandingRef[], bound: number,
  take: (r: LogRecord) => void): Promise<void> {
  const { refs, headSha } = info;
  const landingTips = new Set(landing.map(l => l.tip));
  const heads = refs.all.filter(b => !landingTips.has(b.tip));
  const detached = !refs.current && headSha && !landingTips.has(headSha);
  if (!heads.length && !detached) return;
  const filter = (await gitFeatures(ctx)).sinceAsFilter ? `--since-as-filter=${bound}` : `--max-age=${bound}`;
  const revs = [...(heads.length ? ['--branches', '--remotes'] : []), ...(detached ? ['HEAD'] : []), ...(landingTips.size ? ['--not', ...landingTips] : [])];
  const parser = new LogStreamParser(take);
  await runGit(ctx, ['log', ...SAFE_LOG_OPTIONS, '--no-decorate', filter, LOG_FORMAT, ...revs, '--'], t => parser.push(t));
  parser.end();
}

/** A merge that names a pull request, a title or a merged branch (mergeFacts), with its author. */
function candidateMerge(r: LogRecord): CandidateMerge | undefined {
  const facts = mergeFacts(r.subject, r.body);
  if (!facts) return { sha: r.sha, parents: r.parents, time: r.commitTime, author: r.email.toLowerCase(), info: {} };
  return { sha: r.sha, parents: r.parents, time: r.commitTime, author: r.email.toLowerCase(), info: facts };
}

/** Whether a non-merge commit is by one of `authors` or may name one as co-author (checked exactly later). */
function mayBeMine(r: LogRecord, authors: ReadonlySet<string>): boolean {
  if (authors.has(r.email.toLowerCase())) return true;
  if (!/co-authored-by/i.test(r.body)) return false;
  return coAuthorsIn(r.body).some(p => authors.has(p.email.toLowerCase()));
}

/** The user's commits split into Done (one representative per change) and in progress, with the copies told as evidence. */
interface Split {
  done: Commit[];
  /** Other commits of Done's changes (copies on other branches, commits of a branch squash-merged), each naming its representative. */
  copies: (CommitEvidence & { copyOf: string })[];
  inProgress: Commit[];
}

/**
 * Ties copies together and splits the user's commits: a landed commit is Done (or a backport, when its
 * change landed before the window); an unlanded commit whose change landed is not in progress; the rest is.
 */
async function splitByChange(ctx: GitRunContext, info: RepoInfo, landed: Commit[], unlanded: Commit[], unlandedGraph: CommitGraph,
  timelines: readonly Timeline[], since: number, stats: ReadonlyMap<string, NumStat>): Promise<Split> {
  const all = [...landed, ...unlanded];
  const bySha = new Map(all.map(c => [c.sha, c]));
  const sets = new UnionFind();
  const byChangeId = new Map<string, string>();
  for (const c of all) {
    if (c.changeId) {
      const other = byChangeId.get(c.changeId);
      if (other) sets.join(other, c.sha);
      else byChangeId.set(c.changeId, c.sha);
    }
    for (const from of c.pickedFrom ?? []) if (bySha.has(from)) sets.join(from, c.sha);
  }
  // Same patch: only between commits whose numstat (files, paths and line counts) agree, and never two landed on the same branch.
  if (!info.partialClone) {
    const bySignature = new Map<string, Commit[]>();
    for (const c of all) {
      const shape = stats.get(c.sha)?.shape;
      if (shape) bySignature.set(shape, [...(bySignature.get(shape) ?? []), c]);
    }
    const maybe = new Set<string>();
    for (const group of bySignature.values()) {
      if (group.length < 2) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [group[i], group[j]];
          if (a.landedOn && b.landedOn && a.landedOn === b.landedOn) continue;
          if (!a.landedOn && !b.landedOn) continue;
          maybe.add(a.sha).add(b.sha);
        }
      }
    }
    const prints = await commitFingerprints(ctx, [...maybe]);
    const byPrint = new Map<string, Commit[]>();
    for (const c of all) {
      const p = prints.get(c.sha);
      if (p) byPrint.set(p, [...(byPrint.get(p) ?? []), c]);
    }
    for (const group of byPrint.values()) {
      for (const c of group.slice(1)) {
        const a = group[0];
        if (a.landedOn && c.landedOn && a.landedOn === c.landedOn) continue;
        sets.join(a.sha, c.sha);
      }
    }
    await joinSquashedBranches(ctx, landed, unlanded, unlandedGraph, sets, prints, stats);
  }
  const landedBefore = await landedBeforeWindow(ctx, all, bySha, timelines, since);

  const done: Commit[] = [];
  const copies: Split['copies'] = [];
  const inProgress: Commit[] = [];
  for (const members of sets.groups(all.map(c => c.sha))) {
    const commits = members.map(sha => bySha.get(sha)!);
    const landedCopies = commits.filter(c => c.landedAt).sort((a, b) => (a.landedAt! < b.landedAt! ? -1 : a.landedAt! > b.landedAt! ? 1 : Number(b.byUser) - Number(a.byUser)));
    const earlier = commits.map(c => landedBefore.get(c.sha)).find(Boolean);
    if (!landedCopies.length) {
      // Unlanded: in progress, unless a copy of it landed before the window.
      if (!earlier) inProgress.push(...commits);
      continue;
    }
    const [first, ...rest] = landedCopies;
    done.push(earlier ? { ...first, backportOf: earlier } : first);
    for (const c of rest) copies.push({ ...evidenceOf(c), copyOf: first.sha });
    // A squashed or rebased branch's own commits land with the commit that carried their change.
    for (const c of commits.filter(c => !c.landedAt)) copies.push({ ...evidenceOf(c), landedAt: first.landedAt!, copyOf: first.sha });
  }
  return { done, copies, inProgress };
}

/**
 * A branch squash-merged: the combined change of its unlanded commits (from where they leave landed history to
 * the newest) equals a landed commit's patch. The branch's commits then join that commit's change.
 */
async function joinSquashedBranches(ctx: GitRunContext, landed: readonly Commit[], unlanded: readonly Commit[], graph: CommitGraph,
  sets: UnionFind, prints: Map<string, string>, stats: ReadonlyMap<string, NumStat>): Promise<void> {
  if (!landed.length || !unlanded.length) return;
  // Runs of the user's unlanded commits, each from its newest commit down to the first parent outside the walk.
  const mine = new Set(unlanded.map(c => c.sha));
  const byShaOf = (sha: string) => unlanded.find(c => c.sha === sha)!;
  const parentsOfMine = new Set(unlanded.flatMap(c => c.parents));
  const tips = unlanded.filter(c => !parentsOfMine.has(c.sha));
  const landedByShape = new Map<string, Commit[]>();
  for (const c of landed) {
    const shape = stats.get(c.sha)?.shape;
    if (shape) landedByShape.set(shape, [...(landedByShape.get(shape) ?? []), c]);
  }
  for (const tip of tips) {
    const run = new Set(graph.reachable([graph.find(tip.sha)], id => !mine.has(graph.shaOf(id))).map(id => graph.shaOf(id)));
    if (run.size < 2) continue;
    // The base must be landed history (outside the unlanded walk), and one commit.
    const bases = new Set([...run].flatMap(sha => byShaOf(sha).parents).filter(p => !run.has(p)));
    if (bases.size !== 1 || graph.isLoaded([...bases][0])) continue;
    const base = [...bases][0];
    // Patches are compared only with landed commits whose numstat matches the branch's combined one.
    const shape = await rangeShape(ctx, base, tip.sha).catch(() => undefined);
    const candidates = (shape && landedByShape.get(shape)) || [];
    if (!candidates.length) continue;
    const missing = candidates.filter(c => !prints.has(c.sha)).map(c => c.sha);
    for (const [sha, p] of await commitFingerprints(ctx, missing)) prints.set(sha, p);
    const print = await rangeFingerprint(ctx, base, tip.sha).catch(() => undefined);
    const squash = print ? candidates.find(c => prints.get(c.sha) === print) : undefined;
    if (squash) for (const sha of run) sets.join(squash.sha, sha);
  }
}

/**
 * Commits whose change landed before the window: those that name, by a `(cherry picked from commit …)` line, a
 * commit the landing refs reached before the window started. SHA -> the earlier commit.
 */
async function landedBeforeWindow(ctx: GitRunContext, all: readonly Commit[], bySha: ReadonlyMap<string, Commit>,
  timelines: readonly Timeline[], since: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const named = [...new Set(all.flatMap(c => c.pickedFrom ?? []).filter(sha => !bySha.has(sha)))];
  const starts = [...new Set(timelines.map(t => t.before).filter((s): s is string => !!s))];
  if (!named.length || !starts.length || since <= 0) return out;
  // Which named commits exist, and which of them no ref reaching back before the window reaches.
  const existing = new Set((await runGit(ctx, ['log', '--no-walk=unsorted', '--ignore-missing', '--format=%H', ...named, '--'])).split('\n').filter(Boolean));
  if (!existing.size) return out;
  const notBefore = new Set((await runGit(ctx, ['log', '--format=%H', '--ignore-missing', ...existing, '--not', ...starts, '--'])).split('\n').filter(Boolean));
  for (const c of all) {
    const earlier = (c.pickedFrom ?? []).find(sha => existing.has(sha) && !notBefore.has(sha));
    if (earlier) out.set(c.sha, earlier);
  }
  return out;
}

/**
 * The branch each unlanded commit is in progress on: the branches (local, else remote-tracking, by name) whose
 * tips reach it without leaving the unlanded walk, the one holding the fewest commits first.
 */
function branchesHolding(graph: CommitGraph, info: RepoInfo, landing: readonly LandingRef[], commits: readonly Commit[]): Map<string, string> {
  const landingTips = new Set(landing.map(l => l.tip));
  const names = new Map<string, { name: string; size: number }[]>();
  const seenNames = new Set<string>();
  for (const b of info.refs.all) {
    if (landingTips.has(b.tip) || seenNames.has(b.name)) continue;
    seenNames.add(b.name);
    const own = graph.reachable([graph.find(b.tip)]);
    for (const id of own) {
      const sha = graph.shaOf(id);
      names.set(sha, [...(names.get(sha) ?? []), { name: b.name, size: own.length }]);
    }
  }
  const out = new Map<string, string>();
  for (const c of commits) {
    const holders = (names.get(c.sha) ?? []).sort((x, y) => x.size - y.size || (x.name < y.name ? -1 : 1));
    out.set(c.sha, holders[0]?.name ?? (info.refs.current ?? 'HEAD (detached)'));
  }
  return out;
}

/** Disjoint sets of SHAs. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  private find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let at = x;
    while (at !== root) {
      const next = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }

  /** The sets of `members`, each in the order given. */
  groups(members: readonly string[]): string[][] {
    const out = new Map<string, string[]>();
    for (const m of members) {
      const r = this.find(m);
      const list = out.get(r);
      if (list) list.push(m);
      else out.set(r, [m]);
    }
    return [...out.values()];
  }
}

