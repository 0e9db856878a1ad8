/**
 * Large journals for load tests: as entries, or written straight in the store's on-disk format (header
 * plus month logs), so load tests get 50,000 entries in a second instead of 50,000 appends.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newEntryId } from '../../../src/journal/entryId';
import { META_FILE, monthFileName } from '../../../src/journal/journalFiles';
import { metaText } from '../../../src/journal/journalMeta';
import { encodeRecord } from '../../../src/journal/logRecord';
import { normalizeNewEntry } from '../../../src/journal/normalizeNewEntry';
import type { Entry, NewEntry } from '../../../src/journal/types';

/** The kinds the entries cycle through, in order. */
export const BIG_JOURNAL_KINDS: readonly NewEntry[] = [
  { kind: 'win', text: 'shipped a thing' },
  { kind: 'note', text: 'a note' },
  { kind: 'feedback', text: 'good review', from: 'Grace' },
  { kind: 'problem', text: 'flaky build', options: [{ title: 'retry', pros: ['cheap'], cons: ['hides it'] }], recommended: 0 },
  { kind: 'promise', text: 'send the doc', to: 'Grace', status: 'done' },
];

/** `count` valid entries cycling through the kinds, one per minute ending at `end`, oldest first. */
export function bigJournalEntries(count: number, end: Date): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(end.getTime() - (count - i) * 60_000);
    const template = BIG_JOURNAL_KINDS[i % BIG_JOURNAL_KINDS.length];
    out.push(normalizeNewEntry({ ...template, text: `${template.text} #${i}` }, at, newEntryId(at)));
  }
  return out;
}

/** Writes `count` valid entries into `dir`, one per minute ending at `end`; returns the last entry's id. */
export function writeBigJournal(dir: string, count: number, end: Date): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, META_FILE), metaText());
  const files = new Map<string, string[]>();
  let last = '';
  for (const entry of bigJournalEntries(count, end)) {
    last = entry.id;
    const name = monthFileName(new Date(entry.createdAt));
    if (!files.has(name)) files.set(name, []);
    files.get(name)!.push(encodeRecord({ op: 'put', entry }));
  }
  for (const [name, lines] of files) appendFileSync(join(dir, name), lines.join(''));
  return last;
}
