/**
 * Sent updates, kept in the journal folder (`sent/<stamp>.md` with the exact text, `sent/<stamp>.json` with its
 * window, template and reported SHAs) so they are synced with the journal and shared by every window. Pure: no vscode.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateKeys } from '../constants';

/** One update the user marked as sent. */
export interface SentDraft {
  text: string;
  window: { since: string; until: string; label: string };
  template: string;
  sentAt: string;
  /** Every commit SHA the drafted accomplishments were made of: reported, so not reported again. */
  shas?: string[];
}

/** A sent update as listed: its record plus where its text lives. */
export interface SentRecord extends SentDraft {
  /** The file stamp, e.g. `2026-11-20T16-00-00-000Z`. */
  id: string;
  /** The `.md` file holding the exact text sent. */
  file: string;
}

/** The part of `vscode.Memento` the migration needs (globalState satisfies it). */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

/** The folder of sent updates below a journal folder. */
export const SENT_FOLDER = 'sent';

const ID = /^\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+)?$/;

const isSentDraft = (v: unknown): v is SentDraft => {
  const d = v as SentDraft;
  return typeof d === 'object' && d !== null && typeof d.text === 'string' && typeof d.sentAt === 'string' &&
    typeof d.template === 'string' && typeof d.window?.since === 'string' && typeof d.window?.until === 'string';
};

/** Writes a file so that no reader ever sees half of it (temp file + rename). */
function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The sent updates of one journal folder, oldest first; re-read only when the folder changed. */
export class DraftHistory {
  private cache: { dir: string; mtime: number; count: number; records: SentRecord[] } | undefined;

  constructor(private readonly journalFolder: () => string) {}

  /** The folder the records live in. */
  get folder(): string {
    return join(this.journalFolder(), SENT_FOLDER);
  }

  /** Every kept update, oldest first; unreadable or malformed records are skipped. */
  all(): SentRecord[] {
    const dir = this.folder;
    let names: string[];
    let mtime: number;
    try {
      mtime = statSync(dir).mtimeMs;
      names = readdirSync(dir).filter(n => n.endsWith('.json'));
    } catch {
      return [];
    }
    if (this.cache && this.cache.dir === dir && this.cache.mtime === mtime && this.cache.count === names.length) return [...this.cache.records];
    const records: SentRecord[] = [];
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      if (!ID.test(id)) continue;
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
        const file = join(dir, `${id}.md`);
        const record = { ...meta, text: readFileSync(file, 'utf8') };
        if (!isSentDraft(record)) continue;
        records.push({ ...record, ...(Array.isArray(meta.shas) ? { shas: meta.shas.filter((s): s is string => typeof s === 'string') } : {}), id, file });
      } catch {
        // A record half-synced from another machine: skipped until it is complete.
      }
    }
    records.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
    this.cache = { dir, mtime, count: names.length, records };
    return [...records];
  }

  /** The record with this id. */
  get(id: string): SentRecord | undefined {
    return this.all().find(r => r.id === id);
  }

  /** The most recently sent update. */
  last(): SentRecord | undefined {
    const all = this.all();
    return all[all.length - 1];
  }

  /**
   * Where the next update starts: the end of the last sent one's window, or when it was sent if that is
   * earlier (a window may run to the end of the day; work done after sending belongs to the next update).
   */
  nextSince(): string | undefined {
    const last = this.last();
    if (!last) return undefined;
    return new Date(last.window.until) < new Date(last.sentAt) ? last.window.until : last.sentAt;
  }

  /** Every SHA reported in a sent update. */
  reportedShas(): Set<string> {
    return new Set(this.all().flatMap(r => r.shas ?? []));
  }

  /** Records a sent update: the text first, then its metadata (which makes it visible). */
  add(draft: SentDraft): SentRecord {
    const dir = this.folder;
    mkdirSync(dir, { recursive: true });
    const stamp = new Date(draft.sentAt).toISOString().replace(/[:.]/g, '-');
    let id = stamp;
    for (let n = 2; this.exists(join(dir, `${id}.json`)); n++) id = `${stamp}-${n}`;
    const file = join(dir, `${id}.md`);
    writeAtomic(file, draft.text);
    const meta = { window: draft.window, template: draft.template, sentAt: draft.sentAt, shas: draft.shas ?? [] };
    writeAtomic(join(dir, `${id}.json`), JSON.stringify(meta, null, 2) + '\n');
    this.cache = undefined;
    return { ...draft, id, file };
  }

  /** Moves the history an older version kept in global state into the folder, once; returns how many moved. */
  async migrateFrom(state: StateStore): Promise<number> {
    const raw = state.get<unknown[]>(StateKeys.history);
    if (!Array.isArray(raw) || !raw.length) return 0;
    const known = new Set(this.all().map(r => r.sentAt));
    let moved = 0;
    for (const d of raw.filter(isSentDraft)) {
      if (known.has(d.sentAt)) continue;
      this.add({ text: d.text, window: d.window, template: d.template, sentAt: d.sentAt, ...(Array.isArray(d.shas) ? { shas: d.shas } : {}) });
      moved++;
    }
    await state.update(StateKeys.history, undefined);
    return moved;
  }

  private exists(file: string): boolean {
    try {
      statSync(file);
      return true;
    } catch {
      return false;
    }
  }
}
