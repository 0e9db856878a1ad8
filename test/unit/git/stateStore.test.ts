import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, settle } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import { clearMiningCaches, resultStats } from '../../../src/git/mineRepository';
import { repoInfoStats } from '../../../src/git/repoInfo';
import { clearStates } from '../../../src/git/stateStore';
import type { StateCache } from '../../../src/git/stateStore';
import type { MiningResult } from '../../../src/git/types';

const NOV = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const shasOf = (r: MiningResult) => r.accomplishments.flatMap(x => x.commits.map(c => c.sha)).sort();

/** One mine() as a new process runs it (nothing in memory), and where its answers came from. */
async function freshMine(repo: TempRepo, cache: StateCache | undefined): Promise<{ result: MiningResult; stored: number; misses: number; reused: number }> {
  clearMiningCaches();
  const before = { ...repoInfoStats, reused: resultStats.reused };
  const result = await mine({ repositories: [repo.dir], window: NOV, authors: [], cache });
  return { result, stored: repoInfoStats.stored - before.stored, misses: repoInfoStats.misses - before.misses, reused: resultStats.reused - before.reused };
}

const stateFiles = (cache: StateCache) => readdirSync(cache.dir).filter(n => n.endsWith('.json'));

describe('git mining: repository state kept on disk between processes', () => {
  after(() => clearMiningCaches());

  it('a new process reuses an unchanged repository\'s state and result, and reads git again after a commit', async () => {
    const repo = makeTempRepo();
    const cache = { dir: join(makeTempDir(), 'state'), version: '1.0.0' };
    const a = repo.commit({ message: 'feat: first', date: '2026-11-02T10:00:00Z' });
    settle(repo);
    const first = await freshMine(repo, cache);
    assert.deepEqual([first.stored, first.misses], [0, 1]);
    assert.deepEqual(shasOf(first.result), [a]);
    assert.equal(stateFiles(cache).length, 1, 'nothing was written');

    const second = await freshMine(repo, cache);
    assert.deepEqual([second.stored, second.misses, second.reused], [1, 0, 1], 'the stored state was not used');
    assert.deepEqual(second.result, first.result);

    const b = repo.commit({ message: 'fix: second', date: '2026-11-03T10:00:00Z' });
    settle(repo);
    const third = await freshMine(repo, cache);
    assert.deepEqual([third.stored, third.misses], [0, 1], 'a state from before the commit was used');
    assert.deepEqual(shasOf(third.result), [a, b].sort());
    const fourth = await freshMine(repo, cache);
    assert.equal(fourth.stored, 1, 'the state after the commit was not stored');
    assert.deepEqual(shasOf(fourth.result), [a, b].sort());
  });

  it('a reused result still reports the working tree as it is now', async () => {
    const repo = makeTempRepo();
    const cache = { dir: makeTempDir(), version: '1.0.0' };
    repo.commit({ message: 'feat: first', date: '2026-11-02T10:00:00Z' });
    settle(repo);
    const clean = await freshMine(repo, cache);
    assert.deepEqual(clean.result.inProgress.filter(i => i.kind === 'uncommitted'), []);
    writeFileSync(join(repo.dir, 'draft.txt'), 'not committed yet\n');
    const dirty = await freshMine(repo, cache);
    assert.equal(dirty.stored, 1);
    assert.deepEqual(dirty.result.inProgress.filter(i => i.kind === 'uncommitted').map(i => i.kind === 'uncommitted' && i.untracked), [1]);
  });

  it('ignores a corrupt file, a file from another version or for another repository, and replaces it', async () => {
    const repo = makeTempRepo();
    const cache = { dir: makeTempDir(), version: '1.0.0' };
    const a = repo.commit({ message: 'feat: first', date: '2026-11-02T10:00:00Z' });
    settle(repo);
    await freshMine(repo, cache);
    const [name] = stateFiles(cache);
    const file = join(cache.dir, name);
    const good = readFileSync(file, 'utf8');
    const marker = join(makeTempDir(), 'ran');
    const tampered = [
      good.slice(0, good.length / 2),
      '\0\0not json',
      good.replace('"build":"1.0.0+', '"build":"0.9.0+'),
      good.replace(/"key":"[^"]*"/, '"key":"/somewhere/else"'),
      good.replace(/"results":\[.*\]\}\}$/, '"results":[["k",{"report":{}}]]}}'),
      good.replace(/"results":\[.*\]\}\}$/, '"results":[["k",{"report":null,"accomplishments":[],"inProgress":[],"authors":[]}]]}}'),
      good.replace(/"branches":\[[^\]]*\]\]/, '"branches":[1]'),
      good.replace(/"emails":\[[^\]]*\]/, `"emails":[{"core.fsmonitor":"touch ${marker}; false"}]`),
      good.replace(/"format":\d+/, '"format":0'),
    ];
    for (const text of tampered) {
      assert.notEqual(text, good);
      writeFileSync(file, text);
      const r = await freshMine(repo, cache);
      assert.deepEqual([r.stored, r.misses], [0, 1], `a bad file was used: ${text.slice(0, 60)}`);
      assert.deepEqual(shasOf(r.result), [a]);
      assert.equal(r.result.repositories[0].error, undefined);
      assert.equal(readFileSync(file, 'utf8').length > 0 && JSON.parse(readFileSync(file, 'utf8')).state.key !== undefined, true, 'the bad file was not replaced');
    }
    assert.equal(existsSync(marker), false, 'a program named in the stored file ran');
    assert.equal((await freshMine(repo, { ...cache, version: '2.0.0' })).stored, 0, 'another version\'s results were used');
  });

  it('never reads or writes a folder others may write to', async function () {
    if (process.platform === 'win32') this.skip();
    const repo = makeTempRepo();
    const dir = join(makeTempDir(), 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const cache = { dir, version: '1.0.0' };
    repo.commit({ message: 'feat: first', date: '2026-11-02T10:00:00Z' });
    settle(repo);
    await freshMine(repo, cache);
    assert.deepEqual(readdirSync(dir), [], 'a state was written to a world-writable folder');
    chmodSync(dir, 0o700);
    await freshMine(repo, cache);
    assert.equal(stateFiles(cache).length, 1);
    chmodSync(dir, 0o770);
    assert.equal((await freshMine(repo, cache)).stored, 0, 'a group-writable folder was read');
  });

  it('keeps results apart by ticket patterns, display name and authors, and a caller cannot change a kept result', async () => {
    const repo = makeTempRepo('app');
    const cache = { dir: makeTempDir(), version: '1.0.0' };
    const theirs = repo.commit({ message: 'feat: OPS-7 pair on the importer', date: '2026-11-02T10:00:00Z', author: { name: 'Bob', email: 'bob@example.com' } });
    settle(repo);
    const run = async (options: Partial<Parameters<typeof mine>[0]>) => {
      const before = resultStats.reused;
      const result = await mine({ repositories: [repo.dir], window: NOV, authors: [], cache, ...options });
      return { result, reused: resultStats.reused - before };
    };
    clearMiningCaches();
    const first = await run({ ticketPatterns: ['OPS-\\d+'] });
    assert.deepEqual(first.result.accomplishments, []);
    const withBob = await run({ ticketPatterns: ['OPS-\\d+'], authors: ['bob@example.com'] });
    assert.equal(withBob.reused, 0, 'another author set reused a result');
    assert.deepEqual(shasOf(withBob.result), [theirs]);
    assert.deepEqual(withBob.result.accomplishments[0].tickets, ['OPS-7']);
    const otherPatterns = await run({ ticketPatterns: ['XYZ-\\d+'], authors: ['bob@example.com'] });
    assert.equal(otherPatterns.reused, 0, 'other ticket patterns reused a result');
    assert.deepEqual(otherPatterns.result.accomplishments[0].tickets, []);
    const twin = makeTempRepo('app');
    const named = await run({ repositories: [repo.dir, twin.dir], ticketPatterns: ['XYZ-\\d+'], authors: ['bob@example.com'] });
    assert.equal(named.result.accomplishments[0].repository, named.result.repositories[0].name);
    assert.notEqual(named.result.repositories[0].name, 'app', 'the twin folders got the same name');

    const again = await run({ ticketPatterns: ['OPS-\\d+'], authors: ['bob@example.com'] });
    assert.equal(again.reused, 1);
    again.result.accomplishments[0].title = 'changed by a caller';
    again.result.accomplishments[0].commits.length = 0;
    const third = await run({ ticketPatterns: ['OPS-\\d+'], authors: ['bob@example.com'] });
    assert.equal(third.reused, 1);
    assert.deepEqual(third.result.accomplishments, withBob.result.accomplishments);
  });

  it('is readable only by the user, writes nothing without a cache or for a changing repository, and can be cleared', async () => {
    const repo = makeTempRepo();
    const cache = { dir: join(makeTempDir(), 'state'), version: '1.0.0' };
    repo.commit({ message: 'feat: just now', date: '2026-11-02T10:00:00Z' });
    await freshMine(repo, cache);
    assert.throws(() => readdirSync(cache.dir), 'a state whose files had just changed was stored');
    settle(repo);
    await freshMine(repo, undefined);
    assert.throws(() => readdirSync(cache.dir), 'a mine without a cache wrote one');
    await freshMine(repo, cache);
    if (process.platform !== 'win32') {
      assert.equal(statSync(cache.dir).mode & 0o777, 0o700);
      assert.equal(statSync(join(cache.dir, stateFiles(cache)[0])).mode & 0o777, 0o600);
    }
    await clearStates(cache);
    assert.deepEqual(stateFiles(cache), []);
    assert.equal((await freshMine(repo, cache)).stored, 0);
  });
});
