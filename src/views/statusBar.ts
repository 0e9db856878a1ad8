/** The status bar item: "$(notebook) Work Log" with the reminder state; click drafts the update. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { WorkLogConfig } from '../config';
import type { OpenItems } from '../journal/openItems';
import type { Activity, ActivityService } from './activity';
import { attentionParts, journalNeedsAttention } from './attention';
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
  /** The journal's open items now (promises due, problems without a proposal). */
  openItems: () => OpenItems;
  /** Fires when the journal changed. */
  onJournalChange: vscode.Event<unknown>;
}

/** Keeps the item's text, tooltip and colour in step with the clock, the settings and the activity. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: StatusBarDeps) {
    this.item = vscode.window.createStatusBarItem('worklog.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Work Log';
    this.item.command = Commands.draftUpdate;
    this.subscriptions = [deps.activity.onDidChange(() => this.update()), deps.onJournalChange(() => this.update())];
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
    const items = this.deps.openItems();
    const attention = attentionParts(items);
    // The two most urgent journal items fit in the status bar; the tooltip lists them all.
    this.item.text = ['$(notebook) Work Log', label, ...attention.slice(0, 2)].filter(Boolean).join(' · ');
    const warn = needsAttention(state) || journalNeedsAttention(items);
    this.item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.isTrusted = { enabledCommands: [Commands.draftUpdate, Commands.snoozeReminder] };
    tooltip.appendMarkdown(`$(notebook) **Work Log**${label ? ` — ${label}` : ''}\n\n`);
    tooltip.appendMarkdown(describe(this.deps.activity.state) + '\n\n');
    const journalLines = [...attention, ...(items.winsMissingImpact.length ? [`${items.winsMissingImpact.length} win(s) missing their impact`] : [])];
    if (journalLines.length) tooltip.appendMarkdown(`**Journal**\n\n${journalLines.map(l => `- ${l}`).join('\n')}\n\n`);
    tooltip.appendMarkdown(`[$(edit) Draft Update](command:${Commands.draftUpdate})`);
    if (needsAttention(state)) tooltip.appendMarkdown(` · [$(bell-slash) Snooze](command:${Commands.snoozeReminder})`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Work Log${[label, ...attention].filter(Boolean).map(p => `: ${p}`).join('')}. Click to draft an update.` };
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const s of this.subscriptions) s.dispose();
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
