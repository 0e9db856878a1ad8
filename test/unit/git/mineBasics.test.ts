import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import type { MineOptions, MiningResult, TimeWindow } from '../../../src/git/types';

const NOV: TimeWindow = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

function run(repos: string[], extra: Partial<MineOptions> = {}): Promise<MiningResult> {
  return mine({ repositories: repos, window: NOV, authors: [], ...extra });
}

function allShas(result: MiningResult): string[] {
  return result.accomplishments.flatMap(a => a.commits.map(c => c.sha));
}

function inProgressShas(result: MiningResult): string[] {
  return result.inProgress.flatMap(i => (i.kind === 'branch' ? i.commits.map(c => c.sha) : []));
}

describe('git mining: basics', () => {
  it('finds the user\'s commits with stats and uses user.email as identity', async () => {
    const repo = makeTempRepo('api');
    const a = repo.commit({ message: 'feat: add login', files: { 'a.txt': 'one\ntwo\n', 'b.bin': '\u0000\u0001binary' } });
    repo.commit({ message: 'someone else', author: { name: 'Bob', email: 'bob@example.com' } });
    const result = await run([repo.dir]);
    assert.deepEqual(result.repositories.map(r => ({ name: r.name, count: r.commitCount, error: r.error })), [{ name: 'api', count: 1, error: undefined }]);
    assert.deepEqual(result.authors, [ME.email]);
    assert.equal(result.accomplishments.length, 1);
    const acc = result.accomplishments[0];
    assert.equal(acc.title, 'Add login');
    assert.equal(acc.type, 'feat');
    assert.deepEqual(acc.commits.map(c => [c.sha, c.shortSha, c.insertions, c.deletions, c.files]), [[a, a.slice(0, 7), 2, 0, 2]]);
    assert.equal(acc.repository, 'api');
  });

  it('lists a commit held by several branches once', async () => {
    const repo = makeTempRepo();
    const base = repo.commit({ message: 'fix: shared work' });
    repo.git(['branch', 'b1']);
    repo.git(['branch', 'b2']);
    repo.git(['checkout', '-q', '-b', 'b3']);
    const own = repo.commit({ message: 'only on b3' });
    repo.git(['checkout', '-q', 'main']);
    const result = await run([repo.dir]);
    assert.deepEqual(allShas(result), [base]);
    assert.deepEqual(inProgressShas(result), [own]);
    assert.deepEqual(result.inProgress.map(i => i.kind === 'branch' && i.branch), ['b3']);
    assert.equal(result.commitCount, 2);
  });

  it('reports a missing path and a folder that is not a repository, and still mines the others', async () => {
    const good = makeTempRepo('good');
    const sha = good.commit({ message: 'feat: works' });
    const notRepo = makeTempDir('plain');
    const missing = join(makeTempDir('gone'), 'nothing-here');
    const result = await run([missing, notRepo, good.dir]);
    const byName = Object.fromEntries(result.repositories.map(r => [r.name, r]));
    assert.equal(byName['nothing-here'].error, `path does not exist: ${missing}`);
    assert.equal(byName.plain.error, `not a git repository: ${notRepo}`);
    assert.equal(byName.good.error, undefined);
    assert.deepEqual(allShas(result), [sha]);
  });

  it('treats an empty repository as no commits, not an error', async () => {
    const repo = makeTempRepo('empty');
    const result = await run([repo.dir]);
    assert.equal(result.repositories[0].error, undefined);
    assert.equal(result.repositories[0].commitCount, 0);
    assert.match(result.repositories[0].warnings.join(' '), /empty repository/);
    assert.deepEqual(result.accomplishments, []);
  });

  it('includes the commits of a detached HEAD', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'fix: on main' });
    repo.git(['checkout', '-q', '--detach']);
    const detached = repo.commit({ message: 'fix: detached work' });
    const result = await run([repo.dir]);
    assert.ok(inProgressShas(result).includes(detached), 'the detached commit is not in progress');
    assert.ok(!allShas(result).includes(detached), 'an unlanded commit is Done');
    assert.equal(result.repositories[0].head, undefined);
  });

  it('warns about a shallow clone and still reads what is there', async () => {
    const origin = makeTempRepo('origin');
    origin.commit({ message: 'old', date: '2026-10-01T10:00:00Z' });
    const recent = origin.commit({ message: 'feat: recent' });
    const parent = makeTempDir('clones');
    origin.git(['clone', '-q', '--depth', '1', `file://${origin.dir}`, join(parent, 'shallow')]);
    const clone = join(parent, 'shallow');
    const result = await run([clone], { authors: [ME.email.toUpperCase()] });
    assert.equal(result.repositories[0].error, undefined);
    assert.match(result.repositories[0].warnings.join(' '), /shallow/);
    assert.deepEqual(allShas(result), [recent]);
    rmSync(parent, { recursive: true, force: true });
  });
});
