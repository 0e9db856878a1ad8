/**
 * Migration from schema 0: the old single-file journal, `journal.json` = {"entries": [...]} with
 * its own field names, to schema 1 (month logs). The old file is kept as a backup.
 *
 * Schema 0 entry: { id: string|number, type: "accomplishment"|"blocker"|"commitment"|"feedback"|
 * "note"|"objective", body, created (ISO or epoch ms), modified?, labels?, impact?,
 * solutions?: [{name, upsides?, downsides?}], preferred?, need?, resolved?, promisedTo?, dueDate?,
 * done?, giver?, response?, career? }
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { fileStamp, META_FILE, monthFileName } from './journalFiles';
import { metaText, readMeta } from './journalMeta';
import { withLock } from './lockFile';
import { encodeRecord } from './logRecord';
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
  /** Path of the copy of the old journal.json; undefined when another process had already migrated. */
  backup?: string;
  skipped: V0Conversion['skipped'];
}

/**
 * Migrates `dir` from schema 0 under the folder lock: backup copy first, then the month logs, and
 * the new header last (the switch-over: a crash before it just repeats the migration next time).
 */
export async function migrateV0(dir: string, now: Date, lockTimeoutMs: number): Promise<MigrationResult> {
  return withLock(dir, lockTimeoutMs, async () => {
    const meta = await readMeta(dir);
    if (meta.state !== 'older') return { skipped: [] };
    if (meta.schema !== 0) throw new Error(`journal.json has schema ${meta.schema}, which this version cannot migrate`);
    const backup = join(dir, `journal.v0-backup-${fileStamp(now)}.json`);
    const fh = await open(backup, 'wx');
    try { await fh.writeFile(meta.bytes); await fh.sync(); } finally { await fh.close(); }
    const { entries, skipped } = convertV0(meta.doc);
    const byFile = new Map<string, string>();
    for (const entry of entries) {
      const name = monthFileName(new Date(entry.updatedAt));
      byFile.set(name, (byFile.get(name) ?? '') + encodeRecord({ op: 'put', entry }));
    }
    for (const [name, text] of byFile) await writeFileAtomic(join(dir, name), text);
    await writeFileAtomic(join(dir, META_FILE), metaText());
    return { backup, skipped };
  });
}
