/** Refresh, Open Settings, Show Log and Snooze Reminder. */
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, StateKeys } from '../constants';

/** Host access of the general commands. */
export interface GeneralDeps {
  refresh: () => Promise<void>;
  log: vscode.LogOutputChannel;
  state: vscode.Memento;
  now: () => Date;
  /** When the next update is due after the one due now (undefined when reminders are off). */
  nextUpdateDue: () => Date | undefined;
  onSnoozed: () => void;
}

/** How long a snooze lasts. */
export type SnoozeChoice = 'hour' | 'tomorrow' | 'next-update';

/**
 * When a snooze chosen at `now` ends: one hour later, tomorrow at 09:00 local time, or when the next update
 * is due (`nextUpdate`; tomorrow 09:00 when there is none).
 */
export function snoozeEnd(choice: SnoozeChoice, now: Date, nextUpdate?: Date): Date {
  if (choice === 'hour') return new Date(now.getTime() + 3_600_000);
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return choice === 'next-update' && nextUpdate && nextUpdate > now ? nextUpdate : tomorrow;
}

/** The active snooze's end, if any. */
export function snoozedUntil(state: vscode.Memento): Date | undefined {
  const raw = state.get<string>(StateKeys.snoozedUntil);
  const d = raw ? new Date(raw) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

async function snooze(deps: GeneralDeps, raw: unknown): Promise<string | undefined> {
  let choice: SnoozeChoice | undefined = raw === 'hour' || raw === 'tomorrow' || raw === 'next-update' ? raw : undefined;
  const next = deps.nextUpdateDue();
  if (!choice) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: `$(clock) ${vscode.l10n.t('For 1 hour')}`, choice: 'hour' as const },
        { label: `$(calendar) ${vscode.l10n.t('Until tomorrow')}`, description: '09:00', choice: 'tomorrow' as const },
        {
          label: `$(history) ${vscode.l10n.t('Until the next update')}`,
          description: next ? next.toLocaleString(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '',
          choice: 'next-update' as const,
        },
      ],
      { title: vscode.l10n.t('Snooze the reminders') },
    );
    choice = picked?.choice;
  }
  if (!choice) return undefined;
  const until = snoozeEnd(choice, deps.now(), next).toISOString();
  await deps.state.update(StateKeys.snoozedUntil, until);
  deps.log.info(`Reminder snoozed until ${until}`);
  deps.onSnoozed();
  return until;
}

/** Registers the general commands. */
export function registerGeneralCommands(deps: GeneralDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.refresh, () => deps.refresh()),
    vscode.commands.registerCommand(Commands.openSettings, () =>
      vscode.commands.executeCommand('workbench.action.openSettings', `@ext:${EXTENSION_ID}`),
    ),
    vscode.commands.registerCommand(Commands.showLog, () => deps.log.show(true)),
    vscode.commands.registerCommand(Commands.snoozeReminder, (raw?: unknown) => snooze(deps, raw)),
  ];
}
