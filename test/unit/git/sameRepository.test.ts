import { strict as assert } from 'node:assert';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { discoverRepositories } from '../../../src/git/discover';
import { mine } from '../../../src/git/mine';
import type { MiningResult, TimeWindow } from '../../../src/git/types';

const NOV: TimeWindow = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

const shas = (r: MiningResult) => r.accomplishments.flatMap(a => a.commits.map(c => c.sha));
const uncommitted = (r: MiningResult) => r.inProgress.flatMap(i => (i.kind === 'uncommitted' ? [{ repository: i.repository, workTree: i.workTree, untracked: i.untracked }] : []));

/** A repository `main` (a commit in the window, a folder `sub`), a linked worktree of it and a symbolic link to it, side by side in one folder. */
function oneRepositoryFourWays() {
  const root = realpathSync(makeTempDir('workspace'));
  const main = makeTempRepo('main', { init: false });
  main.git(['init', '-q', '-b', 'main', join(root, 'main')]);
  const dir = join(root, 'main');
  const git = (args: string[]) => main.git(['-C', dir, ...args]);
  git(['config', 'user.name', 'Ada Lovelace']);
  git(['config', 'user.email', 'ada@example.com']);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.txt'), 'a\n');
  git(['add', '-A']);
  main.git(['-C', dir, 'commit', '-q', '-m', 'feat: the one commit'], { date: '2026-11-10T10:00:00Z' });
  const sha = git(['rev-parse', 'HEAD']);
  git(['worktree', 'add', '-q', '-b', 'topic', join(root, 'wt')]);
  symlinkSync(dir, join(root, 'link'));
  return { root, dir, wt: join(root, 'wt'), sub: join(dir, 'sub'), link: join(root, 'link'), sha };
}

describe('git mining: one repository given under several paths', function () {
  this.timeout(60_000);

  it('a linked worktree, a folder inside and a symbolic link are one repository: its commit counted once, each work tree\'s changes read', async () => {
    const r4 = oneRepositoryFourWays();
    writeFileSync(join(r4.dir, 'draft-main.txt'), 'x\n');
    writeFileSync(join(r4.wt, 'draft-wt-1.txt'), 'x\n');
    writeFileSync(join(r4.wt, 'draft-wt-2.txt'), 'x\n');
    const r = await mine({ repositories: [r4.dir, r4.wt, r4.sub, r4.link], window: NOV, authors: [] });
    assert.deepEqual(r.repositories.map(x => ({ path: x.path, name: x.name, count: x.commitCount, error: x.error, aliases: x.aliases })),
      [{ path: r4.dir, name: 'main', count: 1, error: undefined, aliases: [r4.wt, r4.sub, r4.link] }]);
    assert.deepEqual(shas(r), [r4.sha]);
    assert.equal(r.commitCount, 1);
    assert.ok(r.repositories[0].warnings.some(w => w.includes('also given as') && w.includes(r4.link)), r.repositories[0].warnings.join('; '));
    // Two work trees, each with its own uncommitted changes; the folder and the link add none of their own.
    assert.deepEqual(uncommitted(r), [{ repository: 'main', workTree: undefined, untracked: 1 }, { repository: 'main', workTree: r4.wt, untracked: 2 }]);
  });

  it('is listed under the first path given', async () => {
    const r4 = oneRepositoryFourWays();
    const r = await mine({ repositories: [r4.link, r4.dir], window: NOV, authors: [] });
    assert.deepEqual(r.repositories.map(x => [x.path, x.name, x.aliases]), [[r4.link, 'link', [r4.dir]]]);
    assert.deepEqual(shas(r), [r4.sha]);
  });

  it('a workspace folder holding a repository and its linked worktree drafts the repository once', async () => {
    const r4 = oneRepositoryFourWays();
    const found = await discoverRepositories([r4.root]);
    assert.deepEqual(found, [r4.dir, r4.wt].sort(), 'discovery finds both work trees');
    const r = await mine({ repositories: found, window: NOV, authors: [] });
    assert.equal(r.repositories.length, 1);
    assert.deepEqual(shas(r), [r4.sha]);
  });

  it('two different repositories stay two, with their names', async () => {
    const a = makeTempRepo('alpha');
    const b = makeTempRepo('beta');
    a.commit({ message: 'feat: a', date: '2026-11-10T10:00:00Z' });
    b.commit({ message: 'feat: b', date: '2026-11-10T10:00:00Z' });
    const r = await mine({ repositories: [a.dir, b.dir], window: NOV, authors: [] });
    assert.deepEqual(r.repositories.map(x => [x.name, x.commitCount, x.aliases]), [['alpha', 1, undefined], ['beta', 1, undefined]]);
  });
});
