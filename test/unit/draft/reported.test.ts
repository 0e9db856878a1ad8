import assert from 'node:assert/strict';
import { reportedShasOf, unreportedAccomplishments, withoutReported } from '../../../src/draft/reported';
import { accomplishment, evidence, mining } from '../../fixtures/draft/input';

const a = accomplishment({ id: 'api:ticket:A-1', title: 'Login form', repository: 'api', commits: [evidence('add form', '2026-11-17T10:00:00Z', 10, 1), evidence('validate', '2026-11-18T10:00:00Z', 5, 0)] });
const b = accomplishment({ id: 'api:scope:ci', title: 'CI cache', repository: 'api', commits: [evidence('cache deps', '2026-11-18T11:00:00Z', 3, 3)] });

describe('already reported work', () => {
  it('keeps everything when nothing was sent', () => {
    assert.deepEqual(unreportedAccomplishments([a, b], new Set()).map(x => x.id), [a.id, b.id]);
  });

  it('drops an accomplishment whose every commit was in a sent update', () => {
    const reported = new Set(reportedShasOf([a]));
    assert.deepEqual(unreportedAccomplishments([a, b], reported).map(x => x.id), [b.id]);
  });

  it('reports an accomplishment again when it gained a new commit', () => {
    const reported = new Set([a.commits[0].sha]);
    assert.deepEqual(unreportedAccomplishments([a, b], reported).map(x => x.id), [a.id, b.id]);
  });

  it('recounts the commits of the mining result it returns', () => {
    const m = withoutReported(mining([a, b]), new Set(reportedShasOf([b])));
    assert.deepEqual(m.accomplishments.map(x => x.id), [a.id]);
    assert.equal(m.commitCount, 2);
  });

  it('lists each SHA once', () => {
    assert.deepEqual(reportedShasOf([a, a, b]).length, 3);
  });
});
