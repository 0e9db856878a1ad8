/** Time windows for a draft: presets and explicit dates resolved to a half-open [since, until). */
import { localDay, parseDate, quarterOf, startOfDay as midnight, startOfQuarter } from '../time/days';
import type { TimeWindow } from './types';

/** The named presets accepted by `--window` and the `worklog.draft.defaultWindow` setting. */
export const WINDOW_PRESETS = ['last-working-day', 'this-week', 'last-week', 'quarter'] as const;

/** A named preset, or any `<N>d`. */
export type WindowPreset = (typeof WINDOW_PRESETS)[number] | `${number}d`;

/** An explicit window: `YYYY-MM-DD` (local midnight), an ISO timestamp or a Date; `until` defaults to tomorrow's midnight. */
export interface ExplicitWindow {
  since: string | Date;
  until?: string | Date;
}

/** Anything `resolveWindow` accepts. */
export type WindowSpec = WindowPreset | ExplicitWindow;

/** What a window is resolved against: the clock, the work week, the end of the last sent update. */
export interface WindowContext {
  now: Date;
  /** Working days, 0 = Sunday … 6 = Saturday; default Monday–Friday. */
  workWeek?: number[];
}

const DEFAULT_WORK_WEEK = [1, 2, 3, 4, 5];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function workWeekOf(ctx: WindowContext): number[] {
  const week = [...new Set(ctx.workWeek ?? DEFAULT_WORK_WEEK)].filter(d => Number.isInteger(d) && d >= 0 && d <= 6);
  return week.length ? week : DEFAULT_WORK_WEEK;
}

/** Local midnight of the first day of the work week `now` is in (Monday for Mon–Fri; weekends belong to the week before). */
function startOfWorkWeek(now: Date, week: number[]): Date {
  const isStart = (day: number) => week.includes(day) && !week.includes((day + 6) % 7);
  const hasStart = week.some(isStart);
  for (let back = 0; back < 7; back++) {
    const day = midnight(now, -back);
    if (hasStart ? isStart(day.getDay()) : day.getDay() === 1) return day;
  }
  return midnight(now);
}

/** Resolves a preset, or explicit since/until (`YYYY-MM-DD` = local midnight, or ISO), to a window. */
export function resolveWindow(spec: WindowSpec, ctx: WindowContext): TimeWindow {
  const now = ctx.now;
  const tomorrow = midnight(now, 1);
  if (typeof spec !== 'string') {
    const since = parseDate(spec.since, 'since date');
    const until = spec.until === undefined ? tomorrow : parseDate(spec.until, 'until date');
    if (until.getTime() <= since.getTime()) throw new Error(`invalid window: until (${until.toISOString()}) must be after since (${since.toISOString()})`);
    return { since, until, label: explicitLabel(spec, since, until) };
  }
  const week = workWeekOf(ctx);
  switch (spec) {
    case 'last-working-day': {
      for (let back = 1; back <= 7; back++) {
        const day = midnight(now, -back);
        if (week.includes(day.getDay())) {
          return { since: day, until: midnight(day, 1), label: `the last working day (${DAY_NAMES[day.getDay()]} ${localDay(day)})` };
        }
      }
      return { since: midnight(now, -1), until: midnight(now), label: 'yesterday' };
    }
    case 'this-week':
      return { since: startOfWorkWeek(now, week), until: tomorrow, label: 'this week' };
    case 'last-week': {
      const start = startOfWorkWeek(now, week);
      return { since: midnight(start, -7), until: start, label: `last week (${localDay(midnight(start, -7))} – ${localDay(midnight(start, -1))})` };
    }
    case 'quarter': {
      return { since: startOfQuarter(now), until: tomorrow, label: `this quarter (${quarterOf(now)})` };
    }
    default: {
      const n = daysOf(spec);
      if (n === undefined) throw unknownWindow(spec);
      return { since: midnight(now, -n), until: tomorrow, label: n === 1 ? 'the last day' : `the last ${n} days` };
    }
  }
}

function explicitLabel(spec: ExplicitWindow, since: Date, until: Date): string {
  const show = (text: string | Date | undefined, date: Date) =>
    typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : date.toISOString();
  return spec.until === undefined ? `since ${show(spec.since, since)}` : `${show(spec.since, since)} – ${show(spec.until, until)}`;
}

/**
 * Turns a CLI/setting string into a spec: a preset, `<N>d`, `YYYY-MM-DD..YYYY-MM-DD` or `YYYY-MM-DD..`
 * (open end). Throws a clear Error on anything else.
 */
export function parseWindowSpec(text: string): WindowSpec {
  const t = text.trim();
  if ((WINDOW_PRESETS as readonly string[]).includes(t)) return t as WindowPreset;
  const days = daysOf(t);
  if (days !== undefined) return `${days}d`;
  const range = /^(.+?)\.\.(.*)$/.exec(t);
  if (range) {
    const since = range[1].trim();
    const until = range[2].trim();
    parseDate(since, 'since date');
    if (until) parseDate(until, 'until date');
    return until ? { since, until } : { since };
  }
  throw unknownWindow(text);
}

/** N of an `<N>d` window, undefined when `spec` is not of that form; throws when N is not 1 to 3660. */
function daysOf(spec: string): number | undefined {
  const days = /^(\d+)d$/.exec(spec);
  if (!days) return undefined;
  const n = Number(days[1]);
  if (n < 1 || n > 3660) throw new Error(`invalid window '${spec}': use <N>d with N from 1 to 3660`);
  return n;
}

function unknownWindow(text: string): Error {
  return new Error(`unknown window '${text}': use ${WINDOW_PRESETS.join(', ')}, <N>d (e.g. 7d) or YYYY-MM-DD..YYYY-MM-DD`);
}
