/** Copy the draft (Markdown, Slack, plain text) and Mark Update Sent. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { convertMarkdown } from '../draft/convert';
import type { DraftDocuments, DraftRecord } from './draftDocuments';
import type { DraftHistory, SentDraft } from './draftHistory';
import { reportError } from './notify';

/** Host access of the draft actions. */
export interface DraftActionDeps {
  documents: DraftDocuments;
  history: DraftHistory;
  now: () => Date;
  log: vscode.LogOutputChannel;
  /** Called after an update is marked sent (the period and the reminder move on). */
  onSent: (sent: SentDraft) => void;
}

type CopyFormat = 'markdown' | 'slack' | 'text';

const FORMAT_NAMES: Record<CopyFormat, string> = { markdown: 'Markdown', slack: 'Slack text', text: 'plain text' };

function draftOrTell(deps: DraftActionDeps, uri: unknown): DraftRecord | undefined {
  const record = deps.documents.resolve(uri);
  if (!record) {
    void vscode.window.showInformationMessage('Work Log: there is no draft yet. Run "Work Log: Draft Update" first.', 'Draft Update').then(c => {
      if (c) void vscode.commands.executeCommand(Commands.draftUpdate);
    });
  }
  return record;
}

async function copy(deps: DraftActionDeps, format: CopyFormat, uri: unknown): Promise<string | undefined> {
  const record = draftOrTell(deps, uri);
  if (!record) return undefined;
  try {
    const markdown = deps.documents.currentText(record);
    const text = format === 'markdown' ? markdown : convertMarkdown(markdown, format);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`$(check) Work Log: draft copied as ${FORMAT_NAMES[format]}`, 3000);
    return text;
  } catch (error) {
    reportError(deps.log, `Copying the draft as ${FORMAT_NAMES[format]} failed`, error);
    return undefined;
  }
}

async function markSent(deps: DraftActionDeps, uri: unknown): Promise<SentDraft | undefined> {
  const record = draftOrTell(deps, uri);
  if (!record) return undefined;
  const sent: SentDraft = {
    text: deps.documents.currentText(record),
    window: { ...record.window },
    template: record.template,
    sentAt: deps.now().toISOString(),
  };
  try {
    await deps.history.add(sent);
  } catch (error) {
    reportError(deps.log, 'Saving the sent update failed', error);
    return undefined;
  }
  deps.log.info(`Marked the ${record.template} update for ${record.window.label} as sent`);
  deps.onSent(sent);
  const next = deps.history.nextSince();
  void vscode.window.showInformationMessage(
    `Work Log: update marked as sent. The next one starts ${next ? new Date(next).toLocaleString() : 'now'}.`,
  );
  return sent;
}

/** Registers the copy and mark-sent commands. */
export function registerDraftActions(deps: DraftActionDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.copyDraftMarkdown, (uri?: unknown) => copy(deps, 'markdown', uri)),
    vscode.commands.registerCommand(Commands.copyDraftSlack, (uri?: unknown) => copy(deps, 'slack', uri)),
    vscode.commands.registerCommand(Commands.copyDraftText, (uri?: unknown) => copy(deps, 'text', uri)),
    vscode.commands.registerCommand(Commands.markUpdateSent, (uri?: unknown) => markSent(deps, uri)),
  ];
}
