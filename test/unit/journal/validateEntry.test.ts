import assert from 'node:assert/strict';
import { applyPatch } from '../../../src/journal/applyPatch';
import { normalizeNewEntry } from '../../../src/journal/normalizeNewEntry';
import type { Entry } from '../../../src/journal/types';
import { EntryValidationError, validateEntry } from '../../../src/journal/validateEntry';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const LATER = new Date('2026-11-21T09:00:00.000Z');

function valid(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'e1', kind: 'promise', text: 'Ship the export', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    tags: [], commits: [], tickets: [], people: [], status: 'open', ...extra,
  };
}

function rejects(value: unknown, field: string): void {
  assert.throws(() => validateEntry(value), (e: unknown) => {
    assert.ok(e instanceof EntryValidationError, String(e));
    assert.equal(e.field, field);
    assert.match(e.message, new RegExp(`"${field.replace(/[[\]]/g, '\\$&')}"`));
    return true;
  });
}

describe('validateEntry', () => {
  it('accepts a complete entry and returns a clean copy without blank optional text', () => {
    const e = validateEntry(valid({ due: '2026-11-30', to: 'Grace', plan: '  ' }));
    assert.deepEqual(e, valid({ due: '2026-11-30', to: 'Grace' }));
  });

  it('names the field that is wrong', () => {
    rejects('nope', 'entry');
    rejects(valid({ kind: 'banana' }), 'kind');
    rejects(valid({ text: '   ' }), 'text');
    rejects(valid({ text: 42 }), 'text');
    rejects(valid({ id: 'has space' }), 'id');
    rejects(valid({ createdAt: 'yesterday' }), 'createdAt');
    rejects(valid({ tags: 'a,b' }), 'tags');
    rejects(valid({ tags: ['ok', ''] }), 'tags[1]');
    rejects(valid({ due: '2026-02-30' }), 'due');
    rejects(valid({ status: 'finished' }), 'status');
    rejects(valid({ impact: 'x' }), 'impact');
    rejects(valid({ dueDate: '2026-11-30' }), 'dueDate');
  });

  it('checks problem options and the recommended index', () => {
    const problem = valid({ kind: 'problem', status: 'open', options: [{ title: 'Cache it', pros: ['fast'], cons: [] }] });
    assert.equal(validateEntry({ ...problem, recommended: 0 }).kind, 'problem');
    rejects({ ...problem, recommended: 1 }, 'recommended');
    rejects({ ...problem, options: [{ title: '', pros: [], cons: [] }] }, 'options[0].title');
    rejects({ ...problem, options: [{ title: 'A', pros: [], cons: [], votes: 3 }] }, 'options[0].votes');
    rejects({ ...problem, options: [{ title: 'A', pros: [] }] }, 'options[0].cons');
  });
});

describe('normalizeNewEntry', () => {
  it('fills id, times and the defaults of each kind', () => {
    const p = normalizeNewEntry({ kind: 'problem', text: '  CI is flaky  ' }, NOW, 'id-1');
    assert.deepEqual(p, {
      id: 'id-1', kind: 'problem', text: 'CI is flaky', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
      tags: [], commits: [], tickets: [], people: [], options: [], status: 'open',
    });
    const g = normalizeNewEntry({ kind: 'goal', text: 'Grow as a tech lead' }, NOW, 'id-2');
    assert.equal(g.kind === 'goal' && `${g.goalKind}/${g.status}`, 'manager/active');
    const pr = normalizeNewEntry({ kind: 'promise', text: 'Docs', status: 'done' }, NOW, 'id-3');
    assert.equal(pr.kind === 'promise' && pr.closedAt, NOW.toISOString());
  });

  it('fills option pros and cons and trims and dedupes lists', () => {
    const p = normalizeNewEntry({ kind: 'problem', text: 'x', options: [{ title: ' Retry ' }], tags: ['a', ' a ', ''] } as never, NOW, 'i');
    assert.ok(p.kind === 'problem');
    assert.deepEqual(p.options, [{ title: 'Retry', pros: [], cons: [] }]);
    assert.deepEqual(p.tags, ['a']);
  });

  it('refuses fields the journal sets, fields of another kind, and non-objects', () => {
    assert.throws(() => normalizeNewEntry({ kind: 'note', text: 'x', id: 'mine' }, NOW, 'i'), /"id" is set by the journal/);
    assert.throws(() => normalizeNewEntry({ kind: 'note', text: 'x', due: '2026-11-30' }, NOW, 'i'), /"due" is not a field of a note/);
    assert.throws(() => normalizeNewEntry({ text: 'x' }, NOW, 'i'), /"kind"/);
    assert.throws(() => normalizeNewEntry(null, NOW, 'i'), EntryValidationError);
    assert.throws(() => normalizeNewEntry({ kind: 'win' }, NOW, 'i'), /"text"/);
  });
});

describe('applyPatch', () => {
  const promise = normalizeNewEntry({ kind: 'promise', text: 'Docs', due: '2026-11-25', to: 'Grace' }, NOW, 'p1');

  it('changes fields, stamps updatedAt and closedAt, and clears with null', () => {
    const done = applyPatch(promise, { status: 'done', to: null }, LATER) as Extract<Entry, { kind: 'promise' }>;
    assert.equal(done.status, 'done');
    assert.equal(done.closedAt, LATER.toISOString());
    assert.equal(done.updatedAt, LATER.toISOString());
    assert.equal(done.createdAt, promise.createdAt);
    assert.equal('to' in done, false);
    const reopened = applyPatch(done, { status: 'at-risk', plan: 'Pair with Alan' }, LATER);
    assert.equal('closedAt' in reopened, false);
  });

  it('never moves updatedAt back when the clock does', () => {
    const earlier = new Date('2026-01-01T00:00:00.000Z');
    assert.equal(applyPatch(promise, { text: 'Docs v2' }, earlier).updatedAt, promise.updatedAt);
  });

  it('refuses changes to id, kind and times and fields of another kind', () => {
    assert.throws(() => applyPatch(promise, { id: 'x' }, LATER), /"id" cannot be changed/);
    assert.throws(() => applyPatch(promise, { kind: 'win' }, LATER), /"kind" cannot be changed/);
    assert.throws(() => applyPatch(promise, { impact: 'big' }, LATER), /"impact" is not a field of a promise/);
    assert.throws(() => applyPatch(promise, { status: 'resolved' }, LATER), /"status"/);
    assert.throws(() => applyPatch(promise, { text: null }, LATER), /"text"/);
  });
});
