import { strict as assert } from 'node:assert';
import { makeTempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import type { MiningResult } from '../../../src/git/types';

const DAY = { since: new Date('2026-11-16T00:00:00Z'), until: new Date('2026-11-17T00:00:00Z'), label: 'day' };
const done = (r: MiningResult) => new Set(r.accomplishments.flatMap(a => a.commits.map(c => c.sha)));
const open = (r: MiningResult) => new Set(r.inProgress.flatMap(i => (i.kind === 'branch' ? i.commits.map(c => c.sha) : [])));

describe('git mining: window edges, across time zones', () => {
  it('Done: includes work that landed at since, excludes what landed at until, comparing instants whatever the offset', async () => {
    const repo = makeTempRepo();
    const at = (message: string, date: string) => repo.commit({ message, date });
    // Window: [2026-11-16T00:00Z, 2026-11-17T00:00Z); each commit lands on main when it is committed.
    const beforeSince = at('before since', '2026-11-16T13:59:59+14:00'); // 2026-11-15T23:59:59Z
    const atSince = at('at since', '2026-11-16T14:00:00+14:00'); // 2026-11-16T00:00:00Z
    const beforeUntil = at('before until', '2026-11-16T11:59:59-12:00'); // 2026-11-16T23:59:59Z
    const atUntil = at('at until', '2026-11-16T12:00:00-12:00'); // 2026-11-17T00:00:00Z
    // Authored inside the window, landed (committed on main) long after it: Done in the window it landed in.
    const landedLater = repo.commit({ message: 'landed later', date: '2026-11-16T12:00:00Z', committerDate: '2026-12-24T12:00:00Z' });
    const result = await mine({ repositories: [repo.dir], authors: [], window: DAY });
    assert.deepEqual(done(result), new Set([atSince, beforeUntil]));
    assert.deepEqual(open(result), new Set(), 'landed work is never in progress');
    for (const sha of [beforeSince, atUntil, landedLater]) assert.ok(!done(result).has(sha));
    const c = result.accomplishments.flatMap(a => a.commits).find(x => x.sha === atSince);
    assert.equal(c?.authoredAt, '2026-11-16T00:00:00.000Z');
    const later = await mine({ repositories: [repo.dir], authors: [], window: { since: new Date('2026-12-24T00:00:00Z'), until: new Date('2026-12-25T00:00:00Z'), label: 'xmas' } });
    assert.deepEqual(done(later), new Set([landedLater]));
    assert.equal(later.accomplishments[0].landedAt, '2026-12-24T12:00:00.000Z');
  });

  it('in progress: an unlanded commit counts when authored or committed in the window', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'base', date: '2026-11-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'topic']);
    const at = (message: string, date: string, committerDate = date) => repo.commit({ message, date, committerDate });
    const before = at('before', '2026-11-15T23:59:59Z');
    const atSince = at('at since', '2026-11-16T14:00:00+14:00');
    const rebasedIn = at('authored before, rebased in the window', '2026-11-10T10:00:00Z', '2026-11-16T09:00:00Z');
    const atUntil = at('at until', '2026-11-17T00:00:00Z');
    repo.git(['checkout', '-q', 'main']);
    const result = await mine({ repositories: [repo.dir], authors: [], window: DAY });
    assert.deepEqual(open(result), new Set([atSince, rebasedIn]));
    assert.deepEqual(done(result), new Set());
    for (const sha of [before, atUntil]) assert.ok(!open(result).has(sha));
  });
});
