/** The journal header (`journal.json`): which schema the folder is written in. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic } from './atomicWrite';
import { JOURNAL_SCHEMA, META_FILE } from './journalFiles';

/** What the header says about the folder. */
export type MetaState =
  | { state: 'missing' }
  | { state: 'current' }
  /** Schema 0 (the old single-file journal) or another older schema: to migrate. `doc` is the parsed file. */
  | { state: 'older'; schema: number; doc: Record<string, unknown>; bytes: Buffer }
  | { state: 'newer'; schema: number }
  | { state: 'unreadable'; message: string; bytes: Buffer };

/** The header written for the current schema: its version and how to read the folder by hand. */
export function metaText(): string {
  return JSON.stringify({
    schema: JOURNAL_SCHEMA,
    app: 'Work Log',
    about: 'Entries live in entries-YYYY-MM.jsonl (the month they were written), one JSON object per line: ' +
      '{"op":"put","entry":{...}} stores an entry, {"op":"delete","id":...} removes one; for each id the latest line wins.',
  }, null, 2) + '\n';
}

/** Reads and classifies `journal.json` of `dir`. */
export async function readMeta(dir: string): Promise<MetaState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, META_FILE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw e;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { state: 'unreadable', message: `not valid JSON (${(e as Error).message})`, bytes };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { state: 'unreadable', message: 'not a JSON object', bytes };
  const d = doc as Record<string, unknown>;
  if (d.schema === undefined && Array.isArray(d.entries)) return { state: 'older', schema: 0, doc: d, bytes };
  if (typeof d.schema !== 'number' || !Number.isInteger(d.schema) || d.schema < 0) {
    return { state: 'unreadable', message: 'no valid "schema" version number', bytes };
  }
  if (d.schema > JOURNAL_SCHEMA) return { state: 'newer', schema: d.schema };
  if (d.schema < JOURNAL_SCHEMA) return { state: 'older', schema: d.schema, doc: d, bytes };
  return { state: 'current' };
}

/** Writes the current header if the folder has none (never replaces an existing one). */
export async function ensureMeta(dir: string): Promise<void> {
  await createFileAtomic(join(dir, META_FILE), metaText());
}
