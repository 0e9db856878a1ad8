/** The Work Log sidebar: a webview view fed with this period's activity. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { parseViewMessage } from '../webview/protocol';
import type { HostMessage, SidebarState, ViewMessage } from '../webview/protocol';
import type { Activity, ActivityService } from './activity';
import { makeNonce, sidebarHtml } from './sidebarHtml';
import { readyState } from './sidebarState';

/** The sidebar state for an activity; `reminder` is the status bar's wording. */
export function sidebarStateOf(activity: Activity, reminder: string): SidebarState {
  switch (activity.kind) {
    case 'idle':
    case 'loading':
      return { kind: 'loading' };
    case 'ready':
      return readyState(activity.mining, reminder);
    default:
      return activity;
  }
}

/** Provides the `worklog.sidebar` webview view; messages are queued until the view says `ready`. */
export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private queue: HostMessage[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly activity: ActivityService,
    private readonly reminder: () => string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(activity.onDidChange(() => this.postState()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
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
    );
    this.disposables.push(
      view.webview.onDidReceiveMessage(raw => this.receive(raw)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.activity.ensure();
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    );
    this.postState();
    this.activity.ensure();
  }

  /** Sends the current state (queued until the view is ready). */
  postState(): void {
    this.post({ type: 'state', state: sidebarStateOf(this.activity.state, this.reminder()) });
  }

  /** Whether the view is showing. */
  get visible(): boolean {
    return !!this.view?.visible;
  }

  private post(message: HostMessage): void {
    if (!this.view) return;
    if (!this.ready) {
      // Only the latest state matters; older queued states are replaced.
      this.queue = [...this.queue.filter(m => m.type !== message.type), message];
      return;
    }
    void this.view.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseViewMessage(raw);
    if (!message) {
      this.log.warn('Ignored an unexpected message from the sidebar:', JSON.stringify(raw)?.slice(0, 200));
      return;
    }
    void this.handle(message).catch(error => this.log.error('Sidebar action failed:', String(error)));
  }

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.queue;
        this.queue = [];
        for (const m of queued) this.post(m);
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
        vscode.window.setStatusBarMessage(`$(copy) Copied ${message.sha.slice(0, 12)}`, 2500);
        return;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
