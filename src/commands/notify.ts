/** Errors reach the user as one clear sentence with a way to the log; the details go to the log. */
import * as vscode from 'vscode';
import { Commands } from '../constants';

/** The first line of an error's message, without a stack trace. */
export function errorSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim() || vscode.l10n.t('Unknown error');
}

/** Logs the full error and shows one notification with a "Show Log" button. */
export function reportError(log: vscode.LogOutputChannel, what: string, error: unknown): void {
  log.error(`${what}:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
  void vscode.window.showErrorMessage(vscode.l10n.t('Work Log: {0}: {1}', what, errorSentence(error)), vscode.l10n.t('Show Log')).then(choice => {
    if (choice) void vscode.commands.executeCommand(Commands.showLog);
  });
}
