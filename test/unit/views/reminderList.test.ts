import assert from 'node:assert/strict';
import { reminderItems, reminderSummary } from '../../../src/views/reminderList';
import { reminderState } from '../../../src/views/reminderRules';
import type { ReminderSchedule } from '../../../src/views/reminderRules';
import type { Entry } from '../../../src/journal/types';

// A fixed clock: Thursday 2026-11-19, 10:00 local time.
const NOW = new Date(2026, 10, 19, 10, 0);
const weekly: ReminderSchedule = { cadence: 'weekly', day: 4, hour: 16, minute: 0, workWeek: [1, 2, 3, 4, 5] };

let n = 0;
const base = (text: string, createdAt = '2026-11-10T09:00:00.000Z') => ({
  id: `e${++n}`, text, createdAt, updatedAt: createdAt, tags: [], commits: [], tickets: [], people: [],
});
const promise = (text: string, due: string | undefined, status: 'open' | 'at-risk' | 'done' = 'open'): Entry =>
  ({ ...base(text), kind: 'promise', status, to: 'Dana', ...(due ? { due } : {}) });
const problem = (text: string, options = 0): Entry =>
  ({ ...base(text), kind: 'problem', status: 'open', options: Array.from({ length: options }, (_, i) => ({ title: `o${i}`, pros: [], cons: [] })) });
const win = (text: string, impact?: string): Entry => ({ ...base(text), kind: 'win', ...(impact !== undefined ? { impact } : {}) });

describe('reminder list (fixed clock)', () => {
  const entries: Entry[] = [
    win('Shipped search'),
    problem('Refunds have no owner'),
    problem('Flaky CI', 2),
    promise('Send the staging plan', '2026-11-20'),
    promise('Write the roadmap', '2026-11-17'),
    promise('Review runbook', '2026-11-19', 'at-risk'),
    promise('Done already', '2026-11-01', 'done'),
    promise('Some day', undefined),
    promise('Next week', '2026-11-26'),
    win('Fixed login', 'fewer tickets'),
  ];
  const update = reminderState({ now: NOW, schedule: weekly, lastSentAt: new Date(2026, 10, 12, 15) });

  it('lists everything in priority order: overdue promise, due within a day, update due, problem without option, win without impact', () => {
    const items = reminderItems({ now: NOW, entries, update });
    assert.deepEqual(items.map(i => i.kind), ['promiseOverdue', 'promiseDueSoon', 'promiseDueSoon', 'updateDue', 'problemNoOption', 'winNoImpact']);
    assert.match(items[0].text, /Promise overdue: Write the roadmap \(to Dana\) — was due Nov 17/);
    assert.match(items[1].text, /Promise due today: Review runbook/);
    assert.match(items[2].text, /Promise due tomorrow: Send the staging plan/);
    assert.equal(items[3].text, 'Update due today at 16:00');
    assert.match(items[4].text, /Refunds have no owner/);
    assert.match(items[5].text, /Shipped search/);
    assert.ok(items.filter(i => i.kind !== 'updateDue').every(i => i.entryId), 'each journal item names its entry');
  });

  it('leaves out done promises, promises without a date or due later, problems with an option, wins with impact', () => {
    const texts = reminderItems({ now: NOW, entries, update }).map(i => i.text).join('\n');
    for (const t of ['Done already', 'Some day', 'Next week', 'Flaky CI', 'Fixed login']) assert.doesNotMatch(texts, new RegExp(t));
  });

  it('says the update is overdue after the due time, and nothing once it is sent', () => {
    const late = new Date(2026, 10, 19, 17, 0);
    const overdue = reminderItems({ now: late, entries: [], update: reminderState({ now: late, schedule: weekly, lastSentAt: new Date(2026, 10, 12, 15) }) });
    assert.deepEqual(overdue.map(i => i.text), ['Update overdue (was due today 16:00)']);
    const sent = reminderItems({ now: late, entries: [], update: reminderState({ now: late, schedule: weekly, lastSentAt: new Date(2026, 10, 19, 15) }) });
    assert.deepEqual(sent, []);
  });

  it('stays quiet about the update while snoozed', () => {
    const state = reminderState({ now: NOW, schedule: weekly, lastSentAt: new Date(2026, 10, 12, 15), snoozedUntil: new Date(2026, 10, 19, 11) });
    assert.equal(state.kind, 'snoozed');
    assert.deepEqual(reminderItems({ now: NOW, entries: [], update: state }), []);
  });

  it('before each 1:1: due on the 1:1 day at its time', () => {
    const oneOnOne: ReminderSchedule = { cadence: 'one-on-one', day: 2, hour: 10, minute: 30, workWeek: [1, 2, 3, 4, 5] };
    const tuesday = new Date(2026, 10, 24, 9, 0);
    const state = reminderState({ now: tuesday, schedule: oneOnOne, lastSentAt: new Date(2026, 10, 17, 10) });
    assert.equal(state.kind, 'dueToday');
    assert.deepEqual(reminderItems({ now: tuesday, entries: [], update: state }).map(i => i.text), ['Update due today at 10:30']);
  });

  it('summarises per kind for the status bar, most urgent first', () => {
    assert.deepEqual(reminderSummary(reminderItems({ now: NOW, entries, update })), [
      '1 promise overdue', '2 promises due within a day', '1 problem has no proposed option', '1 win has no impact',
    ]);
  });
});
