/** Parsing `--work-week` values such as `mon-fri`, `sun-thu` or `mon,tue,thu`. */
import { UsageError } from './usage';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Day numbers (0 = Sunday) of a work week written as a range or a comma list of day names. */
export function parseWorkWeek(text: string): number[] {
  const day = (name: string): number => {
    const i = DAYS.indexOf(name.trim().toLowerCase().slice(0, 3));
    if (i < 0) throw new UsageError(`--work-week: unknown day "${name}" (use mon, tue, … sun)`);
    return i;
  };
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to] = part.split('-');
    if (to === undefined) { out.add(day(from)); continue; }
    for (let d = day(from), end = day(to); ; d = (d + 1) % 7) {
      out.add(d);
      if (d === end) break;
    }
  }
  return [...out].sort((a, b) => a - b);
}
