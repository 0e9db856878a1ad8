/**
 * A realistic team repository for tests that need volume: five weeks of a team's history on `main` (the user,
 * ME, lands about 60 commits a week; four colleagues and renovate[bot] land theirs), six subsystems under src/,
 * pull-request merges and squash merges, releases with annotated tags, dependency bumps, a formatter run, a
 * rename, a regenerated client, a security fix, near-identical and odd subjects, and an unmerged topic branch.
 * Built by one `git fast-import` from a generated, deterministic stream (see teamHistory/plan.ts), once per
 * process for each `end`; tests must not change it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TimeWindow } from '../../src/git/types';
import { makeTempRepo, ME } from './gitRepo';
import type { NotableName, TeamCounts } from './teamHistory/plan';
import { planHistory } from './teamHistory/plan';
import { UNMERGED_BRANCH } from './teamHistory/tables';

export type { NotableName, TeamCounts } from './teamHistory/plan';

/** The history's default end: a fixed Friday afternoon, never the real clock. */
export const TEAM_HISTORY_END = new Date('2026-11-27T17:00:00Z');

const DAY_MS = 86_400_000;

/** A built team repository and what tests need to know about it. */
export interface TeamHistory {
  dir: string;
  /** The user whose work it is (ME; the repository's `user.email`). */
  user: { name: string; email: string };
  /** The instant the history ends; every commit is before it. */
  end: Date;
  /** The last 7 days before `end`, and the whole five-week span (the initial import lies before it). */
  window: { lastWeek: TimeWindow; whole: TimeWindow };
  counts: TeamCounts;
  /** Full SHAs of the commits tests look for. */
  notable: Record<NotableName, string>;
  /** The user's topic branch that was never merged. */
  unmergedBranch: string;
  /** SHA-1 of the fast-import stream it was built from. */
  fingerprint: string;
  /** How long building it took, in milliseconds. */
  buildMs: number;
}

const built = new Map<string, TeamHistory>();

/** The team repository ending at `end` (default TEAM_HISTORY_END), built on first use. */
export function makeTeamHistory(opts: { end?: Date } = {}): TeamHistory {
  const end = opts.end ?? TEAM_HISTORY_END;
  const cached = built.get(end.toISOString());
  if (cached) return cached;
  const started = performance.now();
  const plan = planHistory(end);
  const repo = makeTempRepo('atlas');
  const marksFile = join(dirname(repo.dir), 'marks');
  repo.git(['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], { input: plan.stream });
  repo.git(['update-ref', '--stdin'], { input: plan.mergedBranches.map(b => `delete refs/heads/${b}\n`).join('') });
  repo.git(['reset', '-q', '--hard', 'main']);
  const shaOf = new Map(readFileSync(marksFile, 'utf8').trim().split('\n').map(l => l.split(' ') as [string, string]));
  const notable = Object.fromEntries([...plan.notable].map(([name, mark]) => [name, shaOf.get(`:${mark}`) ?? ''])) as Record<NotableName, string>;
  const history: TeamHistory = {
    dir: repo.dir,
    user: { ...ME },
    end,
    window: {
      lastWeek: { since: new Date(end.getTime() - 7 * DAY_MS), until: end, label: 'the last 7 days' },
      whole: { since: new Date(end.getTime() - 35 * DAY_MS), until: end, label: 'the last 5 weeks' },
    },
    counts: plan.counts,
    notable,
    unmergedBranch: UNMERGED_BRANCH.name,
    fingerprint: createHash('sha1').update(plan.stream).digest('hex'),
    buildMs: performance.now() - started,
  };
  built.set(end.toISOString(), history);
  return history;
}
