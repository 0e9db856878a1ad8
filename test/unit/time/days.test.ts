import assert from 'node:assert/strict';
import { dayRangeLabel, lastDayBefore, localDay } from '../../../src/time/days';
import { resolveWindow } from '../../../src/git/window';
import { inTimeZone } from '../../helpers/clock';

describe('day ranges for a reader', () => {
  it('says the year once: one day, the same month, across months, across years', () => {
    assert.equal(dayRangeLabel('2026-11-20', '2026-11-20'), 'Nov 20, 2026');
    assert.equal(dayRangeLabel('2026-08-01', '2026-08-22'), 'Aug 1 – 22, 2026');
    assert.equal(dayRangeLabel('2026-07-28', '2026-08-03'), 'Jul 28 – Aug 3, 2026');
    assert.equal(dayRangeLabel('2026-12-29', '2027-01-04'), 'Dec 29, 2026 – Jan 4, 2027');
    assert.equal(dayRangeLabel(new Date(2026, 0, 31, 23, 59), new Date(2026, 1, 1, 0, 1)), 'Jan 31 – Feb 1, 2026');
  });

  it('knows leap days, and refuses a day that does not exist', () => {
    assert.equal(dayRangeLabel('2028-02-28', '2028-02-29'), 'Feb 28 – 29, 2028');
    assert.equal(dayRangeLabel('2028-02-29', '2028-03-01'), 'Feb 29 – Mar 1, 2028');
    assert.throws(() => dayRangeLabel('2027-02-29', '2027-03-01'), /no such day/);
  });

  it('the last day of a window is the one before its exclusive end, or the end\'s own day when it is not midnight', () => {
    assert.equal(localDay(lastDayBefore(new Date(2026, 7, 23))), '2026-08-22');
    assert.equal(localDay(lastDayBefore(new Date(2026, 7, 23, 16))), '2026-08-23');
    assert.equal(localDay(lastDayBefore(new Date(2027, 0, 1))), '2026-12-31');
  });

  describe('in Berlin, across the 23-hour day of 2027-03-28', () => {
    inTimeZone('Europe/Berlin');

    it('a week holding the change is still Monday to Sunday, and the day after it ends the week before', () => {
      assert.equal(new Date(2027, 2, 29).toISOString(), '2027-03-28T22:00:00.000Z', 'the test runs in Berlin summer time');
      const lastWeek = resolveWindow('last-week', { now: new Date('2027-03-31T09:00:00+02:00') });
      assert.equal(lastWeek.label, 'last week (Mar 22 – 28, 2027)');
      assert.equal(localDay(lastDayBefore(lastWeek.until)), '2027-03-28');
      const thisWeek = resolveWindow('this-week', { now: new Date('2027-03-28T12:00:00+02:00') });
      assert.equal(thisWeek.label, 'this week (Mar 22 – 28, 2027)');
      const explicit = resolveWindow({ since: '2027-03-26', until: '2027-03-29' }, { now: new Date('2027-03-31T09:00:00+02:00') });
      assert.equal(explicit.label, 'Mar 26 – 28, 2027');
      assert.equal(resolveWindow({ since: '2027-03-28', until: '2027-03-29' }, { now: new Date('2027-03-31T09:00:00+02:00') }).label, 'Mar 28, 2027');
    });
  });
});
