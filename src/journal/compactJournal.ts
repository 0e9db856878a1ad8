/** Compaction: rewrites old month logs without the lines later lines have superseded. */
import { stat } from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';
import { monthFileName } from './journalFiles';
import { encodeRecord } from './logRecord';
import type { JournalState } from './readJournal';
import { recordId, statStamp } from './readJournal';

/** What a compaction did. */
export interface CompactionResult {
  filesRewritten: string[];
  linesRemoved: number;
  /** Why nothing was done, when nothing was. */
  skipped?: string;
}

/**
 * Rewrites month logs older than last month (nobody appends there any more) keeping only the
 * winning line of each id; a deletion is kept while any put line for its id remains. Must run
 * under the folder lock on a state read under it. Never runs when any line was unreadable, and
 * never replaces a file that changed since it was read.
 */
export async function compactJournal(state: JournalState, now: Date): Promise<CompactionResult> {
  const result: CompactionResult = { filesRewritten: [], linesRemoved: 0 };
  if (state.issues.length > 0) return { ...result, skipped: 'the journal has unreadable lines; it is left as it is' };
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const limit = monthFileName(lastMonth);
  const rewrite = state.files.map(f => f.name < limit);
  const wins = (index: number, line: number, id: string) => {
    const w = state.winners.get(id);
    return w !== undefined && w.version.file === index && w.version.line === line;
  };
  // Puts that stay on disk: every put of a file left alone, the winning puts of a rewritten one.
  const remainingPuts = new Set<string>();
  state.files.forEach((file, index) => {
    for (const { record, line } of file.parsed.records) {
      if (record.op === 'put' && (!rewrite[index] || wins(index, line, record.entry.id))) remainingPuts.add(record.entry.id);
    }
  });
  for (const [index, file] of state.files.entries()) {
    if (!rewrite[index]) continue;
    const keep = file.parsed.records.filter(({ record, line }) =>
      wins(index, line, recordId(record)) && (record.op === 'put' || remainingPuts.has(record.id)));
    const removed = file.parsed.records.length - keep.length + file.parsed.torn;
    if (removed === 0) continue;
    if (statStamp(await stat(file.path)) !== file.stamp) continue;
    await writeFileAtomic(file.path, keep.map(r => encodeRecord(r.record)).join(''));
    result.filesRewritten.push(file.path);
    result.linesRemoved += removed;
  }
  return result;
}
