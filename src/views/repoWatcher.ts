/** Rescans when a repository moves (commit, checkout, fetch): watches `.git/HEAD` and refs, debounced and throttled. */
import { join } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_SCAN_TIMING, scanDelay } from './scanSchedule';
import type { ScanTiming } from './scanSchedule';

/** Host access of the watcher. */
export interface RepoWatcherDeps {
  /** Runs the scan (the activity's refresh). */
  rescan: () => Promise<void>;
  log: vscode.LogOutputChannel;
  timing?: ScanTiming;
}

/** One file-system watcher per repository; a burst of ref changes becomes at most one scan per interval. */
export class RepoWatcher implements vscode.Disposable {
  private watched = new Map<string, vscode.Disposable>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastChangeAt = 0;
  private lastScanAt: number | undefined;
  private changes = 0;

  constructor(private readonly deps: RepoWatcherDeps) {}

  /** Records that a scan ran now (from any cause), so a change right after does not scan again at once. */
  scanned(at = performance.now()): void {
    this.lastScanAt = at;
  }

  /** Watches exactly these repositories (absolute paths); others stop being watched. */
  watch(repositories: readonly string[]): void {
    const wanted = new Set(repositories);
    for (const [repo, watcher] of this.watched) {
      if (!wanted.has(repo)) {
        watcher.dispose();
        this.watched.delete(repo);
      }
    }
    for (const repo of wanted) {
      if (this.watched.has(repo)) continue;
      const pattern = new vscode.RelativePattern(vscode.Uri.file(join(repo, '.git')), '{HEAD,refs/**,packed-refs}');
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = () => this.changed();
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      this.watched.set(repo, watcher);
    }
  }

  private changed(): void {
    this.changes++;
    this.lastChangeAt = performance.now();
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = scanDelay(performance.now(), this.lastChangeAt, this.lastScanAt, this.deps.timing ?? DEFAULT_SCAN_TIMING);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const seen = this.changes;
      this.changes = 0;
      this.lastScanAt = performance.now();
      this.deps.log.info(`Repositories changed (${seen} ref update(s)): rescanning`);
      void this.deps.rescan();
    }, delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watched.values()) w.dispose();
    this.watched.clear();
  }
}
