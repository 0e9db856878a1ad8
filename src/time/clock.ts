/**
 * The one clock. Everything that asks "what time is it?" (windows, promises due, reminders, entry stamps,
 * "since the last update") is handed a `Clock`: the system's in the editor, `WORKLOG_NOW`'s in a pinned CLI
 * run, a fixed one in tests. The only reads of the real time live in this file.
 */

/** Where "now" comes from. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/** A clock that always reads `instant`. */
export function fixedClock(instant: Date | string): Clock {
  const at = typeof instant === 'string' ? parseInstant(instant, 'instant') : instant;
  return () => new Date(at.getTime());
}

/**
 * The real time in milliseconds, for comparing with times the machine stamps itself: file modification times
 * (lock files, the repository cache) and the age of a repository's history. These never follow a pinned clock.
 */
export function realNow(): number {
  return Date.now();
}

/** The environment variable that pins the CLI's clock: an ISO instant, for tests and reproducible scripts. */
export const NOW_VARIABLE = 'WORKLOG_NOW';

/** The clock an environment asks for: pinned by `WORKLOG_NOW` (throws a clear Error when it is not an instant), else the system's. */
export function clockFromEnv(env: NodeJS.ProcessEnv): { clock: Clock; pinned?: Date } {
  const text = env[NOW_VARIABLE];
  if (text === undefined || text === '') return { clock: systemClock };
  const pinned = parseInstant(text, NOW_VARIABLE);
  return { clock: fixedClock(pinned), pinned };
}

/** An ISO 8601 date-time with an offset or `Z` (a bare day or local time would depend on TZ in a way nobody meant). */
function parseInstant(text: string, what: string): Date {
  const t = text.trim();
  const date = new Date(t);
  const [y, m, d] = t.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const realDay = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(t) || !realDay || Number.isNaN(date.getTime())) {
    throw new Error(`${what} must be an ISO instant such as 2027-01-04T09:00:00Z (got "${text}")`);
  }
  return date;
}
