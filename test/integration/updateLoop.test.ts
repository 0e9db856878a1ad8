/** The update loop in the real extension host: manager profile, mark sent / history / next window, your own templates. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_SECTION, Commands, SENT_SCHEME } from '../../src/constants';
import type { CustomizeResult } from '../../src/commands/customizeTemplate';
import type { SentRecord } from '../../src/commands/draftHistory';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import { fixtureDir, need } from './hostEnv';
import { api, closeUntitled, setting } from './workbench';

const settings = () => vscode.workspace.getConfiguration(CONFIG_SECTION);
const PROFILE_KEYS = ['profile.managerName', 'draft.style', 'reminder.cadence', 'reminder.oneOnOneDay', 'reminder.oneOnOneTime', 'profile.goals', 'draft.templateByCadence', 'templates.folder'];
const draft = (args: object) => vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, args);

describe('the update loop', function () {
  before(function () {
    need(this, 'fixture');
  });

  after(async () => {
    for (const key of PROFILE_KEYS) await setting(key, undefined);
    await closeUntitled();
  });

  it('Set Up Manager Profile saves the profile, adds the goals to the journal, and the draft follows it', async () => {
    const worklog = await api();
    const answers = await vscode.commands.executeCommand(Commands.setUpProfile, {
      managerName: 'Dana', style: 'brief', cadence: 'one-on-one', day: 'tuesday', time: '10:30', goals: ['Ship the login revamp'], template: 'one-on-one',
    });
    assert.ok(answers, 'the command returned nothing');
    assert.equal(settings().get('profile.managerName'), 'Dana');
    assert.equal(settings().get('draft.style'), 'brief');
    assert.equal(settings().get('reminder.cadence'), 'one-on-one');
    assert.equal(settings().get('reminder.oneOnOneDay'), 'tuesday');
    assert.equal(settings().get('reminder.oneOnOneTime'), '10:30');
    assert.deepEqual(settings().get('profile.goals'), ['Ship the login revamp']);
    assert.equal(settings().get<Record<string, string>>('draft.templateByCadence')?.['one-on-one'], 'one-on-one');
    await worklog.whenJournal(entries => entries.some(e => e.kind === 'goal' && e.text === 'Ship the login revamp'));

    const result = await draft({ window: '30d', template: 'weekly' });
    assert.ok(result);
    assert.match(result.text, /^Hi Dana,/);
    assert.doesNotMatch(result.text, /`[0-9a-f]{7}`/, 'a brief draft shows no evidence SHAs');
  });

  it('lists what needs attention in the status bar tooltip, each with a link to act on it', async () => {
    const worklog = await api();
    const problem = await vscode.commands.executeCommand<{ id: string }>(Commands.addProblem, { text: 'Nobody owns the flaky deploy job' });
    await worklog.whenJournal(entries => entries.some(e => e.id === problem.id));
    const item = worklog.reminders().find(r => r.entryId === problem.id);
    assert.ok(item, 'the problem without an option is not listed');
    assert.equal(item.kind, 'problemNoOption');
    const tooltip = worklog.statusBar().tooltip;
    assert.match(tooltip, /Nobody owns the flaky deploy job/);
    assert.ok(tooltip.includes(`command:${Commands.editEntry}?${encodeURIComponent(JSON.stringify([{ id: problem.id }]))}`), 'no link to act on it');
    assert.match(tooltip, /command:worklog\.snoozeReminder\?/);
  });

  it('Mark Sent keeps the exact text in the journal folder; the history opens it read-only; the next window starts there', async () => {
    const worklog = await api();
    const first = await draft({ window: '30d', template: 'weekly' });
    assert.ok(first);
    const sent = await vscode.commands.executeCommand<SentRecord | undefined>(Commands.markUpdateSent, vscode.Uri.parse(first.uri));
    assert.ok(sent);
    assert.ok(sent.file.startsWith(worklog.sentFolder()), `${sent.file} is not in ${worklog.sentFolder()}`);
    assert.equal(readFileSync(sent.file, 'utf8'), first.text);
    assert.ok(existsSync(sent.file.replace(/\.md$/, '.json')));
    assert.equal(sent.template, 'weekly');
    assert.deepEqual(sent.shas, first.shas);

    const opened = await vscode.commands.executeCommand<string | undefined>(Commands.showUpdateHistory, { id: sent.id });
    assert.ok(opened);
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === opened);
    assert.ok(doc);
    assert.equal(doc.uri.scheme, SENT_SCHEME, 'not opened read-only');
    assert.equal(doc.getText(), first.text);

    const nextSince = new Date(Math.min(Date.parse(sent.window.until), Date.parse(sent.sentAt))).toISOString();
    assert.deepEqual(worklog.defaultWindow(), { since: nextSince });
  });

  it('does not report an accomplishment again unless new commits were added to it', async () => {
    const dir = fixtureDir()!;
    const again = await draft({ window: '30d', template: 'weekly' });
    assert.ok(again);
    assert.doesNotMatch(again.text, /handled? empty responses/i, 'reported work told again');
    writeFileSync(join(dir, 'src', 'api', 'retry.ts'), 'export const retries = 3;\n');
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['commit', '-q', '-m', 'fix(api): retry on timeouts'], { cwd: dir });
    const grown = await draft({ window: '30d', template: 'weekly' });
    assert.ok(grown);
    assert.match(grown.text, /retr(?:y|ied) on timeouts|handled? empty responses/i, 'the accomplishment with a new commit is not reported');
  });

  it('Customize Template copies a built-in template; edits apply to the next draft; an error falls back with file and line', async () => {
    const result = await vscode.commands.executeCommand<CustomizeResult | undefined>(Commands.customizeTemplate, 'standup');
    assert.ok(result);
    assert.equal(result.created, true);
    assert.ok(settings().get<string>('templates.folder'), 'no templates folder was set');
    assert.match(readFileSync(result.file, 'utf8'), /description:/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, result.file);

    writeFileSync(result.file, 'MY OWN STANDUP for {{window.label}}\n');
    const mine = await draft({ window: '30d', template: 'standup' });
    assert.ok(mine);
    assert.match(mine.text, /^MY OWN STANDUP for /);
    assert.equal(mine.templateError, undefined);

    writeFileSync(result.file, 'line one\nline two {{noSuchHelper window.label}}\n');
    const fallback = await draft({ window: '30d', template: 'standup' });
    assert.ok(fallback);
    assert.doesNotMatch(fallback.text, /MY OWN STANDUP|line one/, 'the broken template was used');
    assert.ok(fallback.templateError, 'the template error is not reported');
    assert.equal(fallback.templateError.file, result.file);
    assert.equal(fallback.templateError.line, 2);
  });
});
