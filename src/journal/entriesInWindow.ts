/** Selects the entries that belong to a reporting period. */
import type { Entry } from './types';

function inside(iso: string | undefined, since: number, until: number): boolean {
  if (iso === undefined) return false;
  const t = Date.parse(iso);
  return t >= since && t < until;
}

/**
 * Entries created in [since, until), plus promises closed and problems resolved in it (a promise
 * made last month and kept this week belongs to this week's update). Keeps the input order.
 */
export function entriesInWindow(entries: readonly Entry[], since: Date, until: Date): Entry[] {
  const s = since.getTime();
  const u = until.getTime();
  return entries.filter(e =>
    inside(e.createdAt, s, u) ||
    (e.kind === 'promise' && inside(e.closedAt, s, u)) ||
    (e.kind === 'problem' && inside(e.resolvedAt, s, u)));
}
