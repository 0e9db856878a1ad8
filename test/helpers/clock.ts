/**
 * The unit tests' one clock: the instant `WORKLOG_NOW` pins (the pinned runs of `npm test` set it, with TZ),
 * else the real time. A test that involves "now" builds its dates from this clock, or pins its own.
 */
import { clockFromEnv } from '../../src/time/clock';
import type { Clock } from '../../src/time/clock';

/** "Now" for the unit tests. */
export const testClock: Clock = clockFromEnv(process.env).clock;
