/** The periods Export Journal offers, resolved to a window in local time. Pure: no vscode. */
import type { TimeWindow } from '../git/types';
import { dayRangeLabel, lastDayBefore, quarterOf, startOfDay, startOfQuarter } from '../time/days';

/** A named period, or explicit days (`until` exclusive, as `YYYY-MM-DD`). */
export type ExportPeriod = 'quarter' | 'half' | 'year' | 'all' | { since: string; until?: string };

/** The named periods in the order the quick pick lists them. */
export const EXPORT_PERIODS: readonly { label: string; period: Exclude<ExportPeriod, object> }[] = [
  { label: 'This quarter', period: 'quarter' },
  { label: 'This half-year', period: 'half' },
  { label: 'This year', period: 'year' },
  { label: 'Everything', period: 'all' },
];

const midnight = (text: string): Date => new Date(`${text}T00:00:00`);

/**
 * The window of a period at `now`: from the start of this quarter / half / year (local) to the end of
 * today; `all` from the earliest entry. Explicit days are taken as given.
 */
export function exportWindow(period: ExportPeriod, now: Date, earliest: Date): TimeWindow {
  const endOfToday = startOfDay(now, 1);
  const from = (since: Date, label: string): TimeWindow => ({ since, until: endOfToday, label });
  const y = now.getFullYear();
  if (typeof period === 'object') {
    const since = midnight(period.since);
    const until = period.until ? midnight(period.until) : endOfToday;
    if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime()) || until <= since) {
      throw new Error(`"${period.since}${period.until ? `..${period.until}` : ''}" is not a period`);
    }
    return { since, until, label: dayRangeLabel(since, lastDayBefore(until)) };
  }
  switch (period) {
    case 'quarter':
      return from(startOfQuarter(now), quarterOf(now));
    case 'half': {
      const h = now.getMonth() < 6 ? 0 : 1;
      return from(new Date(y, h * 6, 1), `H${h + 1} ${y}`);
    }
    case 'year':
      return from(new Date(y, 0, 1), String(y));
    case 'all': {
      const start = startOfDay(earliest);
      return from(start < endOfToday ? start : startOfDay(now), 'the whole journal');
    }
  }
}

/** Parses an export period given as a command argument; `undefined` when it is not one. */
export function parseExportPeriod(raw: unknown): ExportPeriod | undefined {
  if (raw === 'quarter' || raw === 'half' || raw === 'year' || raw === 'all') return raw;
  if (typeof raw === 'object' && raw !== null && typeof (raw as { since?: unknown }).since === 'string') {
    const r = raw as { since: string; until?: unknown };
    return typeof r.until === 'string' ? { since: r.since, until: r.until } : { since: r.since };
  }
  return undefined;
}
