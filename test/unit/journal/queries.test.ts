import assert from 'node:assert/strict';
import { hasProposal } from '../../../src/journal/hasProposal';
import { normalizeNewEntry } from '../../../src/journal/normalizeNewEntry';
import { openItems } from '../../../src/journal/openItems';
import type { Entry, NewEntry } from '../../../src/journal/types';

let n = 0;
function entry(input: NewEntry, createdAt = '2026-11-16T09:00:00.000Z'): Entry {
  return normalizeNewEntry(input, new Date(createdAt), `e${++n}`);
}

describe('journal queries', () => {
  // Friday 20 November 2026, noon local time: due dates are local days.
  const now = new Date(2026, 10, 20, 12, 0, 0);

  it('openItems lists overdue and due-soon promises by date, at-risk ones, problems (flagging no proposal) and wins missing impact', () => {
    const overdue = entry({ kind: 'promise', text: 'Overdue', due: '2026-11-18' });
    const tomorrow = entry({ kind: 'promise', text: 'Tomorrow', due: '2026-11-21', status: 'at-risk', plan: 'Cut scope' });
    const today = entry({ kind: 'promise', text: 'Today', due: '2026-11-20' });
    const later = entry({ kind: 'promise', text: 'Later', due: '2026-12-30' });
    const risky = entry({ kind: 'promise', text: 'Risky', due: '2026-12-30', status: 'at-risk', plan: 'Ask for help' });
    const kept = entry({ kind: 'promise', text: 'Kept', due: '2026-11-01', status: 'done' });
    const bare = entry({ kind: 'problem', text: 'No idea yet' });
    const proposed = entry({ kind: 'problem', text: 'Has a way out', options: [{ title: 'Retry', pros: [], cons: [] }] });
    const solved = entry({ kind: 'problem', text: 'Solved', status: 'resolved' });
    const noImpact = entry({ kind: 'win', text: 'Impact later' });
    const withImpact = entry({ kind: 'win', text: 'Impact known', impact: 'Faster' });
    const all = [overdue, tomorrow, today, later, risky, kept, bare, proposed, solved, noImpact, withImpact, entry({ kind: 'note', text: 'n' })];

    const r = openItems(all, now);
    assert.deepEqual(r.overduePromises, [overdue]);
    assert.deepEqual(r.dueSoonPromises, [tomorrow, today]);
    assert.deepEqual(r.atRiskPromises, [risky]);
    assert.deepEqual(r.openProblems, [bare, proposed]);
    assert.deepEqual(r.problemsWithoutProposal, [bare]);
    assert.deepEqual(r.winsMissingImpact, [noImpact]);
    assert.deepEqual(r.items.map(i => [i.entry.text, i.reason, i.message]), [
      ['Overdue', 'overdue', 'overdue by 2 days'],
      ['Today', 'due-soon', 'due today'],
      ['Tomorrow', 'due-soon', 'due tomorrow · at risk (plan: Cut scope)'],
      ['Risky', 'at-risk', 'at risk (plan: Ask for help)'],
      ['No idea yet', 'no-proposal', 'no proposed solution yet'],
      ['Has a way out', 'open-problem', 'open problem'],
      ['Impact later', 'missing-impact', 'impact still to fill in'],
    ]);
    assert.equal(openItems(all, now, { dueSoonDays: 0 }).dueSoonPromises.length, 1);
  });

  it('hasProposal is true only with an option', () => {
    assert.equal(hasProposal({ options: [] }), false);
    assert.equal(hasProposal({ options: [{ title: 'A', pros: [], cons: [] }] }), true);
  });
});
