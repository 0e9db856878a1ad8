/** The cached 10,000-entry journal, written once through the real store (JournalStore.add). */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { JournalBench } from './core/journalCore';
import { journalEntry } from './journalData';

/** Entries in the benchmark journal. */
export const JOURNAL_ENTRIES = 10_000;

/** Returns the journal folder, filling it first when it is not complete (a marker file says it is). */
export async function ensureJournal(dir: string, core: { journalBench: (dir: string, now?: () => Date) => Promise<JournalBench> }, log: (s: string) => void): Promise<string> {
  const marker = `${dir}.done.json`;
  if (existsSync(marker)) return dir;
  log(`writing the ${JOURNAL_ENTRIES}-entry journal through JournalStore.add…`);
  const t = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A pinned clock: one entry every 100 minutes from 2024-01-01, so entries spread over two years of files.
  let i = 0;
  const j = await core.journalBench(dir, () => new Date(Date.UTC(2024, 0, 1) + i * 100 * 60_000));
  for (; i < JOURNAL_ENTRIES; i++) await j.add(journalEntry(i));
  writeFileSync(marker, JSON.stringify({ entries: JOURNAL_ENTRIES }));
  log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return dir;
}
