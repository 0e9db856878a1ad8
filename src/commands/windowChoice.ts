/** The window choices of Draft Update and the validation of custom dates. Pure: no vscode. */
import { localDay, parseDate } from '../time/days';
import type { WindowPreset } from '../git/window';
import type { DefaultWindow } from '../config';

/** What Draft Update resolves into a TimeWindow: a preset, or explicit dates. */
export type WindowSpec = WindowPreset | { since: string; until?: string };

/** Presets in the order the quick pick lists them. */
export const PRESET_OPTIONS: readonly { label: string; spec: WindowPreset }[] = [
  { label: 'Last 7 days', spec: '7d' },
  { label: 'Since the last working day', spec: 'last-working-day' },
  { label: 'This week', spec: 'this-week' },
  { label: 'Last week', spec: 'last-week' },
  { label: 'Last 14 days', spec: '14d' },
  { label: 'Last 30 days', spec: '30d' },
  { label: 'This quarter', spec: 'quarter' },
];

/**
 * The window Draft Update proposes: since the end of the last sent update when there is one (and the
 * setting says so), else the configured preset, else the last 7 days.
 */
export function defaultWindowSpec(setting: DefaultWindow, lastSentUntil?: string): WindowSpec {
  if (setting === 'since-last-sent') return lastSentUntil ? { since: lastSentUntil } : '7d';
  return setting;
}

/** Local midnight of a `YYYY-MM-DD` day that exists; undefined otherwise (a date-time is not a day). */
function dayOf(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  try {
    return parseDate(text);
  } catch {
    return undefined;
  }
}

/**
 * Parses what the user typed for a custom window: `YYYY-MM-DD` (since, until now), `YYYY-MM-DD..YYYY-MM-DD`
 * (both days included), or a preset such as `10d`. Returns an error sentence instead when it is not valid.
 */
export function parseCustomWindow(text: string, now: Date): { spec: WindowSpec } | { error: string } {
  const t = text.trim();
  if (/^\d{1,4}d$/.test(t)) {
    return Number(t.slice(0, -1)) > 0 ? { spec: t as WindowPreset } : { error: 'The number of days must be at least 1.' };
  }
  const [since, until, ...rest] = t.split(/\s*(?:\.\.|–|\bto\b)\s*/);
  if (rest.length || !since) return { error: 'Use YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD or a number of days like 10d.' };
  const start = dayOf(since);
  if (!start) return { error: `"${since}" is not a date (YYYY-MM-DD).` };
  const end = until === undefined ? undefined : dayOf(until);
  if (until !== undefined && !end) return { error: `"${until}" is not a date (YYYY-MM-DD).` };
  if (start > now) return { error: 'The start date is in the future.' };
  if (!end) return { spec: { since } };
  if (end < start) return { error: 'The end date must not be before the start date.' };
  // The typed end day is included; the window's `until` is exclusive, so it is the next midnight.
  const next = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1);
  return { spec: { since, until: localDay(next) } };
}
