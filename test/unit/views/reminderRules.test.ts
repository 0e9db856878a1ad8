import assert from 'node:assert/strict';
import { needsAttention, nextDue, previousDue, reminderLabel, reminderState, relativeDay } from '../../../src/views/reminderRules';
import type { ReminderSchedule } from '../../../src/views/reminderRules';

// Local dates: the rule works in the user's local time. 2026-11-16 is a Monday.
const at = (day: number, hour = 10, minute = 0) => new Date(2026, 10, day, hour, minute);
const weekly: ReminderSchedule = { cadence: 'weekly', day: 5, hour: 16, minute: 0, workWeek: [1, 2, 3, 4, 5] };

describe('reminderRules', () => {
  describe('nextDue / previousDue', () => {
    it('finds the coming Friday 16:00 from a Monday', () => {
      assert.deepEqual(nextDue(at(16), weekly), at(20, 16));
    });

    it('moves to the next week once Friday 16:00 has passed', () => {
      assert.deepEqual(nextDue(at(20, 16, 1), weekly), at(27, 16));
      assert.deepEqual(previousDue(at(20, 16, 1), weekly), at(20, 16));
    });

    it('skips non-working days for the daily cadence', () => {
      const daily = { ...weekly, cadence: 'daily' as const, hour: 9 };
      assert.deepEqual(nextDue(at(20, 10), daily), at(23, 9)); // Friday after 9:00 -> Monday
    });

    it('due every other week for the biweekly cadence', () => {
      const biweekly = { ...weekly, cadence: 'biweekly' as const };
      const first = nextDue(at(16), biweekly)!;
      const second = nextDue(first, biweekly)!;
      assert.equal(first.getDay(), 5);
      assert.equal(Math.round((second.getTime() - first.getTime()) / 86_400_000), 14);
    });

    it('has no due time when reminders are off', () => {
      assert.equal(nextDue(at(16), { ...weekly, cadence: 'off' }), undefined);
    });
  });

  describe('reminderState', () => {
    it('says "Update due Fri" early in the week', () => {
      const state = reminderState({ now: at(17), schedule: weekly, lastSentAt: at(13, 15) });
      assert.equal(state.kind, 'upcoming');
      assert.equal(reminderLabel(state, at(17)), 'Update due Fri');
      assert.equal(needsAttention(state), false);
    });

    it('says "Update due today" on Friday before the due time', () => {
      const state = reminderState({ now: at(20, 11), schedule: weekly, lastSentAt: at(13, 15) });
      assert.deepEqual(state, { kind: 'dueToday', due: at(20, 16) });
      assert.equal(reminderLabel(state, at(20, 11)), 'Update due today');
      assert.equal(needsAttention(state), true);
    });

    it('is overdue after the due time when nothing was sent that day', () => {
      const state = reminderState({ now: at(20, 17), schedule: weekly, lastSentAt: at(13, 15) });
      assert.deepEqual(state, { kind: 'overdue', due: at(20, 16) });
      assert.equal(reminderLabel(state, at(20, 17)), 'Update overdue');
    });

    it('counts an update sent on the due day before the due time', () => {
      const state = reminderState({ now: at(20, 15), schedule: weekly, lastSentAt: at(20, 9) });
      assert.deepEqual(state, { kind: 'sent', due: at(20, 16), next: at(27, 16) });
      assert.equal(reminderLabel(state, at(20, 15)), 'Update sent');
    });

    it('is not overdue for a first-time user with no history', () => {
      assert.equal(reminderState({ now: at(23), schedule: weekly }).kind, 'upcoming');
    });

    it('snoozes only while the snooze lasts', () => {
      const snoozed = reminderState({ now: at(20, 11), schedule: weekly, lastSentAt: at(13), snoozedUntil: at(20, 12) });
      assert.equal(snoozed.kind, 'snoozed');
      const over = reminderState({ now: at(20, 13), schedule: weekly, lastSentAt: at(13), snoozedUntil: at(20, 12) });
      assert.equal(over.kind, 'dueToday');
    });

    it('is off when the cadence is off', () => {
      const state = reminderState({ now: at(20), schedule: { ...weekly, cadence: 'off' } });
      assert.equal(state.kind, 'off');
      assert.equal(reminderLabel(state, at(20)), '');
    });
  });

  describe('relativeDay', () => {
    it('names today, tomorrow, a weekday, then a date', () => {
      assert.equal(relativeDay(at(16, 18), at(16, 9)), 'today');
      assert.equal(relativeDay(at(17), at(16)), 'tomorrow');
      assert.equal(relativeDay(at(19), at(16)), 'Thu');
      assert.equal(relativeDay(at(30), at(16)), 'Nov 30');
    });
  });
});
