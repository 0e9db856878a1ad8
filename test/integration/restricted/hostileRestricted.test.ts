/** Restricted mode refuses git on every path that reaches it with arguments: Show Commit, commit documents, Export Journal. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMIT_SCHEME, Commands } from '../../../src/constants';
import { fixtureDir, gitRuns, need } from '../hostEnv';
import { api } from '../workbench';

describe('restricted workspace: commands given arguments still run no git', function () {
  this.timeout(60_000);

  it('Show Commit, a commit document and Export Journal with a period run no git', async function () {
    need(this, 'gitLog', 'fixture');
    await api();
    const dir = fixtureDir()!;
    await vscode.commands.executeCommand(Commands.showCommit, { repositoryPath: dir, sha: 'abcdef1234' });
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: COMMIT_SCHEME, path: '/abcdef1234.diff', query: JSON.stringify({ repositoryPath: dir, sha: 'abcdef1234' }) }));
    assert.match(doc.getText(), /Restricted Mode|Could not show/);
    await Promise.race([
      Promise.resolve(vscode.commands.executeCommand(Commands.exportJournal, { period: 'all' })).catch(() => undefined),
      new Promise(r => setTimeout(r, 5000)),
    ]);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual(gitRuns(), []);
  });
});
