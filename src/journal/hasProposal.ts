/** "Solutions, not just problems": whether a problem carries at least one proposed option. */
import type { ProblemEntry } from './types';

/** True when the problem has an option with a title; false means it is flagged "no proposed solution yet". */
export function hasProposal(problem: Pick<ProblemEntry, 'options'>): boolean {
  return problem.options.some(o => o.title.trim() !== '');
}

/** The flag shown wherever a problem without an option appears. */
export const NO_PROPOSAL = 'no proposed solution yet';
