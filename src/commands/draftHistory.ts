/**
 * Sent updates, kept in the journal folder (`sent/<stamp>.md` with the exact text, `sent/<stamp>.json` with its
 * window, template and reported SHAs) so they are synced with the journal and shared by every window. Pure: no vscode.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StateKeys } from '../constants';
import { reportedWork } from '../draft/reported';
import type { ReportedWork } from '../draft/reported';
import { createFileAtomic, writeFileAtomic } from '../journal/atomicWrite';

/** One update the user marked as sent. */
export interface SentDraft {
  text: string;
  window: { since: string; until: string; label: string };
  template: string;
  sentAt: string;
  /** Every commit SHA the drafted accomplishments were made of: reported, so not reported again. */
  shas?: string[];
  /** Every Change-Id among them: another SHA of the same change counts as reported too. */
  changeIds?: string[];
}

/** A sent update as listed: its metadata plus where its text lives (the text is read by `get`). */
export interface SentMeta extends Omit<SentDraft, 'text'> {
  /** The file stamp, e.g. `2026-11-20T16-00-00-000Z`. */
  id: string;
  /** The `.md` file holding the exact text sent. */
  file: string;
}

/** A sent update with its text. */
export interface SentRecord extends SentMeta {
  text: string;
}

/** The part of `vscode.Memento` the migration needs (globalState satisfies it). */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

/** The folder of sent updates below a journal folder. */
export const SENT_FOLDER = 'sent';

const ID = /^\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+)?$/;

const isSentMeta = (v: unknown): v is Omit<SentDraft, 'text'> => {
  const d = v as SentDraft;
  return typeof d === 'object' && d !== null && typeof d.sentAt === 'string' &&
    typeof d.template === 'string' && typeof d.window?.since === 'string' && typeof d.window?.until === 'string';
};

const isSentDraft = (v: unknown): v is SentDraft => isSentMeta(v) && typeof (v as SentDraft).text === 'string';

/** The sent updates of one journal folder, oldest first; re-read only when the folder changed. */
export class DraftHistory {
  private cache: { dir: string; mtime: number; count: number; records: SentMeta[] } | undefined;

  constructor(private readonly journalFolder: () => string) {}

  /** The folder the records live in. */
  get folder(): string {
    return join(this.journalFolder(), SENT_FOLDER);
  }

  /** Every kept update's metadata, oldest first; unreadable or malformed records are skipped. */
  all(): SentMeta[] {
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
    const records: SentMeta[] = [];
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      if (!ID.test(id)) continue;
      try {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
        const file = join(dir, `${id}.md`);
        // A record half-synced from another machine (no text yet) is skipped until it is complete.
        if (!isSentMeta(meta) || !existsSync(file)) continue;
        const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);
        const shas = strings(meta.shas);
        const changeIds = strings(meta.changeIds);
        records.push({ ...meta, ...(shas ? { shas } : {}), ...(changeIds ? { changeIds } : {}), id, file });
      } catch {
        // Unreadable or not JSON: skipped.
      }
    }
    records.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
    this.cache = { dir, mtime, count: names.length, records };
    return [...records];
  }

  /** The record with this id, with its text. */
  get(id: string): SentRecord | undefined {
    const meta = this.all().find(r => r.id === id);
    if (!meta) return undefined;
    try {
      return { ...meta, text: readFileSync(meta.file, 'utf8') };
    } catch {
      return undefined;
    }
  }

  /** The most recently sent update. */
  last(): SentMeta | undefined {
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

  /** What the sent updates told, by change, with when each was last sent. */
  reported(): ReportedWork {
    return reportedWork(this.all());
  }

  /** Records a sent update: the text first (claiming a free id), then its metadata (which makes it visible). */
  async add(draft: SentDraft): Promise<SentRecord> {
    const dir = this.folder;
    mkdirSync(dir, { recursive: true });
    const stamp = new Date(draft.sentAt).toISOString().replace(/[:.]/g, '-');
    let id = stamp;
    for (let n = 2; existsSync(join(dir, `${id}.json`)) || !(await createFileAtomic(join(dir, `${id}.md`), draft.text)); n++) id = `${stamp}-${n}`;
    const meta = { window: draft.window, template: draft.template, sentAt: draft.sentAt, shas: draft.shas ?? [], ...(draft.changeIds?.length ? { changeIds: draft.changeIds } : {}) };
    await writeFileAtomic(join(dir, `${id}.json`), JSON.stringify(meta, null, 2) + '\n');
    this.cache = undefined;
    return { ...draft, id, file: join(dir, `${id}.md`) };
  }

  /** Moves the history an older version kept in global state into the folder, once; returns how many moved. */
  async migrateFrom(state: StateStore): Promise<number> {
    const raw = state.get<unknown[]>(StateKeys.history);
    if (!Array.isArray(raw) || !raw.length) return 0;
    const known = new Set(this.all().map(r => r.sentAt));
    let moved = 0;
    for (const d of raw.filter(isSentDraft)) {
      if (known.has(d.sentAt)) continue;
      await this.add({ text: d.text, window: d.window, template: d.template, sentAt: d.sentAt, ...(Array.isArray(d.shas) ? { shas: d.shas } : {}) });
      moved++;
    }
    await state.update(StateKeys.history, undefined);
    return moved;
  }
}
