/**
 * The unit tests' one clock: the instant `WORKLOG_NOW` pins (the pinned runs of `npm test` set it, with TZ),
 * else the real time. A test that involves "now" builds its dates from this clock, or pins its own.
 */
import { clockFromEnv } from '../../src/time/clock';
import type { Clock } from '../../src/time/clock';

/** "Now" for the unit tests. */
export const testClock: Clock = clockFromEnv(process.env).clock;

/**
 * Runs the enclosing mocha `describe` in time zone `tz` (Node reads `process.env.TZ` afresh when it is set)
 * and puts the run's own zone back after it.
 */
export function inTimeZone(tz: string): void {
  const previous = process.env.TZ;
  before(() => { process.env.TZ = tz; });
  after(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}
