/** What needs the user's attention now: promises due or overdue, open problems, wins missing impact. */
import { daysBetween, parseDay } from '../time/days';
import { hasProposal, NO_PROPOSAL } from './hasProposal';
import type { Entry, ProblemEntry, PromiseEntry, WinEntry } from './types';

/** Why an entry is listed as open. */
export type OpenReason = 'overdue' | 'due-soon' | 'at-risk' | 'no-proposal' | 'open-problem' | 'missing-impact';

/** One line of the "open items" list, most urgent first. */
export interface OpenItem {
  reason: OpenReason;
  entry: Entry;
  /** Short human text, e.g. "due tomorrow", "overdue by 2 days", "no proposed solution yet". */
  message: string;
  /** For promises with a due date: days from today (negative when overdue). */
  daysUntilDue?: number;
}

/** Open items grouped for the status bar and the draft, plus the flat ordered list for the sidebar. */
export interface OpenItems {
  overduePromises: PromiseEntry[];
  dueSoonPromises: PromiseEntry[];
  /** At-risk promises not already listed as overdue or due soon. */
  atRiskPromises: PromiseEntry[];
  /** Every open problem, with or without an option. */
  openProblems: ProblemEntry[];
  /** The open problems that have no option yet (flagged "no proposed solution yet"). */
  problemsWithoutProposal: ProblemEntry[];
  winsMissingImpact: WinEntry[];
  items: OpenItem[];
}

// Shorter than the draft's week (draft/promises.ts): the status bar nags only about the next few days.
const DUE_SOON_DAYS = 3;

/** Options of `openItems`. */
export interface OpenItemsOptions {
  /** A promise due within this many days (today included) is "due soon"; default 3. */
  dueSoonDays?: number;
}

function dueMessage(days: number): string {
  if (days < 0) return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}

/** Computes the open items at `now` (local days for due dates). Input order is kept within each group. */
export function openItems(entries: readonly Entry[], now: Date, options: OpenItemsOptions = {}): OpenItems {
  const soon = options.dueSoonDays ?? DUE_SOON_DAYS;
  const r: OpenItems = {
    overduePromises: [], dueSoonPromises: [], atRiskPromises: [],
    openProblems: [], problemsWithoutProposal: [], winsMissingImpact: [], items: [],
  };
  const dated: OpenItem[] = [];
  const rest: OpenItem[] = [];
  for (const e of entries) {
    if (e.kind === 'promise' && (e.status === 'open' || e.status === 'at-risk')) {
      const due = parseDay(e.due);
      const days = due === undefined ? undefined : daysBetween(now, due);
      const risk = e.status === 'at-risk' ? ` · at risk${e.plan ? ` (plan: ${e.plan})` : ''}` : '';
      if (days !== undefined && days < 0) {
        r.overduePromises.push(e);
        dated.push({ reason: 'overdue', entry: e, message: dueMessage(days) + risk, daysUntilDue: days });
      } else if (days !== undefined && days <= soon) {
        r.dueSoonPromises.push(e);
        dated.push({ reason: 'due-soon', entry: e, message: dueMessage(days) + risk, daysUntilDue: days });
      } else if (e.status === 'at-risk') {
        r.atRiskPromises.push(e);
        rest.push({ reason: 'at-risk', entry: e, message: `at risk${e.plan ? ` (plan: ${e.plan})` : ''}`, ...(days === undefined ? {} : { daysUntilDue: days }) });
      }
    } else if (e.kind === 'problem' && e.status === 'open') {
      r.openProblems.push(e);
      if (hasProposal(e)) rest.push({ reason: 'open-problem', entry: e, message: 'open problem' });
      else {
        r.problemsWithoutProposal.push(e);
        rest.push({ reason: 'no-proposal', entry: e, message: NO_PROPOSAL });
      }
    } else if (e.kind === 'win' && e.impact === undefined) {
      r.winsMissingImpact.push(e);
      rest.push({ reason: 'missing-impact', entry: e, message: 'impact still to fill in' });
    }
  }
  const rank: Record<OpenReason, number> = { 'overdue': 0, 'due-soon': 1, 'at-risk': 2, 'no-proposal': 3, 'open-problem': 4, 'missing-impact': 5 };
  dated.sort((a, b) => (a.daysUntilDue ?? 0) - (b.daysUntilDue ?? 0));
  r.items = [...dated, ...rest.sort((a, b) => rank[a.reason] - rank[b.reason])];
  return r;
}
