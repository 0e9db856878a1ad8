/** The journal in the editor: one watched store per window, its latest snapshot, and its problems reported once. */
import * as vscode from 'vscode';
import { JournalStore } from '../journal/store';
import type { Entry, EntryPatch, JournalIssue, JournalSnapshot, NewEntry } from '../journal/types';
import type { Clock } from '../time/clock';
import type { EntrySource } from './entrySource';

/** Host access of the journal service. */
export interface JournalServiceDeps {
  /** The journal folder (absolute) the settings name now. */
  folder: () => string;
  /** Stamps the entries this window writes. */
  now: Clock;
  log: vscode.LogOutputChannel;
  /** Tells the user about read problems not reported before (one notification per batch). */
  onIssues: (issues: JournalIssue[], folder: string) => void;
}

/** Thrown by `restore` when the id is not among the entries removed in this window. */
export class NothingToRestoreError extends Error {
  constructor(id: string) {
    super(vscode.l10n.t('There is no deleted journal entry "{0}" to restore in this window', id));
    this.name = 'NothingToRestoreError';
  }
}

/** One line naming a journal read problem: file, line, what was wrong, where the copy is. */
export function describeIssue(issue: JournalIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.keptAt
    ? vscode.l10n.t('{0}: {1} (a copy is kept at {2})', where, issue.message, issue.keptAt)
    : `${where}: ${issue.message}`;
}

/** The journal store behind the sidebar, the commands and the draft; reloads when the folder changes on disk. */
export class JournalService implements EntrySource, vscode.Disposable {
  private store: JournalStore;
  private snapshot: JournalSnapshot = { entries: [], issues: [] };
  private loaded = false;
  private generation = 0;
  private pending: Promise<void> | undefined;
  private watcher: { dispose(): void } | undefined;
  private readonly removed = new Map<string, Entry>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<JournalSnapshot>();
  /** Fires after every reload, whoever changed the journal. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: JournalServiceDeps) {
    this.store = JournalStore.open(deps.folder(), { now: deps.now });
  }

  /** The folder in use (absolute). */
  get folder(): string {
    return this.store.dir;
  }

  /** The last loaded snapshot (empty before the first load). */
  get current(): JournalSnapshot {
    return this.snapshot;
  }

  /** Whether the first load has finished. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Starts watching the folder and loads it; never throws. */
  start(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    try {
      this.watcher = this.store.watch(() => void this.reload());
    } catch (error) {
      this.deps.log.warn(`Cannot watch the journal folder ${this.folder}: ${String(error)}`);
    }
    void this.reload();
  }

  /** Switches to the folder the settings name now, if it changed (no reload of the window needed). */
  folderChanged(): void {
    const next = JournalStore.open(this.deps.folder(), { now: this.deps.now });
    if (next.dir === this.store.dir) return;
    this.deps.log.info(`Journal folder is now ${next.dir}`);
    this.store = next;
    this.removed.clear();
    this.reported.clear();
    this.loaded = false;
    this.snapshot = { entries: [], issues: [] };
    this.start();
  }

  /** Re-reads the journal; resolves when this read (or a newer one) is applied. */
  reload(): Promise<void> {
    const generation = ++this.generation;
    const store = this.store;
    const run = store.load().then(
      snapshot => {
        if (generation !== this.generation || store !== this.store) return;
        this.apply(snapshot);
      },
      error => {
        if (generation !== this.generation) return;
        this.deps.log.error(`Reading the journal in ${store.dir} failed:`, String(error));
        this.apply({ entries: this.snapshot.entries, issues: [{ file: store.dir, message: vscode.l10n.t('the journal could not be read ({0})', String(error)) }] });
      },
    );
    this.pending = run;
    return run;
  }

  /** Resolves once the journal has been loaded at least once and no reload is running. */
  async ready(): Promise<void> {
    if (!this.pending) await this.reload();
    while (this.pending) {
      const p = this.pending;
      await p;
      if (p === this.pending) break;
    }
  }

  /** Every live entry (newest first): the draft model selects the window's own. */
  async entries(): Promise<Entry[]> {
    await this.ready();
    return this.snapshot.entries;
  }

  /** The live entry with this id, from the last snapshot. */
  find(id: string): Entry | undefined {
    return this.snapshot.entries.find(e => e.id === id);
  }

  /** Adds an entry (checked by the store: kind, text, the kind's fields) and reloads. */
  async add(input: unknown): Promise<Entry> {
    const entry = await this.store.add(input as NewEntry);
    this.deps.log.info(`Journal: added ${entry.kind} ${entry.id}`);
    await this.reload();
    return entry;
  }

  /** Changes an entry (checked by the store) and reloads. */
  async update(id: string, patch: unknown): Promise<Entry> {
    const entry = await this.store.update(id, patch as EntryPatch);
    this.deps.log.info(`Journal: updated ${entry.kind} ${entry.id}`);
    await this.reload();
    return entry;
  }

  /** Deletes an entry, remembering it so `restore` can undo. */
  async remove(id: string): Promise<Entry> {
    const entry = await this.store.remove(id);
    this.removed.set(id, entry);
    this.deps.log.info(`Journal: deleted ${entry.kind} ${entry.id}`);
    await this.reload();
    return entry;
  }

  /** Undoes a `remove` made in this window (the webview can only name an id, never supply an entry). */
  async restore(id: string): Promise<Entry> {
    const entry = this.removed.get(id);
    if (!entry) throw new NothingToRestoreError(id);
    const restored = await this.store.restore(entry);
    this.removed.delete(id);
    this.deps.log.info(`Journal: restored ${entry.kind} ${entry.id}`);
    await this.reload();
    return restored;
  }

  private apply(snapshot: JournalSnapshot): void {
    this.snapshot = snapshot;
    this.loaded = true;
    const fresh = snapshot.issues.filter(i => {
      const key = describeIssue(i);
      if (this.reported.has(key)) return false;
      this.reported.add(key);
      return true;
    });
    for (const i of fresh) this.deps.log.warn(`Journal: ${describeIssue(i)}`);
    if (fresh.length) this.deps.onIssues(fresh, this.folder);
    this.changed.fire(snapshot);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }
}
