/**
 * The timeline of the team history: the hand-written commits of tables.ts on their days, then everyday
 * commits filling each week up to the user's target, all written in time order into one fast-import stream.
 * Days count back from `end` (day 0 ends at `end`, taken to be 17:00 on a Friday); work happens 08:00–16:30.
 */
import { bump, initialClient, initialPackages, lockfileText, manifestText } from './artifacts';
import type { ContentState } from './content';
import { docsParagraph, tweak } from './content';
import type { SubjectStyle } from './fillers';
import { codeFilesOf, Edits, fillerOps, fillerSubject, pickKind } from './fillers';
import type { Rng } from './random';
import { makeRng } from './random';
import {
  constMigrationOps, cookingOps, formatterOps, initialTree, pullRequestOps, regenerateOps, releaseOps, renameOps,
  searchRefactorOps, securityFixOps,
} from './specials';
import { ImportStream } from './stream';
import type { Who } from './tables';
import {
  ADA, COLLEAGUES, CONST_MIGRATIONS, COOKING_DAYS, FORMATTER, GITHUB, GRACE, ODD_COMMITS, PULL_REQUESTS, REGENERATE, RELEASES, RENAME,
  RENOVATE, SECURITY_FIX, SQUASH_MERGES, UNMERGED_BRANCH, USER_BUMPS,
} from './tables';

const DAY = 86_400;
const END_HOUR = 17;
const WEEKS = 5;
/** The user's commits landed on main per week, the last week first. */
const USER_TARGET = [60, 63, 63, 63, 63];
const SEED = 20261127;

/** Commits tests look for by name. */
export type NotableName = 'securityFix' | 'release' | 'previousRelease' | 'formatter' | 'rename' | 'regenerate' | 'userBump'
  | 'squashMerge' | 'unmergedTip' | 'initial';

/** How many commits of each kind the history holds. */
export interface TeamCounts {
  /** The user's non-merge commits on main (each landed in the week it was made). */
  userCommits: number;
  /** Those of the last 7 days. */
  userCommitsLastWeek: number;
  colleagueCommits: number;
  botCommits: number;
  /** Merge commits on main ("Merge pull request #N from …"). */
  merges: number;
  /** Every commit reachable from main, the initial import included. */
  mainCommits: number;
  /** Commits only on the unmerged branch. */
  unmergedCommits: number;
}

/** The stream to import and what it holds. */
export interface Plan {
  stream: string;
  /** Commit marks of the notable commits. */
  notable: Map<NotableName, number>;
  counts: TeamCounts;
  /** Topic branches merged into main: deleted after the import, as GitHub does. */
  mergedBranches: string[];
}

type Role = 'user' | 'colleague' | 'bot' | 'merge' | 'unmerged' | 'initial';

interface Event {
  day: number;
  at: number;
  seq: number;
  role: Role;
  notable?: NotableName;
  write(s: ImportStream): number;
}

/** Who writes subjects how, and works where. */
const HABITS = new Map<string, { styles: [SubjectStyle, number][]; subsystems: string[]; perDay: number }>([
  [ADA.email, { styles: [['scoped', 60], ['unscoped', 10], ['prefix', 15], ['free', 15]], subsystems: ['search', 'search', 'export', 'export', 'billing', 'auth', 'ui', 'api'], perDay: 0 }],
  [COLLEAGUES[0].email, { styles: [['scoped', 90], ['free', 10]], subsystems: ['billing', 'api'], perDay: 3 }],
  [COLLEAGUES[1].email, { styles: [['prefix', 70], ['scoped', 30]], subsystems: ['api', 'auth'], perDay: 3 }],
  [COLLEAGUES[2].email, { styles: [['free', 60], ['unscoped', 40]], subsystems: ['ui', 'export'], perDay: 3 }],
  [COLLEAGUES[3].email, { styles: [['unscoped', 80], ['scoped', 20]], subsystems: ['search', 'auth'], perDay: 2 }],
]);

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  let r = rng.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[0][0];
}

const isWorkday = (day: number) => day % 7 < 5;
const weekOf = (day: number) => Math.floor(day / 7);

/** Plans the whole history ending at `end` and writes its stream. */
export function planHistory(end: Date): Plan {
  const planRng = makeRng(SEED);
  const state: ContentState = { rng: makeRng(SEED + 1), formatted: false, serial: 0 };
  const packages = initialPackages(state.rng);
  const client = initialClient(state.rng, 120);
  const endSeconds = Math.floor(end.getTime() / 1000);
  const at = (day: number, hour: number) => endSeconds - day * DAY - Math.round((END_HOUR - hour) * 3600);
  const randomHour = () => 8 + planRng.int(0, 8 * 60 + 29) / 60;
  const events: Event[] = [];
  const add = (day: number, hour: number, role: Role, write: (s: ImportStream) => number, notable?: NotableName) =>
    events.push({ day, at: at(day, hour) + planRng.int(0, 59), seq: events.length, role, write, ...(notable ? { notable } : {}) });
  const usedSubjects = new Set<string>();
  const onMain = (author: Who, t: number, message: string, ops: Parameters<ImportStream['commit']>[0]['ops'], committer?: Who) =>
    ({ branch: 'main', author, at: t, message, ops, ...(committer ? { committer } : {}) });

  add(37, 9, 'initial', s => s.commit(onMain(GRACE, at(37, 9), 'chore: import atlas from the monorepo\n', initialTree(state, packages, client))), 'initial');

  for (const pr of PULL_REQUESTS) {
    const half = Math.ceil(pr.commits.length / 2);
    pr.commits.forEach((subject, i) => {
      const day = i < half ? pr.mergeDay + 1 : pr.mergeDay;
      const hour = 9 + i * 1.1;
      add(day, hour, pr.author === ADA ? 'user' : 'colleague', s => {
        if (!s.has(pr.branch)) s.fork(pr.branch);
        return s.commit({ branch: pr.branch, author: pr.author, at: at(day, hour), message: `${subject}\n`, ops: pullRequestOps(state, s.tree(pr.branch), pr.branch, subject, pr.subsystem) });
      });
    });
    add(pr.mergeDay, 15.75, 'merge', s => s.merge('main', pr.branch, pr.merger, at(pr.mergeDay, 15.75), `Merge pull request #${pr.number} from ${pr.branch}\n\n${pr.title}\n`));
  }

  UNMERGED_BRANCH.commits.forEach(({ day, subject }, i) => {
    add(day, 13, 'unmerged', s => {
      if (!s.has(UNMERGED_BRANCH.name)) s.fork(UNMERGED_BRANCH.name);
      return s.commit({ branch: UNMERGED_BRANCH.name, author: ADA, at: at(day, 13), message: `${subject}\n`, ops: searchRefactorOps(state, s.tree(UNMERGED_BRANCH.name)) });
    }, i === UNMERGED_BRANCH.commits.length - 1 ? 'unmergedTip' : undefined);
  });

  SQUASH_MERGES.forEach(({ day, subject, subsystem }, i) => {
    add(day, 14.5, 'user', s => {
      const ops = fillerOps(state, s.tree(), 'feat', subsystem, '');
      return s.commit(onMain(ADA, at(day, 14.5), `${subject}\n\n* first pass\n* review comments\n* tests\n`, ops, GITHUB));
    }, i === SQUASH_MERGES.length - 1 ? 'squashMerge' : undefined);
  });

  COOKING_DAYS.forEach((day, i) => {
    const issue = `2026/11 #${String(i + 1).padStart(2, '0')}`;
    add(day, 9.25, 'user', s => s.commit(onMain(ADA, at(day, 9.25), `What's cooking (${issue})\n`, cookingOps(state, issue))));
  });

  CONST_MIGRATIONS.forEach(({ day, subject, backend }, i) => {
    const hour = 10.5 + i * 0.4;
    add(day, hour, 'user', s => s.commit(onMain(ADA, at(day, hour), `${subject}\n`, constMigrationOps(state, s.tree(), backend))));
  });

  for (const odd of ODD_COMMITS) {
    add(odd.day, 11.5, 'user', s => {
      const tree = s.tree();
      const ops = odd.docs
        ? new Edits(tree).edit(`docs/${odd.subsystem}.md`, t => `${t}Run \`pip debug\` when the client cannot connect.\n${docsParagraph(state, odd.subsystem).join('\n')}\n`).ops()
        : new Edits(tree).edit(codeFilesOf(tree, odd.subsystem)[0], t => tweak(state, t, odd.subsystem, state.rng.int(1, 6))).ops();
      return s.commit(onMain(ADA, at(odd.day, 11.5), `${odd.subject}\n`, ops));
    });
  }

  for (const b of USER_BUMPS) {
    add(b.day, 9.75, 'user', s => {
      bump(state.rng, packages, b.dep, b.to, 165, false);
      return s.commit(onMain(ADA, at(b.day, 9.75), `chore(deps): bump ${b.dep} from ${b.from} to ${b.to}\n\nRefreshes the lockfile; ${b.dep} and its transitive dependencies move up.\n`,
        [{ path: 'package-lock.json', content: lockfileText(packages) }]));
    }, b.day < 7 ? 'userBump' : undefined);
  }

  add(SECURITY_FIX.day, 11, 'user', s => s.commit(onMain(ADA, at(SECURITY_FIX.day, 11),
    `${SECURITY_FIX.subject}\n\nArchive entry names containing ".." or an absolute path are now rejected\nbefore anything is written.\n`, securityFixOps(state, s.tree()))), 'securityFix');

  RELEASES.forEach(({ day, version }, i) => {
    const items = PULL_REQUESTS.filter(pr => pr.mergeDay > day && (i === 0 || pr.mergeDay < RELEASES[i - 1].day)).map(pr => pr.title);
    add(day, 15, 'user', s => {
      const mark = s.commit(onMain(ADA, at(day, 15), `chore(release): v${version}\n`, releaseOps(s.tree(), packages, version, items)));
      s.tag(`v${version}`, mark, ADA, at(day, 15) + 60, `Release ${version}\n`);
      return mark;
    }, i === RELEASES.length - 1 ? 'release' : 'previousRelease');
  });

  add(FORMATTER.day, 9.5, 'user', s => s.commit(onMain(ADA, at(FORMATTER.day, 9.5), `${FORMATTER.subject}\n\nNo functional change.\n`, formatterOps(state, s.tree()))), 'formatter');
  add(RENAME.day, 10, 'user', s => s.commit(onMain(ADA, at(RENAME.day, 10), `${RENAME.subject}\n`, renameOps(s.tree()))), 'rename');
  add(REGENERATE.day, 14, 'user', s => s.commit(onMain(ADA, at(REGENERATE.day, 14), `${REGENERATE.subject}\n\nRegenerates the API client from the updated OpenAPI spec.\n`,
    regenerateOps(state, s.tree(), client, packages.version))), 'regenerate');

  addRenovate(planRng, add, at, state, packages);
  const filler = (who: Who, day: number) => {
    const habits = HABITS.get(who.email);
    if (!habits) throw new Error(`team history: no habits for ${who.email}`);
    const hour = randomHour();
    add(day, hour, who === ADA ? 'user' : 'colleague', s => {
      const kind = pickKind(state.rng);
      const subsystem = state.rng.pick(habits.subsystems);
      const { subject, template } = fillerSubject(state.rng, usedSubjects, kind, subsystem, weighted(state.rng, habits.styles));
      const body = kind === 'fix' && state.rng.chance(0.15) ? `\nFixes #${state.rng.int(900, 1180)}\n` : '';
      return s.commit(onMain(who, at(day, hour), `${subject}\n${body}`, fillerOps(state, s.tree(), kind, subsystem, template)));
    });
  };
  for (let week = 0; week < WEEKS; week++) {
    const days = [0, 1, 2, 3, 4].map(d => week * 7 + d);
    const special = events.filter(e => e.role === 'user' && weekOf(e.day) === week).length;
    for (let k = 0; k < USER_TARGET[week] - special; k++) filler(ADA, days[k % days.length]);
    for (const day of days) for (const who of COLLEAGUES) for (let k = planRng.int(0, HABITS.get(who.email)?.perDay ?? 0); k > 0; k--) filler(who, day);
  }

  const stream = new ImportStream();
  const notable = new Map<NotableName, number>();
  for (const e of events.sort((a, b) => a.at - b.at || a.seq - b.seq)) {
    if (!isWorkday(e.day)) throw new Error(`team history: day ${e.day} is a weekend`);
    const mark = e.write(stream);
    if (e.notable) notable.set(e.notable, mark);
  }
  const count = (role: Role, lastWeek = false) => events.filter(e => e.role === role && (!lastWeek || e.day < 7)).length;
  const counts: TeamCounts = {
    userCommits: count('user'),
    userCommitsLastWeek: count('user', true),
    colleagueCommits: count('colleague'),
    botCommits: count('bot'),
    merges: count('merge'),
    mainCommits: events.length - count('unmerged'),
    unmergedCommits: count('unmerged'),
  };
  return { stream: stream.text(), notable, counts, mergedBranches: PULL_REQUESTS.map(pr => pr.branch) };
}

/** Three dependency updates a week by the bot, squash-merged on GitHub as "… (#N)". */
function addRenovate(
  rng: Rng,
  add: (day: number, hour: number, role: Role, write: (s: ImportStream) => number) => void,
  at: (day: number, hour: number) => number,
  state: ContentState,
  packages: ReturnType<typeof initialPackages>,
): void {
  const taken = new Set(PULL_REQUESTS.map(pr => pr.number));
  let number = 0;
  for (let day = WEEKS * 7 - 3; day >= 0; day--) {
    if (!isWorkday(day) || day % 7 === 1 || day % 7 === 3) continue;
    // Numbered in time order among the team's pull requests (about three a day).
    number = Math.max(number + 1, 1180 + (WEEKS * 7 - day) * 3);
    while (taken.has(number)) number++;
    const pr = number;
    const hour = 8 + rng.int(0, 60) / 60;
    add(day, hour, 'bot', s => {
      const dep = state.rng.pick([...packages.direct.keys()].filter(d => !['vite', 'typescript', 'zod'].includes(d)));
      const to = (packages.direct.get(dep) ?? '1.0.0').replace(/(\d+)$/, d => String(Number(d) + 1));
      bump(state.rng, packages, dep, to, state.rng.int(0, 3), true);
      return s.commit({
        branch: 'main', author: RENOVATE, committer: GITHUB, at: at(day, hour),
        message: `chore(deps): update dependency ${dep} to v${to} (#${pr})\n\nThis PR contains the following updates: ${dep} ^${to}.\n`,
        ops: [{ path: 'package.json', content: manifestText(packages) }, { path: 'package-lock.json', content: lockfileText(packages) }],
      });
    });
  }
}
