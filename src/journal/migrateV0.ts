/**
 * Migration from schema 0: the old single-file journal, `journal.json` = {"entries": [...]} with
 * its own field names, to schema 1 (month logs), merged into whatever the folder already holds.
 *
 * Schema 0 entry: { id: string|number, type: "accomplishment"|"blocker"|"commitment"|"feedback"|
 * "note"|"objective", body, created (ISO or epoch ms), modified?, labels?, impact?,
 * solutions?: [{name, upsides?, downsides?}], preferred?, need?, resolved?, promisedTo?, dueDate?,
 * done?, giver?, response?, career? }
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appendLine } from './appendLine';
import { writeFileAtomic } from './atomicWrite';
import { fileStamp, META_FILE, monthFileName } from './journalFiles';
import { metaText, readMeta } from './journalMeta';
import { withLock } from './lockFile';
import { encodeRecord } from './logRecord';
import { JournalReader } from './readJournal';
import type { Entry, EntryKind } from './types';
import { validateEntry } from './validateEntry';

const KINDS: Record<string, EntryKind> = {
  accomplishment: 'win', blocker: 'problem', commitment: 'promise', feedback: 'feedback', note: 'note', objective: 'goal',
};

/** Result of converting a schema-0 document. */
export interface V0Conversion {
  entries: Entry[];
  /** Old entries that could not be converted (they stay in the backup), by index in the old list. */
  skipped: { index: number; message: string }[];
}

function isoTime(v: unknown): unknown {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v).toISOString();
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(Date.parse(v)).toISOString();
  return v;
}

function list(v: unknown): unknown {
  return v === undefined || v === null ? [] : v;
}

function convertOne(old: Record<string, unknown>, index: number): Entry {
  const kind = typeof old.type === 'string' ? KINDS[old.type] : undefined;
  if (!kind) throw new Error(`unknown type ${JSON.stringify(old.type)}`);
  const createdAt = isoTime(old.created);
  const updatedAt = old.modified === undefined ? createdAt : isoTime(old.modified);
  const id = typeof old.id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(old.id) ? old.id
    : typeof old.id === 'number' ? `v0-${old.id}` : `v0-${index + 1}`;
  const base = { id, kind, text: old.body, createdAt, updatedAt, tags: list(old.labels), commits: [], tickets: [], people: [] };
  const e: Record<string, unknown> = { ...base };
  switch (kind) {
    case 'win': e.impact = old.impact; break;
    case 'problem':
      e.impact = old.impact;
      e.options = Array.isArray(old.solutions)
        ? old.solutions.map(s => ({ title: s?.name, pros: list(s?.upsides), cons: list(s?.downsides) }))
        : [];
      e.recommended = old.preferred;
      e.ask = old.need;
      e.status = old.resolved === true ? 'resolved' : 'open';
      if (old.resolved === true) e.resolvedAt = updatedAt;
      break;
    case 'promise':
      e.to = old.promisedTo;
      e.due = old.dueDate;
      e.status = old.done === true ? 'done' : 'open';
      if (old.done === true) e.closedAt = updatedAt;
      break;
    case 'feedback': e.from = old.giver; e.action = old.response; break;
    case 'goal': e.goalKind = old.career === true ? 'career' : 'manager'; e.status = 'active'; break;
    case 'note': break;
  }
  return validateEntry(e);
}

/** Converts a parsed schema-0 `journal.json` (pure; deterministic ids so a re-run gives the same result). */
export function convertV0(doc: Record<string, unknown>): V0Conversion {
  const out: V0Conversion = { entries: [], skipped: [] };
  const list = Array.isArray(doc.entries) ? doc.entries : [];
  list.forEach((old: unknown, index) => {
    try {
      if (typeof old !== 'object' || old === null) throw new Error('not an object');
      out.entries.push(convertOne(old as Record<string, unknown>, index));
    } catch (e) {
      out.skipped.push({ index, message: (e as Error).message });
    }
  });
  return out;
}

/** What a migration did. */
export interface MigrationResult {
  /** The folder holding a copy of every file the migration touched; undefined when another process had already migrated. */
  backup?: string;
  /** Old entries added to the journal (those it did not know yet). */
  imported: number;
  skipped: V0Conversion['skipped'];
}

/** The ids every migration from schema 0 has imported: a deleted or edited entry is never imported again. */
const IMPORTED_FILE = 'journal.v0-imported.json';

async function readImported(dir: string): Promise<Set<string>> {
  try {
    const ids = (JSON.parse(await readFile(join(dir, IMPORTED_FILE), 'utf8')) as { ids?: unknown }).ids;
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** A new folder `journal.v0-backup-<stamp>[-n]` for this migration's copies. */
async function backupFolder(dir: string, now: Date): Promise<string> {
  for (let n = 0; ; n++) {
    const folder = join(dir, `journal.v0-backup-${fileStamp(now)}${n === 0 ? '' : `-${n}`}`);
    try {
      await mkdir(folder);
      return folder;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Migrates `dir` from schema 0 under the folder lock, merging into what is there: a schema-0 `journal.json`
 * can arrive in a folder that already holds month logs (a synced folder receiving an older install's file,
 * a restored backup, a `git checkout`). Only old entries the journal does not know, by id, and that no
 * earlier migration imported are appended; nothing is replaced, so an edit or a deletion made since stands,
 * and migrating the same file again adds nothing. Copies of every file touched go to a backup folder first;
 * the new header is written last (the switch-over: a crash before it just repeats the migration).
 */
export async function migrateV0(dir: string, now: Date, lockTimeoutMs: number): Promise<MigrationResult> {
  return withLock(dir, lockTimeoutMs, async () => {
    const meta = await readMeta(dir);
    if (meta.state !== 'older') return { imported: 0, skipped: [] };
    if (meta.schema !== 0) throw new Error(`journal.json has schema ${meta.schema}, which this version cannot migrate`);
    const { entries, skipped } = convertV0(meta.doc);
    const known = (await new JournalReader(dir, () => now).read()).winners;
    const imported = await readImported(dir);
    const fresh = entries.filter(e => !known.has(e.id) && !imported.has(e.id));
    const byFile = new Map<string, string>();
    for (const entry of fresh) {
      const name = monthFileName(new Date(entry.updatedAt));
      byFile.set(name, (byFile.get(name) ?? '') + encodeRecord({ op: 'put', entry }));
    }

    const backup = await backupFolder(dir, now);
    await copyFile(join(dir, META_FILE), join(backup, META_FILE));
    for (const name of byFile.keys()) await copyFile(join(dir, name), join(backup, name)).catch(missingIsFine);

    for (const [name, lines] of byFile) await appendLine(join(dir, name), lines);
    await writeFileAtomic(join(dir, IMPORTED_FILE), JSON.stringify({ ids: [...new Set([...imported, ...entries.map(e => e.id)])] }) + '\n');
    await writeFileAtomic(join(dir, META_FILE), metaText());
    return { backup, imported: fresh.length, skipped };
  });
}

function missingIsFine(e: NodeJS.ErrnoException): void {
  if (e.code !== 'ENOENT') throw e;
}
