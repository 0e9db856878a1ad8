import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { JournalStore } from '../../../src/journal/store';
import { realNow } from '../../../src/time/clock';
import { cleanTempDirs, settableClock, makeTempDir, snapshotDir } from './tempJournal';

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').filter(l => l.trim() !== '').length;

describe('JournalStore.compact', () => {
  afterEach(cleanTempDirs);

  it('drops superseded lines from old months and loads the same entries after', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-08-03T09:00:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const a = await store.add({ kind: 'note', text: 'a' });
    const b = await store.add({ kind: 'note', text: 'b' });
    const c = await store.add({ kind: 'note', text: 'c' });
    clock.set('2026-08-04T09:00:00.000Z');
    await store.update(a.id, { text: 'a2' });
    await store.update(a.id, { text: 'a3' });
    await store.remove(b.id);
    clock.set('2026-09-01T09:00:00.000Z');
    await store.remove(c.id); // the delete lives in September; August's put for c must not come back
    const before = await store.load();
    const august = join(dir, 'entries-2026-08.jsonl');
    assert.equal(lineCount(august), 6);

    clock.set('2026-11-20T09:00:00.000Z');
    const result = await store.compact();
    // August keeps a3 only; September's delete goes too, as no line for c is left.
    const september = join(dir, 'entries-2026-09.jsonl');
    assert.deepEqual(result.filesRewritten, [august, september]);
    assert.equal(result.linesRemoved, 6);
    assert.equal(lineCount(august), 1);
    assert.equal(lineCount(september), 0);
    const after = await JournalStore.open(dir).load();
    assert.deepEqual(after, before);
    assert.deepEqual(after.entries.map(e => e.text), ['a3']);
  });

  it('leaves recent months and journals with unreadable lines alone', async () => {
    const dir = makeTempDir();
    const clock = settableClock('2026-10-03T09:00:00.000Z');
    const store = JournalStore.open(dir, { now: clock.now });
    const a = await store.add({ kind: 'note', text: 'a' });
    await store.update(a.id, { text: 'a2' });
    clock.set('2026-11-20T09:00:00.000Z');
    assert.deepEqual((await store.compact()).filesRewritten, []);

    clock.set('2027-01-20T09:00:00.000Z');
    writeFileSync(join(dir, 'entries-2026-12.jsonl'), 'garbage\n{"op":"delete","id":"x","at":"2026-12-01T00:00:00.000Z"}\n');
    await store.load();
    const before = snapshotDir(dir);
    const result = await store.compact();
    assert.deepEqual(result.filesRewritten, []);
    assert.match(result.skipped ?? '', /unreadable/);
    assert.deepEqual(snapshotDir(dir), before);
  });

  it('waits for the folder lock, and takes over one left by a process that died', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir, { lockTimeoutMs: 200 });
    await store.add({ kind: 'note', text: 'a' });
    const lock = join(dir, 'journal.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date(realNow()).toISOString(), token: 'live' }));
    await assert.rejects(store.compact(), /locked by process \d+/);
    assert.ok(existsSync(lock), 'a live lock is not broken');

    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), at: new Date(realNow()).toISOString(), token: 'dead' }));
    assert.deepEqual((await store.compact()).filesRewritten, []);
    assert.equal(existsSync(lock), false, 'the lock is released after use');
  });
});
