import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntryNotFoundError, JournalStore } from '../../../src/journal/store';
import type { Entry, NewEntry } from '../../../src/journal/types';
import { EntryValidationError } from '../../../src/journal/validateEntry';
import { cleanTempDirs, settableClock, makeTempDir } from './tempJournal';

const ONE_OF_EACH: NewEntry[] = [
  { kind: 'goal', text: 'Cut checkout latency', goalKind: 'manager', tags: ['okr'] },
  { kind: 'win', text: 'Shipped the export', impact: 'Support tickets halved', people: ['Grace'], commits: ['abc1234'], tickets: ['WL-7'], repo: 'api' },
  { kind: 'problem', text: 'CI takes 40 minutes', impact: 'Two merges a day', status: 'open', ask: 'Decide by Friday',
    options: [{ title: 'Bigger runners', pros: ['no code change'], cons: ['cost'] }, { title: 'Split the suite', pros: ['cheap'], cons: ['a week of work'] }],
    recommended: 1 },
  { kind: 'promise', text: 'Migration guide', to: 'Alan', due: '2026-11-27', status: 'at-risk', plan: 'Drop the FAQ section' },
  { kind: 'feedback', text: 'Demos run long', from: 'Grace', action: 'Time-boxed to 10 minutes', workspace: 'main' },
  { kind: 'note', text: 'Halfway through the auth refactor' },
];

describe('JournalStore', () => {
  afterEach(cleanTempDirs);

  it('round-trips an entry of every kind through the files, newest first', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-11-20T09:00:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const added: Entry[] = [];
    for (const [i, input] of ONE_OF_EACH.entries()) {
      clock.set(`2026-11-20T09:0${i}:00.000Z`);
      added.push(await store.add(input));
    }
    const problem = added[2];
    assert.ok(problem.kind === 'problem');
    assert.equal(problem.recommended, 1);
    assert.equal(problem.options[1].cons[0], 'a week of work');
    const snapshot = await JournalStore.open(dir).load();
    assert.deepEqual(snapshot.issues, []);
    assert.deepEqual(snapshot.entries, [...added].reverse());
  });

  it('writes human-readable files: a schema header and one JSON line per change', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const e = await store.add({ kind: 'note', text: 'hello' });
    await store.remove(e.id);
    assert.equal(JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')).schema, 1);
    const lines = readFileSync(join(dir, 'entries-2026-11.jsonl'), 'utf8').trimEnd().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(lines.map(l => l.op), ['put', 'delete']);
    assert.equal(lines[0].entry.text, 'hello');
    assert.equal(lines[1].id, e.id);
  });

  it('reads a folder that does not exist as empty without creating it', async () => {
    const dir = join(makeTempDir(), 'not-yet');
    assert.deepEqual(await JournalStore.open(dir).load(), { entries: [], issues: [] });
    assert.equal(existsSync(dir), false);
  });

  it('refuses invalid input without writing anything', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir);
    await assert.rejects(store.add({ kind: 'promise', text: 'x', due: 'next week' }), (e: unknown) => e instanceof EntryValidationError && e.field === 'due');
    await assert.rejects(store.add({ kind: 'note', text: '' }), EntryValidationError);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('updates an entry: the new version wins on reload, with closedAt on done', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-11-20T09:00:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const p = await store.add({ kind: 'promise', text: 'Guide', to: 'Alan' });
    clock.set('2026-11-21T09:00:00.000Z');
    const done = await store.update(p.id, { status: 'done', to: null });
    const [loaded] = (await JournalStore.open(dir).load()).entries;
    assert.deepEqual(loaded, done);
    assert.ok(loaded.kind === 'promise');
    assert.equal(loaded.status, 'done');
    assert.equal(loaded.closedAt, '2026-11-21T09:00:00.000Z');
    assert.equal(loaded.to, undefined);
    await assert.rejects(store.update(p.id, { impact: 'x' }), /"impact" is not a field of a promise/);
    await assert.rejects(store.update('missing', { text: 'x' }), EntryNotFoundError);
  });

  it('removes an entry and restores it with the same id and content (undo)', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const keep = await store.add({ kind: 'win', text: 'Kept' });
    const gone = await store.add({ kind: 'win', text: 'Removed', impact: 'Big' });
    const removed = await store.remove(gone.id);
    assert.deepEqual(removed, gone);
    assert.deepEqual((await store.load()).entries.map(e => e.id), [keep.id]);
    await assert.rejects(store.remove(gone.id), EntryNotFoundError);
    const restored = await store.restore(removed);
    assert.deepEqual({ ...restored, updatedAt: '' }, { ...gone, updatedAt: '' });
    const reloaded = await JournalStore.open(dir).load();
    assert.deepEqual(reloaded.entries.map(e => e.text).sort(), ['Kept', 'Removed']);
  });

  it('gives unique ids that sort in creation order, even with a clock that stands still', async () => {
    const store = JournalStore.open(makeTempDir(), { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await store.add({ kind: 'note', text: `n${i}` })).id);
    assert.equal(new Set(ids).size, 50);
    assert.deepEqual([...ids].sort(), ids);
    assert.match(ids[0], /^\d{8}T\d{9}Z-[a-z0-9]{8}$/);
  });

  it('ignores a torn last line silently and does not glue the next line to it', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const first = await store.add({ kind: 'note', text: 'before the crash' });
    const file = join(dir, 'entries-2026-11.jsonl');
    appendFileSync(file, '{"op":"put","entry":{"id":"cut-off","kind":"no');
    let snap = await store.load();
    assert.deepEqual(snap.issues, []);
    assert.deepEqual(snap.entries.map(e => e.id), [first.id]);
    const second = await store.add({ kind: 'note', text: 'after the crash' });
    snap = await JournalStore.open(dir).load();
    assert.deepEqual(snap.issues, []);
    assert.deepEqual(snap.entries.map(e => e.id).sort(), [first.id, second.id].sort());
  });

  it('keeps a complete last line that lost only its newline, and ends it before the next append', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
    const first = await store.add({ kind: 'note', text: 'first' });
    const file = join(dir, 'entries-2026-11.jsonl');
    const line = readFileSync(file, 'utf8').trimEnd().replace(first.id, 'no-newline');
    appendFileSync(file, line);
    assert.deepEqual((await store.load()).entries.map(e => e.id).sort(), [first.id, 'no-newline'].sort());
    const second = await store.add({ kind: 'note', text: 'second' });
    const snap = await JournalStore.open(dir).load();
    assert.deepEqual(snap.issues, []);
    assert.deepEqual(snap.entries.map(e => e.id).sort(), [first.id, second.id, 'no-newline'].sort());
  });

  it('appends each change to the month it is made in', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-10-31T23:59:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const e = await store.add({ kind: 'note', text: 'October' });
    clock.set('2026-11-01T00:01:00.000Z');
    await store.update(e.id, { text: 'November edit' });
    assert.deepEqual(readdirSync(dir).filter(n => n.endsWith('.jsonl')).sort(), ['entries-2026-10.jsonl', 'entries-2026-11.jsonl']);
    assert.equal((await JournalStore.open(dir).load()).entries[0].text, 'November edit');
  });
});
