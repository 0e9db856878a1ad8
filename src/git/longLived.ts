/**
 * Long-lived branches never name a piece of work: grouping by branch is for short-lived topic branches only.
 * Long-lived are the landing branches, the integration branches (`next`, `seen`, `develop`, `dev`, `staging`…
 * and the user's `worklog.integrationBranches`), and any branch that, in the window, brought in merges of topic
 * branches made by three or more people.
 */
import type { PullRequestMergeInput } from './graph';
import type { MergeInfo } from './group';
import { branchMatcher } from './landing';

/** A merge of the landed walk: who made it, and what its message says. */
export interface CandidateMerge extends PullRequestMergeInput {
  /** The merge's author's email, lower-cased. */
  author: string;
  info: MergeInfo;
}

/** Integration branches by their usual names (globs). */
export const INTEGRATION_PATTERNS: readonly string[] = [
  'main', 'master', 'trunk', 'next', 'next-*', 'next/*', 'seen', 'pu', 'develop', 'development', 'dev', 'staging', 'integration', 'integration/*',
];

/** People whose merges into one branch make it an integration branch. */
const MERGERS_OF_AN_INTEGRATION_BRANCH = 3;

/** What decides which branches are long-lived. */
export interface LongLivedInput {
  merges: readonly CandidateMerge[];
  /** The merge (index in `merges`) that brought in a commit (graph.ts's pullRequestMembers over every merge). */
  broughtInBy: (sha: string) => number | undefined;
  landingPatterns: readonly string[];
  integrationPatterns: readonly string[];
  defaultBranch?: string;
}

/** Whether a branch (as a merge names it) is long-lived. */
export function longLivedBranches(input: LongLivedInput): (branch: string) => boolean {
  const byName = branchMatcher([...input.landingPatterns, ...INTEGRATION_PATTERNS, ...input.integrationPatterns]);
  // Who made the merges each branch's merge brought in.
  const mergers = new Map<string, Set<string>>();
  for (const inner of input.merges) {
    const outer = input.broughtInBy(inner.sha);
    const branch = outer === undefined ? undefined : input.merges[outer].info.branch;
    if (!branch) continue;
    const people = mergers.get(branch) ?? new Set<string>();
    people.add(inner.author);
    mergers.set(branch, people);
  }
  const busy = new Set([...mergers].filter(([, people]) => people.size >= MERGERS_OF_AN_INTEGRATION_BRANCH).map(([branch]) => branch));
  return branch => branch === input.defaultBranch || byName(branch) || busy.has(branch);
}
