import { strict as assert } from 'node:assert';
import { limiter, mapBounded } from '../../../src/git/pool';

describe('git mining: bounded concurrency', () => {
  it('limiter runs at most N functions at once, starting them in the order given, and passes results and errors through', async () => {
    const limit = limiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates: (() => void)[] = [];
    const task = (i: number) => limit(async () => {
      started.push(i);
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>(resolve => gates.push(resolve));
      running--;
      if (i === 3) throw new Error('three');
      return i * 10;
    });
    const all = [0, 1, 2, 3, 4].map(i => task(i).catch((e: Error) => e.message));
    while (started.length < 5 || gates.length) {
      await new Promise(resolve => setImmediate(resolve));
      gates.shift()?.();
    }
    assert.deepEqual(await Promise.all(all), [0, 10, 20, 'three', 40]);
    assert.equal(peak, 2);
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
  });

  it('mapBounded runs at most N at once and keeps the input order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([30, 10, 20, 5, 15], 2, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise(resolve => setTimeout(resolve, ms));
      running--;
      return `${i}:${ms}`;
    });
    assert.deepEqual(out, ['0:30', '1:10', '2:20', '3:5', '4:15']);
    assert.equal(peak, 2);
  });
});
