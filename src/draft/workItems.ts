/** Merges git accomplishments with journal wins into ranked work items, grouped by goal and by month. */
import type { Accomplishment } from '../git/types';
import type { GoalEntry, WinEntry } from '../journal/types';
import { formatDay, parseDay, quarterOf } from '../time/days';
import type { DraftGoal, DraftGoalGroup, DraftQuarter, DraftWin, DraftWorkItem } from './model';
import { parseSubject } from '../git/subject';
import { accomplishmentKind, mostImportant, significance, soundsLikeSecurity } from './rank';
import { MAX_TITLE_LENGTH, normaliseText, truncateText } from './sanitize';
import { isVacuous, pastTense } from './titles';
import { themeName } from './themes';

/**
 * Links each win to the accomplishments it names (one of their commits by SHA prefix, a ticket,
 * or `#N` of their pull request; within the win's repo when it names one). A linked accomplishment
 * is told as part of the first win naming it; the rest stand alone, under a goal that names their
 * tickets or commits. Returns items most significant first.
 */
export function buildWorkItems(
  accomplishments: Accomplishment[],
  wins: WinEntry[],
  goals: GoalEntry[],
  titleChars = MAX_TITLE_LENGTH,
): { items: DraftWorkItem[]; wins: DraftWin[] } {
  const claimed = new Set<string>();
  const items: DraftWorkItem[] = [];
  const draftWins: DraftWin[] = [];
  for (const win of [...wins].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) {
    const linked = accomplishments.filter(a => !claimed.has(a.id) && names(win, a));
    linked.forEach(a => claimed.add(a.id));
    const impactMissing = !win.impact || !win.impact.trim();
    items.push(itemOf(win.id, win.text, linked, win, win.goalId, titleChars));
    draftWins.push({
      id: win.id,
      text: win.text,
      ...(impactMissing ? {} : { impact: win.impact }),
      impactMissing,
      ...(win.goalId ? { goalId: win.goalId } : {}),
      createdAt: win.createdAt,
      commits: win.commits,
      tickets: win.tickets,
      people: win.people,
      accomplishmentIds: linked.map(a => a.id),
    });
  }
  for (const a of accomplishments) {
    if (claimed.has(a.id)) continue;
    const goal = goals.find(g => names(g, a));
    items.push(itemOf(a.id, a.title, [a], undefined, goal?.id, titleChars));
  }
  items.sort((x, y) => y.significance - x.significance || (x.date < y.date ? 1 : x.date > y.date ? -1 : 0) || x.title.localeCompare(y.title));
  return { items, wins: draftWins };
}

/**
 * The security fix an item's title hides (a pull request titled "Roll out the archive builder" that holds
 * "fix(export): prevent path traversal"), told by name: "prevent path traversal in archive names".
 */
function hiddenSecurityFix(title: string, accs: Accomplishment[]): string | undefined {
  if (soundsLikeSecurity(title)) return undefined;
  const commit = accs.flatMap(a => a.commits).find(c => soundsLikeSecurity(c.subject));
  return commit ? truncateText(parseSubject(commit.subject).text, 80) : undefined;
}

/** A git title that says nothing ("Work", "20 sec") gives way to its branch, or to where the work was and how much. */
function tellable(title: string, accs: Accomplishment[]): string {
  if (!isVacuous(title)) return title;
  // "ada/refactor-search" → "refactor search".
  const branch = accs.map(a => a.branch?.replace(/^.*\//, '').replace(/[-_]+/g, ' ')).find(b => b && !isVacuous(b));
  if (branch) return `Work on ${branch}`;
  const where = accs.find(a => a.scope)?.scope ?? accs.find(a => a.area)?.area;
  const commits = accs.reduce((n, a) => n + a.commits.length, 0);
  return `${where ? `Changes in ${themeName(where)}` : 'Unnamed changes'} (${commits} ${commits === 1 ? 'commit' : 'commits'})`;
}

function names(entry: { commits: string[]; tickets: string[]; repo?: string }, a: Accomplishment): boolean {
  if (entry.repo && !sameRepo(entry.repo, a.repository)) return false;
  const shas = entry.commits.map(c => c.trim().toLowerCase()).filter(c => /^[0-9a-f]{4,40}$/.test(c));
  if (shas.some(s => a.commits.some(c => c.sha.toLowerCase().startsWith(s)))) return true;
  const tickets = new Set(entry.tickets.map(t => t.trim().toUpperCase()));
  if (a.tickets.some(t => tickets.has(t.toUpperCase()))) return true;
  return a.pullRequest !== undefined && tickets.has(`#${a.pullRequest}`);
}

function sameRepo(entryRepo: string, repository: string): boolean {
  const base = entryRepo.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? entryRepo;
  return base.toLowerCase() === repository.toLowerCase() || entryRepo.toLowerCase() === repository.toLowerCase();
}

function itemOf(id: string, title: string, accs: Accomplishment[], win: WinEntry | undefined, goalId: string | undefined, titleChars: number): DraftWorkItem {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const commits = accs.flatMap(a => a.commits);
  const impactMissing = win !== undefined && (!win.impact || !win.impact.trim());
  // Git work is dated by when it landed.
  const dates = [win?.createdAt ?? '', ...accs.map(a => a.landedAt)].filter(Boolean).sort();
  const coAuthors = uniq(accs.flatMap(a => a.coAuthors.map(p => p.name || p.email.split('@')[0])));
  const kinds = accs.map(accomplishmentKind);
  const kind = mostImportant([...kinds.map(k => k.kind), ...(win ? ['win' as const] : [])]);
  const routine = kind === 'routine' ? kinds.find(k => k.routine)?.routine : undefined;
  const told = win ? title : tellable(title, accs);
  const shownTitle = truncateText(normaliseText(told), Math.min(titleChars, MAX_TITLE_LENGTH)) || (win ? 'Untitled win' : 'Untitled change');
  const areas = accs.flatMap(a => (a.area ? [a.area] : []));
  const hidden = kind === 'security' ? hiddenSecurityFix(shownTitle, accs) : undefined;
  const item: DraftWorkItem = {
    id,
    source: win ? (accs.length ? 'both' : 'journal') : 'git',
    title: shownTitle,
    // A win is told in the user's words; git titles are told as done.
    doneTitle: (win ? shownTitle : pastTense(shownTitle)) + (hidden ? ` (including a security fix: ${hidden})` : ''),
    ...(hidden ? { securityFix: hidden } : {}),
    kind,
    ...(routine ? { routine } : {}),
    meaningfulLines: accs.reduce((n, a) => n + a.meaningfulLines, 0),
    ...(areas.length ? { area: areas[0] } : {}),
    ...(win && !impactMissing ? { impact: win.impact } : {}),
    impactMissing,
    ...(goalId ? { goalId } : {}),
    repositories: uniq(accs.map(a => a.repository)),
    tickets: uniq([...(win?.tickets ?? []), ...accs.flatMap(a => a.tickets)]),
    pullRequests: uniq(accs.flatMap(a => (a.pullRequest !== undefined ? [a.pullRequest] : []))),
    ...(accs.length === 1 && accs[0].type ? { type: accs[0].type } : {}),
    ...(accs.length === 1 && accs[0].scope ? { scope: accs[0].scope } : {}),
    breaking: accs.some(a => a.breaking),
    commitCount: commits.filter(c => !c.copyOf).length,
    shortShas: commits.map(c => c.shortSha || c.sha.slice(0, 7)),
    insertions: accs.reduce((n, a) => n + a.insertions, 0),
    deletions: accs.reduce((n, a) => n + a.deletions, 0),
    files: accs.reduce((n, a) => n + a.files, 0),
    coAuthors,
    people: win?.people ?? [],
    date: dates[dates.length - 1] ?? '',
    ...(win ? { entryId: win.id } : {}),
    accomplishments: accs,
    significance: 0,
  };
  item.significance = significance(kind, {
    win: Boolean(win), impact: Boolean(win && !impactMissing), goal: Boolean(goalId), meaningfulLines: item.meaningfulLines, pullRequests: item.pullRequests.length,
  });
  return item;
}

/** Groups items under the manager goals they serve (goal order), then the rest under "Other work". */
export function groupByGoal(items: DraftWorkItem[], managerGoals: DraftGoal[]): DraftGoalGroup[] {
  const groups: DraftGoalGroup[] = [];
  for (const goal of managerGoals) {
    const mine = items.filter(i => i.goalId === goal.id);
    if (mine.length) groups.push({ goal, heading: goal.text, items: mine });
  }
  const goalIds = new Set(groups.map(g => g.goal!.id));
  const rest = items.filter(i => !i.goalId || !goalIds.has(i.goalId));
  if (rest.length) groups.push(groups.length ? { heading: 'Other work', items: rest } : { items: rest });
  return groups;
}

/** Items by quarter and month (oldest first), for a brag document over any period. */
export function timelineOf(items: DraftWorkItem[]): DraftQuarter[] {
  const quarters: DraftQuarter[] = [];
  const sorted = [...items].filter(i => parseDay(i.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const item of sorted) {
    const d = parseDay(item.date)!;
    const qLabel = quarterOf(d);
    const mLabel = formatDay(d, 'month');
    let q = quarters[quarters.length - 1];
    if (!q || q.label !== qLabel) quarters.push((q = { label: qLabel, months: [] }));
    let m = q.months[q.months.length - 1];
    if (!m || m.label !== mLabel) q.months.push((m = { label: mLabel, items: [] }));
    m.items.push(item);
  }
  return quarters;
}
