/** The Work Log sidebar: a webview view fed with this period's activity. */
import * as vscode from 'vscode';
import { journalErrorSentence } from '../commands/journalCommands';
import type { JournalService } from '../commands/journalService';
import { Commands, Views } from '../constants';
import { EntryValidationError } from '../journal/validateEntry';
import type { Entry } from '../journal/types';
import { JOURNAL_PAGE, isViewMessageType, parseViewMessage } from '../webview/protocol';
import type { DraftView, EntryRef, HostMessage, JournalPage, JournalQuery, JournalView, SentView, SidebarState, ViewMessage } from '../webview/protocol';
import type { Activity, ActivityService } from './activity';
import { JournalSearch } from './journalSearch';
import { journalViewOf } from './journalState';
import { makeNonce, sidebarHtml } from './sidebarHtml';
import { readyState } from './sidebarState';
import { localizedWebviewStrings } from './webviewStrings';

/** What the sidebar needs besides the activity: the journal and the clock. */
export interface SidebarJournal {
  service: JournalService;
  now: () => Date;
}

const refOf = (e: Entry): EntryRef => ({ id: e.id, kind: e.kind, text: e.text });
const DEFAULT_QUERY: JournalQuery = { kind: 'all', text: '', limit: JOURNAL_PAGE };

/** The sidebar state for an activity at `now`; `reminder` is the status bar's wording. */
export function sidebarStateOf(activity: Activity, reminder: string, now: Date): SidebarState {
  switch (activity.kind) {
    case 'idle':
    case 'loading':
      return { kind: 'loading' };
    case 'ready':
      return readyState(activity.mining, reminder, now);
    default:
      return activity;
  }
}

/** Provides the `worklog.sidebar` webview view; each page is sent everything when it says `ready` (copy requests wait for it). */
export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** Copy requests waiting for the next page to be ready. */
  private queue: Extract<HostMessage, { type: 'copyRich' }>[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private draft: DraftView | undefined;
  private history: SentView[] = [];
  private nextRequest = 1;
  private readonly copies = new Map<number, (outcome: { ok: boolean; message?: string }) => void>();
  /** The view's current journal query and the request that set it: every journal message carries its page. */
  private query: JournalQuery = DEFAULT_QUERY;
  private queryRequest = 0;
  private search: JournalSearch | undefined;
  private journalGeneration = 0;
  /** Types of rejected view messages already logged: a view that keeps sending one is logged once. */
  private readonly rejected = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly activity: ActivityService,
    private readonly reminder: () => string,
    private readonly log: vscode.LogOutputChannel,
    private readonly journal: SidebarJournal,
  ) {
    this.disposables.push(
      activity.onDidChange(() => this.postState()),
      journal.service.onDidChange(() => this.postJournal()),
    );
  }

  /** The journal as the sidebar is sent it now: counts, open items and the page of the view's query (test API; blocking). */
  journalView(): JournalView {
    const { service } = this.journal;
    const snapshot = service.current;
    const result = this.searchOf(snapshot.entries).queryNow(this.query);
    const page = { requestId: this.queryRequest, query: this.query, ...result };
    return journalViewOf(snapshot, service.folder, service.isLoaded, this.journal.now(), page);
  }

  /** The same, with the search done in slices that let the extension host breathe: what the view is sent. */
  private async journalViewAsync(): Promise<JournalView> {
    const { service } = this.journal;
    const snapshot = service.current;
    const page = await this.pageOf(snapshot.entries, this.query, this.queryRequest);
    return journalViewOf(snapshot, service.folder, service.isLoaded, this.journal.now(), page);
  }

  /** Answers a `queryJournal` message as the view would get it, without changing the view's query (test API). */
  async queryPage(raw: unknown): Promise<JournalPage | undefined> {
    const message = parseViewMessage(raw);
    if (message?.type !== 'queryJournal') return undefined;
    return this.pageOf(this.journal.service.current.entries, message.query, message.requestId);
  }

  /** One search index per snapshot: a reload brings a new entries array. */
  private searchOf(entries: readonly Entry[]): JournalSearch {
    if (this.search?.entries !== entries) this.search = new JournalSearch(entries);
    return this.search;
  }

  private async pageOf(entries: readonly Entry[], query: JournalQuery, requestId: number): Promise<JournalPage> {
    const result = await this.searchOf(entries).query(query);
    return { requestId, query, entries: result.entries, matches: result.matches };
  }

  /** Shows the latest draft in the draft area (kept, and sent to every new page). */
  postDraft(draft: DraftView | undefined): void {
    this.draft = draft;
    this.post({ type: 'draft', ...(draft ? { draft } : {}) });
  }

  /** Shows the sent updates, newest first. */
  postHistory(items: SentView[]): void {
    this.history = items;
    this.post({ type: 'history', items });
  }

  /**
   * Asks the view to put rich text on the clipboard; reveals the view first (the browser lets only a focused page
   * write the clipboard). Resolves with the outcome, or a failure after `timeoutMs` when the view does not answer.
   */
  async copyRich(html: string, text: string, timeoutMs = 5_000): Promise<{ ok: boolean; message?: string }> {
    await vscode.commands.executeCommand(`${Views.sidebar}.focus`);
    const requestId = this.nextRequest++;
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.copies.delete(requestId);
        resolve({ ok: false, message: 'the Work Log view did not answer' });
      }, timeoutMs);
      this.copies.set(requestId, outcome => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.post({ type: 'copyRich', requestId, html, text });
    });
  }

  /** Sends the journal (when a page is ready); only the latest of overlapping computations is sent. */
  postJournal(): void {
    if (!this.view) return;
    const generation = ++this.journalGeneration;
    void this.journalViewAsync().then(
      journal => generation === this.journalGeneration && this.post({ type: 'journal', journal }),
      error => this.log.error('Listing the journal for the sidebar failed:', String(error)),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    this.query = DEFAULT_QUERY;
    this.queryRequest = 0;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [dist, media] };
    const uri = (...parts: string[]) => view.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...parts)).toString();
    view.webview.html = sidebarHtml(
      {
        cspSource: view.webview.cspSource,
        scriptUri: uri('dist', 'webview.js'),
        styleUri: uri('media', 'sidebar.css'),
        codiconsUri: uri('dist', 'codicons', 'codicon.css'),
      },
      makeNonce(),
      { lang: vscode.env.language, strings: localizedWebviewStrings(vscode.l10n) },
    );
    this.disposables.push(
      view.webview.onDidReceiveMessage(raw => this.receive(raw)),
      view.onDidChangeVisibility(() => {
        // A hidden view's page is dropped (only its saved state is kept): messages wait for the next page's `ready`.
        if (!view.visible) this.ready = false;
        else this.activity.ensure();
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    );
    this.activity.ensure();
  }

  /** Sends the current state (when a page is ready). */
  postState(): void {
    this.post({ type: 'state', state: sidebarStateOf(this.activity.state, this.reminder(), this.journal.now()) });
  }

  private post(message: HostMessage): void {
    if (!this.view) return;
    if (!this.ready) {
      // The next page is sent everything when it says `ready`: only copy requests wait for it.
      if (message.type === 'copyRich') this.queue.push(message);
      return;
    }
    void this.view.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseViewMessage(raw);
    if (!message) {
      this.logRejected(raw);
      return;
    }
    void this.handle(message).catch(error => this.log.error('Sidebar action failed:', String(error)));
  }

  /** Logs a message the view should not have sent, once per message type (known or not). */
  private logRejected(raw: unknown): void {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const name = typeof type === 'string' ? type.slice(0, 60) : '';
    if (this.rejected.has(name)) return;
    this.rejected.add(name);
    const what = !name ? 'a message without a type' : isViewMessageType(name) ? `a malformed "${name}" message` : `a message of unknown type "${name}"`;
    this.log.warn(`Ignored ${what} from the sidebar (not logged again):`, JSON.stringify(raw)?.slice(0, 200));
  }

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        // A new page (the first, or one reloaded after the view was hidden) starts empty: it is sent everything,
        // with its default journal query, then any copy request that waited for it.
        const copies = this.queue;
        this.ready = true;
        this.queue = [];
        this.query = DEFAULT_QUERY;
        this.queryRequest = 0;
        this.postState();
        this.postJournal();
        this.post({ type: 'draft', ...(this.draft ? { draft: this.draft } : {}) });
        this.post({ type: 'history', items: this.history });
        for (const m of copies) this.post(m);
        return;
      }
      case 'draftUpdate':
        await vscode.commands.executeCommand(Commands.draftUpdate);
        return;
      case 'refresh':
        await vscode.commands.executeCommand(Commands.refresh);
        return;
      case 'openSettings':
        await vscode.commands.executeCommand(Commands.openSettings);
        return;
      case 'manageTrust':
        await vscode.commands.executeCommand('workbench.trust.manage');
        return;
      case 'showLog':
        await vscode.commands.executeCommand(Commands.showLog);
        return;
      case 'openCommit': {
        const state = this.activity.state;
        // Only repositories this scan read may be opened: the webview cannot name arbitrary folders.
        if (state.kind !== 'ready' || !state.mining.repositories.some(r => r.path === message.repositoryPath)) return;
        await vscode.commands.executeCommand(Commands.showCommit, { repositoryPath: message.repositoryPath, sha: message.sha });
        return;
      }
      case 'copySha':
        await vscode.env.clipboard.writeText(message.sha);
        vscode.window.setStatusBarMessage(`$(copy) ${vscode.l10n.t('Copied {0}', message.sha.slice(0, 12))}`, 2500);
        return;
      case 'openJournalFolder':
        await vscode.commands.executeCommand(Commands.openJournalFolder);
        return;
      case 'exportJournal':
        await vscode.commands.executeCommand(Commands.exportJournal);
        return;
      case 'addEntry':
      case 'updateEntry': {
        const { service } = this.journal;
        try {
          const entry = message.type === 'addEntry' ? await service.add(message.entry) : await service.update(message.id, message.patch);
          this.post({ type: 'saved', requestId: message.requestId, entry: refOf(entry) });
        } catch (error) {
          const field = error instanceof EntryValidationError ? error.field : undefined;
          this.post({ type: 'saveFailed', requestId: message.requestId, message: journalErrorSentence(error), ...(field ? { field } : {}) });
        }
        return;
      }
      case 'setStatus':
        await this.journalAction(vscode.l10n.t('Changing the status failed'), () => vscode.commands.executeCommand(Commands.setEntryStatus, { id: message.id, status: message.status }));
        return;
      case 'fillImpact':
        await this.journalAction(vscode.l10n.t('Saving the impact failed'), () => vscode.commands.executeCommand(Commands.addImpact, { id: message.id }));
        return;
      case 'deleteEntry':
        await this.journalAction(vscode.l10n.t('Deleting the entry failed'), async () => {
          const removed = await this.journal.service.remove(message.id);
          this.post({ type: 'deleted', entry: refOf(removed) });
        });
        return;
      case 'restoreEntry':
        await this.journalAction(vscode.l10n.t('Restoring the entry failed'), () => this.journal.service.restore(message.id));
        return;
      case 'copied': {
        const waiting = message.requestId !== undefined ? this.copies.get(message.requestId) : undefined;
        if (waiting) {
          this.copies.delete(message.requestId!);
          waiting({ ok: message.ok, ...(message.message ? { message: message.message } : {}) });
        } else if (message.ok) {
          vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Work Log: draft copied as rich text')}`, 3000);
        } else {
          this.log.warn(`Rich-text copy failed: ${message.message ?? ''}`);
          void vscode.window.showWarningMessage(
            vscode.l10n.t('Work Log: the draft could not be copied as rich text ({0}). Copy it as plain text instead?', message.message ?? ''),
            vscode.l10n.t('Copy as Plain Text'),
          ).then(choice => choice && vscode.commands.executeCommand(Commands.copyDraftText));
        }
        return;
      }
      case 'copyDraft': {
        const command = { markdown: Commands.copyDraftMarkdown, slack: Commands.copyDraftSlack, text: Commands.copyDraftText }[message.format];
        await vscode.commands.executeCommand(command);
        return;
      }
      case 'markSent':
        await vscode.commands.executeCommand(Commands.markUpdateSent);
        return;
      case 'polishDraft':
        await vscode.commands.executeCommand(Commands.polishDraft);
        return;
      case 'showHistory':
        await vscode.commands.executeCommand(Commands.showUpdateHistory);
        return;
      case 'openSent':
        await vscode.commands.executeCommand(Commands.showUpdateHistory, { id: message.id });
        return;
      case 'queryJournal': {
        // Later journal messages carry this query's page too (e.g. after an add), so the list keeps its filter.
        this.query = message.query;
        this.queryRequest = message.requestId;
        const page = await this.pageOf(this.journal.service.current.entries, message.query, message.requestId);
        this.post({ type: 'journalPage', page });
        return;
      }
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** Runs a journal action from the view; a failure (e.g. an entry deleted in another window) is one notification. */
  private async journalAction(what: string, run: () => PromiseLike<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.log.warn(`${what}:`, String(error));
      void vscode.window.showErrorMessage(vscode.l10n.t('Work Log: {0}: {1}', what, journalErrorSentence(error)));
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
