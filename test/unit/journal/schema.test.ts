import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalReadOnlyError, JournalStore } from '../../../src/journal/store';
import { cleanTempDirs, settableClock, makeTempDir, snapshotDir } from './tempJournal';

/** A journal as schema 0 wrote it: one journal.json with an entries array and the old field names. */
const V0 = {
  version: 0,
  entries: [
    { id: 1, type: 'objective', body: 'Reliability first', created: '2026-09-01T08:00:00.000Z' },
    { id: 2, type: 'accomplishment', body: 'Fixed the login bug', created: Date.parse('2026-10-02T10:00:00.000Z'), labels: ['auth'], impact: 'No more lockouts' },
    { id: 3, type: 'blocker', body: 'Staging is down daily', created: '2026-10-03T10:00:00.000Z', modified: '2026-10-04T10:00:00.000Z',
      solutions: [{ name: 'Own the box', upsides: ['control'], downsides: ['time'] }, { name: 'Ask infra' }], preferred: 0, need: 'A decision this week' },
    { id: 4, type: 'commitment', body: 'Write the guide', created: '2026-10-05T10:00:00.000Z', promisedTo: 'Alan', dueDate: '2026-10-20', done: true },
    { id: 5, type: 'feedback', body: 'Too much detail in demos', created: '2026-10-06T10:00:00.000Z', giver: 'Grace', response: 'Shorter demos' },
    { id: 6, type: 'mystery', body: '???', created: '2026-10-07T10:00:00.000Z' },
  ],
};

describe('JournalStore schema versions', () => {
  afterEach(cleanTempDirs);

  it('migrates a schema-0 journal, keeping the old file as a backup', async () => {
    const dir = makeTempDir();
    const oldText = JSON.stringify(V0, null, 2);
    writeFileSync(join(dir, 'journal.json'), oldText);
    const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const snap = await store.load();

    const byText = new Map(snap.entries.map(e => [e.text, e]));
    assert.equal(snap.entries.length, 5);
    const problem = byText.get('Staging is down daily');
    assert.ok(problem?.kind === 'problem');
    assert.deepEqual(problem.options, [{ title: 'Own the box', pros: ['control'], cons: ['time'] }, { title: 'Ask infra', pros: [], cons: [] }]);
    assert.equal(problem.recommended, 0);
    assert.equal(problem.ask, 'A decision this week');
    assert.equal(problem.updatedAt, '2026-10-04T10:00:00.000Z');
    const promise = byText.get('Write the guide');
    assert.ok(promise?.kind === 'promise');
    assert.deepEqual([promise.to, promise.due, promise.status], ['Alan', '2026-10-20', 'done']);
    const win = byText.get('Fixed the login bug');
    assert.ok(win?.kind === 'win');
    assert.deepEqual([win.impact, win.tags, win.createdAt, win.id], ['No more lockouts', ['auth'], '2026-10-02T10:00:00.000Z', 'v0-2']);
    assert.equal(byText.get('Reliability first')?.kind, 'goal');
    assert.deepEqual(snap.issues.map(i => i.message.slice(0, 45)), ['old entry #6 could not be migrated (unknown t']);

    assert.equal(JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')).schema, 1);
    const backups = readdirSync(dir).filter(n => n.startsWith('journal.v0-backup-'));
    assert.equal(backups.length, 1);
    assert.equal(readFileSync(join(dir, backups[0], 'journal.json'), 'utf8'), oldText);

    // Migrated once: a second store sees the same entries, no second backup, and can write.
    const again = await JournalStore.open(dir).load();
    assert.deepEqual(again.entries, snap.entries);
    assert.deepEqual(again.issues, []);
    await JournalStore.open(dir).add({ kind: 'note', text: 'new' });
    assert.equal(readdirSync(dir).filter(n => n.startsWith('journal.v0-backup-')).length, 1);
  });

  it('merges a schema-0 journal.json that arrives in a folder with entries: nothing is replaced, every touched file is backed up', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-12-01T09:00:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const wins = [];
    for (let i = 1; i <= 3; i++) wins.push(await store.add({ kind: 'win', text: `important win ${i}` }));
    const monthLog = join(dir, 'entries-2026-12.jsonl');
    const logBefore = readFileSync(monthLog, 'utf8');
    const old = JSON.stringify({ entries: [{ id: 1, type: 'note', body: 'old', created: '2026-12-01T10:00:00Z' }] });
    writeFileSync(join(dir, 'journal.json'), old);

    const snap = await JournalStore.open(dir, { now: clock.now }).load();
    assert.deepEqual(snap.entries.map(e => e.text).sort(), ['important win 1', 'important win 2', 'important win 3', 'old']);
    assert.deepEqual(snap.issues, []);
    assert.ok(readFileSync(monthLog, 'utf8').startsWith(logBefore), 'the month log was rewritten');
    const [backup] = readdirSync(dir).filter(n => n.startsWith('journal.v0-backup-'));
    assert.deepEqual(readdirSync(join(dir, backup)).sort(), ['entries-2026-12.jsonl', 'journal.json']);
    assert.equal(readFileSync(join(dir, backup, 'journal.json'), 'utf8'), old);
    assert.equal(readFileSync(join(dir, backup, 'entries-2026-12.jsonl'), 'utf8'), logBefore);
  });

  it('migrating the same old file again adds nothing, and undoes no edit or deletion made since, even after compaction', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-09-02T09:00:00.000Z');
    const oldText = JSON.stringify(V0);
    writeFileSync(join(dir, 'journal.json'), oldText);
    const store = JournalStore.open(dir, { now: clock.now });
    assert.equal((await store.load()).entries.length, 5);
    clock.set('2026-11-10T09:00:00.000Z');
    await store.update('v0-2', { text: 'Fixed the login bug for good' });
    await store.remove('v0-5');

    // The old file arrives again (a sync, a restore), with one entry the old install added meanwhile.
    const grown = { ...V0, entries: [...V0.entries, { id: 7, type: 'note', body: 'Written by the old install', created: '2026-11-09T10:00:00.000Z' }] };
    writeFileSync(join(dir, 'journal.json'), JSON.stringify(grown));
    const texts = async () => (await JournalStore.open(dir, { now: clock.now }).load()).entries.map(e => e.text).sort();
    const expected = ['Fixed the login bug for good', 'Reliability first', 'Staging is down daily', 'Write the guide', 'Written by the old install'];
    assert.deepEqual(await texts(), expected);

    // Months later the old month logs are compacted (the deletion's tombstone goes with the last put of its
    // id), and the same old file arrives once more: still nothing comes back.
    clock.set('2027-03-01T09:00:00.000Z');
    await JournalStore.open(dir, { now: clock.now }).compact();
    writeFileSync(join(dir, 'journal.json'), JSON.stringify(grown));
    assert.deepEqual(await texts(), expected);
    assert.equal(readdirSync(dir).filter(n => n.startsWith('journal.v0-backup-')).length, 3);
  });

  it('refuses a journal from a newer schema: nothing read, nothing written', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'journal.json'), JSON.stringify({ schema: 7 }));
    writeFileSync(join(dir, 'entries-2026-11.jsonl'), '{"op":"upsert","v":7}\n');
    const before = snapshotDir(dir);
    const store = JournalStore.open(dir);
    const snap = await store.load();
    assert.deepEqual(snap.entries, []);
    assert.match(snap.readOnly ?? '', /newer version of Work Log \(schema 7; this version understands schema 1\)/);
    assert.equal(snap.unread, snap.readOnly, 'nothing was read, and the snapshot says so');
    assert.equal(snap.issues.length, 1);
    await assert.rejects(store.add({ kind: 'note', text: 'x' }), JournalReadOnlyError);
    await assert.rejects(store.compact(), JournalReadOnlyError);
    assert.deepEqual(snapshotDir(dir), before);
  });
});
