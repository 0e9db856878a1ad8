/**
 * Issue 7 under load in the real extension host: 200 repositories and a journal of 50,000 entries are drafted,
 * listed and shown, and commands still answer while a scan runs.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { makeTempDir, makeTempRepo } from '../helpers/gitRepo';
import { writeBigJournal } from '../unit/hostile/bigJournal';
import { Commands, Settings } from '../../src/constants';
import type { DraftUpdateResult } from '../../src/commands/draftUpdate';
import type { WorkLogTestApi } from '../../src/extension';
import type { Entry } from '../../src/journal/types';
import { JOURNAL_PAGE, OPEN_ITEMS_SHOWN } from '../../src/webview/protocol';
import { fixtureDir } from './hostEnv';
import { api, closeUntitled, setting, until } from './workbench';

const REPOS = 200;
const ENTRIES = 50_000;
/** The worst the extension host's event loop may stall while a scan and a draft run: generous for a loaded 2-core box. */
const MAX_STALL_MS = 1_000;

describe('200 repositories and a journal of 50,000 entries in the extension', function () {
  this.timeout(300_000);
  let worklog: WorkLogTestApi;
  let journalDir: string | undefined;
  let lastId: string;
  /** Subject -> SHA of the one commit in each repository. */
  const commits = new Map<string, string>();

  before(async function () {
    if (!fixtureDir()) this.skip();
    worklog = await api();
    const when = new Date(Date.now() - 86_400_000).toISOString();
    const repos = Array.from({ length: REPOS }, (_, i) => {
      const repo = makeTempRepo(`scale-${i}`);
      const subject = `feat: scale change ${i}`;
      commits.set(subject, repo.commit({ message: subject, date: when }));
      return repo.dir;
    });
    journalDir = makeTempDir('scale-journal');
    lastId = writeBigJournal(journalDir, ENTRIES, new Date());
    await setting(Settings.include, repos);
    await setting(Settings.journalFolder, journalDir);
    await until('the journal folder setting to apply', () => worklog.journal().folder === journalDir, 120_000, 100);
    await worklog.whenJournal(es => es.length === ENTRIES, 120_000);
  });

  after(async () => {
    if (!journalDir) return;
    await setting(Settings.include, undefined);
    await setting(Settings.journalFolder, undefined);
    await closeUntitled();
    await until('the default journal folder to come back', () => worklog.journal().folder !== journalDir, 120_000, 100).catch(() => undefined);
    rmSync(journalDir, { recursive: true, force: true });
  });

  it('the journal test API shows every one of the 50,000 entries, with no read problem', () => {
    const journal = worklog.journal();
    assert.equal(journal.folder, journalDir);
    assert.equal(journal.entries.length, ENTRIES);
    assert.equal(new Set(journal.entries.map(e => e.id)).size, ENTRIES, 'entries are duplicated');
    assert.ok(journal.entries.some(e => e.id === lastId), 'the newest entry is missing');
    assert.deepEqual(journal.issues, []);
  });

  it('the sidebar is sent one page of the 50,000 entries, newest first, and capped open items', () => {
    const view = worklog.sidebarJournal();
    assert.equal(view.loaded, true);
    assert.equal(view.folder, journalDir);
    assert.equal(view.total, ENTRIES);
    assert.equal(view.page.entries.length, JOURNAL_PAGE);
    assert.equal(view.page.matches, ENTRIES);
    assert.equal(view.page.entries[0].id, lastId, 'the newest entry is not first');
    assert.ok(view.openItems.length <= OPEN_ITEMS_SHOWN, `${view.openItems.length} open items sent`);
    assert.ok(view.openTotal >= view.openItems.length);
    assert.ok(view.openItems.every(i => i.entry.id === i.id), 'an open item carries another entry');
    const bytes = JSON.stringify({ ...view, entries: undefined }).length;
    assert.ok(bytes < 200_000, `the sidebar's journal message is ${bytes} bytes`);
  });

  it('the host answers the sidebar’s search and kind filter over all 50,000 entries', async () => {
    const oldest = worklog.journal().entries.reduce((a, e) => (e.createdAt < a.createdAt ? e : a));
    const found = await worklog.sidebarQuery({ type: 'queryJournal', requestId: 7, query: { kind: 'all', text: oldest.text.toUpperCase(), limit: JOURNAL_PAGE } });
    assert.ok(found, 'a valid query was refused');
    assert.equal(found.requestId, 7);
    assert.ok(found.entries.some(e => e.id === oldest.id), `searching "${oldest.text}" does not find the oldest entry`);
    assert.ok(found.matches < 20, `${found.matches} entries match "${oldest.text}"`);
    const feedback = await worklog.sidebarQuery({ type: 'queryJournal', requestId: 8, query: { kind: 'feedback', text: '', limit: JOURNAL_PAGE } });
    assert.ok(feedback);
    assert.equal(feedback.matches, ENTRIES / 5);
    assert.equal(feedback.entries.length, JOURNAL_PAGE);
    assert.ok(feedback.entries.every(e => e.kind === 'feedback'), 'the kind filter let another kind through');
    assert.equal(await worklog.sidebarQuery({ type: 'queryJournal', requestId: 9, query: { kind: 'all', text: '', limit: 1_000_000 } }), undefined,
      'a query for the whole journal was not refused');
  });

  it('Draft Update with arguments drafts commits from the 200 repositories', async () => {
    const draft = await vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '7d', template: 'weekly' });
    assert.ok(draft, 'Draft Update returned nothing');
    const mine = new Set(commits.values());
    const told = draft.shas.filter(sha => mine.has(sha));
    assert.ok(told.length > 0, `the draft tells no commit of the 200 repositories (it tells ${draft.shas.length})`);
    assert.match(draft.text, /Scale change \d+/i);
    assert.ok(draft.text.includes('shipped a thing'), 'the journal’s wins are not in the draft');
    assert.match(draft.text, /…and [\d,]+ more wins in the journal/);
    assert.ok(draft.text.length < 100_000, `the draft is ${draft.text.length} characters`);
  });

  it('a full scan covers all 200 repositories', async () => {
    await vscode.commands.executeCommand(Commands.refresh);
    await worklog.whenIdle();
    assert.equal(worklog.activity(), 'ready');
    const scanned = /(\d+) repositor(?:y|ies) scanned/.exec(worklog.statusBar().tooltip);
    assert.ok(scanned, `no scan summary in the tooltip: ${worklog.statusBar().tooltip}`);
    assert.ok(Number(scanned[1]) >= REPOS, `only ${scanned[1]} repositories scanned`);
  });

  it('the extension host never stalls for long while a full scan and a draft run', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    try {
      await Promise.all([
        Promise.resolve(vscode.commands.executeCommand(Commands.refresh)).then(() => worklog.whenIdle()),
        vscode.commands.executeCommand(Commands.draftUpdate, { window: '7d', template: 'weekly' }),
      ]);
      // The draft opens in an editor and the sidebar's draft area converts it afterwards: let that settle too.
      await new Promise(r => setTimeout(r, 1_500));
    } finally {
      delay.disable();
    }
    const worst = delay.max / 1e6;
    console.log(`    worst event-loop stall during the scan and draft: ${worst.toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms)`);
    assert.ok(worst < MAX_STALL_MS, `the extension host was blocked for ${worst.toFixed(0)} ms`);
  });

  it('commands still answer while a scan and a draft run: an entry added meanwhile is kept', async () => {
    const tag = `scale-note-${Date.now()}`;
    let drafted = false;
    // A rescan from scratch and a draft, both running while the entry is added.
    const scan = Promise.resolve(vscode.commands.executeCommand(Commands.refresh));
    const draft = Promise.resolve(vscode.commands.executeCommand<DraftUpdateResult | undefined>(Commands.draftUpdate, { window: '30d', template: 'weekly' }))
      .finally(() => (drafted = true));
    const added = await vscode.commands.executeCommand<Entry>(Commands.addEntry, { kind: 'note', text: tag });
    const draftWasRunning = !drafted;
    assert.equal(added?.text, tag);
    const entries = await worklog.whenJournal(es => es.some(e => e.id === added.id), 60_000);
    assert.equal(entries.length, ENTRIES + 1);
    assert.ok(draftWasRunning, 'Add Entry only answered after the draft had finished');
    const result = await draft;
    await scan;
    assert.ok(result, 'the draft started meanwhile returned nothing');
    assert.match(result.text, /Scale change \d+/i);
    assert.equal(worklog.activity(), 'ready');
  });
});
