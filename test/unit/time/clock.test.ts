import assert from 'node:assert/strict';
import { clockFromEnv, fixedClock, systemClock } from '../../../src/time/clock';
import { daysBetween, localDay, startOfDay } from '../../../src/time/days';

describe('the clock', () => {
  it('is the system clock unless WORKLOG_NOW pins it', () => {
    assert.equal(clockFromEnv({}).clock, systemClock);
    assert.equal(clockFromEnv({ WORKLOG_NOW: '' }).clock, systemClock);
    const { clock, pinned } = clockFromEnv({ WORKLOG_NOW: '2027-01-04T08:00:00+09:00' });
    assert.equal(pinned?.toISOString(), '2027-01-03T23:00:00.000Z');
    assert.equal(clock().toISOString(), '2027-01-03T23:00:00.000Z');
    assert.notEqual(clock(), clock(), 'a pinned clock hands out its own Date each time (callers may mutate one)');
  });

  it('refuses a WORKLOG_NOW that is not an instant: no offset, no time, no such day', () => {
    for (const bad of ['2027-01-04', '2027-01-04T08:00:00', 'tomorrow', '2027-02-29T10:00:00Z', '2027-13-01T00:00:00Z', '1735689600']) {
      assert.throws(() => clockFromEnv({ WORKLOG_NOW: bad }), /WORKLOG_NOW must be an ISO instant/, bad);
    }
    assert.equal(fixedClock('2028-02-29T10:00:00Z')().toISOString(), '2028-02-29T10:00:00.000Z');
  });
});

describe('local days across a daylight-saving change', () => {
  const tz = process.env.TZ;
  before(() => { process.env.TZ = 'Europe/Berlin'; });
  after(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('counts the 23-hour and 25-hour days as one day each, and finds each local midnight', () => {
    const spring = new Date('2027-03-28T12:00:00+02:00');
    assert.equal(localDay(startOfDay(spring, -1)), '2027-03-27');
    assert.equal(startOfDay(spring, 1).getTime() - startOfDay(spring).getTime(), 23 * 3_600_000);
    assert.equal(daysBetween(new Date('2027-03-27T23:30:00+01:00'), new Date('2027-03-28T00:30:00+01:00')), 1);
    const autumn = new Date('2027-10-31T12:00:00+01:00');
    assert.equal(startOfDay(autumn, 1).getTime() - startOfDay(autumn).getTime(), 25 * 3_600_000);
    assert.equal(daysBetween(startOfDay(spring), startOfDay(autumn)), 217);
  });
});
