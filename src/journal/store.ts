/**
 * The journal store: one folder per user, human-readable, crash-safe and safe for several writers.
 *
 * On disk: `journal.json` (schema version) and append-only month logs `entries-YYYY-MM.jsonl`, one
 * JSON record per line (`put` = full entry snapshot, `delete` = removal); for each id the latest
 * record wins (by its time, then file and line order). Adding is one O_APPEND write of one line, so
 * a crash loses at most the line being written, and concurrent writers never overwrite each other.
 */
import { mkdirSync, watch as fsWatch } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemClock } from '../time/clock';
import { appendLine } from './appendLine';
import { applyPatch, notBefore } from './applyPatch';
import { compactJournal } from './compactJournal';
import type { CompactionResult } from './compactJournal';
import { newEntryId } from './entryId';
import { isMonthFile, JOURNAL_SCHEMA, META_FILE, monthFileName } from './journalFiles';
import { ensureMeta, readMeta } from './journalMeta';
import { keepAside } from './keepAside';
import { withLock } from './lockFile';
import { encodeRecord } from './logRecord';
import type { LogRecord } from './logRecord';
import { migrateV0 } from './migrateV0';
import { normalizeNewEntry } from './normalizeNewEntry';
import { JournalReader, liveEntries, statStamp } from './readJournal';
import type { Entry, EntryPatch, JournalIssue, JournalSnapshot, NewEntry } from './types';
import { validateEntry } from './validateEntry';

/** Options of `JournalStore.open`: host access passed in (clock), and how long to wait for the folder lock. */
export interface JournalStoreOptions {
  now?: () => Date;
  /** Wait for the folder lock (migration, compaction) at most this long; default 5000 ms. */
  lockTimeoutMs?: number;
}

/** Thrown by writes to a journal that must not be changed (newer schema, unreadable header). */
export class JournalReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JournalReadOnlyError';
  }
}

/** Thrown when an id names no live entry. */
export class EntryNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No journal entry with id "${id}" (it may have been deleted in another window)`);
    this.name = 'EntryNotFoundError';
  }
}

interface Prepared {
  issues: JournalIssue[];
  /** Why writing is refused, if it is. */
  readOnly?: string;
  /** True when even reading is refused (a newer schema). */
  refused?: boolean;
}

/** A journal folder: load, add, update, remove, restore, compact and watch. */
export class JournalStore {
  private readonly now: () => Date;
  private readonly lockTimeoutMs: number;
  private readonly reader: JournalReader;
  /** Identity of `journal.json` when last found to be the current schema: skips re-reading it. */
  private verifiedMeta?: string;
  /** Size of each month file right after this store's own last append: what watch() need not report. */
  private readonly ownSizes = new Map<string, number>();

  private constructor(readonly dir: string, options: JournalStoreOptions) {
    this.now = options.now ?? systemClock;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5000;
    this.reader = new JournalReader(dir, this.now);
  }

  /** A store on `dir` (created on the first write). No I/O happens until the first call. */
  static open(dir: string, options: JournalStoreOptions = {}): JournalStore {
    return new JournalStore(resolve(dir), options);
  }

  /** Reads the journal: live entries newest first, and every problem met while reading. */
  async load(): Promise<JournalSnapshot> {
    const prepared = await this.prepare(false);
    const snapshot: JournalSnapshot = { entries: [], issues: prepared.issues };
    if (prepared.readOnly) snapshot.readOnly = prepared.readOnly;
    if (prepared.refused) return { ...snapshot, unread: prepared.readOnly };
    const state = await this.reader.read();
    snapshot.entries = liveEntries(state);
    snapshot.issues = [...prepared.issues, ...state.issues];
    return snapshot;
  }

  /** Adds a new entry (id, times and defaults filled in) and returns it once it is on disk. */
  async add(input: NewEntry): Promise<Entry> {
    const now = this.now();
    const entry = normalizeNewEntry(input, now, newEntryId(now));
    await this.writable();
    await this.append({ op: 'put', entry }, now);
    return entry;
  }

  /** Changes fields of an entry (see `EntryPatch`) and returns the new version. */
  async update(id: string, patch: EntryPatch): Promise<Entry> {
    await this.writable();
    const now = this.now();
    const next = applyPatch(await this.live(id), patch, now);
    await this.append({ op: 'put', entry: next }, now);
    return next;
  }

  /** Deletes an entry and returns it, so the caller can offer undo with `restore`. */
  async remove(id: string): Promise<Entry> {
    await this.writable();
    const now = this.now();
    const entry = await this.live(id);
    await this.append({ op: 'delete', id, at: notBefore(now, entry.updatedAt) }, now);
    return entry;
  }

  /** Puts back a removed entry (undo of `remove`) with its id and content; returns it as saved. */
  async restore(entry: Entry): Promise<Entry> {
    const valid = validateEntry(entry);
    await this.writable();
    const now = this.now();
    const last = (await this.reader.read()).winners.get(valid.id);
    const floor = Math.max(Date.parse(valid.updatedAt), last ? last.version.time : 0);
    const restored = { ...valid, updatedAt: notBefore(now, new Date(floor).toISOString()) };
    await this.append({ op: 'put', entry: restored }, now);
    return restored;
  }

  /** Rewrites month logs older than last month without superseded lines, under the folder lock. */
  async compact(): Promise<CompactionResult> {
    await this.writable();
    return withLock(this.dir, this.lockTimeoutMs, async () => compactJournal(await this.reader.read(), this.now()));
  }

  /**
   * Calls `onChange` (debounced) when the journal's files change, whoever changed them: another
   * window, the CLI, or a hand edit. Creates the folder if needed so it can be watched.
   */
  watch(onChange: () => void, debounceMs = 100): { dispose(): void } {
    mkdirSync(this.dir, { recursive: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const changed = new Set<string>();
    const fire = async () => {
      const files = [...changed];
      changed.clear();
      // The writer already knows about its own appends: only news from elsewhere is reported.
      const own = await Promise.all(files.map(async f => this.ownSizes.get(f) === (await stat(join(this.dir, f)).catch(() => undefined))?.size));
      if (!disposed && !own.every(Boolean)) onChange();
    };
    const watcher = fsWatch(this.dir, { persistent: false }, (_event, name) => {
      const file = name?.toString();
      if (file && file !== META_FILE && !isMonthFile(file)) return;
      changed.add(file ?? META_FILE);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void fire(), debounceMs);
    });
    watcher.on('error', () => watcher.close());
    return {
      dispose() {
        disposed = true;
        if (timer) clearTimeout(timer);
        watcher.close();
      },
    };
  }

  private async live(id: string): Promise<Entry> {
    const w = (await this.reader.read()).winners.get(id);
    if (!w || w.record.op !== 'put') throw new EntryNotFoundError(id);
    return w.record.entry;
  }

  private async append(record: LogRecord, at: Date): Promise<void> {
    const file = monthFileName(at);
    await appendLine(join(this.dir, file), encodeRecord(record));
    this.ownSizes.set(file, (await stat(join(this.dir, file))).size);
  }

  private async writable(): Promise<void> {
    const p = await this.prepare(true);
    if (p.readOnly) throw new JournalReadOnlyError(p.readOnly);
  }

  /** Checks the header: creates it (writes only), migrates an older schema, refuses a newer one. */
  private async prepare(forWrite: boolean): Promise<Prepared> {
    const metaPath = join(this.dir, META_FILE);
    const stamp = await stat(metaPath).then(statStamp, () => undefined);
    if (stamp !== undefined && stamp === this.verifiedMeta) return { issues: [] };
    const meta = await readMeta(this.dir);
    switch (meta.state) {
      case 'current':
        this.verifiedMeta = stamp;
        return { issues: [] };
      case 'missing':
        if (forWrite) {
          await mkdir(this.dir, { recursive: true });
          await ensureMeta(this.dir);
          this.ownSizes.set(META_FILE, (await stat(metaPath)).size);
          return this.prepare(forWrite);
        }
        return { issues: [] };
      case 'older': {
        const done = await migrateV0(this.dir, this.now(), this.lockTimeoutMs);
        const issues = done.skipped.map(s => ({
          file: metaPath,
          message: `old entry #${s.index + 1} could not be migrated (${s.message}); it is kept in ${done.backup ?? 'the backup'}`,
        }));
        const again = await this.prepare(forWrite);
        return { ...again, issues: [...issues, ...again.issues] };
      }
      case 'newer': {
        const message = `The journal in ${this.dir} was written by a newer version of Work Log (schema ${meta.schema}; ` +
          `this version understands schema ${JOURNAL_SCHEMA}). It is left untouched: update Work Log to use it.`;
        return { issues: [{ file: metaPath, message }], readOnly: message, refused: true };
      }
      case 'unreadable': {
        const keptAt = await keepAside(metaPath, meta.bytes, meta.bytes.length, this.now()).catch(() => undefined);
        const message = `${metaPath} cannot be read (${meta.message}); the journal is read-only until it is fixed` +
          (keptAt ? ` (a copy is kept at ${keptAt})` : '');
        return { issues: [{ file: metaPath, message, ...(keptAt ? { keptAt } : {}) }], readOnly: message };
      }
    }
  }
}
