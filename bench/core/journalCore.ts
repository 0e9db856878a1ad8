/** The in-process side of the journal benchmark: the real store and the sidebar's open-items computation. */
import { JournalStore } from '../../src/journal/store';
import { openItems } from '../../src/journal/openItems';
import type { Entry, NewEntry } from '../../src/journal/types';

/** The journal operations the benchmark times, over one journal folder. */
export interface JournalBench {
  /** Opens the store afresh (as a new window would) and loads every entry; returns how many. */
  load(): Promise<number>;
  /** Adds one entry through the store opened once (as the running extension does). */
  add(entry: NewEntry): Promise<void>;
  /** The sidebar's data from loaded entries: open items and the most recent entries. */
  sidebar(entries: readonly Entry[], now: Date): { open: number; recent: number };
  /** Every live entry (newest first). */
  entries(): Promise<Entry[]>;
}

/** Binds the journal operations to a folder; `now` is the clock of the store that adds (default: real time). */
export async function journalBench(dir: string, now?: () => Date): Promise<JournalBench> {
  const store = JournalStore.open(dir, now ? { now } : {});
  const snapshot = () => JournalStore.open(dir).load();
  return {
    async load() {
      return (await snapshot()).entries.length;
    },
    async add(entry) {
      await store.add(entry);
    },
    sidebar(entries, now) {
      const open = openItems(entries, now);
      return { open: open.items.length, recent: entries.slice(0, 50).length };
    },
    async entries() {
      return (await snapshot()).entries;
    },
  };
}
