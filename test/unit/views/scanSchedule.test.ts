import assert from 'node:assert/strict';
import { scanDelay } from '../../../src/views/scanSchedule';

const timing = { debounceMs: 2_000, minIntervalMs: 180_000 };

describe('scan schedule after repository changes', () => {
  it('waits for the burst of ref updates to settle', () => {
    assert.equal(scanDelay(10_000, 10_000, undefined, timing), 2_000);
    assert.equal(scanDelay(11_500, 10_000, undefined, timing), 500);
    assert.equal(scanDelay(13_000, 10_000, undefined, timing), 0);
  });

  it('never scans again within the minimum interval after the last scan', () => {
    assert.equal(scanDelay(60_000, 60_000, 0, timing), 120_000);
    assert.equal(scanDelay(200_000, 199_000, 0, timing), 1_000);
  });
});
