/** Shows one commit as a read-only diff document (works without the built-in git extension). */
import * as vscode from 'vscode';
import { COMMIT_SCHEME, Commands } from '../constants';
import type { GitAccess, ShowOptions } from './gitAccess';
import { errorSentence, reportError } from './notify';

const SHA = /^[0-9a-f]{4,64}$/;

/** The document URI of a commit: the short SHA as name, repository and SHA in the query. */
export function commitUri(repositoryPath: string, sha: string): vscode.Uri {
  return vscode.Uri.from({ scheme: COMMIT_SCHEME, path: `/${sha.slice(0, 12)}.diff`, query: JSON.stringify({ repositoryPath, sha }) });
}

/** Provides commit documents and registers `worklog.showCommit`. */
export function registerShowCommit(git: GitAccess, gitOptions: () => ShowOptions, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const { repositoryPath, sha } = JSON.parse(uri.query) as { repositoryPath: string; sha: string };
      try {
        return await git.show(repositoryPath, sha, gitOptions());
      } catch (error) {
        log.error(`git show ${sha} in ${repositoryPath}:`, String(error));
        return vscode.l10n.t('Could not show commit {0}: {1}', sha, errorSentence(error));
      }
    },
  };
  const show = async (raw?: unknown) => {
    const args = raw as { repositoryPath?: unknown; sha?: unknown } | undefined;
    if (typeof args?.repositoryPath !== 'string' || typeof args.sha !== 'string' || !SHA.test(args.sha)) return undefined;
    try {
      const document = await vscode.workspace.openTextDocument(commitUri(args.repositoryPath, args.sha));
      await vscode.languages.setTextDocumentLanguage(document, 'diff');
      await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Active });
      return document.uri.toString();
    } catch (error) {
      reportError(log, vscode.l10n.t('Opening the commit failed'), error);
      return undefined;
    }
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, provider),
    vscode.commands.registerCommand(Commands.showCommit, show),
  ];
}
