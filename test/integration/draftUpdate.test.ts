/** Draft Update, the copy actions and Mark Update Sent on the fixture repository, in the real extension host. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/constants';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import type { SentDraft } from '../../src/commands/draftHistory';
import { convertMarkdown } from '../../src/draft/convert';
import { settleRepository } from '../helpers/settle';
import { fixtureDir, need } from './hostEnv';
import { api, closeUntitled } from './workbench';

const draftDocument = (uri: string) => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri);

describe('Draft Update', function () {
  let draft: DraftUpdateResult;

  before(function () {
    need(this, 'fixture');
  });

  after(closeUntitled);

  it('opens the fixture’s update as an editable Markdown document', async () => {
    await api();
    const result = await vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '30d', template: 'weekly' });
    assert.ok(result, 'Draft Update returned nothing');
    draft = result;
    assert.equal(draft.template, 'weekly');
    assert.match(draft.text, /## Done/);
    assert.match(draft.text, /ABC-101/);
    // Done tells titles in the past tense; the headline may name the fix too.
    const doneSection = draft.text.split('## Done')[1]?.split('\n## ')[0] ?? '';
    assert.match(doneSection, /handled? empty responses \(also on stable\/1\.x\)/i, 'the backport is not told with its fix');
    assert.equal(doneSection.match(/handled? empty responses/gi)?.length, 1, 'the backported fix is told twice');
    assert.doesNotMatch(draft.text, /release process/, 'a commit by someone else is in the draft');
    // The unmerged branch is in progress, and only there.
    const [done, inProgress] = draft.text.split('## In progress');
    assert.match(inProgress ?? '', /export entries to CSV/i, 'the unmerged branch is not in progress');
    assert.doesNotMatch(done, /export entries to CSV/i, 'unmerged work is told as Done');

    const doc = draftDocument(draft.uri);
    assert.ok(doc, 'the draft document is not open');
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'markdown');
    assert.equal(doc.getText(), draft.text);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draft.uri);
    assert.equal((await api()).lastDraft()?.uri, draft.uri);
  });

  it('copies the current, edited text as Markdown, Slack and plain text', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === draft.uri);
    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'Edited by **me** before sending.\n\n'));
    const current = editor.document.getText();

    const markdown = await vscode.commands.executeCommand<string>(Commands.copyDraftMarkdown, editor.document.uri);
    assert.equal(markdown, current);
    assert.equal(await vscode.env.clipboard.readText(), current);

    await vscode.commands.executeCommand(Commands.copyDraftSlack, editor.document.uri);
    const slack = await vscode.env.clipboard.readText();
    assert.equal(slack, convertMarkdown(current, 'slack'));
    assert.match(slack, /Edited by \*me\* before sending\./);

    await vscode.commands.executeCommand(Commands.copyDraftText);
    const text = await vscode.env.clipboard.readText();
    assert.equal(text, convertMarkdown(current, 'text'));
    assert.doesNotMatch(text, /\*\*|^## /m);
  });

  it('marks the update sent and starts the next default window where it ended', async () => {
    const worklog = await api();
    const sent = await vscode.commands.executeCommand<SentDraft | undefined>(Commands.markUpdateSent, vscode.Uri.parse(draft.uri));
    assert.ok(sent);
    assert.equal(sent.window.until, draft.window.until);
    assert.match(sent.text, /^Edited by \*\*me\*\*/);
    // The window runs to the end of today; work after sending belongs to the next update.
    const nextSince = new Date(Math.min(Date.parse(sent.window.until), Date.parse(sent.sentAt))).toISOString();
    assert.deepEqual(worklog.defaultWindow(), { since: nextSince });

    const next = await vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: 'since-last-sent', template: 'weekly' });
    assert.ok(next, 'drafting since the last sent update failed');
    assert.equal(next.window.since, nextSince);
    assert.doesNotMatch(next.text, /handle empty responses/i, 'work already reported is reported again');
  });

  it('shows a commit of the fixture as a read-only diff', async () => {
    const dir = fixtureDir()!;
    const sha = execFileSync('git', ['rev-parse', 'main'], { cwd: dir, encoding: 'utf8' }).trim();
    const uri = await vscode.commands.executeCommand<string | undefined>(Commands.showCommit, { repositoryPath: dir, sha });
    assert.ok(uri);
    const doc = draftDocument(uri);
    assert.ok(doc);
    assert.equal(doc.languageId, 'diff');
    assert.match(doc.getText(), new RegExp(`commit ${sha}`));
    assert.match(doc.getText(), /handle empty responses/);
  });

  it('ignores malformed arguments from menus and refuses unknown templates without throwing', async () => {
    const result = await vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '30d', template: 'no-such-template' });
    assert.equal(result, undefined);

    // A window that is not one is dropped: the command asks for the period (accepted here) and keeps the template.
    let settled = false;
    const asked = Promise.resolve(vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: 42, template: 'weekly' }))
      .finally(() => (settled = true));
    for (let i = 0; i < 100 && !settled; i++) {
      await new Promise(r => setTimeout(r, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const drafted = await asked;
    assert.ok(drafted, 'Draft Update with { window: 42 } drafted nothing once the period was picked');
    assert.equal(drafted.template, 'weekly');
  });
});

describe('status bar and sidebar activity', () => {
  before(function () {
    need(this, 'fixture');
  });

  it('shows the Work Log item with the reminder', async () => {
    const { text } = (await api()).statusBar();
    assert.match(text, /^\$\(notebook\) Work Log/);
  });

  it('scans the fixture on Refresh and summarises it in the tooltip', async () => {
    const worklog = await api();
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(worklog.activity(), 'ready');
    assert.ok(worklog.gitRuns() > 0);
    assert.match(worklog.statusBar().tooltip, /repositor(y|ies) scanned/);
  });

  it('keeps what an unchanged repository gave in its global storage, and Refresh starts from scratch', async () => {
    const worklog = await api();
    const folder = worklog.repositoryCacheFolder();
    settleRepository(fixtureDir()!);
    mkdirSync(folder, { recursive: true });
    // A state file of an earlier session (the store's names are 32 hex digits), and a file the store did not write.
    const stale = join(folder, `${'0'.repeat(32)}.json`);
    const foreign = join(folder, 'notes.json');
    writeFileSync(foreign, '{}');
    writeFileSync(stale, '{}');
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(existsSync(stale), false, 'Refresh kept a stored state');
    assert.equal(existsSync(foreign), true, 'Refresh deleted a file the store did not write');
    const toplevels = readdirSync(folder).filter(n => /^[0-9a-f]{32}\.json$/.test(n))
      .map(n => (JSON.parse(readFileSync(join(folder, n), 'utf8')) as { state: { info: { toplevel: string } } }).state.info.toplevel);
    assert.deepEqual(toplevels, [realpathSync(fixtureDir()!)]);
  });

  it('snoozes the reminder', async () => {
    const until = await vscode.commands.executeCommand<string | undefined>(Commands.snoozeReminder, 'hour');
    assert.ok(until);
    const minutes = (new Date(until).getTime() - Date.now()) / 60_000;
    assert.ok(minutes > 55 && minutes <= 60, `snoozed for ${minutes} minutes`);
  });
});
