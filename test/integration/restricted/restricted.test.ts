/** In an untrusted (restricted) workspace the extension runs no git at all. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../../src/constants';
import { gitRuns, need, TEST_LANGUAGE_MODEL } from '../hostEnv';

interface Manifest {
  contributes?: { commands?: { command: string }[] };
}

describe('restricted workspace', () => {
  it('is opened untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  // Only these: the other commands open prompts that would wait for an answer.
  it('runs no git, even when every Refresh and Draft command is run', async function () {
    need(this, 'gitLog');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await ext.activate();
    const manifest = ext.packageJSON as Manifest;
    const safe = (manifest.contributes?.commands ?? []).map(c => c.command).filter(id => /refresh|draft/i.test(id));
    assert.ok(safe.includes(Commands.refresh) && safe.includes(Commands.draftUpdate), `ran only ${safe.join(', ')}`);
    for (const id of safe) {
      // A command may refuse (restricted mode): that is fine, running git is not.
      await Promise.race([
        Promise.resolve(vscode.commands.executeCommand(id)).catch(() => undefined),
        new Promise(r => setTimeout(r, 3000)),
      ]);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
    assert.deepEqual(gitRuns(), []);
  });

  it('sends nothing to a language model: Polish Draft with AI is refused', async function () {
    need(this, 'languageModel');
    await vscode.extensions.getExtension(TEST_LANGUAGE_MODEL)!.activate();
    const result = await vscode.commands.executeCommand<{ status: string }>(Commands.polishDraft);
    assert.equal(result?.status, 'failed');
    assert.deepEqual(await vscode.commands.executeCommand<string[]>('worklogTestLm.prompts'), []);
  });
});
