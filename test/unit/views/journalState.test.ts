import assert from 'node:assert/strict';
import { normalizeNewEntry } from '../../../src/journal/normalizeNewEntry';
import type { Entry } from '../../../src/journal/types';
import { journalViewOf } from '../../../src/views/journalState';
import { OPEN_ITEMS_SHOWN } from '../../../src/webview/protocol';
import type { JournalPage } from '../../../src/webview/protocol';

const now = new Date(2026, 10, 20, 12, 0);
let seq = 0;
const entry = (input: Record<string, unknown>): Entry => normalizeNewEntry(input, now, `e${++seq}`);
const page = (entries: Entry[]): JournalPage => ({ requestId: 0, query: { kind: 'all', text: '', limit: 50 }, entries, matches: entries.length });

describe('journalViewOf', () => {
  it('lists open items most urgent first with the entry id and flags problems without a proposal', () => {
    const goal = entry({ kind: 'goal', text: 'Ship v2' });
    const win = entry({ kind: 'win', text: 'Cut build time', goalId: goal.id });
    const bare = entry({ kind: 'problem', text: 'Flaky CI' });
    const overdue = entry({ kind: 'promise', text: 'Send the plan', due: '2026-11-18' });
    const view = journalViewOf({ entries: [win, bare, overdue, goal], issues: [] }, '/j', true, now, page([win]));
    assert.deepEqual(view.openItems.map(i => [i.id, i.reason]), [[overdue.id, 'overdue'], [bare.id, 'no-proposal'], [win.id, 'missing-impact']]);
    assert.equal(view.openItems[1].message, 'no proposed solution yet');
    assert.deepEqual(view.goals, [{ id: goal.id, text: 'Ship v2' }]);
    assert.equal(view.total, 4);
    assert.deepEqual(view.counts, { win: 1, problem: 1, promise: 1, goal: 1 });
    assert.equal(view.openItems[0].entry, overdue, 'an open item carries its entry');
    assert.deepEqual(view.page.entries, [win], 'the page is passed through, not the whole journal');
    assert.equal(view.readOnly, undefined);
  });

  it('carries read problems and the read-only reason', () => {
    const view = journalViewOf({ entries: [], issues: [{ file: '/j/entries-2026-11.jsonl', line: 3, message: 'bad JSON', keptAt: '/j/x.corrupt' }], readOnly: 'newer' }, '/j', true, now, page([]));
    assert.deepEqual(view.issues, [{ file: '/j/entries-2026-11.jsonl', line: 3, message: 'bad JSON', keptAt: '/j/x.corrupt' }]);
    assert.equal(view.readOnly, 'newer');
  });

  it('lists at most OPEN_ITEMS_SHOWN open items and counts them all', () => {
    const wins = Array.from({ length: OPEN_ITEMS_SHOWN + 7 }, (_, i) => entry({ kind: 'win', text: `win ${i}` }));
    const view = journalViewOf({ entries: wins, issues: [] }, '/j', true, now, page([]));
    assert.equal(view.openItems.length, OPEN_ITEMS_SHOWN);
    assert.equal(view.openTotal, OPEN_ITEMS_SHOWN + 7);
  });
});
