/** The journal through the commands in the real extension host: capture, edit, status, delete/undo, draft, export, watch. */
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import type { ExportJournalResult } from '../../src/commands/journalCommands';
import { Commands, Settings } from '../../src/constants';
import type { WorkLogTestApi } from '../../src/extension';
import { JournalStore } from '../../src/journal/store';
import type { Entry, PromiseEntry } from '../../src/journal/types';
import { localDay, startOfDay } from '../../src/time/days';
import { need } from './hostEnv';
import { api, closeUntitled, setting, until } from './workbench';

const run = <T>(command: string, args?: unknown): Promise<T> => Promise.resolve(vscode.commands.executeCommand<T>(command, args));

const setJournalFolder = (value: string) => setting(Settings.journalFolder, value);

/** The local day `n` days from now: fixture dates are built from the real clock. */
const inDays = (n: number): string => localDay(startOfDay(new Date(), n));

describe('journal commands', () => {
  let dir: string;
  let worklog: WorkLogTestApi;

  before(async function () {
    need(this, 'fixture');
    worklog = await api();
    dir = mkdtempSync(join(tmpdir(), 'worklog-it-journal-'));
    await setJournalFolder(dir);
    await until('the journal folder setting to apply', () => worklog.journal().folder === dir, 10_000);
  });

  after(async () => {
    if (!dir) return;
    await closeUntitled();
    await setJournalFolder('');
    rmSync(dir, { recursive: true, force: true });
  });

  it('switches to the folder named by the setting without a reload', () => {
    assert.equal(worklog.journal().folder, dir);
    assert.deepEqual(worklog.journal().entries, []);
  });

  it('adds an entry of every kind and writes it to the journal folder', async () => {
    const goal = await run<Entry>(Commands.addEntry, { kind: 'goal', text: 'Make releases boring', goalKind: 'manager' });
    const inputs: Record<string, unknown>[] = [
      { kind: 'win', text: 'Cut the build from 12 to 4 minutes', impact: 'every PR merges faster', goalId: goal.id },
      { kind: 'feedback', text: 'Design docs are too long', from: 'Dana', action: 'one-page summaries first' },
      { kind: 'note', text: 'Spiking the queue migration' },
      { kind: 'promise', text: 'Send the migration plan', to: 'Dana', due: inDays(60) },
    ];
    const added = [goal];
    for (const input of inputs) added.push(await run<Entry>(Commands.addEntry, input));
    added.push(await run<Entry>(Commands.addProblem, { text: 'Staging is shared by three teams' }));
    added.push(await run<Entry>(Commands.addPromise, { text: 'Review the on-call guide', due: inDays(90) }));
    assert.deepEqual(added.map(e => e.kind), ['goal', 'win', 'feedback', 'note', 'promise', 'problem', 'promise']);

    const listed = worklog.journal().entries.map(e => e.id).sort();
    assert.deepEqual(listed, added.map(e => e.id).sort());
    // On disk, readable by any other store (another window, the CLI).
    const disk = await JournalStore.open(dir).load();
    assert.deepEqual(disk.entries.map(e => e.id).sort(), listed);
    assert.ok(readdirSync(dir).some(n => n.endsWith('.jsonl')));
  });

  it('refuses an invalid entry with the field named, and saves nothing', async () => {
    const before = worklog.journal().entries.length;
    await assert.rejects(run(Commands.addEntry, { kind: 'promise', text: 'Ship it', due: '2026-02-30' }), /"due"/);
    await assert.rejects(run(Commands.addEntry, { kind: 'win', text: '   ' }), /"text"/);
    assert.equal(worklog.journal().entries.length, before);
  });

  it('edits an entry and changes statuses with one command each', async () => {
    const promise = worklog.journal().entries.find(e => e.text === 'Send the migration plan')!;
    const edited = await run<Entry>(Commands.editEntry, { id: promise.id, patch: { text: 'Send the queue migration plan', to: 'Dana and Lee' } });
    assert.equal(edited.text, 'Send the queue migration plan');
    assert.equal((edited as PromiseEntry).to, 'Dana and Lee');

    const atRisk = await run<PromiseEntry>(Commands.setEntryStatus, { id: promise.id, status: 'at-risk', plan: 'pair with Lee on Monday' });
    assert.equal(atRisk.status, 'at-risk');
    assert.equal(atRisk.plan, 'pair with Lee on Monday');
    const done = await run<PromiseEntry>(Commands.setEntryStatus, { id: promise.id, status: 'done' });
    assert.equal(done.status, 'done');
    assert.ok(done.closedAt);

    const problem = worklog.journal().entries.find(e => e.kind === 'problem')!;
    const resolved = await run<Entry>(Commands.setEntryStatus, { id: problem.id, status: 'resolved' });
    assert.equal(resolved.kind === 'problem' && resolved.status, 'resolved');
    const stored = (await JournalStore.open(dir).load()).entries.find(e => e.id === promise.id);
    assert.equal(stored?.kind === 'promise' && stored.status, 'done');
  });

  it('deletes an entry and restores it with undo', async () => {
    const note = worklog.journal().entries.find(e => e.kind === 'note')!;
    const removed = await run<Entry>(Commands.deleteEntry, { id: note.id });
    assert.equal(removed.id, note.id);
    assert.equal(worklog.journal().entries.some(e => e.id === note.id), false);
    assert.equal((await JournalStore.open(dir).load()).entries.some(e => e.id === note.id), false);

    const restored = await run<Entry>(Commands.restoreEntry, { id: note.id });
    assert.equal(restored.id, note.id);
    assert.equal(restored.text, note.text);
    assert.ok(worklog.journal().entries.some(e => e.id === note.id));
    await assert.rejects(run(Commands.restoreEntry, { id: note.id }), /no deleted journal entry/);
  });

  it('lists open items in the sidebar, flagging a problem with no proposed solution', async () => {
    const bare = await run<Entry>(Commands.addProblem, { text: 'Nobody owns the flaky e2e suite' });
    const view = worklog.sidebarJournal();
    const item = view.openItems.find(i => i.id === bare.id);
    assert.ok(item, 'the open problem is not an open item');
    assert.equal(item.reason, 'no-proposal');
    assert.equal(item.message, 'no proposed solution yet');
    assert.ok(view.goals.some(g => g.text === 'Make releases boring'));
    assert.match(worklog.statusBar().text, /problem has no proposed option/);
  });

  it('drafts the update with the journal sections: options, recommendation, ask, and the flag', async () => {
    await run(Commands.addProblem, {
      text: 'The release pipeline needs a manual sign-off',
      impact: 'releases wait a day',
      options: [
        { title: 'Automate the sign-off checks', pros: ['fast'], cons: ['two weeks of work'] },
        { title: 'Rotate the sign-off duty', pros: ['no code'], cons: ['still manual'] },
      ],
      recommended: 0,
      ask: 'approve two weeks for the automation',
    });
    const draft = await run<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '7d', template: 'weekly', style: 'detailed' });
    assert.ok(draft, 'Draft Update returned nothing');
    const text = draft.text;
    assert.match(text, /## Problems and proposed solutions/);
    assert.match(text, /The release pipeline needs a manual sign-off/);
    assert.match(text, /Option 1: Automate the sign-off checks _\(recommended\)_/);
    assert.match(text, /Option 2: Rotate the sign-off duty/);
    assert.match(text, /approve two weeks for the automation/);
    assert.match(text, /Nobody owns the flaky e2e suite\*\*\n\s+_No proposed solution yet\._/);
    assert.match(text, /Cut the build from 12 to 4 minutes/);
    assert.match(text, /one-page summaries first/);
    // Git accomplishments are still there.
    assert.match(text, /ABC-101/);
  });

  it('exports the journal as a brag document', async () => {
    const result = await run<ExportJournalResult | undefined>(Commands.exportJournal, { period: 'all' });
    assert.ok(result);
    assert.match(result.text, /^# What I got done: /);
    assert.match(result.text, /Cut the build from 12 to 4 minutes/);
    assert.match(result.text, /every PR merges faster/);
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === result.uri);
    assert.ok(doc, 'the brag document is not open');
    assert.equal(doc.languageId, 'markdown');
    assert.equal(doc.getText(), result.text);
  });

  it('shows an entry written by another process without a reload', async () => {
    const other = await JournalStore.open(dir).add({ kind: 'win', text: 'Written by the CLI in another terminal' });
    const entries = await worklog.whenJournal(list => list.some(e => e.id === other.id));
    assert.ok(entries.some(e => e.text === 'Written by the CLI in another terminal'));
    assert.ok(worklog.sidebarJournal().page.entries.some(e => e.id === other.id));
  });

  it('reports a corrupt journal file with its line and still loads the rest', async () => {
    const count = worklog.journal().entries.length;
    const month = readdirSync(dir).find(n => /^entries-\d{4}-\d{2}\.jsonl$/.test(n))!;
    appendFileSync(join(dir, month), 'this line is not JSON {\n');
    await until('the corrupt line to be reported', () => worklog.journal().issues.some(i => i.file === join(dir, month)), 10_000);
    const issue = worklog.journal().issues.find(i => i.file === join(dir, month))!;
    assert.ok(issue.line && issue.line > 1);
    assert.ok(issue.keptAt && existsSync(issue.keptAt), 'no copy was kept aside');
    assert.equal(worklog.journal().entries.length, count);
    assert.ok(worklog.sidebarJournal().issues.length > 0, 'the sidebar shows no warning');
  });

  it('shows the journal folder when asked to open it', async () => {
    assert.equal(await run<string>(Commands.openJournalFolder), dir);
  });
});
