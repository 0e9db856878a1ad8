/** Names of the files in a journal folder, in one place. */

/** The journal's header: schema version and a line saying how to read the folder. */
export const META_FILE = 'journal.json';
/** Held (O_EXCL) while migrating or compacting. */
export const LOCK_FILE = 'journal.lock';
/** The current on-disk schema. 0 was the single-file `journal.json` with an `entries` array. */
export const JOURNAL_SCHEMA = 1;

const MONTH_FILE = /^entries-(\d{4})-(\d{2})\.jsonl$/;

/** The append-only log file written at `at` (UTC month), e.g. "entries-2026-11.jsonl". */
export function monthFileName(at: Date): string {
  return `entries-${at.toISOString().slice(0, 7)}.jsonl`;
}

/** Whether `name` is a month log file (not a temp file, lock or corrupt copy). */
export function isMonthFile(name: string): boolean {
  return MONTH_FILE.test(name);
}

/** A file-name-safe UTC stamp, e.g. "20261122T151600123Z", for backups and corrupt copies. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}
