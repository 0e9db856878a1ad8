/** The status bar item: "$(notebook) Work Log" with what needs attention most; click drafts the update. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { WorkLogConfig } from '../config';
import type { Entry } from '../journal/types';
import type { Activity, ActivityService } from './activity';
import { isUrgent, reminderItems, reminderSummary } from './reminderList';
import type { ReminderItem } from './reminderList';
import { needsAttention, nextDue, reminderLabel, reminderState } from './reminderRules';
import type { ReminderState } from './reminderRules';
import { periodSummary } from './sidebarState';

/** Host access of the status bar. */
export interface StatusBarDeps {
  activity: ActivityService;
  config: () => WorkLogConfig;
  lastSentAt: () => Date | undefined;
  snoozedUntil: () => Date | undefined;
  now: () => Date;
  /** The journal's live entries. */
  entries: () => readonly Entry[];
  /** Fires when the journal changed. */
  onJournalChange: vscode.Event<unknown>;
}

/** Commands the tooltip may run: exactly those its links name. */
export const TOOLTIP_COMMANDS = [
  Commands.draftUpdate, Commands.snoozeReminder, Commands.setEntryStatus, Commands.editEntry, Commands.addImpact, Commands.showUpdateHistory,
];

const MAX_LISTED = 8;

/** A `command:` link with JSON arguments, as a trusted MarkdownString runs it. */
export function commandLink(label: string, command: string, ...args: unknown[]): string {
  const query = args.length ? `?${encodeURIComponent(JSON.stringify(args))}` : '';
  return `[${label}](command:${command}${query})`;
}

/** The link that acts on a reminder. */
function actionLink(item: ReminderItem): string {
  const label = vscode.l10n.t(item.action);
  switch (item.kind) {
    case 'promiseOverdue':
    case 'promiseDueSoon':
      return commandLink(label, Commands.setEntryStatus, { id: item.entryId });
    case 'updateDue':
      return commandLink(label, Commands.draftUpdate);
    case 'problemNoOption':
      return commandLink(label, Commands.editEntry, { id: item.entryId });
    case 'winNoImpact':
      return commandLink(label, Commands.addImpact, { id: item.entryId });
  }
}

/** Markdown-escapes text shown in the tooltip (entry texts are the user's, never markup). */
const md = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-.!<>|~$]/g, c => `\\${c}`);

/** Keeps the item's text, tooltip and colour in step with the clock, the settings, the journal and the activity. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscriptions: vscode.Disposable[];
  private items: ReminderItem[] = [];

  constructor(private readonly deps: StatusBarDeps) {
    this.item = vscode.window.createStatusBarItem('worklog.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Work Log';
    this.item.command = Commands.draftUpdate;
    this.subscriptions = [deps.activity.onDidChange(() => this.update()), deps.onJournalChange(() => this.update())];
    // The reminder depends on the clock and the journal only: recompute each minute (no git involved).
    this.timer = setInterval(() => this.update(), 60_000);
    this.update();
    this.item.show();
  }

  /** The update reminder's state now. */
  reminder(): ReminderState {
    const { reminder, workWeek } = this.deps.config();
    return reminderState({
      now: this.deps.now(),
      schedule: { ...reminder, workWeek },
      lastSentAt: this.deps.lastSentAt(),
      snoozedUntil: this.deps.snoozedUntil(),
    });
  }

  /** When the update after the one due now is due: what "snooze until the next update" waits for. */
  nextUpdateDue(): Date | undefined {
    const { reminder, workWeek } = this.deps.config();
    const schedule = { ...reminder, workWeek };
    const now = this.deps.now();
    const state = this.reminder();
    switch (state.kind) {
      case 'off':
        return undefined;
      case 'sent':
        return state.next;
      case 'overdue':
        return nextDue(now, schedule);
      default:
        return nextDue(state.due > now ? state.due : now, schedule);
    }
  }

  /** The reminder's wording, e.g. "Update due Fri" (empty when reminders are off). */
  reminderText(): string {
    return reminderLabel(this.reminder(), this.deps.now());
  }

  /** Everything that needs attention now, most urgent first. */
  reminders(): ReminderItem[] {
    return this.items;
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
    const now = this.deps.now();
    const state = this.reminder();
    const label = reminderLabel(state, now);
    const snoozed = (this.deps.snoozedUntil()?.getTime() ?? 0) > now.getTime();
    this.items = reminderItems({ now, entries: this.deps.entries(), update: state });
    const summary = reminderSummary(this.items);
    // While snoozed the bar stays quiet (no warning colour, a muted bell) but still says what is open.
    this.item.text = [snoozed ? '$(bell-slash) Work Log' : '$(notebook) Work Log', label, ...summary.slice(0, 2)].filter(Boolean).join(' · ');
    const warn = !snoozed && (needsAttention(state) || this.items.some(isUrgent));
    this.item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;

    const tooltip = new vscode.MarkdownString(undefined, true);
    // Only the commands the links name may run from the tooltip.
    tooltip.isTrusted = { enabledCommands: [...TOOLTIP_COMMANDS] };
    tooltip.supportThemeIcons = true;
    tooltip.appendMarkdown(`$(notebook) **Work Log**${label ? ` — ${md(label)}` : ''}\n\n`);
    if (this.items.length) {
      tooltip.appendMarkdown(`**${md(vscode.l10n.t('Needs your attention'))}**\n\n`);
      const listed = this.items.slice(0, MAX_LISTED).map(i => `- ${md(i.text)} — ${actionLink(i)}`);
      if (this.items.length > MAX_LISTED) listed.push(`- ${md(vscode.l10n.t('and {0} more in the Work Log view', this.items.length - MAX_LISTED))}`);
      tooltip.appendMarkdown(listed.join('\n') + '\n\n');
    } else {
      tooltip.appendMarkdown(`${md(vscode.l10n.t('Nothing needs your attention.'))}\n\n`);
    }
    tooltip.appendMarkdown(describe(this.deps.activity.state) + '\n\n');
    tooltip.appendMarkdown(`${commandLink(`$(edit) ${vscode.l10n.t('Draft Update')}`, Commands.draftUpdate)} · ` +
      `${commandLink(`$(history) ${vscode.l10n.t('History')}`, Commands.showUpdateHistory)}\n\n`);
    tooltip.appendMarkdown(`${md(vscode.l10n.t('Snooze'))}: ${commandLink(vscode.l10n.t('1 hour'), Commands.snoozeReminder, 'hour')} · ` +
      `${commandLink(vscode.l10n.t('until tomorrow'), Commands.snoozeReminder, 'tomorrow')} · ` +
      `${commandLink(vscode.l10n.t('until the next update'), Commands.snoozeReminder, 'next-update')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('Work Log{0}. Click to draft an update.', [label, ...summary].filter(Boolean).map(p => `: ${p}`).join('')),
    };
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
      return vscode.l10n.t('Open the Work Log view or draft an update to scan your repositories.');
    case 'loading':
      return vscode.l10n.t('Scanning your repositories…');
    case 'untrusted':
      return vscode.l10n.t('Restricted Mode: git is not run until you trust this workspace.');
    case 'noFolder':
      return vscode.l10n.t('Open a folder with a git repository to see your activity.');
    case 'noRepository':
      return vscode.l10n.t('No git repository found in this workspace.');
    case 'gitMissing':
      return vscode.l10n.t('git could not be run (`{0}`).', activity.gitPath);
    case 'error':
      return vscode.l10n.t('The last scan failed: see the Work Log output.');
    case 'ready':
      return periodSummary(activity.mining);
  }
}
