/** Show Update History: every sent update, opened read-only exactly as it was sent. */
import * as vscode from 'vscode';
import { Commands, SENT_SCHEME } from '../constants';
import type { DraftHistory, SentMeta } from './draftHistory';

/** The read-only document URI of a sent update. */
export function sentUri(record: SentMeta): vscode.Uri {
  const day = record.sentAt.slice(0, 10);
  return vscode.Uri.from({ scheme: SENT_SCHEME, path: `/${record.template} update sent ${day}.md`, query: record.id });
}

async function openSent(record: SentMeta): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sentUri(record));
  const markdown = document.languageId === 'markdown' ? document : await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  await vscode.window.showTextDocument(markdown, { preview: true });
  return markdown;
}

/** Provides sent-update documents and registers `worklog.showUpdateHistory` (argument `{ id }` opens one directly). */
export function registerUpdateHistory(history: DraftHistory): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: uri => history.get(uri.query)?.text ?? vscode.l10n.t('This sent update is no longer in the journal folder.'),
  };
  const show = async (raw?: unknown): Promise<string | undefined> => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    if (id) {
      const record = history.get(id);
      return record ? (await openSent(record)).uri.toString() : undefined;
    }
    const records = history.all().reverse();
    if (!records.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Work Log: no update was marked as sent yet. Draft one, send it, then run "Mark Update Sent".'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      records.map(r => ({
        label: `$(mail) ${r.window.label}`,
        description: r.template,
        detail: vscode.l10n.t('sent {0}', new Date(r.sentAt).toLocaleString()),
        record: r,
      })),
      { title: vscode.l10n.t('Update History'), placeHolder: vscode.l10n.t('Open a sent update (read-only)'), matchOnDetail: true },
    );
    return picked ? (await openSent(picked.record)).uri.toString() : undefined;
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(SENT_SCHEME, provider),
    vscode.commands.registerCommand(Commands.showUpdateHistory, show),
  ];
}
