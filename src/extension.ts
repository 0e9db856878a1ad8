/** Activation: builds the services and registers the features; no git runs here. */
import * as vscode from 'vscode';
import { registerDraftActions } from './commands/draftActions';
import { DraftDocuments } from './commands/draftDocuments';
import { DraftHistory } from './commands/draftHistory';
import { Drafter } from './commands/drafting';
import { registerDraftUpdate } from './commands/draftUpdate';
import type { DraftUpdateResult } from './commands/draftUpdate';
import { noEntries } from './commands/entrySource';
import { registerGeneralCommands, snoozedUntil } from './commands/general';
import { GitAccess } from './commands/gitAccess';
import { RepositoryService } from './commands/repositories';
import { registerShowCommit } from './commands/showCommit';
import type { WindowSpec } from './commands/windowChoice';
import { readConfig } from './config';
import type { WorkLogConfig } from './config';
import { CONFIG_SECTION, Views } from './constants';
import { ActivityService } from './views/activity';
import type { Activity } from './views/activity';
import { SidebarProvider } from './views/sidebarProvider';
import { StatusBar } from './views/statusBar';

/** A small surface for the integration tests: observe, never drive. */
export interface WorkLogTestApi {
  /** git operations started since activation. */
  gitRuns(): number;
  /** The last draft opened by Draft Update. */
  lastDraft(): DraftUpdateResult | undefined;
  /** The status bar item's text and tooltip. */
  statusBar(): { text: string; tooltip: string };
  /** The window Draft Update would propose now. */
  defaultWindow(): WindowSpec;
  /** The sidebar/status bar activity kind, and a promise for the running scan. */
  activity(): Activity['kind'];
  whenIdle(): Promise<void>;
}

/** After startup, the status bar's period summary is computed once, this long after activation. */
const STATUS_SCAN_DELAY_MS = 30_000;

/** Activation entry point: builds services and registers features. */
export function activate(context: vscode.ExtensionContext): WorkLogTestApi {
  const push = (...d: vscode.Disposable[]) => context.subscriptions.push(...d);
  const log = vscode.window.createOutputChannel('Work Log', { log: true });
  push(log);

  let config: WorkLogConfig = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
  const getConfig = () => config;
  const now = () => new Date();
  const isTrusted = () => vscode.workspace.isTrusted;
  const folders = () => (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file').map(f => f.uri.fsPath);

  const git = new GitAccess(isTrusted);
  const repositories = new RepositoryService(git, folders);
  const history = new DraftHistory(context.globalState);
  const drafter = new Drafter({
    git, repositories, entries: noEntries, history, config: getConfig, folders,
    builtinTemplatesDir: context.asAbsolutePath('templates'), now,
  });
  const activity = new ActivityService({ git, drafter, config: getConfig, folders, isTrusted, log });
  const documents = new DraftDocuments();
  const statusBar = new StatusBar({
    activity, config: getConfig, now,
    lastSentAt: () => {
      const last = history.last();
      return last ? new Date(last.sentAt) : undefined;
    },
    snoozedUntil: () => snoozedUntil(context.globalState),
  });
  const sidebar = new SidebarProvider(context.extensionUri, activity, () => statusBar.reminderText(), log);
  push(activity, documents, statusBar, sidebar);

  const rescanIfShown = () => {
    if (activity.state.kind !== 'idle') void activity.refresh();
  };
  let lastDraft: DraftUpdateResult | undefined;

  push(
    vscode.window.registerWebviewViewProvider(Views.sidebar, sidebar),
    registerDraftUpdate({
      drafter, documents, config: getConfig, isTrusted, log,
      nextSince: () => history.nextSince(),
      onDrafted: result => (lastDraft = result),
    }),
    ...registerDraftActions({
      documents, history, now, log,
      onSent: () => {
        statusBar.update();
        rescanIfShown();
      },
    }),
    ...registerGeneralCommands({
      log, state: context.globalState, now,
      refresh: () => {
        repositories.invalidate();
        return activity.refresh();
      },
      onSnoozed: () => {
        statusBar.update();
        sidebar.postState();
      },
    }),
    ...registerShowCommit(git, () => config.gitPath, log),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      config = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
      statusBar.update();
      repositories.invalidate();
      rescanIfShown();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      repositories.invalidate();
      rescanIfShown();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('Workspace trusted: scanning');
      repositories.invalidate();
      rescanIfShown();
    }),
  );

  // The period summary in the status bar tooltip needs git: computed once, well after startup, off the critical path.
  const timer = setTimeout(() => {
    if (isTrusted()) activity.ensure();
  }, STATUS_SCAN_DELAY_MS);
  push({ dispose: () => clearTimeout(timer) });
  log.info(`Activated (workspace ${isTrusted() ? 'trusted' : 'restricted'}, ${folders().length} folder(s))`);

  return {
    gitRuns: () => git.runCount,
    lastDraft: () => lastDraft,
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    defaultWindow: () => drafter.defaultSpec(),
    activity: () => activity.state.kind,
    whenIdle: () => activity.idle(),
  };
}

/** Nothing to release beyond the context's disposables. */
export function deactivate(): void {}
