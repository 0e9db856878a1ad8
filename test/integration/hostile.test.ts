/**
 * Issue 7 in the real extension host: hostile repositories run nothing (Draft Update, Refresh, Show Commit,
 * the status bar scan), and a window and the CLI writing the journal at once lose nothing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { makeArmedRepo } from '../unit/hostile/armedRepo';
import type { ArmedRepo } from '../unit/hostile/armedRepo';
import { Commands, EXTENSION_ID, Settings } from '../../src/constants';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import { need } from './hostEnv';
import { api, closeUntitled, setting } from './workbench';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const TEMPLATES = ['weekly', 'standup', 'one-on-one', 'brag', 'problem-report'];

describe('hostile repositories in the extension', function () {
  this.timeout(120_000);
  let armed: ArmedRepo[];

  before(async function () {
    need(this, 'fixture');
    armed = (['direct', 'include', 'includeIf'] as const).map(via => makeArmedRepo(`evil-${via}`, via, { first: daysAgo(3), second: daysAgo(2), branch: daysAgo(1) }));
    await setting(Settings.include, armed.map(a => a.repo.dir));
  });

  after(async () => {
    if (!armed) return;
    await setting(Settings.include, undefined);
    await closeUntitled();
  });

  it('Draft Update (every template), Refresh, the status bar scan and Show Commit run no program the repositories name', async () => {
    const worklog = await api();
    for (const template of TEMPLATES) {
      const draft = await vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '30d', template });
      assert.ok(draft, `Draft Update (${template}) returned nothing`);
      if (template === 'weekly') assert.match(draft.text, /changed? text/i, 'the armed repositories were not read');
    }
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(worklog.activity(), 'ready');
    assert.match(worklog.statusBar().tooltip, /repositor(y|ies) scanned/);
    for (const a of armed) {
      const sha = a.repo.git(['rev-parse', 'HEAD']);
      const uri = await vscode.commands.executeCommand<string | undefined>(Commands.showCommit, { repositoryPath: a.repo.dir, sha });
      assert.ok(uri, 'Show Commit opened nothing');
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri);
      assert.match(doc?.getText() ?? '', new RegExp(`commit ${sha}`));
    }
    for (const a of armed) assert.deepEqual(a.fired(), [], `${a.repo.dir}: a program named by the repository ran`);

    // Control: the traps are armed.
    armed[0].fireWithPlainGit();
    assert.ok(armed[0].fired().includes('fsmonitor'));
  });
});

describe('a window and the CLI writing the journal at once', function () {
  this.timeout(120_000);

  it('loses nothing: every entry is in the window and in the CLI’s list', async function () {
    need(this, 'fixture');
    const worklog = await api();
    const folder = worklog.journal().folder;
    const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const run = (args: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>(resolve => {
      const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', code => resolve({ code, stdout, stderr }));
    });
    const tag = `race-${Date.now()}`;
    const fromCli = (async () => {
      for (let i = 0; i < 15; i++) {
        const r = await run(['add', 'note', `${tag} cli ${i}`, '--journal', folder]);
        assert.equal(r.code, 0, r.stderr);
      }
    })();
    const fromWindow = (async () => {
      for (let i = 0; i < 15; i++) await vscode.commands.executeCommand(Commands.addEntry, { kind: 'win', text: `${tag} window ${i}` });
    })();
    await Promise.all([fromCli, fromWindow]);
    const expected = [...Array.from({ length: 15 }, (_, i) => `${tag} cli ${i}`), ...Array.from({ length: 15 }, (_, i) => `${tag} window ${i}`)].sort();
    const mine = (texts: string[]) => texts.filter(t => t.startsWith(tag)).sort();
    const entries = await worklog.whenJournal(es => mine(es.map(e => e.text)).length === 30, 20_000);
    assert.deepEqual(mine(entries.map(e => e.text)), expected);
    const listed = await run(['list', '--journal', folder, '--format', 'json']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(mine((JSON.parse(listed.stdout) as { text: string }[]).map(e => e.text)), expected);
    assert.deepEqual(worklog.journal().issues, []);
  });
});
