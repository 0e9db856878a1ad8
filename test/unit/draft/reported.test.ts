import assert from 'node:assert/strict';
import { reportedWork, toldChangesOf, unreportedAccomplishments, withoutReported } from '../../../src/draft/reported';
import type { Accomplishment } from '../../../src/git/types';
import { accomplishment, evidence, mining } from '../../fixtures/draft/input';

const a = accomplishment({ id: 'api:ticket:A-1', title: 'Login form', repository: 'api', commits: [evidence('add form', '2026-11-17T10:00:00Z', 10, 1), evidence('validate', '2026-11-18T10:00:00Z', 5, 0)] });
const b = accomplishment({ id: 'api:scope:ci', title: 'CI cache', repository: 'api', commits: [evidence('cache deps', '2026-11-18T11:00:00Z', 3, 3)] });
/** A record sent at `sentAt` telling `of`. */
const sentAfter = (of: Accomplishment[], sentAt = '2026-11-20T16:00:00.000Z') => reportedWork([{ sentAt, ...toldChangesOf(of) }]);

describe('already reported work', () => {
  it('keeps everything when nothing was sent', () => {
    assert.deepEqual(unreportedAccomplishments([a, b], new Map()).map(x => x.id), [a.id, b.id]);
  });

  it('drops an accomplishment whose every commit was in an update sent after it landed', () => {
    assert.deepEqual(unreportedAccomplishments([a, b], sentAfter([a])).map(x => x.id), [b.id]);
  });

  it('reports an accomplishment again when it gained a new commit', () => {
    const reported = reportedWork([{ sentAt: '2026-11-20T16:00:00.000Z', shas: [a.commits[0].sha] }]);
    assert.deepEqual(unreportedAccomplishments([a, b], reported).map(x => x.id), [a.id, b.id]);
  });

  it('recounts the commits of the mining result it returns', () => {
    const m = withoutReported(mining([a, b]), sentAfter([b]));
    assert.deepEqual(m.accomplishments.map(x => x.id), [a.id]);
    assert.equal(m.commitCount, 2);
  });

  it('lists each SHA once, and each Change-Id', () => {
    const withIds = accomplishment({ id: 'x', title: 'x', repository: 'api', commits: [{ ...evidence('c1', '2026-11-18T10:00:00Z', 1, 1), changeId: 'I1' }, { ...evidence('c2', '2026-11-18T10:00:00Z', 1, 1), changeId: 'I1' }] });
    const told = toldChangesOf([a, a, b, withIds]);
    assert.equal(told.shas.length, 5);
    assert.deepEqual(told.changeIds, ['I1']);
  });

  it('follows changes, not SHAs: another SHA with a reported Change-Id counts as reported', () => {
    const first = accomplishment({ id: 'g1', title: 'Gerrit change', repository: 'api', commits: [{ ...evidence('patch set 1', '2026-11-17T10:00:00Z', 4, 0), changeId: 'Iabc' }], landedAt: '2026-11-17T12:00:00Z' });
    const amended = accomplishment({ id: 'g1', title: 'Gerrit change', repository: 'api', commits: [{ ...evidence('patch set 2', '2026-11-17T11:00:00Z', 4, 0), changeId: 'Iabc' }], landedAt: '2026-11-17T12:00:00Z' });
    assert.deepEqual(unreportedAccomplishments([amended], sentAfter([first])), []);
  });

  it('reports once more, as landed, work an older version reported as Done before it landed (a branch later squash-merged)', () => {
    // Then: the branch's two commits were told as Done on Nov 17, before the squash landed on Nov 19.
    const branchCommits = [evidence('start reset', '2026-11-16T10:00:00Z', 5, 0), evidence('finish reset', '2026-11-17T09:00:00Z', 3, 1)];
    const oldRecord = reportedWork([{ sentAt: '2026-11-17T16:00:00.000Z', shas: branchCommits.map(c => c.sha) }]);
    // Now: the squash landed; the item is titled by it, the branch's commits are its evidence, landing with it.
    const squash = evidence('Add password reset (#8)', '2026-11-19T10:00:00Z', 8, 1);
    const landed = accomplishment({
      id: 'api:pr:8', title: 'Add password reset', repository: 'api', landedAt: '2026-11-19T10:00:00Z',
      commits: [squash, ...branchCommits.map(c => ({ ...c, landedAt: '2026-11-19T10:00:00Z', copyOf: squash.sha }))],
    });
    assert.deepEqual(unreportedAccomplishments([landed], oldRecord).map(x => x.id), ['api:pr:8']);
    // Once the landed work is sent, it is not told again, though every SHA of it is in the sent record.
    const newRecord = reportedWork([{ sentAt: '2026-11-17T16:00:00.000Z', shas: branchCommits.map(c => c.sha) }, { sentAt: '2026-11-20T16:00:00.000Z', ...toldChangesOf([landed]) }]);
    assert.deepEqual(unreportedAccomplishments([landed], newRecord), []);
  });
});
