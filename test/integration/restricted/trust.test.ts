/** Restricted Mode: Work Log explains itself instead of running git. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../../src/constants';
import type { WorkLogTestApi } from '../../../src/extension';

describe('Work Log in Restricted Mode', () => {
  it('refuses to draft and reports the workspace as untrusted, with no git run', async () => {
    const ext = vscode.extensions.getExtension<WorkLogTestApi>(EXTENSION_ID);
    assert.ok(ext);
    const worklog = await ext.activate();
    assert.equal(await vscode.commands.executeCommand(Commands.draftUpdate, { window: '7d', template: 'weekly' }), undefined);
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(worklog.activity(), 'untrusted');
    assert.equal(worklog.gitRuns(), 0);
    assert.match(worklog.statusBar().tooltip, /Restricted Mode/);
  });
});
