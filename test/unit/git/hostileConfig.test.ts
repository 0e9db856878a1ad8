import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ME } from '../../helpers/gitRepo';
import { makeArmedRepo } from '../hostile/armedRepo';
import { discoverRepositories } from '../../../src/git/discover';
import { mine } from '../../../src/git/mine';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const DATES = { first: '2026-11-10T10:00:00Z', second: '2026-11-11T10:00:00Z', branch: '2026-11-12T10:00:00Z' };

describe('git safety: a hostile repository config never makes us run a program', () => {
  for (const via of ['direct', 'include', 'includeIf'] as const) {
    it(`mine() and discoverRepositories() run nothing the repository names (config set ${via})`, async () => {
      const armed = makeArmedRepo('evil', via, DATES);
      const repo = armed.repo;
      const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [ME.email] });
      const found = await discoverRepositories([join(repo.dir, '..')]);
      assert.deepEqual(armed.fired(), [], 'a program named by the repository ran');
      assert.equal(result.repositories[0].error, undefined);
      // Two commits on main and one on the unmerged branch.
      assert.equal(result.commitCount, 3);
      assert.deepEqual(found, [repo.dir]);
      const uncommitted = result.inProgress.find(i => i.kind === 'uncommitted');
      assert.ok(uncommitted && uncommitted.kind === 'uncommitted' && uncommitted.untracked === 1);

      // The traps are armed: plain git, without our overrides, does run them (filter.process takes over from filter.clean here).
      armed.fireWithPlainGit();
      const fired = armed.fired();
      for (const m of ['fsmonitor', 'filter-process', 'diff-command', 'diff-external', 'gpg']) assert.ok(fired.includes(m), `control: ${m} did not fire (${fired.join(', ')})`);
    });
  }
});
