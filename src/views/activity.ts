/** This period's activity, mined lazily and shared by the sidebar and the status bar. */
import * as vscode from 'vscode';
import type { MiningResult } from '../git/types';
import type { Drafter } from '../commands/drafting';
import { NoRepositoryError } from '../commands/drafting';
import { RestrictedModeError } from '../commands/gitAccess';
import type { GitAccess } from '../commands/gitAccess';
import { errorSentence } from '../commands/notify';
import type { WorkLogConfig } from '../config';

/** What is known about this period's activity. */
export type Activity =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'untrusted' }
  | { kind: 'noFolder' }
  | { kind: 'noRepository'; folders: number }
  | { kind: 'gitMissing'; gitPath: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; mining: MiningResult };

/** Host access the service needs. */
export interface ActivityDeps {
  git: GitAccess;
  drafter: Drafter;
  config: () => WorkLogConfig;
  folders: () => string[];
  isTrusted: () => boolean;
  log: vscode.LogOutputChannel;
}

/** Quiet time before a rescan asked for by setting or folder changes (a profile set-up writes several settings). */
const RESCAN_DELAY_MS = 500;

/** Mines on first demand, then on refresh; one scan at a time: a new request cancels the running one. */
export class ActivityService implements vscode.Disposable {
  private current: Activity = { kind: 'idle' };
  private generation = 0;
  private running: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private soon: { timer?: ReturnType<typeof setTimeout>; ran: Promise<void>; release: () => void } | undefined;
  private readonly changed = new vscode.EventEmitter<Activity>();
  /** Fires whenever the activity changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: ActivityDeps) {}

  /** The activity as last computed (possibly `idle`: nothing computed yet). */
  get state(): Activity {
    return this.current;
  }

  /** Starts the first scan if none happened yet; never blocks the caller. */
  ensure(): void {
    if (this.current.kind === 'idle') void this.refresh();
  }

  /** Rescans now, cancelling the running scan; resolves when this scan has finished or was cancelled. */
  refresh(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = this.scan(++this.generation, abort.signal);
    this.running = run;
    return run;
  }

  /** Rescans once things are quiet, and only when something was scanned already (the first demand reads the new settings). */
  refreshSoon(): void {
    if (this.soon) clearTimeout(this.soon.timer);
    else {
      let release = () => {};
      const ran = new Promise<void>(resolve => (release = resolve));
      this.soon = { ran, release };
    }
    const soon = this.soon;
    soon.timer = setTimeout(() => {
      this.soon = undefined;
      if (this.current.kind !== 'idle') void this.refresh();
      soon.release();
    }, RESCAN_DELAY_MS);
  }

  /** Resolves when no scan is running or scheduled any more (one started meanwhile is waited for too). */
  async idle(): Promise<void> {
    for (;;) {
      const waiting = this.soon?.ran ?? this.running;
      await waiting;
      if (!this.soon && waiting === this.running) return;
    }
  }

  private set(generation: number, activity: Activity): void {
    if (generation !== this.generation) return;
    this.current = activity;
    this.changed.fire(activity);
  }

  private async scan(generation: number, signal: AbortSignal): Promise<void> {
    const { deps } = this;
    if (!deps.isTrusted()) return this.set(generation, { kind: 'untrusted' });
    const config = deps.config();
    if (!deps.folders().length && !config.include.length) return this.set(generation, { kind: 'noFolder' });
    this.set(generation, { kind: 'loading' });
    const started = performance.now();
    try {
      if (!(await deps.git.version(config.gitPath))) {
        deps.log.warn(`git could not be run ("${config.gitPath}")`);
        return this.set(generation, { kind: 'gitMissing', gitPath: config.gitPath });
      }
      const window = deps.drafter.resolve(deps.drafter.defaultSpec());
      const mining = await deps.drafter.mine(window, signal);
      deps.log.info(
        `Scanned ${mining.repositories.length} repositories (${mining.repositories.map(r => r.name).join(', ')}) ` +
          `for ${window.label}: ${mining.commitCount} commits, ${mining.accomplishments.length} accomplishments in ${Math.round(performance.now() - started)} ms`,
      );
      for (const r of mining.repositories) {
        if (r.error) deps.log.warn(`${r.path}: ${r.error}`);
        for (const w of r.warnings) deps.log.info(`${r.path}: ${w}`);
      }
      this.set(generation, { kind: 'ready', mining });
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof RestrictedModeError) return this.set(generation, { kind: 'untrusted' });
      if (error instanceof NoRepositoryError) {
        deps.log.info(`No repository found below ${deps.folders().join(', ') || '(no folder)'}`);
        return this.set(generation, { kind: 'noRepository', folders: deps.folders().length });
      }
      deps.log.error('Scanning the repositories failed:', error instanceof Error ? (error.stack ?? error.message) : String(error));
      this.set(generation, { kind: 'error', message: errorSentence(error) });
    }
  }

  dispose(): void {
    if (this.soon) clearTimeout(this.soon.timer);
    this.soon?.release();
    this.abort?.abort();
    this.changed.dispose();
  }
}
