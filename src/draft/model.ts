/** The draft model: everything a template needs, precomputed from git mining and the journal. */
import type { Accomplishment, MiningResult } from '../git/types';
import { hasProposal } from '../journal/hasProposal';
import type { Entry, GoalKind, ProblemStatus, PromiseStatus } from '../journal/types';
import { daysBetween, localDay } from '../time/days';
import { draftMerged, draftReviewed } from './othersWork';
import type { DraftMergedWork, DraftReviewedWork } from './othersWork';
import { creditTeam } from './people';
import { bucketPromises } from './promises';
import type { DraftLimits } from './budget';
import { budgetFor } from './budget';
import { headlineOf } from './headline';
import type { RoutineKind, WorkKind } from './rank';
import type { DraftRollup } from './rollup';
import { rollupOf } from './rollup';
import type { DraftDoneLine, DraftTheme } from './themes';
import { collapseSimilar, doneLines } from './themes';
import { truncateText } from './sanitize';
import { buildWorkItems, groupByGoal, timelineOf } from './workItems';

/** How much a draft says: one line per item, or evidence and context. */
export type DraftStyle = 'brief' | 'detailed';

/** Who writes and who reads, for a greeting and to leave the user out of team credits. */
export interface DraftProfile {
  userName?: string;
  managerName?: string;
  /** The manager's current priorities, as the profile names them. */
  goals?: string[];
}

/** Everything a draft is made from. Host access (clock, settings) comes in as plain values. */
export interface DraftInput {
  mining: MiningResult;
  entries: Entry[];
  now: Date;
  style: DraftStyle;
  profile?: DraftProfile;
  /** How much each section tells (see budget.ts); default, the weekly template's limits for the style. */
  limits?: DraftLimits;
  /**
   * Most entries each journal section tells (wins, notes, problems, each promise bucket, feedback), so a big
   * journal cannot make a megabyte draft; the rest become one "…and N more" line. Default `limits.journal`; `Infinity` for an export.
   */
  journalCap?: number;
}

/** How many journal entries each section left out under the cap (all zero when nothing was cut). */
export interface DraftOmitted {
  wins: number;
  notes: number;
  problems: number;
  promises: number;
  feedback: number;
}

/** A goal entry as the draft shows it. */
export interface DraftGoal {
  id: string;
  text: string;
  kind: GoalKind;
  status: 'active' | 'done' | 'dropped';
}

/** One thing done: a git accomplishment, a journal win, or a win with the accomplishments it names. */
export interface DraftWorkItem {
  /** The win's entry id, or the accomplishment id. */
  id: string;
  source: 'git' | 'journal' | 'both';
  /** One line for a manager, truncated to a sane length. */
  title: string;
  /** The title as Done tells it: in the past tense ("Fixed …"), within the draft's title length. */
  doneTitle: string;
  /** What kind of work it is, for ranking and the roll-up (see rank.ts). */
  kind: WorkKind;
  /** For routine work, which kind of routine. */
  routine?: RoutineKind;
  /** Lines changed outside lockfiles, vendored and generated files. */
  meaningfulLines: number;
  /** The part of the code it touched most. */
  area?: string;
  /** A security fix the title does not tell, in its commit's words (the draft names it). */
  securityFix?: string;
  /** Near-identical items collapsed into this one (see themes.ts): how many. */
  similar?: number;
  impact?: string;
  /** A win whose impact is still "to fill in later". */
  impactMissing: boolean;
  goalId?: string;
  repositories: string[];
  tickets: string[];
  pullRequests: number[];
  type?: string;
  scope?: string;
  breaking: boolean;
  commitCount: number;
  shortShas: string[];
  insertions: number;
  deletions: number;
  files: number;
  /** Display names of co-authors (never e-mails). */
  coAuthors: string[];
  /** People credited in the win. */
  people: string[];
  /** Latest activity, ISO. */
  date: string;
  /** The win entry, when the item comes from the journal. */
  entryId?: string;
  accomplishments: Accomplishment[];
  /** Higher is more worth telling; orders lists and picks the brief style's top items. */
  significance: number;
}

/** Items under one manager goal, or the items linked to none. */
export interface DraftGoalGroup {
  goal?: DraftGoal;
  /** Section label; undefined when there is only one, unlabelled, group. */
  heading?: string;
  items: DraftWorkItem[];
}

/** Work done in the window, grouped for telling. */
export interface DraftDone {
  /** Items shown in full, grouped by goal (brief: only the top `maxBriefItems`). */
  groups: DraftGoalGroup[];
  /** Deprecated (kept for user templates until 0.4): the items `groups` leaves out. Built-in templates use `top` and `rollup`. */
  also: DraftWorkItem[];
  /** Every item, most significant first. */
  all: DraftWorkItem[];
  count: number;
  /** Every Done line (themes and items standing alone; routine work left out), most significant first. */
  lines: DraftDoneLine[];
  /** The lines the draft tells (`limits.doneLines` of them). */
  top: DraftDoneLine[];
  /** Every theme, most significant first. */
  themes: DraftTheme[];
  /** One line counting what `top` leaves out, routine work included. */
  rollup?: DraftRollup;
}

/** A month of work, for the brag document's timeline. */
export interface DraftMonth {
  label: string;
  items: DraftWorkItem[];
}

/** A quarter of work, for the brag document's timeline. */
export interface DraftQuarter {
  label: string;
  months: DraftMonth[];
}

/** Work not finished: an unmerged branch, uncommitted changes or a note. */
export interface DraftProgressItem {
  kind: 'branch' | 'uncommitted' | 'note';
  title: string;
  repository?: string;
  branch?: string;
  commitCount?: number;
  tickets: string[];
  /** E.g. "2 modified, 1 untracked". */
  detail?: string;
  date?: string;
  entryId?: string;
}

/** One proposed way out of a problem. */
export interface DraftOption {
  /** 1-based, as a reader counts. */
  number: number;
  title: string;
  pros: string[];
  cons: string[];
  recommended: boolean;
}

/** A problem with its proposed solutions. */
export interface DraftProblem {
  id: string;
  text: string;
  impact?: string;
  status: ProblemStatus;
  options: DraftOption[];
  recommendation?: DraftOption;
  ask?: string;
  /** False: no option proposed yet, which the draft flags visibly. */
  hasProposal: boolean;
  /** Open and waiting on someone: it has an ask or several options to choose from. */
  needsDecision: boolean;
  goal?: DraftGoal;
  createdAt: string;
  /** Days since it was recorded. */
  ageDays: number;
}

/** Help the user needs, from the ask of an open problem. */
export interface DraftSupport {
  ask: string;
  problem: string;
  problemId: string;
  recommendation?: string;
}

/** Where a promise stands for this draft. */
export type PromiseBucket = 'kept' | 'due' | 'at-risk' | 'slipped' | 'open';

/** A promise and where it stands. */
export interface DraftPromise {
  id: string;
  text: string;
  to?: string;
  /** `YYYY-MM-DD`. */
  due?: string;
  status: PromiseStatus;
  bucket: PromiseBucket;
  plan?: string;
  closedAt?: string;
  /** Days until due (negative when overdue), when it has a due date. */
  dueInDays?: number;
}

/** Promises split by what the manager needs to hear. */
export interface DraftPromises {
  /** Done within the window. */
  kept: DraftPromise[];
  /** Open and due within the coming week. */
  due: DraftPromise[];
  /** At risk, with the recovery plan. */
  atRisk: DraftPromise[];
  /** Open and overdue, or dropped within the window. */
  slipped: DraftPromise[];
  /** Open, due later or without a date. */
  open: DraftPromise[];
  /** Every promise listed: an open one without a due date is still told, so none silently vanishes. */
  count: number;
}

/** Feedback received and what was done about it. */
export interface DraftFeedback {
  id: string;
  text: string;
  from?: string;
  action?: string;
  createdAt: string;
}

/** A note recorded in the window. */
export interface DraftNote {
  id: string;
  text: string;
  createdAt: string;
}

/** A win recorded in the window (the JSON lists them; templates use the merged work items). */
export interface DraftWin {
  id: string;
  text: string;
  impact?: string;
  impactMissing: boolean;
  goalId?: string;
  createdAt: string;
  commits: string[];
  tickets: string[];
  people: string[];
  /** Accomplishments this win was merged with. */
  accomplishmentIds: string[];
}

/** A career goal and what in the window served it. */
export interface DraftCareerGoal {
  goal: DraftGoal;
  /** Titles of linked wins, notes and items in the window. */
  progress: string[];
}

/** Someone to credit in the team section. */
export interface DraftTeamMember {
  name: string;
  /** Titles of the work they were part of. */
  credits: string[];
}

/** Everything a template needs, precomputed. Plain data: JSON-safe, no Dates. */
export interface DraftModel {
  style: DraftStyle;
  brief: boolean;
  detailed: boolean;
  /** The bottom line in one sentence (see headline.ts). */
  headline: string;
  generatedAt: string;
  /** Local `YYYY-MM-DD` of `now`. */
  today: string;
  /** `since`/`until` ISO (until exclusive); `firstDay`/`lastDay` the local `YYYY-MM-DD` days included, both ends. */
  window: { since: string; until: string; label: string; days: number; firstDay: string; lastDay: string };
  profile: DraftProfile;
  authors: string[];
  repositories: Array<{ path: string; name: string; commitCount: number; error?: string; warnings: string[]; aliases?: string[] }>;
  failedRepositories: Array<{ path: string; name: string; error: string }>;
  stats: { commits: number; accomplishments: number; repositories: number; insertions: number; deletions: number };
  done: DraftDone;
  /** Routine work (dependency updates, formatting, tests, docs, CI, chores, bots): counted, not listed. */
  routine: { count: number; byType: Array<{ type: RoutineKind; count: number }> };
  /** Every item under a manager goal, uncapped (brag document). */
  byGoal: DraftGoalGroup[];
  /** Items under no manager goal, by quarter and month, uncapped (brag document). */
  timeline: DraftQuarter[];
  inProgress: DraftProgressItem[];
  /** Open problems, whenever recorded. */
  problems: DraftProblem[];
  /** Open problems with no proposed option: flagged in every draft. */
  problemsWithoutProposal: DraftProblem[];
  /** Open problems that need the manager: an ask or a choice between options. */
  decisions: DraftProblem[];
  /** Problems resolved within the window. */
  resolvedProblems: DraftProblem[];
  support: DraftSupport[];
  promises: DraftPromises;
  feedback: DraftFeedback[];
  notes: DraftNote[];
  wins: DraftWin[];
  goals: { manager: DraftGoal[]; career: DraftCareerGoal[] };
  team: DraftTeamMember[];
  /** The user's merges of other people's work, and reviews (see othersWork.ts). */
  merged: DraftMergedWork;
  reviewed: DraftReviewedWork;
  /** Work items from wins whose impact is still to fill in: a reminder to the user. */
  winsMissingImpact: DraftWorkItem[];
  /** Journal entries left out by the cap, per section (their lists end with an "…and N more" item where a line fits). */
  omitted: DraftOmitted;
  /** The git half as mined, for evidence and the JSON format. */
  mining: MiningResult;
}

/** Most entries a journal section of a complete draft (brag, export) tells. */
export const DEFAULT_JOURNAL_CAP = 25;
/** Id prefix of the synthetic "…and N more" items, so the JSON format and tests can tell them apart. */
export const MORE_ID_PREFIX = 'more:';

/** Builds the draft model: merges accomplishments with wins, buckets promises, credits the team. */
export function buildDraftModel(input: DraftInput): DraftModel {
  const { mining, now, style } = input;
  const since = mining.window.since.getTime();
  const until = mining.window.until.getTime();
  const inWindow = (iso: string | undefined) => {
    const t = iso ? Date.parse(iso) : NaN;
    return t >= since && t < until;
  };
  const entries = input.entries;
  const goalEntries = ofKind(entries, 'goal');
  const goals: DraftGoal[] = goalEntries.map(g => ({ id: g.id, text: g.text, kind: g.goalKind, status: g.status }));
  const goalById = new Map(goals.map(g => [g.id, g]));

  const limits = input.limits ?? budgetFor('weekly', style).limits;
  const journalCap = Math.max(1, input.journalCap ?? limits.journal);
  const allWins = ofKind(entries, 'win').filter(e => inWindow(e.createdAt));
  const winEntries = latest(allWins, journalCap);
  const omittedWins = allWins.length - winEntries.length;
  const { items, wins } = buildWorkItems(mining.accomplishments, winEntries, goalEntries, limits.titleChars);
  const managerGoals = goals.filter(g => g.kind === 'manager' && (g.status === 'active' || items.some(i => i.goalId === g.id)));
  const cap = Math.max(0, Math.min(limits.doneLines, items.length));
  const moreWins = omittedWins ? [moreWorkItem(omittedWins, now)] : [];
  const shown = style === 'brief' ? items.slice(0, cap) : [...items, ...moreWins];
  const collapsed = collapseSimilar(items);
  const lines = doneLines(collapsed, managerGoals, limits.perTheme);
  const top = lines.slice(0, limits.doneLines);
  const toldInTop = new Set(top.flatMap(l => (l.theme ? l.theme.items : [l.item!])));
  const routineItems = items.filter(i => i.kind === 'routine');
  const done: DraftDone = {
    groups: groupByGoal(shown, managerGoals),
    also: style === 'brief' ? [...items.slice(cap), ...moreWins] : [],
    all: items,
    count: items.length + omittedWins,
    lines,
    top,
    themes: lines.flatMap(l => (l.theme ? [l.theme] : [])),
    ...optional('rollup', rollupOf(collapsed.filter(i => !toldInTop.has(i)), top.length > 0)),
  };

  const allNotes = entries.filter((e): e is Extract<Entry, { kind: 'note' }> => e.kind === 'note' && inWindow(e.createdAt));
  const noteEntries = latest(allNotes, journalCap);
  const omittedNotes = allNotes.length - noteEntries.length;
  const shownNotes = new Set(noteEntries);

  // Brief updates leave out uncommitted-change counts: evidence, not news.
  const allInProgress: DraftProgressItem[] = [
    ...mining.inProgress.filter(p => style === 'detailed' || p.kind !== 'uncommitted').map((p): DraftProgressItem =>
      p.kind === 'branch'
        ? { kind: 'branch', title: truncateText(p.title || p.branch, limits.titleChars), repository: p.repository, branch: p.branch, commitCount: p.commitCount, tickets: p.tickets, date: p.lastCommitAt }
        : { kind: 'uncommitted', title: `Uncommitted changes in ${p.repository}${p.workTree ? ` (worktree ${folderName(p.workTree)})` : ''}`, repository: p.repository, tickets: [], detail: uncommittedDetail(p) },
    ),
    // In the journal's own order (newest first), as before the cap.
    ...allNotes.filter(n => shownNotes.has(n))
      .map((n): DraftProgressItem => ({ kind: 'note', title: n.text, tickets: n.tickets, date: n.createdAt, entryId: n.id, ...(n.repo ? { repository: n.repo } : {}) })),
  ];
  const inProgress = capInProgress(allInProgress, limits, omittedNotes);

  const toProblem = (p: Extract<Entry, { kind: 'problem' }>): DraftProblem => {
    const options = p.options.map((o, k): DraftOption => ({ number: k + 1, title: o.title, pros: o.pros, cons: o.cons, recommended: k === p.recommended }));
    const recommendation = options.find(o => o.recommended);
    return {
      id: p.id,
      text: p.text,
      ...(p.impact ? { impact: p.impact } : {}),
      status: p.status,
      options,
      ...(recommendation ? { recommendation } : {}),
      ...(p.ask ? { ask: p.ask } : {}),
      hasProposal: hasProposal(p),
      needsDecision: p.status === 'open' && (Boolean(p.ask) || options.length > 1),
      ...(p.goalId && goalById.has(p.goalId) ? { goal: goalById.get(p.goalId)! } : {}),
      createdAt: p.createdAt,
      ageDays: Math.max(0, daysBetween(new Date(p.createdAt), now)),
    };
  };
  const problemEntries = ofKind(entries, 'problem');
  const openProblems = problemEntries.filter(p => p.status === 'open');
  // The newest open problems are told; older ones are counted (problems with an ask or no option first would need a template line).
  const problems = latest(openProblems, journalCap).map(toProblem);
  const omittedProblems = openProblems.length - problems.length;
  const resolvedProblems = problemEntries.filter(p => p.status === 'resolved' && inWindow(p.resolvedAt ?? p.updatedAt)).sort(byCreated).map(toProblem);

  const career: DraftCareerGoal[] = goals
    .filter(g => g.kind === 'career' && g.status === 'active')
    .map(goal => ({
      goal,
      progress: [
        ...items.filter(i => i.goalId === goal.id).map(i => i.title),
        ...entries.filter(e => e.goalId === goal.id && e.kind !== 'win' && e.kind !== 'goal' && inWindow(e.createdAt)).map(e => e.text),
      ],
    }));

  const allFeedback = ofKind(entries, 'feedback').filter(e => inWindow(e.createdAt));
  const feedbackEntries = latest(allFeedback, journalCap);
  const omittedFeedback = allFeedback.length - feedbackEntries.length;
  const promises = capPromises(bucketPromises(ofKind(entries, 'promise'), now, inWindow), journalCap);

  const commits = mining.accomplishments.reduce((n, a) => n + a.commits.length, 0);
  const decisions = problems.filter(p => p.needsDecision);
  const merged = draftMerged(mining.merged, journalCap);
  const reviewed = draftReviewed(mining.reviewed, journalCap);
  return {
    style,
    brief: style === 'brief',
    detailed: style === 'detailed',
    headline: headlineOf({ lines, ...optional('rollup', done.rollup), doneCount: items.length, merged: merged.count, reviewed: reviewed.count, decisions, promises: promises.shown }),
    generatedAt: now.toISOString(),
    today: localDay(now),
    window: {
      since: mining.window.since.toISOString(),
      until: mining.window.until.toISOString(),
      label: mining.window.label,
      days: Math.max(1, Math.round((until - since) / 86_400_000)),
      firstDay: localDay(mining.window.since),
      lastDay: localDay(new Date(until - 1)),
    },
    profile: { ...input.profile },
    authors: mining.authors,
    repositories: mining.repositories.map(r => ({ path: r.path, name: r.name, commitCount: r.commitCount, ...(r.error ? { error: r.error } : {}), warnings: r.warnings, ...(r.aliases?.length ? { aliases: r.aliases } : {}) })),
    failedRepositories: mining.repositories.filter(r => r.error).map(r => ({ path: r.path, name: r.name, error: r.error! })),
    stats: {
      commits,
      accomplishments: mining.accomplishments.length,
      repositories: new Set(mining.accomplishments.map(a => a.repository)).size,
      insertions: mining.accomplishments.reduce((n, a) => n + a.insertions, 0),
      deletions: mining.accomplishments.reduce((n, a) => n + a.deletions, 0),
    },
    done,
    routine: routineOf(routineItems),
    byGoal: groupByGoal(items, managerGoals).filter(g => g.goal),
    timeline: timelineOf(items.filter(i => !managerGoals.some(g => g.id === i.goalId))),
    inProgress,
    problems,
    problemsWithoutProposal: problems.filter(p => !p.hasProposal),
    decisions,
    resolvedProblems,
    support: problems
      .filter(p => p.ask)
      .map(p => ({ ask: p.ask!, problem: p.text, problemId: p.id, ...(p.recommendation ? { recommendation: p.recommendation.title } : {}) })),
    promises: promises.shown,
    feedback: [
      ...feedbackEntries.map(f => ({ id: f.id, text: f.text, createdAt: f.createdAt, ...(f.from ? { from: f.from } : {}), ...(f.action ? { action: f.action } : {}) })),
      ...(omittedFeedback ? [{ id: `${MORE_ID_PREFIX}feedback`, text: moreText(omittedFeedback, 'feedback entry', 'feedback entries'), createdAt: now.toISOString() }] : []),
    ],
    notes: noteEntries.map(n => ({ id: n.id, text: n.text, createdAt: n.createdAt })),
    wins,
    goals: { manager: managerGoals, career },
    team: creditTeam(items, mining.authors, input.profile?.userName),
    merged,
    reviewed,
    winsMissingImpact: items.filter(i => i.impactMissing),
    omitted: { wins: omittedWins, notes: omittedNotes, problems: omittedProblems, promises: promises.omitted, feedback: omittedFeedback },
    mining,
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/** The routine work counted by kind. */
function routineOf(items: DraftWorkItem[]): DraftModel['routine'] {
  const counts = new Map<RoutineKind, number>();
  for (const i of items) if (i.routine) counts.set(i.routine, (counts.get(i.routine) ?? 0) + 1);
  const byType = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
  return { count: items.length, byType };
}

/** The first `limits.inProgress` lines, then one "…and N more in progress" line for the rest (notes cut by the journal cap included). */
function capInProgress(all: DraftProgressItem[], limits: DraftLimits, omittedNotes: number): DraftProgressItem[] {
  const cap = Math.max(1, limits.inProgress);
  const cut = all.slice(cap);
  const left = cut.length + omittedNotes;
  if (!left) return all;
  const n = left.toLocaleString('en-US');
  const title = cut.every(p => p.kind === 'note') ? `…and ${n} more ${left === 1 ? 'note' : 'notes'} in the journal` : `…and ${n} more in progress`;
  return [...all.slice(0, cap), { kind: 'note', title, tickets: [], entryId: `${MORE_ID_PREFIX}inProgress` }];
}

function ofKind<K extends Entry['kind']>(entries: Entry[], kind: K): Array<Extract<Entry, { kind: K }>> {
  return entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind);
}

/** The `cap` most recently recorded entries, oldest first (the order the sections tell them in). */
function latest<T extends { createdAt: string }>(entries: T[], cap: number): T[] {
  const sorted = [...entries].sort(byCreated);
  return sorted.length > cap ? sorted.slice(sorted.length - cap) : sorted;
}

/** "…and 1,234 more notes in the journal". */
function moreText(n: number, one: string, many: string): string {
  return `…and ${n.toLocaleString('en-US')} more ${n === 1 ? one : many} in the journal`;
}

/** The line that stands for the wins left out of "Done". */
function moreWorkItem(n: number, now: Date): DraftWorkItem {
  return {
    id: `${MORE_ID_PREFIX}wins`, source: 'journal', title: moreText(n, 'win', 'wins'), doneTitle: moreText(n, 'win', 'wins'), kind: 'win', meaningfulLines: 0, impactMissing: false,
    repositories: [], tickets: [], pullRequests: [], breaking: false, commitCount: 0, shortShas: [],
    insertions: 0, deletions: 0, files: 0, coAuthors: [], people: [], date: now.toISOString(), accomplishments: [], significance: 0,
  };
}

/** Caps each promise bucket, ending a cut bucket with an "…and N more" promise; `count` stays the true total. */
function capPromises(all: DraftPromises, cap: number): { shown: DraftPromises; omitted: number } {
  let omitted = 0;
  const cut = (list: DraftPromise[], bucket: PromiseBucket): DraftPromise[] => {
    if (list.length <= cap) return list;
    const left = list.length - cap;
    omitted += left;
    const status = bucket === 'kept' ? 'done' : bucket === 'at-risk' ? 'at-risk' : 'open';
    // Templates print a due date for due and slipped promises: the line carries the latest of those it stands for.
    const due = list.slice(cap).reduce<string | undefined>((d, p) => (p.due && (!d || p.due > d) ? p.due : d), undefined);
    return [...list.slice(0, cap), { id: `${MORE_ID_PREFIX}promises-${bucket}`, text: moreText(left, 'promise', 'promises'), status, bucket, ...(due ? { due } : {}) }];
  };
  const shown: DraftPromises = {
    kept: cut(all.kept, 'kept'), due: cut(all.due, 'due'), atRisk: cut(all.atRisk, 'at-risk'), slipped: cut(all.slipped, 'slipped'), open: cut(all.open, 'open'),
    count: all.count,
  };
  return { shown, omitted };
}

function byCreated(a: { createdAt: string }, b: { createdAt: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** The last folder name of a path (either separator). */
function folderName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

function uncommittedDetail(p: { staged: number; modified: number; untracked: number }): string {
  const parts = [
    p.staged ? `${p.staged} staged` : '',
    p.modified ? `${p.modified} modified` : '',
    p.untracked ? `${p.untracked} untracked` : '',
  ].filter(Boolean);
  return parts.join(', ') || 'no changes';
}
