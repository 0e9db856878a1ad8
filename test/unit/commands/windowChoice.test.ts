import assert from 'node:assert/strict';
import { defaultWindowSpec, parseCustomWindow } from '../../../src/commands/windowChoice';
import { localDay } from '../../../src/time/days';

const now = new Date(2026, 10, 20, 12, 0);

describe('windowChoice', () => {
  describe('defaultWindowSpec', () => {
    it('starts where the last sent update ended', () => {
      assert.deepEqual(defaultWindowSpec('since-last-sent', '2026-11-13T15:00:00.000Z'), { since: '2026-11-13T15:00:00.000Z' });
    });

    it('falls back to the last 7 days before the first update', () => {
      assert.equal(defaultWindowSpec('since-last-sent', undefined), '7d');
    });

    it('uses the configured preset otherwise', () => {
      assert.equal(defaultWindowSpec('last-week', '2026-11-13T15:00:00.000Z'), 'last-week');
    });
  });

  describe('parseCustomWindow', () => {
    it('accepts a number of days', () => {
      assert.deepEqual(parseCustomWindow(' 10d ', now), { spec: '10d' });
    });

    it('accepts a start date', () => {
      assert.deepEqual(parseCustomWindow('2026-11-02', now), { spec: { since: '2026-11-02' } });
    });

    it('includes the end day of a range', () => {
      assert.deepEqual(parseCustomWindow('2026-11-02..2026-11-06', now), { spec: { since: '2026-11-02', until: '2026-11-07' } });
      assert.deepEqual(parseCustomWindow('2026-10-26 to 2026-10-31', now), { spec: { since: '2026-10-26', until: '2026-11-01' } });
    });

    it('explains what is wrong', () => {
      assert.match((parseCustomWindow('2026-02-30', now) as { error: string }).error, /not a date/);
      assert.match((parseCustomWindow('2026-11-10..2026-11-01', now) as { error: string }).error, /before the start/);
      assert.match((parseCustomWindow('2026-12-01', now) as { error: string }).error, /future/);
      assert.match((parseCustomWindow('0d', now) as { error: string }).error, /at least 1/);
      assert.match((parseCustomWindow('last friday', now) as { error: string }).error, /YYYY-MM-DD/);
    });
  });

  it('formats local dates', () => {
    assert.equal(localDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});
