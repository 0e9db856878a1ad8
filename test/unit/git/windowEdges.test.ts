import { strict as assert } from 'node:assert';
import { makeTempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';

describe('git mining: window edges by author date, across time zones', () => {
  it('includes since, excludes until, comparing instants whatever the author\'s offset', async () => {
    const repo = makeTempRepo();
    const at = (message: string, date: string) => repo.commit({ message, date });
    // Window: [2026-11-16T00:00Z, 2026-11-17T00:00Z)
    const beforeSince = at('before since', '2026-11-16T13:59:59+14:00'); // 2026-11-15T23:59:59Z
    const atSince = at('at since', '2026-11-16T14:00:00+14:00'); // 2026-11-16T00:00:00Z
    const beforeUntil = at('before until', '2026-11-16T11:59:59-12:00'); // 2026-11-16T23:59:59Z
    const atUntil = at('at until', '2026-11-16T12:00:00-12:00'); // 2026-11-17T00:00:00Z
    // Authored inside the window, committed (rebased) long after it: still counted by author date.
    const rebased = repo.commit({ message: 'rebased later', date: '2026-11-16T12:00:00Z', committerDate: '2026-12-24T12:00:00Z' });
    const result = await mine({
      repositories: [repo.dir], authors: [],
      window: { since: new Date('2026-11-16T00:00:00Z'), until: new Date('2026-11-17T00:00:00Z'), label: 'day' },
    });
    const shas = result.accomplishments.flatMap(a => a.commits.map(c => c.sha));
    assert.deepEqual(new Set(shas), new Set([atSince, beforeUntil, rebased]));
    assert.ok(!shas.includes(beforeSince) && !shas.includes(atUntil));
    const c = result.accomplishments.flatMap(a => a.commits).find(x => x.sha === atSince);
    assert.equal(c?.authoredAt, '2026-11-16T00:00:00.000Z');
  });
});
