/** Sorts promises into what a manager needs to hear: kept, due soon, at risk, slipped. */
import type { PromiseEntry } from '../journal/types';
import { daysBetween, parseDay } from '../time/days';
import type { DraftPromise, DraftPromises, PromiseBucket } from './model';

/** Days ahead that count as "due soon": the draft looks at the coming week (the status bar only at the next 3 days). */
export const DUE_SOON_DAYS = 7;

/**
 * Kept: done within the window. Due: open and due today or within a week. At risk: status at-risk
 * (whenever due). Slipped: open and overdue, or dropped within the window. Open: the other open ones.
 * Promises closed outside the window are left out.
 */
export function bucketPromises(promises: PromiseEntry[], now: Date, inWindow: (iso: string | undefined) => boolean): DraftPromises {
  const out: DraftPromises = { kept: [], due: [], atRisk: [], slipped: [], open: [], count: 0 };
  const sorted = [...promises].sort((a, b) => ((a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : a.createdAt < b.createdAt ? -1 : 1));
  for (const p of sorted) {
    const dueDate = parseDay(p.due);
    const dueInDays = dueDate ? daysBetween(now, dueDate) : undefined;
    const closedInWindow = inWindow(p.closedAt ?? p.updatedAt);
    let bucket: PromiseBucket | undefined;
    if (p.status === 'done') bucket = closedInWindow ? 'kept' : undefined;
    else if (p.status === 'dropped') bucket = closedInWindow ? 'slipped' : undefined;
    else if (p.status === 'at-risk') bucket = 'at-risk';
    else if (dueInDays !== undefined && dueInDays < 0) bucket = 'slipped';
    else if (dueInDays !== undefined && dueInDays <= DUE_SOON_DAYS) bucket = 'due';
    else bucket = 'open';
    if (!bucket) continue;
    const d: DraftPromise = {
      id: p.id,
      text: p.text,
      ...(p.to ? { to: p.to } : {}),
      ...(p.due ? { due: p.due } : {}),
      status: p.status,
      bucket,
      ...(p.plan ? { plan: p.plan } : {}),
      ...(p.closedAt ? { closedAt: p.closedAt } : {}),
      ...(dueInDays !== undefined ? { dueInDays } : {}),
    };
    ({ kept: out.kept, due: out.due, 'at-risk': out.atRisk, slipped: out.slipped, open: out.open })[bucket].push(d);
  }
  out.count = out.kept.length + out.due.length + out.atRisk.length + out.slipped.length + out.open.length;
  return out;
}
