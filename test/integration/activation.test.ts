/** The extension loads in a real extension host, registers what it declares and runs no git while activating. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/constants';
import type { WorkLogTestApi } from '../../src/extension';
import { fixtureDir, gitRuns, gitRunsRecorded, need } from './hostEnv';

interface Manifest {
  contributes?: { commands?: { command: string }[] };
}

describe('activation', () => {
  it('opens the fixture workspace the runner built, trusted', function () {
    const expected = fixtureDir();
    need(this, 'fixture');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map(f => f.uri.fsPath), [expected]);
    assert.equal(vscode.workspace.isTrusted, true);
  });

  it('activates without starting a git process', async () => {
    const ext = vscode.extensions.getExtension<WorkLogTestApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const api = await ext.activate();
    assert.equal(ext.isActive, true);
    const activationMs = api.activationMs();
    assert.ok(Number.isFinite(activationMs) && activationMs >= 0, `activationMs() is ${activationMs}`);
    // For `npm run bench`: the activation time measured inside this real extension host.
    if (fixtureDir()) {
      mkdirSync(join(ext.extensionPath, 'test-results'), { recursive: true });
      writeFileSync(join(ext.extensionPath, 'test-results', 'activation.json'), JSON.stringify({ activationMs }));
    }
    // Two witnesses: the extension's own count, and every git process the harness's wrapper on PATH saw.
    assert.equal(api.gitRuns(), 0, 'the extension counted git runs');
    if (gitRunsRecorded()) assert.deepEqual(gitRuns(), [], 'git ran during activation');
    // Asking for language models starts every extension that provides one: not before a draft opens.
    assert.deepEqual(api.languageModels(), { available: false, lookups: 0 });
  });

  it('registers every command package.json contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    const manifest = JSON.parse(readFileSync(join(ext.extensionPath, 'package.json'), 'utf8')) as Manifest;
    const declared = (manifest.contributes?.commands ?? []).map(c => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter(id => !registered.has(id)), [], 'declared in package.json but not registered');
  });
});
