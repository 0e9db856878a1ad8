/** Activation: builds the services and registers the features; no git runs here. */
import * as vscode from 'vscode';
import { registerCustomizeTemplate } from './commands/customizeTemplate';
import { registerDraftActions, richTextOf } from './commands/draftActions';
import { DraftDocuments } from './commands/draftDocuments';
import { DraftHistory } from './commands/draftHistory';
import { Drafter } from './commands/drafting';
import { registerDraftUpdate } from './commands/draftUpdate';
import type { DraftUpdateResult } from './commands/draftUpdate';
import { registerGeneralCommands, snoozedUntil } from './commands/general';
import { GitAccess } from './commands/gitAccess';
import { notifyJournalIssues, registerJournalCommands } from './commands/journalCommands';
import type { JournalCommandDeps } from './commands/journalCommands';
import { journalFolderPath } from './commands/journalFolder';
import { JournalService } from './commands/journalService';
import { RepositoryService } from './commands/repositories';
import { LanguageModels } from './commands/languageModels';
import { registerPolish } from './commands/polishDraft';
import { registerProfileCommand } from './commands/profile';
import { registerShowCommit } from './commands/showCommit';
import { registerUpdateHistory } from './commands/updateHistory';
import type { WindowSpec } from './commands/windowChoice';
import { readConfig } from './config';
import { countWords, readingMinutes } from './draft/length';
import type { WorkLogConfig } from './config';
import { CONFIG_SECTION, Settings, Views } from './constants';
import type { Entry, JournalIssue } from './journal/types';
import { systemClock } from './time/clock';
import { ActivityService } from './views/activity';
import type { ReminderItem } from './views/reminderList';
import { RepoWatcher } from './views/repoWatcher';
import { affectsMining } from './views/scanSchedule';
import type { Activity } from './views/activity';
import { SidebarProvider } from './views/sidebarProvider';
import { StatusBar } from './views/statusBar';
import type { JournalPage, JournalView } from './webview/protocol';

/** A small surface for the integration tests: observe, never drive. */
export interface WorkLogTestApi {
  /** How long activate() took, in ms (reported by the benchmark). */
  activationMs(): number;
  /** git operations started since activation. */
  gitRuns(): number;
  /** The last draft opened by Draft Update. */
  lastDraft(): DraftUpdateResult | undefined;
  /** The status bar item's text and tooltip. */
  statusBar(): { text: string; tooltip: string };
  /** What needs attention now, most urgent first (the tooltip's list). */
  reminders(): ReminderItem[];
  /** The folder sent updates are kept in. */
  sentFolder(): string;
  /** The folder repository state is kept in between sessions. */
  repositoryCacheFolder(): string;
  /** The window Draft Update would propose now. */
  defaultWindow(): WindowSpec;
  /** The sidebar/status bar activity kind, and a promise for the running scan. */
  activity(): Activity['kind'];
  whenIdle(): Promise<void>;
  /** The journal folder in use, its live entries and read problems as last loaded. */
  journal(): { folder: string; entries: Entry[]; issues: JournalIssue[]; readOnly?: string };
  /** Resolves after the journal reloaded and satisfies `until` (rejects after `timeoutMs`). */
  whenJournal(until: (entries: Entry[]) => boolean, timeoutMs?: number): Promise<Entry[]>;
  /** What the sidebar is sent of the journal (counts, open items, one page of entries, goals); `entries` is that page's entries. */
  sidebarJournal(): JournalView;
  /** The page the sidebar would get for a `queryJournal` message (validated like one); undefined when invalid. */
  sidebarQuery(message: unknown): Promise<JournalPage | undefined>;
  /** Whether a language model was there to polish with when last looked up, and how often models were looked up. */
  languageModels(): { available: boolean; lookups: number };
}

/** After startup, the status bar's period summary is computed once, this long after activation. */
const STATUS_SCAN_DELAY_MS = 30_000;

/** Activation entry point: builds services and registers features. */
export function activate(context: vscode.ExtensionContext): WorkLogTestApi {
  const started = performance.now();
  const push = (...d: vscode.Disposable[]) => context.subscriptions.push(...d);
  const log = vscode.window.createOutputChannel('Work Log', { log: true });
  push(log);

  let config: WorkLogConfig = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
  const getConfig = () => config;
  const now = systemClock;
  const isTrusted = () => vscode.workspace.isTrusted;
  const folders = () => (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file').map(f => f.uri.fsPath);

  const journal = new JournalService({
    folder: () => journalFolderPath(config.journalFolder, context.globalStorageUri.fsPath, folders()[0]),
    now,
    log,
    onIssues: notifyJournalIssues,
  });
  push(journal);
  journal.start();

  const repositoryCache = {
    dir: vscode.Uri.joinPath(context.globalStorageUri, 'repositories').fsPath,
    version: String((context.extension.packageJSON as { version?: unknown }).version ?? 'unknown'),
  };
  const git = new GitAccess(isTrusted, repositoryCache);
  const repositories = new RepositoryService(git, folders);
  const history = new DraftHistory(() => journal.folder);
  void history.migrateFrom(context.globalState).then(
    moved => moved && log.info(`Moved ${moved} sent update(s) from the extension's storage to ${history.folder}`),
    error => log.warn(`Moving the sent updates to ${history.folder} failed: ${String(error)}`),
  );
  const builtinTemplatesDir = context.asAbsolutePath('templates');
  const drafter = new Drafter({ git, repositories, entries: journal, history, config: getConfig, folders, builtinTemplatesDir, now });
  const activity = new ActivityService({ git, drafter, config: getConfig, folders, isTrusted, log });
  const documents = new DraftDocuments();
  const models = new LanguageModels(() => ({ ...config.ai.model }), log);
  const statusBar = new StatusBar({
    activity, config: getConfig, now,
    lastSentAt: () => {
      const last = history.last();
      return last ? new Date(last.sentAt) : undefined;
    },
    snoozedUntil: () => snoozedUntil(context.globalState),
    entries: () => journal.current.entries,
    onJournalChange: journal.onDidChange,
  });
  const journalDeps: JournalCommandDeps = { journal, drafter, isTrusted, builtinTemplatesDir, now, log };
  const sidebar = new SidebarProvider(context.extensionUri, activity, () => statusBar.reminderText(), log, { service: journal, now });
  push(activity, documents, models, statusBar, sidebar);

  const postHistory = () => sidebar.postHistory(history.all().reverse().slice(0, 10).map(r => ({ id: r.id, label: r.window.label, template: r.template, sentAt: r.sentAt })));
  postHistory();
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  const postDraft = () => {
    const record = documents.last;
    if (!record) return sidebar.postDraft(undefined);
    const markdown = documents.currentText(record);
    const { html, text } = richTextOf(markdown);
    const words = countWords(markdown);
    sidebar.postDraft({
      title: `${record.template} update`, label: record.window.label, template: record.template, html, text,
      words, minutes: readingMinutes(words), ...(record.budget ? { budget: record.budget } : {}),
      ...(models.isAvailable && isTrusted() ? { canPolish: true } : {}),
    });
  };
  push(models.onDidChange(postDraft), documents.onDidChange(() => {
    // A draft is open: now, and not at activation, look for a language model to polish it with.
    if (isTrusted()) models.watch();
    // Typing in the draft: convert once the user pauses.
    if (draftTimer) clearTimeout(draftTimer);
    draftTimer = setTimeout(postDraft, 300);
  }), { dispose: () => draftTimer && clearTimeout(draftTimer) });

  const watcher = new RepoWatcher({ rescan: () => activity.refresh(), log });
  push(watcher, activity.onDidChange(a => {
    if (a.kind !== 'ready') return;
    watcher.scanned();
    watcher.watch(a.mining.repositories.map(r => r.path));
  }));

  const rescanIfShown = () => {
    if (activity.state.kind !== 'idle') void activity.refresh();
  };
  let lastDraft: DraftUpdateResult | undefined;

  push(
    vscode.window.registerWebviewViewProvider(Views.sidebar, sidebar),
    registerDraftUpdate({
      drafter, documents, config: getConfig, isTrusted, log,
      nextSince: () => history.nextSince(),
      now,
      onDrafted: result => (lastDraft = result),
    }),
    ...registerDraftActions({
      documents, history, now, log,
      copyRich: (html, text) => sidebar.copyRich(html, text),
      onSent: () => {
        statusBar.update();
        postHistory();
        rescanIfShown();
      },
    }),
    ...registerUpdateHistory(history),
    ...registerPolish({ documents, models, config: getConfig, isTrusted, log }),
    registerProfileCommand({ config: getConfig, journal, templates: () => drafter.templates() }),
    registerCustomizeTemplate({ builtinTemplatesDir, userTemplatesDir: () => drafter.userTemplatesDir(), journalFolder: () => journal.folder }),
    ...registerGeneralCommands({
      log, state: context.globalState, now,
      nextUpdateDue: () => statusBar.nextUpdateDue(),
      refresh: () => {
        // Refresh means from scratch: also forget every repository's cached state and results.
        repositories.invalidate();
        return git.forgetCaches().then(() => activity.refresh());
      },
      onSnoozed: () => {
        statusBar.update();
        sidebar.postState();
      },
    }),
    ...registerShowCommit(git, () => ({ gitPath: config.gitPath, allowForeignOwners: config.allowForeignOwners }), log),
    ...registerJournalCommands(journalDeps),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      config = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${Settings.journalFolder}`)) {
        journal.folderChanged();
        postHistory();
      }
      statusBar.update();
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${Settings.aiModel}`) && models.isWatching) void models.refresh();
      if (affectsMining(key => e.affectsConfiguration(key))) activity.refreshSoon();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => activity.refreshSoon()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('Workspace trusted: scanning');
      activity.refreshSoon();
    }),
  );

  // The period summary in the status bar tooltip needs git: computed once, well after startup, off the critical path.
  const timer = setTimeout(() => {
    if (isTrusted()) activity.ensure();
  }, STATUS_SCAN_DELAY_MS);
  push({ dispose: () => clearTimeout(timer) });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (workspace ${isTrusted() ? 'trusted' : 'restricted'}, ${folders().length} folder(s))`);

  return {
    activationMs: () => activationMs,
    gitRuns: () => git.runCount,
    lastDraft: () => lastDraft,
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    reminders: () => statusBar.reminders(),
    sentFolder: () => history.folder,
    repositoryCacheFolder: () => repositoryCache.dir,
    defaultWindow: () => drafter.defaultSpec(),
    activity: () => activity.state.kind,
    whenIdle: () => activity.idle(),
    journal: () => ({ folder: journal.folder, ...journal.current }),
    whenJournal: (until, timeoutMs = 10_000) => new Promise<Entry[]>((resolve, reject) => {
      const check = () => {
        if (!journal.isLoaded || !until(journal.current.entries)) return false;
        sub.dispose();
        clearTimeout(timer);
        resolve(journal.current.entries);
        return true;
      };
      const sub = journal.onDidChange(check);
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`the journal did not reach the expected state within ${timeoutMs} ms`));
      }, timeoutMs);
      check();
    }),
    sidebarJournal: () => sidebar.journalView(),
    sidebarQuery: message => sidebar.queryPage(message),
    languageModels: () => ({ available: models.isAvailable, lookups: models.lookupCount }),
  };
}

/** Nothing to release beyond the context's disposables. */
export function deactivate(): void {}
