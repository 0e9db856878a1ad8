import { strict as assert } from 'node:assert';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME, settle } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import { walkStats } from '../../../src/git/history';
import { resultStats } from '../../../src/git/mineRepository';
import { clearRepoInfoCache, repoInfo, repoInfoStats } from '../../../src/git/repoInfo';
import { realNow } from '../../../src/time/clock';

const NOV = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

const shasOf = (result: Awaited<ReturnType<typeof mine>>) => result.accomplishments.flatMap(x => x.commits.map(c => c.sha)).sort();

/** Runs a mine() and says how many of its repository results were reused. */
async function reusedResults(fn: () => ReturnType<typeof mine>): Promise<{ result: Awaited<ReturnType<typeof mine>>; cached: number }> {
  const before = resultStats.reused;
  const result = await fn();
  return { result, cached: resultStats.reused - before };
}

function delta<T>(fn: () => Promise<T>): Promise<{ value: T; hits: number; misses: number }> {
  const { hits, misses } = repoInfoStats;
  return fn().then(value => ({ value, hits: repoInfoStats.hits - hits, misses: repoInfoStats.misses - misses }));
}

describe('git mining: the per-repository cache', () => {
  beforeEach(() => clearRepoInfoCache());

  it('a mining already under way is shared: a draft during a scan walks the history once, and can still be cancelled alone', async () => {
    const repo = makeTempRepo('shared');
    const a = repo.commit({ message: 'feat: shared work', date: '2026-11-02T10:00:00Z' });
    const walks = () => walkStats.inline + walkStats.batched;
    const before = walks();
    const [scan, draft] = await Promise.all([mine({ repositories: [repo.dir], window: NOV, authors: [] }), mine({ repositories: [repo.dir], window: NOV, authors: [] })]);
    assert.equal(walks() - before, 1, 'the history was walked twice');
    assert.deepEqual(shasOf(draft), [a]);
    assert.deepEqual(draft, scan);
    assert.notEqual(draft.accomplishments[0], scan.accomplishments[0], 'the two callers share objects');

    clearRepoInfoCache();
    const cancel = new AbortController();
    const first = mine({ repositories: [repo.dir], window: NOV, authors: [] });
    const second = mine({ repositories: [repo.dir], window: NOV, authors: [], signal: cancel.signal });
    cancel.abort();
    assert.match((await second).repositories[0].error ?? '', /cancelled/);
    assert.deepEqual(shasOf(await first), [a], 'the other caller was cancelled too');
  });

  it('answers from the cache while nothing changed, and reads git again after a branch, a commit or a config change', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'feat: first' });
    settle(repo);
    const first = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.equal(first.misses, 1);
    const again = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.deepEqual([again.hits, again.misses], [1, 0]);
    assert.deepEqual(again.value, first.value);

    repo.git(['branch', 'topic']);
    const afterBranch = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.equal(afterBranch.misses, 1);
    assert.deepEqual([...afterBranch.value.refs.branches.keys()].sort(), ['main', 'topic']);

    settle(repo);
    await repoInfo({ cwd: repo.dir });
    repo.git(['config', 'user.email', 'new@example.com']);
    const afterConfig = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.equal(afterConfig.misses, 1);
    assert.deepEqual(afterConfig.value.emails, ['new@example.com']);

    settle(repo);
    await repoInfo({ cwd: repo.dir });
    const sha = repo.commit({ message: 'feat: second' });
    const afterCommit = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.equal(afterCommit.misses, 1);
    assert.equal(afterCommit.value.refs.branches.get('main'), sha);
  });

  it('reads git again when a config file named by include.path changes, or when git init makes a folder its own repository', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'feat: first' });
    const included = join(makeTempDir(), 'work.gitconfig');
    writeFileSync(included, '[user]\n\temail = first@example.com\n');
    repo.git(['config', 'user.email', 'local@example.com']);
    repo.git(['config', '--unset', 'user.email']);
    repo.git(['config', 'include.path', included]);
    mkdirSync(join(repo.dir, 'tools'));
    const age = () => settle(repo, [included]);
    age();
    const before = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.deepEqual(before.value.emails, ['first@example.com']);
    assert.equal((await delta(() => repoInfo({ cwd: repo.dir }))).hits, 1, 'the settled state was not cached');
    writeFileSync(included, '[user]\n\temail = second@example.com\n');
    const after = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.equal(after.misses, 1, 'a change in an included config file was not noticed');
    assert.deepEqual(after.value.emails, ['second@example.com']);

    age();
    const inTools = await repoInfo({ cwd: join(repo.dir, 'tools') });
    assert.equal(inTools.toplevel, repo.dir);
    assert.equal((await delta(() => repoInfo({ cwd: join(repo.dir, 'tools') }))).hits, 1, 'the settled state was not cached');
    repo.git(['init', '-q', 'tools']);
    const nested = await delta(() => repoInfo({ cwd: join(repo.dir, 'tools') }));
    assert.equal(nested.misses, 1, 'git init in the folder was not noticed');
    assert.equal(nested.value.toplevel, join(repo.dir, 'tools'));
  });

  it('never caches a repository whose files changed within the last seconds', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'feat: fresh' });
    // Written "just now" however long a loaded machine takes from here to the second call: HEAD is dated a minute ahead.
    const ahead = new Date(realNow() + 60_000);
    utimesSync(join(repo.dir, '.git', 'HEAD'), ahead, ahead);
    await repoInfo({ cwd: repo.dir });
    const again = await delta(() => repoInfo({ cwd: repo.dir }));
    assert.deepEqual([again.hits, again.misses], [0, 1]);
  });

  it('mine() finds a commit made on a new branch after a cached scan', async () => {
    const repo = makeTempRepo();
    const a = repo.commit({ message: 'feat: before', date: '2026-11-02T10:00:00Z' });
    settle(repo);
    const first = await mine({ repositories: [repo.dir], window: NOV, authors: [] });
    assert.deepEqual(first.accomplishments.flatMap(x => x.commits.map(c => c.sha)), [a]);
    const cached = await delta(() => mine({ repositories: [repo.dir], window: NOV, authors: [] }));
    assert.equal(cached.hits, 1);
    repo.git(['checkout', '-q', '-b', 'later']);
    const b = repo.commit({ message: 'fix: after', date: '2026-11-03T10:00:00Z' });
    const second = await mine({ repositories: [repo.dir], window: NOV, authors: [] });
    assert.deepEqual(second.accomplishments.flatMap(x => x.commits.map(c => c.sha)), [a]);
    assert.deepEqual(second.inProgress.flatMap(x => (x.kind === 'branch' ? x.commits.map(c => c.sha) : [])), [b]);
    assert.equal(second.repositories[0].head, 'later');
  });

  it('counts commits by an address .mailmap gives to user.email even when the walk meets them first', async () => {
    const repo = makeTempRepo();
    repo.git(['config', 'user.email', 'ada@old-job.example']);
    writeFileSync(join(repo.dir, '.mailmap'), `${ME.name} <${ME.email}> <ada@old-job.example>\n`);
    const old = repo.commit({ message: 'feat: from the old address', date: '2026-11-02T10:00:00Z', author: { name: 'A. L.', email: 'ada@old-job.example' } });
    const current = repo.commit({ message: 'feat: from the new address', date: '2026-11-03T10:00:00Z', author: ME });
    repo.commit({ message: 'fix: not mine', date: '2026-11-04T10:00:00Z', author: { name: 'Bob', email: 'bob@example.com' } });
    const result = await mine({ repositories: [repo.dir], window: NOV, authors: [] });
    assert.deepEqual(result.accomplishments.flatMap(x => x.commits.map(c => c.sha)).sort(), [old, current].sort());
    assert.deepEqual(result.authors, ['ada@example.com', 'ada@old-job.example']);
  });

  it('reuses the walk of an unchanged repository, but walks again after a commit or a .mailmap edit', async () => {
    const repo = makeTempRepo();
    const mineNov = () => mine({ repositories: [repo.dir], window: NOV, authors: [] });
    const a = repo.commit({ message: 'feat: first', date: '2026-11-02T10:00:00Z' });
    const theirs = repo.commit({ message: 'feat: from an old address', date: '2026-11-03T10:00:00Z', author: { name: 'A. L.', email: 'ada@old-job.example' } });
    settle(repo);
    const first = await reusedResults(mineNov);
    assert.equal(first.cached, 0);
    assert.deepEqual(shasOf(first.result), [a]);
    const again = await reusedResults(mineNov);
    assert.equal(again.cached, 1, 'an unchanged repository was walked again');
    assert.deepEqual(again.result, first.result);
    const otherWindow = await reusedResults(() => mine({ repositories: [repo.dir], window: { ...NOV, since: new Date('2026-11-03T00:00:00Z') }, authors: [] }));
    assert.equal(otherWindow.cached, 0, 'another window answered from the cache');
    assert.deepEqual(shasOf(otherWindow.result), []);

    writeFileSync(join(repo.dir, '.mailmap'), `${ME.name} <${ME.email}> <ada@old-job.example>\n`);
    settle(repo);
    const mapped = await reusedResults(mineNov);
    assert.equal(mapped.cached, 0, 'the walk from before the .mailmap edit was reused');
    assert.deepEqual(shasOf(mapped.result), [a, theirs].sort());

    settle(repo);
    await mineNov();
    const b = repo.commit({ message: 'fix: second', date: '2026-11-04T10:00:00Z' });
    settle(repo);
    const afterCommit = await reusedResults(mineNov);
    assert.equal(afterCommit.cached, 0);
    assert.deepEqual(shasOf(afterCommit.result), [a, theirs, b].sort());
    const counted = afterCommit.result.accomplishments.flatMap(x => x.commits).find(c => c.sha === b);
    assert.ok(counted && counted.files > 0 && counted.insertions > 0, 'the new commit has no line counts');
  });
});
