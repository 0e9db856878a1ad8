import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { JournalStore } from '../../../src/journal/store';
import { noteText } from './fixtures/writer';
import { cleanTempDirs, makeTempDir, writerScript } from './tempJournal';

/** Starts the writer child; `ids` fills with every id the child reported as saved. */
function startWriter(dir: string, count: number, label: string, padding = 0): { child: ChildProcess; ids: string[]; exited: Promise<number | null>; onId(cb: () => void): void } {
  const child = spawn(process.execPath, [writerScript(), dir, String(count), label, String(padding)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const ids: string[] = [];
  const listeners: (() => void)[] = [];
  let partial = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    ids.push(...lines);
    for (const l of listeners) l();
  });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  const exited = new Promise<number | null>(resolve => child.on('close', code => {
    if (code !== 0 && code !== null) process.stderr.write(stderr);
    resolve(code);
  }));
  return { child, ids, exited, onId: cb => listeners.push(cb) };
}

describe('JournalStore with other processes', () => {
  afterEach(cleanTempDirs);

  it('keeps every saved entry, and reads nothing partial, when a writer is killed with SIGKILL', async () => {
    const dir = makeTempDir();
    const padding = 20_000; // lines span several pages, so the kill can land inside a write
    const reported: string[] = [];
    for (const round of [0, 1, 2]) {
      const w = startWriter(dir, 100_000, `round${round}`, padding);
      const target = 20 + round * 7;
      await new Promise<void>(resolve => w.onId(() => { if (w.ids.length >= target) { w.child.kill('SIGKILL'); resolve(); } }));
      assert.equal(await w.exited, null, 'the writer must have been killed, not finished');
      reported.push(...w.ids);
    }
    const snap = await JournalStore.open(dir).load();
    assert.deepEqual(snap.issues, []);
    const byId = new Map(snap.entries.map(e => [e.id, e]));
    for (const id of reported) assert.ok(byId.has(id), `saved entry ${id} is missing`);
    for (const e of snap.entries) {
      const m = /^(round\d) (\d+) /.exec(e.text);
      assert.ok(m, `unexpected text ${e.text.slice(0, 30)}`);
      assert.equal(e.text, noteText(m[1], Number(m[2]), padding), 'an entry was read partially');
    }
    // The journal stays writable after the crashes.
    const after = await JournalStore.open(dir).add({ kind: 'note', text: 'after' });
    const again = await JournalStore.open(dir).load();
    assert.deepEqual(again.issues, []);
    assert.ok(again.entries.some(e => e.id === after.id));
  });

  it('keeps all 1000 entries when two processes write 500 each at the same time', async () => {
    const dir = makeTempDir();
    const a = startWriter(dir, 500, 'A');
    const b = startWriter(dir, 500, 'B');
    assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
    const snap = await JournalStore.open(dir).load();
    assert.deepEqual(snap.issues, []);
    assert.equal(snap.entries.length, 1000);
    const ids = new Set(snap.entries.map(e => e.id));
    for (const id of [...a.ids, ...b.ids]) assert.ok(ids.has(id), `entry ${id} is missing`);
    assert.equal(a.ids.length + b.ids.length, 1000);
    const texts = new Set(snap.entries.map(e => e.text));
    for (let i = 0; i < 500; i++) assert.ok(texts.has(noteText('A', i, 0)) && texts.has(noteText('B', i, 0)));
  });

  it('tells a watcher when another process adds an entry', async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir);
    let calls = 0;
    const changed = new Promise<void>(resolve => {
      const sub = store.watch(() => { calls++; sub.dispose(); resolve(); });
    });
    const w = startWriter(dir, 1, 'elsewhere');
    assert.equal(await w.exited, 0);
    await changed;
    assert.equal(calls, 1);
    const snap = await store.load();
    assert.deepEqual(snap.entries.map(e => e.id), w.ids);
  });

  it("does not tell a watcher about the store's own writes, only about another process's", async () => {
    const dir = makeTempDir();
    const store = JournalStore.open(dir);
    let calls = 0;
    const sub = store.watch(() => { calls++; }, 50);
    await store.add({ kind: 'note', text: 'written here' });
    await new Promise(r => setTimeout(r, 400));
    assert.equal(calls, 0, 'the store reported its own append');
    const w = startWriter(dir, 1, 'elsewhere');
    assert.equal(await w.exited, 0);
    for (let i = 0; i < 40 && calls === 0; i++) await new Promise(r => setTimeout(r, 50));
    sub.dispose();
    assert.equal(calls, 1);
  });
});
