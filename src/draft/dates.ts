/** Local-calendar date arithmetic for drafts (due dates are `YYYY-MM-DD` in local time). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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

/** Whole local calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Date, b: Date): number {
  const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((ub - ua) / 86_400_000);
}

/** Formats a date for a reader: short "Nov 18", long "Wed, Nov 18", iso "2026-11-18", month "November 2026". */
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

/** "Q4 2026" for a date. */
export function quarterOf(d: Date): string {
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`;
}
