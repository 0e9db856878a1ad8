/** Time windows for a draft: presets and explicit dates resolved to a half-open [since, until). */
import { dayRangeLabel, lastDayBefore, localDay, parseDate, quarterOf, startOfDay as midnight, startOfQuarter, weekdayName } from '../time/days';
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
    if (until.getTime() <= since.getTime()) throw new Error(`invalid window: until (${asGiven(spec.until, until)}) must be after since (${asGiven(spec.since, since)})`);
    return { since, until, label: daysLabel(since, until) };
  }
  const week = workWeekOf(ctx);
  switch (spec) {
    case 'last-working-day': {
      // The work week is never empty, so one of the seven days before today is a working day.
      let day = midnight(now, -1);
      for (let back = 2; back <= 7 && !week.includes(day.getDay()); back++) day = midnight(now, -back);
      return { since: day, until: midnight(day, 1), label: `the last working day (${weekdayName(day)}, ${dayRangeLabel(day, day)})` };
    }
    case 'this-week': {
      const start = startOfWorkWeek(now, week);
      return { since: start, until: tomorrow, label: `this week (${daysLabel(start, tomorrow)})` };
    }
    case 'last-week': {
      const start = startOfWorkWeek(now, week);
      return { since: midnight(start, -7), until: start, label: `last week (${daysLabel(midnight(start, -7), start)})` };
    }
    case 'quarter': {
      return { since: startOfQuarter(now), until: tomorrow, label: `this quarter (${quarterOf(now)})` };
    }
    default: {
      const n = daysOf(spec);
      if (n === undefined) throw unknownWindow(spec);
      const since = midnight(now, -n);
      return { since, until: tomorrow, label: `${n === 1 ? 'since yesterday' : `the last ${n} days`} (${daysLabel(since, tomorrow)})` };
    }
  }
}

/** The local days a window [since, until) covers, for a reader: "Aug 1 – 22, 2026" (the last day included, never `until`). */
function daysLabel(since: Date, until: Date): string {
  return dayRangeLabel(midnight(since), lastDayBefore(until));
}

/** A window bound in an error message: as the user typed it, else its local day. */
function asGiven(text: string | Date | undefined, date: Date): string {
  return typeof text === 'string' ? text.trim() : localDay(date);
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
