import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftHistory } from '../../../src/commands/draftHistory';
import type { SentDraft, StateStore } from '../../../src/commands/draftHistory';

/** An in-memory store with globalState's get/update contract (JSON round trip like the real one). */
function memoryStore(): StateStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: <T>(key: string) => (data.has(key) ? (JSON.parse(data.get(key)!) as T) : undefined),
    update: async (key: string, value: unknown) => void (value === undefined ? data.delete(key) : data.set(key, JSON.stringify(value))),
  };
}

const sent = (sentAt: string, until: string, shas: string[] = []): SentDraft => ({
  text: `# Update ${sentAt}\n\n- exactly as sent\n`, template: 'weekly', sentAt, window: { since: '2026-11-01T00:00:00.000Z', until, label: 'x' }, shas,
});

describe('DraftHistory (sent updates in the journal folder)', () => {
  let journal: string;
  beforeEach(() => {
    journal = mkdtempSync(join(tmpdir(), 'worklog-history-'));
  });
  afterEach(() => rmSync(journal, { recursive: true, force: true }));

  it('is empty at first, also without a sent folder', () => {
    const h = new DraftHistory(() => journal);
    assert.deepEqual(h.all(), []);
    assert.equal(h.last(), undefined);
    assert.equal(h.nextSince(), undefined);
  });

  it('stores the exact text as <journal>/sent/<iso>.md with its window, template and SHAs beside it', async () => {
    const h = new DraftHistory(() => journal);
    const record = await h.add(sent('2026-11-13T16:00:00.000Z', '2026-11-13T16:00:00.000Z', ['a'.repeat(40)]));
    assert.equal(record.file, join(journal, 'sent', '2026-11-13T16-00-00-000Z.md'));
    assert.equal(readFileSync(record.file, 'utf8'), '# Update 2026-11-13T16:00:00.000Z\n\n- exactly as sent\n');
    const meta = JSON.parse(readFileSync(join(journal, 'sent', '2026-11-13T16-00-00-000Z.json'), 'utf8'));
    assert.deepEqual(meta, { window: { since: '2026-11-01T00:00:00.000Z', until: '2026-11-13T16:00:00.000Z', label: 'x' }, template: 'weekly', sentAt: '2026-11-13T16:00:00.000Z', shas: ['a'.repeat(40)] });
    assert.deepEqual(readdirSync(join(journal, 'sent')).sort(), ['2026-11-13T16-00-00-000Z.json', '2026-11-13T16-00-00-000Z.md']);
  });

  it('is shared: another instance on the same folder (another window) sees every record', async () => {
    const a = new DraftHistory(() => journal);
    const b = new DraftHistory(() => journal);
    await a.add(sent('2026-11-13T16:00:00.000Z', '2026-11-13T16:00:00.000Z'));
    assert.equal(b.all().length, 1);
    await b.add(sent('2026-11-20T16:00:00.000Z', '2026-11-20T15:59:00.000Z'));
    assert.equal(a.all().length, 2);
    assert.equal(a.last()?.window.until, '2026-11-20T15:59:00.000Z');
    assert.equal(a.get(a.last()!.id)?.text, sent('2026-11-20T16:00:00.000Z', '').text);
  });

  it('never overwrites: two updates sent in the same millisecond are both kept', async () => {
    const h = new DraftHistory(() => journal);
    const one = await h.add(sent('2026-11-13T16:00:00.000Z', 'u'));
    const two = await h.add({ ...sent('2026-11-13T16:00:00.000Z', 'u'), text: 'second' });
    assert.notEqual(one.id, two.id);
    assert.deepEqual(h.all().map(r => h.get(r.id)?.text.slice(0, 6)), ['# Upda', 'second']);
  });

  it('starts the next update at the end of the last window, or when it was sent if earlier', async () => {
    const h = new DraftHistory(() => journal);
    await h.add(sent('2026-11-13T16:00:00.000Z', '2026-11-13T12:00:00.000Z'));
    assert.equal(h.nextSince(), '2026-11-13T12:00:00.000Z');
    await h.add(sent('2026-11-20T16:00:00.000Z', '2026-11-21T00:00:00.000Z'));
    assert.equal(h.nextSince(), '2026-11-20T16:00:00.000Z');
  });

  it('collects every reported SHA and Change-Id, with when it was last sent', async () => {
    const h = new DraftHistory(() => journal);
    await h.add(sent('2026-11-13T16:00:00.000Z', 'u', ['s1', 's2']));
    await h.add({ ...sent('2026-11-20T16:00:00.000Z', 'u', ['s3', 's1']), changeIds: ['I0001'] });
    assert.deepEqual([...h.reported()].sort(), [
      ['change:I0001', '2026-11-20T16:00:00.000Z'], ['sha:s1', '2026-11-20T16:00:00.000Z'], ['sha:s2', '2026-11-13T16:00:00.000Z'], ['sha:s3', '2026-11-20T16:00:00.000Z'],
    ]);
  });

  it('skips malformed and half-synced records instead of failing', async () => {
    const h = new DraftHistory(() => journal);
    await h.add(sent('2026-11-13T16:00:00.000Z', 'u'));
    writeFileSync(join(journal, 'sent', '2026-11-14T10-00-00-000Z.json'), '{ not json');
    writeFileSync(join(journal, 'sent', '2026-11-15T10-00-00-000Z.json'), JSON.stringify({ template: 'weekly' }));
    writeFileSync(join(journal, 'sent', '2026-11-16T10-00-00-000Z.json'), JSON.stringify({ window: { since: 'a', until: 'b', label: 'l' }, template: 'weekly', sentAt: 'x' }));
    assert.equal(h.all().length, 1);
  });

  it('lists metadata only; get reads the text of the one asked for', async () => {
    const h = new DraftHistory(() => journal);
    const record = await h.add(sent('2026-11-13T16:00:00.000Z', 'u'));
    assert.deepEqual(h.all().map(r => 'text' in r), [false]);
    assert.equal(h.last()?.id, record.id);
    assert.equal(h.get(record.id)?.text, sent('2026-11-13T16:00:00.000Z', 'u').text);
    assert.equal(h.get('2026-01-01T00-00-00-000Z'), undefined);
  });

  it('moves the history kept in global state into the folder once', async () => {
    const store = memoryStore();
    await store.update('worklog.sentDrafts', [{ text: 1 }, { ...sent('2026-11-13T16:00:00.000Z', '2026-11-13T12:00:00.000Z'), shas: undefined }, null]);
    const h = new DraftHistory(() => journal);
    assert.equal(await h.migrateFrom(store), 1);
    assert.equal(h.all().length, 1);
    assert.equal(h.nextSince(), '2026-11-13T12:00:00.000Z');
    assert.equal(store.get('worklog.sentDrafts'), undefined, 'the old copy is removed');
    assert.equal(await h.migrateFrom(store), 0);
    assert.equal(h.all().length, 1);
  });
});
