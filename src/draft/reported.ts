/** Work already reported: an accomplishment whose every commit was in a sent update is not told again. Pure. */
import type { Accomplishment, MiningResult } from '../git/types';

/**
 * The accomplishments still worth reporting: those with at least one commit no sent update contained.
 * An accomplishment that gained new commits since it was reported is kept whole (its title stays in context).
 */
export function unreportedAccomplishments(accomplishments: readonly Accomplishment[], reported: ReadonlySet<string>): Accomplishment[] {
  if (!reported.size) return [...accomplishments];
  return accomplishments.filter(a => !a.commits.length || a.commits.some(c => !reported.has(c.sha)));
}

/** The mining result without what was already reported; counts follow the accomplishments kept. */
export function withoutReported(mining: MiningResult, reported: ReadonlySet<string>): MiningResult {
  const accomplishments = unreportedAccomplishments(mining.accomplishments, reported);
  if (accomplishments.length === mining.accomplishments.length) return mining;
  return { ...mining, accomplishments, commitCount: accomplishments.reduce((n, a) => n + a.commits.length, 0) };
}

/** Every commit SHA of the accomplishments a draft tells: what its sent record keeps. */
export function reportedShasOf(accomplishments: readonly Accomplishment[]): string[] {
  return [...new Set(accomplishments.flatMap(a => a.commits.map(c => c.sha)))];
}
