import { strict as assert } from 'node:assert';
import { makeTempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import type { MiningResult } from '../../../src/git/types';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

function groupOf(result: MiningResult, sha: string) {
  const found = result.accomplishments.filter(a => a.commits.some(c => c.sha === sha));
  assert.equal(found.length, 1);
  return found[0];
}

describe('git mining: merges', () => {
  it('groups a locally merged branch by the branch its merge names', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'base', date: '2026-11-02T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'report-export']);
    const a = repo.commit({ message: 'Write the exporter', date: '2026-11-03T10:00:00Z', files: { 'e.txt': '1\n2\n3\n' } });
    const b = repo.commit({ message: 'Tests for the exporter', date: '2026-11-04T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '-q', '--no-ff', 'report-export', '-m', "Merge branch 'report-export'"], { date: '2026-11-05T10:00:00Z' });
    repo.git(['branch', '-D', 'report-export']);
    const result = await run();
    assert.equal(groupOf(result, a), groupOf(result, b));
    assert.equal(groupOf(result, a).branch, 'report-export');
    assert.equal(groupOf(result, a).title, 'Write the exporter');
    assert.equal(result.inProgress.length, 0);

    async function run() {
      return mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    }
  });

  it('gives stacked pull requests their own commits, and reads GitLab merge requests', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'base', date: '2026-11-02T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'part1']);
    const p1 = repo.commit({ message: 'Part one', date: '2026-11-03T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'part2']);
    const p2 = repo.commit({ message: 'Part two', date: '2026-11-04T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '-q', '--no-ff', 'part1', '-m', 'Merge pull request #1 from octo/part1', '-m', 'First half'], { date: '2026-11-05T10:00:00Z' });
    repo.git(['merge', '-q', '--no-ff', 'part2', '-m', "Merge branch 'part2' into 'main'", '-m', 'Second half\n\nSee merge request team/app!2'], { date: '2026-11-06T10:00:00Z' });
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    assert.equal(groupOf(result, p1).pullRequest, 1);
    assert.equal(groupOf(result, p1).title, 'First half');
    assert.equal(groupOf(result, p2).pullRequest, 2);
    assert.equal(groupOf(result, p2).title, 'Second half');
    assert.deepEqual(groupOf(result, p2).commits.map(c => c.sha), [p2]);
  });

  it('does not credit work on main to a branch that merged main in to stay up to date; the branch is in progress', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'base', date: '2026-11-02T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'topic']);
    const t1 = repo.commit({ message: 'Topic work', date: '2026-11-03T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    const onMain = repo.commit({ message: 'Hotfix on main', date: '2026-11-04T10:00:00Z' });
    repo.git(['checkout', '-q', 'topic']);
    repo.git(['merge', '-q', '--no-ff', 'main', '-m', "Merge branch 'main' into topic"], { date: '2026-11-05T10:00:00Z' });
    const t2 = repo.commit({ message: 'More topic work', date: '2026-11-06T10:00:00Z' });
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    assert.equal(groupOf(result, onMain).branch, undefined);
    assert.deepEqual(result.accomplishments.map(a => a.title).sort(), ['Base', 'Hotfix on main']);
    assert.deepEqual(result.inProgress.map(i => i.kind === 'branch' && [i.branch, i.commits.map(c => c.sha)]), [['topic', [t2, t1]]]);
  });
});
