/** The status bar item: "$(notebook) Work Log" with the reminder state; click drafts the update. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { WorkLogConfig } from '../config';
import type { Activity, ActivityService } from './activity';
import { needsAttention, reminderLabel, reminderState } from './reminderRules';
import type { ReminderState } from './reminderRules';
import { periodSummary } from './sidebarState';

/** Host access of the status bar. */
export interface StatusBarDeps {
  activity: ActivityService;
  config: () => WorkLogConfig;
  lastSentAt: () => Date | undefined;
  snoozedUntil: () => Date | undefined;
  now: () => Date;
}

/** Keeps the item's text, tooltip and colour in step with the clock, the settings and the activity. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: StatusBarDeps) {
    this.item = vscode.window.createStatusBarItem('worklog.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Work Log';
    this.item.command = Commands.draftUpdate;
    this.subscription = deps.activity.onDidChange(() => this.update());
    // The reminder depends on the clock only: recompute each minute (no git involved).
    this.timer = setInterval(() => this.update(), 60_000);
    this.update();
    this.item.show();
  }

  /** The reminder state now. */
  reminder(): ReminderState {
    const { reminder, workWeek } = this.deps.config();
    return reminderState({
      now: this.deps.now(),
      schedule: { ...reminder, workWeek },
      lastSentAt: this.deps.lastSentAt(),
      snoozedUntil: this.deps.snoozedUntil(),
    });
  }

  /** The reminder's wording, e.g. "Update due Fri" (empty when reminders are off). */
  reminderText(): string {
    return reminderLabel(this.reminder(), this.deps.now());
  }

  /** What the item shows, for the test API. */
  get text(): string {
    return this.item.text;
  }

  /** The tooltip's Markdown, for the test API. */
  get tooltip(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : (t?.value ?? '');
  }

  /** Recomputes text, colour and tooltip. */
  update(): void {
    const state = this.reminder();
    const label = reminderLabel(state, this.deps.now());
    this.item.text = label ? `$(notebook) Work Log · ${label}` : '$(notebook) Work Log';
    this.item.backgroundColor = needsAttention(state) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: [Commands.draftUpdate, Commands.snoozeReminder] };
    tooltip.appendMarkdown(`$(notebook) **Work Log**${label ? ` — ${label}` : ''}\n\n`);
    tooltip.appendMarkdown(describe(this.deps.activity.state) + '\n\n');
    tooltip.appendMarkdown(`[$(edit) Draft Update](command:${Commands.draftUpdate})`);
    if (needsAttention(state)) tooltip.appendMarkdown(` · [$(bell-slash) Snooze](command:${Commands.snoozeReminder})`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Work Log${label ? `: ${label}` : ''}. Click to draft an update.` };
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}

/** One paragraph of Markdown about the activity for the tooltip. */
function describe(activity: Activity): string {
  switch (activity.kind) {
    case 'idle':
      return 'Open the Work Log view or draft an update to scan your repositories.';
    case 'loading':
      return 'Scanning your repositories…';
    case 'untrusted':
      return 'Restricted Mode: git is not run until you trust this workspace.';
    case 'noFolder':
      return 'Open a folder with a git repository to see your activity.';
    case 'noRepository':
      return 'No git repository found in this workspace.';
    case 'gitMissing':
      return `git could not be run (\`${activity.gitPath}\`).`;
    case 'error':
      return 'The last scan failed: see the Work Log output.';
    case 'ready':
      return periodSummary(activity.mining);
  }
}
