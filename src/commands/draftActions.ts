/** Copy the draft (Markdown, Slack, plain text, rich text) and Mark Update Sent. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { convertMarkdown } from '../draft/convert';
import type { DraftDocuments, DraftRecord } from './draftDocuments';
import type { DraftHistory, SentDraft, SentRecord } from './draftHistory';
import { reportError } from './notify';

/** Host access of the draft actions. */
export interface DraftActionDeps {
  documents: DraftDocuments;
  history: DraftHistory;
  now: () => Date;
  log: vscode.LogOutputChannel;
  /** Puts HTML with plain text alongside on the clipboard through the sidebar webview. */
  copyRich: (html: string, text: string) => Promise<{ ok: boolean; message?: string }>;
  /** Called after an update is marked sent (the period and the reminder move on). */
  onSent: (sent: SentRecord) => void;
}

type CopyFormat = 'markdown' | 'slack' | 'text';

const formatName = (format: CopyFormat | 'rich'): string =>
  ({ markdown: vscode.l10n.t('Markdown'), slack: vscode.l10n.t('Slack text'), text: vscode.l10n.t('plain text'), rich: vscode.l10n.t('rich text') })[format];

function draftOrTell(deps: DraftActionDeps, uri: unknown): DraftRecord | undefined {
  const record = deps.documents.resolve(uri);
  if (!record) {
    const draft = vscode.l10n.t('Draft Update');
    void vscode.window.showInformationMessage(vscode.l10n.t('Work Log: there is no draft yet. Run "Work Log: Draft Update" first.'), draft).then(c => {
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
    vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Work Log: draft copied as {0}', formatName(format))}`, 3000);
    return text;
  } catch (error) {
    reportError(deps.log, vscode.l10n.t('Copying the draft as {0} failed', formatName(format)), error);
    return undefined;
  }
}

/** The draft as HTML for e-mail and documents, and as plain text for everywhere else. */
export function richTextOf(markdown: string): { html: string; text: string } {
  return { html: convertMarkdown(markdown, 'html'), text: convertMarkdown(markdown, 'text') };
}

/** What Copy as Rich Text returns. */
export interface RichCopyResult {
  ok: boolean;
  html: string;
  text: string;
  message?: string;
}

async function copyRich(deps: DraftActionDeps, uri: unknown): Promise<RichCopyResult | undefined> {
  const record = draftOrTell(deps, uri);
  if (!record) return undefined;
  const { html, text } = richTextOf(deps.documents.currentText(record));
  const outcome = await deps.copyRich(html, text);
  if (outcome.ok) {
    vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Work Log: draft copied as {0}', formatName('rich'))}`, 3000);
  } else {
    deps.log.info(`Rich-text copy from the command did not complete: ${outcome.message ?? ''}`);
    const plain = vscode.l10n.t('Copy as Plain Text');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Work Log: to copy rich text, press "Copy as Rich Text" in the Work Log view (the clipboard accepts formatted text only after a click there).'),
      plain,
    ).then(choice => choice && copy(deps, 'text', uri));
  }
  return { ok: outcome.ok, html, text, ...(outcome.message ? { message: outcome.message } : {}) };
}

async function markSent(deps: DraftActionDeps, uri: unknown): Promise<SentRecord | undefined> {
  const record = draftOrTell(deps, uri);
  if (!record) return undefined;
  const sent: SentDraft = {
    text: deps.documents.currentText(record),
    window: { ...record.window },
    template: record.template,
    sentAt: deps.now().toISOString(),
    shas: [...(record.shas ?? [])],
    changeIds: [...(record.changeIds ?? [])],
  };
  let saved: SentRecord;
  try {
    saved = await deps.history.add(sent);
  } catch (error) {
    reportError(deps.log, vscode.l10n.t('Saving the sent update failed'), error);
    return undefined;
  }
  deps.log.info(`Marked the ${record.template} update for ${record.window.label} as sent (${saved.file})`);
  deps.onSent(saved);
  const next = deps.history.nextSince();
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Work Log: update marked as sent. The next one starts {0}.', next ? new Date(next).toLocaleString() : vscode.l10n.t('now')),
  );
  return saved;
}

/** Registers the copy and mark-sent commands. */
export function registerDraftActions(deps: DraftActionDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.copyDraftMarkdown, (uri?: unknown) => copy(deps, 'markdown', uri)),
    vscode.commands.registerCommand(Commands.copyDraftSlack, (uri?: unknown) => copy(deps, 'slack', uri)),
    vscode.commands.registerCommand(Commands.copyDraftText, (uri?: unknown) => copy(deps, 'text', uri)),
    vscode.commands.registerCommand(Commands.copyDraftRichText, (uri?: unknown) => copyRich(deps, uri)),
    vscode.commands.registerCommand(Commands.markUpdateSent, (uri?: unknown) => markSent(deps, uri)),
  ];
}
