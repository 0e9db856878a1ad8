/**
 * Local calendar-day arithmetic: days are the user's own (`YYYY-MM-DD` in local time), and a day is found by
 * its calendar fields, never by adding 24 hours, so a daylight-saving change never moves it.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Local midnight of the day `date` falls on, shifted by `days` calendar days. */
export function startOfDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Whether two instants fall on the same local calendar day. */
export function sameDay(a: Date, b: Date): boolean {
  return startOfDay(a).getTime() === startOfDay(b).getTime();
}

/** Whole local calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Date, b: Date): number {
  const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((ub - ua) / 86_400_000);
}

/** Local midnight of the first day of the quarter `date` is in. */
export function startOfQuarter(date: Date): Date {
  return new Date(date.getFullYear(), Math.floor(date.getMonth() / 3) * 3, 1);
}

/** The local calendar day of a date as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Parses `YYYY-MM-DD` (local midnight) or an ISO timestamp; undefined when unreadable. */
export function parseDay(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
  return isNaN(d.getTime()) ? undefined : d;
}

/** Parses `YYYY-MM-DD` (local midnight, a day that exists) or an ISO date-time; throws a clear Error otherwise. */
export function parseDate(text: string | Date, what = 'date'): Date {
  if (text instanceof Date) {
    if (Number.isNaN(text.getTime())) throw new Error(`invalid ${what}`);
    return text;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(y, m - 1, d);
    if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) throw new Error(`invalid ${what} '${text}': no such day`);
    return date;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text.trim())) {
    const date = new Date(text.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Error(`invalid ${what} '${text}': use YYYY-MM-DD or an ISO date-time`);
}

/** The short name of a local weekday: "Mon". */
export function weekdayName(date: Date): string {
  return DAYS[date.getDay()];
}

/** Formats a date for a reader: short "Nov 18", long "Wed, Nov 18", iso "2026-11-18", month "November 2026", quarter "Q4 2026". */
export function formatDay(value: string | Date | undefined, format = 'short'): string {
  const d = value instanceof Date ? value : parseDay(value);
  if (!d) return '';
  const mon = MONTHS[d.getMonth()].slice(0, 3);
  switch (format) {
    case 'iso':
      return localDay(d);
    case 'long':
      return `${DAYS[d.getDay()]}, ${mon} ${d.getDate()}`;
    case 'month':
      return `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
    case 'quarter':
      return quarterOf(d);
    default:
      return `${mon} ${d.getDate()}`;
  }
}

/**
 * The last local day a window includes, given its exclusive end `until`: local midnight of the day of the
 * instant just before `until` (a window ending at midnight includes the day before, one ending at 16:00 that day).
 */
export function lastDayBefore(until: Date): Date {
  return startOfDay(new Date(until.getTime() - 1));
}

/**
 * A run of local days for a reader, both ends included, the year said once: "Nov 20, 2026" (one day),
 * "Aug 1 – 22, 2026", "Jul 28 – Aug 3, 2026", "Dec 29, 2026 – Jan 4, 2027". Takes `YYYY-MM-DD` days or Dates.
 */
export function dayRangeLabel(firstDay: string | Date, lastDay: string | Date): string {
  const a = parseDate(firstDay, 'first day');
  const b = parseDate(lastDay, 'last day');
  const day = (d: Date) => formatDay(d, 'short');
  if (a.getFullYear() !== b.getFullYear()) return `${day(a)}, ${a.getFullYear()} – ${day(b)}, ${b.getFullYear()}`;
  if (sameDay(a, b)) return `${day(a)}, ${a.getFullYear()}`;
  const end = a.getMonth() === b.getMonth() ? String(b.getDate()) : day(b);
  return `${day(a)} – ${end}, ${b.getFullYear()}`;
}

/** "Q4 2026" for a date. */
export function quarterOf(d: Date): string {
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`;
}
