import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalReadOnlyError, JournalStore } from '../../../src/journal/store';
import { cleanTempDirs, settableClock, makeTempDir } from './tempJournal';

async function journalOfThree(dir: string): Promise<string[]> {
  const store = JournalStore.open(dir, { now: settableClock('2026-11-20T09:00:00.000Z').now });
  const ids: string[] = [];
  for (const text of ['one', 'two', 'three']) ids.push((await store.add({ kind: 'note', text })).id);
  return ids;
}

function insertLine(file: string, afterLine: number, text: string): Buffer {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(afterLine, 0, text);
  writeFileSync(file, lines.join('\n'));
  return readFileSync(file);
}

const corruptCopies = (dir: string) => readdirSync(dir).filter(n => n.includes('.corrupt-'));

describe('JournalStore with damaged files', () => {
  afterEach(cleanTempDirs);

  it('reports a garbage line with its file and line, keeps a copy aside, leaves the file as it is, and loads the rest', async () => {
    const dir = makeTempDir();
    const ids = await journalOfThree(dir);
    const file = join(dir, 'entries-2026-11.jsonl');
    const damaged = insertLine(file, 1, 'this is not JSON {');
    const store = JournalStore.open(dir, { now: settableClock('2026-11-21T09:00:00.000Z').now });
    const snap = await store.load();
    assert.deepEqual(snap.entries.map(e => e.id).sort(), [...ids].sort());
    assert.equal(snap.issues.length, 1);
    const [issue] = snap.issues;
    assert.equal(issue.file, file);
    assert.equal(issue.line, 2);
    assert.match(issue.message, /line 2/);
    assert.ok(issue.keptAt);
    assert.deepEqual(readFileSync(issue.keptAt), damaged);
    assert.deepEqual(readFileSync(file), damaged);
    assert.equal(snap.readOnly, undefined);

    // Loading again, from another store, and after more appends: the same single copy, the original bytes kept.
    const more = await JournalStore.open(dir).add({ kind: 'note', text: 'four' });
    const again = await JournalStore.open(dir).load();
    assert.equal(again.issues.length, 1);
    assert.equal(again.issues[0].keptAt, issue.keptAt);
    assert.ok(again.entries.some(e => e.id === more.id));
    assert.deepEqual(readFileSync(file).subarray(0, damaged.length), damaged);
    assert.equal(corruptCopies(dir).length, 1);
  });

  it('reports a well-formed line that is not a valid entry, naming the field', async () => {
    const dir = makeTempDir();
    await journalOfThree(dir);
    const file = join(dir, 'entries-2026-11.jsonl');
    const bad = { op: 'put', entry: { id: 'x1', kind: 'promise', text: 'p', createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', tags: [], commits: [], tickets: [], people: [], status: 'later' } };
    insertLine(file, 0, JSON.stringify(bad));
    const snap = await JournalStore.open(dir).load();
    assert.equal(snap.entries.length, 3);
    assert.equal(snap.issues.length, 1);
    assert.equal(snap.issues[0].line, 1);
    assert.match(snap.issues[0].message, /"status"/);
  });

  it('a hand-edited last line without a final newline that is not valid is reported and kept aside, never buried by the next write', async () => {
    const dir = makeTempDir();
    await journalOfThree(dir);
    const file = join(dir, 'entries-2026-11.jsonl');
    const promise = (status: string) => JSON.stringify({ op: 'put', entry: {
      id: 'p1', kind: 'promise', text: 'Ship the export', createdAt: '2026-11-20T09:30:00.000Z', updatedAt: '2026-11-20T09:30:00.000Z',
      tags: [], commits: [], tickets: [], people: [], status } });
    // The edit VS Code saves by default: no newline at the end.
    writeFileSync(file, readFileSync(file, 'utf8') + promise('completed'));
    const snap = await JournalStore.open(dir).load();
    assert.equal(snap.issues.length, 1, 'the invalid last line is not reported');
    assert.equal(snap.issues[0].line, 4);
    assert.match(snap.issues[0].message, /"status"/);
    assert.ok(snap.issues[0].keptAt && readFileSync(snap.issues[0].keptAt, 'utf8').endsWith(promise('completed')), 'no copy kept aside');

    // The next write leaves the line as the user wrote it, so fixing it brings the entry back.
    await JournalStore.open(dir, { now: settableClock('2026-11-20T10:00:00.000Z').now }).add({ kind: 'note', text: 'four' });
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(`${promise('completed')}\n`), 'the line was changed');
    assert.doesNotMatch(text, /#torn/);
    writeFileSync(file, text.replace(promise('completed'), promise('done')));
    const fixed = await JournalStore.open(dir).load();
    assert.deepEqual(fixed.issues, []);
    assert.equal(fixed.entries.find(e => e.id === 'p1')?.kind, 'promise');
    assert.equal(fixed.entries.length, 5);
  });

  it('a last line really cut short (a crash in mid-write) is torn: skipped, not reported, and sealed by the next write', async () => {
    const dir = makeTempDir();
    await journalOfThree(dir);
    const file = join(dir, 'entries-2026-11.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8') + '{"op":"put","entry":{"id":"cut","kind":"no');
    const snap = await JournalStore.open(dir).load();
    assert.deepEqual(snap.issues, []);
    assert.equal(snap.entries.length, 3);
    await JournalStore.open(dir, { now: settableClock('2026-11-20T10:00:00.000Z').now }).add({ kind: 'note', text: 'four' });
    assert.match(readFileSync(file, 'utf8'), /"kind":"no#torn\n/);
    const after = await JournalStore.open(dir).load();
    assert.deepEqual(after.issues, []);
    assert.equal(after.entries.length, 4);
  });

  it('loads the entries but refuses to write when journal.json cannot be read, and keeps it untouched', async () => {
    const dir = makeTempDir();
    const ids = await journalOfThree(dir);
    const meta = join(dir, 'journal.json');
    writeFileSync(meta, '{"schema": 1,,,');
    const store = JournalStore.open(dir);
    const snap = await store.load();
    assert.deepEqual(snap.entries.map(e => e.id).sort(), [...ids].sort());
    assert.match(snap.readOnly ?? '', /journal\.json cannot be read/);
    assert.equal(snap.issues[0].file, meta);
    assert.equal(readFileSync(snap.issues[0].keptAt!, 'utf8'), '{"schema": 1,,,');
    await assert.rejects(store.add({ kind: 'note', text: 'x' }), JournalReadOnlyError);
    assert.equal(readFileSync(meta, 'utf8'), '{"schema": 1,,,');
  });
});
