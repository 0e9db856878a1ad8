/** Refresh, Open Settings, Show Log and Snooze Reminder. */
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, StateKeys } from '../constants';

/** Host access of the general commands. */
export interface GeneralDeps {
  refresh: () => Promise<void>;
  log: vscode.LogOutputChannel;
  state: vscode.Memento;
  now: () => Date;
  onSnoozed: () => void;
}

/** How long a snooze lasts. */
export type SnoozeChoice = 'hour' | 'tomorrow';

/** When a snooze chosen at `now` ends: one hour later, or tomorrow at 09:00 local time. */
export function snoozeEnd(choice: SnoozeChoice, now: Date): Date {
  return choice === 'hour'
    ? new Date(now.getTime() + 3_600_000)
    : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
}

/** The active snooze's end, if any. */
export function snoozedUntil(state: vscode.Memento): Date | undefined {
  const raw = state.get<string>(StateKeys.snoozedUntil);
  const d = raw ? new Date(raw) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

async function snooze(deps: GeneralDeps, raw: unknown): Promise<string | undefined> {
  let choice: SnoozeChoice | undefined = raw === 'hour' || raw === 'tomorrow' ? raw : undefined;
  if (!choice) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: '$(clock) For 1 hour', choice: 'hour' as const },
        { label: '$(calendar) Until tomorrow', description: '09:00', choice: 'tomorrow' as const },
      ],
      { title: 'Snooze the update reminder' },
    );
    choice = picked?.choice;
  }
  if (!choice) return undefined;
  const until = snoozeEnd(choice, deps.now()).toISOString();
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
