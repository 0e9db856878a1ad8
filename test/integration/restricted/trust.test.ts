/** Restricted Mode: Work Log explains itself instead of running git. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/constants';
import { api } from '../workbench';

describe('Work Log in Restricted Mode', () => {
  it('refuses to draft and reports the workspace as untrusted, with no git run', async () => {
    const worklog = await api();
    assert.equal(await vscode.commands.executeCommand(Commands.draftUpdate, { window: '7d', template: 'weekly' }), undefined);
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(worklog.activity(), 'untrusted');
    assert.equal(worklog.gitRuns(), 0);
    assert.match(worklog.statusBar().tooltip, /Restricted Mode/);
  });
});
