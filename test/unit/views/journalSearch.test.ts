import assert from 'node:assert/strict';
import { normalizeNewEntry } from '../../../src/journal/normalizeNewEntry';
import type { Entry } from '../../../src/journal/types';
import { JournalSearch } from '../../../src/views/journalSearch';
import { JOURNAL_MAX_LIMIT, parseViewMessage } from '../../../src/webview/protocol';

const now = new Date(2026, 10, 20, 12, 0);
/** 12,000 entries, newest first as the store gives them; every fifth a feedback from Grace. */
const entries: Entry[] = Array.from({ length: 12_000 }, (_, i) => {
  const at = new Date(now.getTime() - i * 60_000);
  return i % 5 === 0
    ? normalizeNewEntry({ kind: 'feedback', text: `review ${i}`, from: 'Grace Hopper' }, at, `f${i}`)
    : normalizeNewEntry({ kind: 'note', text: `note number ${i}` }, at, `n${i}`);
});

describe('JournalSearch', () => {
  const search = new JournalSearch(entries);

  it('pages the newest entries first and counts every match', async () => {
    const r = await search.query({ kind: 'all', text: '', limit: 50 });
    assert.deepEqual(r.entries.map(e => e.id), entries.slice(0, 50).map(e => e.id));
    assert.equal(r.matches, 12_000);
  });

  it('filters by kind', async () => {
    const r = await search.query({ kind: 'feedback', text: '', limit: 10 });
    assert.equal(r.matches, 2_400);
    assert.ok(r.entries.every(e => e.kind === 'feedback'));
    assert.equal(r.entries[0].id, 'f0');
  });

  it('finds an old entry by any field, every word, case-insensitively, the same as the blocking variant', async () => {
    const q = { kind: 'all' as const, text: 'NUMBER 11999', limit: 50 };
    const r = await search.query(q);
    assert.deepEqual(r.entries.map(e => e.id), ['n11999']);
    assert.deepEqual(search.queryNow(q), r);
    const byPerson = await search.query({ kind: 'feedback', text: 'hopper', limit: 5 });
    assert.equal(byPerson.matches, 2_400);
    assert.equal((await search.query({ kind: 'note', text: 'hopper', limit: 5 })).matches, 0);
  });
});

describe('queryJournal messages', () => {
  const ok = { kind: 'win', text: 'x', limit: 50 };
  it('accepts a known kind, a short text and a bounded limit', () => {
    assert.deepEqual(parseViewMessage({ type: 'queryJournal', requestId: 3, query: ok, extra: 1 }), { type: 'queryJournal', requestId: 3, query: ok });
    assert.ok(parseViewMessage({ type: 'queryJournal', requestId: 0, query: { kind: 'all', text: '', limit: JOURNAL_MAX_LIMIT } }));
  });
  it('rejects an unknown kind, a long text, a huge or fractional limit, a bad request id', () => {
    for (const query of [{ ...ok, kind: 'secret' }, { ...ok, text: 'x'.repeat(201) }, { ...ok, limit: JOURNAL_MAX_LIMIT + 1 }, { ...ok, limit: 0 }, { ...ok, limit: 1.5 }, { ...ok, text: 5 }]) {
      assert.equal(parseViewMessage({ type: 'queryJournal', requestId: 1, query }), undefined, JSON.stringify(query));
    }
    assert.equal(parseViewMessage({ type: 'queryJournal', requestId: -1, query: ok }), undefined);
  });
});
