/**
 * Filter drivers of every name git can parse are switched off, however they are configured, and nothing a
 * cache holds decides which: `git status` re-reads a stat-dirty file through its clean or process filter.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME, settle } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { applyArmedSettings, trapMaker } from '../hostile/armedRepo';
import type { ArmedVia } from '../hostile/armedRepo';
import { mine } from '../../../src/git/mine';
import { clearMiningCaches } from '../../../src/git/mineRepository';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
/** Driver names git accepts that a `-c key=value` cannot carry or that need care: `=`, dots, quotes, a space, all at once. */
const NAMES = ['x=y', 'a.b', 'q"t', "it's", 'x=y.z w'];
// An attribute value ends at whitespace, so the name with a space cannot be reached by an attribute; it is
// still configured, to show that its override does not break the call.
const REACHABLE = NAMES.filter(n => !n.includes(' '));

/** Files that stat-dirty under a driver each; every driver a trap. Returns the folder of fired markers. */
function armFilters(repo: TempRepo, kind: 'clean' | 'process', via: ArmedVia): () => string[] {
  const markers = makeTempDir('markers');
  const t = trapMaker(markers);
  const attributes = REACHABLE.map((name, i) => `f${i}.dat filter=${name}\n`).join('');
  const files = Object.fromEntries(REACHABLE.map((_, i) => [`f${i}.dat`, `content ${i}\n`]));
  repo.commit({ message: 'chore: filtered files', files: { '.gitattributes': attributes, ...files }, date: '2026-11-10T10:00:00Z' });
  applyArmedSettings(repo, NAMES.flatMap((name, i) => [[`filter.${name}.${kind}`, t(`${kind}-${i}`)], [`filter.${name}.required`, 'true']]), via);
  for (const name of Object.keys(files)) utimesSync(join(repo.dir, name), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
  return () => readdirSync(markers).sort();
}

describe('git safety: filter drivers of any name, configured any way, never run', function () {
  this.timeout(60_000);

  for (const kind of ['clean', 'process'] as const) {
    for (const via of ['direct', 'include', 'includeIf'] as ArmedVia[]) {
      it(`a ${kind} driver named ${NAMES.map(n => JSON.stringify(n)).join(', ')} (set ${via}) does not run`, async () => {
        const repo = makeTempRepo(`filters-${kind}-${via}`);
        const fired = armFilters(repo, kind, via);
        const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [ME.email] });
        assert.equal(result.repositories[0].error, undefined);
        assert.equal(result.commitCount, 1);
        assert.deepEqual(fired(), [], 'a filter driver ran');
        // Control: plain git status runs them.
        try { repo.git(['status', '--porcelain']); } catch { /* a required filter that fails makes git fail: only the markers matter */ }
        assert.ok(fired().length >= 1, `control: no driver fired under plain git (${kind}, ${via})`);
      });
    }
  }

  it('a changed `.git` file is another repository: its commits are drafted and its filters stay off, whatever the cache holds', async () => {
    const cache = { dir: makeTempDir('state-cache'), version: '1.0.0' };
    // Two separate git dirs for one work tree: A with one commit, B with another and an armed filter.
    const work = makeTempRepo('work', { init: false });
    const gitA = join(makeTempDir('git-a'), 'a.git');
    const gitB = join(makeTempDir('git-b'), 'b.git');
    const setUp = (gitDir: string, subject: string, files: Record<string, string>) => {
      execFileSync('git', ['init', '-q', '-b', 'main', `--separate-git-dir=${gitDir}`, work.dir]);
      work.git(['config', 'user.name', ME.name]);
      work.git(['config', 'user.email', ME.email]);
      return work.commit({ message: subject, files, date: '2026-11-12T10:00:00Z' });
    };
    const fromA = setUp(gitA, 'feat: work in repository A', { 'a.txt': 'a\n' });
    const dotGitOfA = join(work.dir, '.git.a');
    renameSync(join(work.dir, '.git'), dotGitOfA);
    const fromB = setUp(gitB, 'feat: work in repository B', { '.gitattributes': '*.dat filter=evil\n', 'x.dat': 'x\n' });
    const markers = makeTempDir('markers');
    work.git(['config', 'filter.evil.clean', trapMaker(markers)('clean')]);
    const dotGitOfB = join(work.dir, '.git.b');
    renameSync(join(work.dir, '.git'), dotGitOfB);

    // Drafted (and cached) while `.git` names A.
    renameSync(dotGitOfA, join(work.dir, '.git'));
    settle(work, [gitA, gitB]);
    const shas = async () => (await mine({ repositories: [work.dir], window: WINDOW, authors: [], cache })).accomplishments.flatMap(a => a.commits.map(c => c.sha));
    assert.deepEqual(await shas(), [fromA]);
    clearMiningCaches();
    assert.deepEqual(await shas(), [fromA], 'from the cache on disk');

    // Now `.git` names B, whose filtered file is stat-dirty: a new process (memory empty) with the cache on disk.
    writeFileSync(join(work.dir, '.git'), `gitdir: ${gitB}\n`);
    utimesSync(join(work.dir, 'x.dat'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    clearMiningCaches();
    assert.deepEqual(await shas(), [fromB], 'the cached state of A was used for B');
    assert.deepEqual(readdirSync(markers), [], 'B\'s filter driver ran');
  });

  it('`.git/info/grafts` changes history: the cache notices', async () => {
    const cache = { dir: makeTempDir('state-cache'), version: '1.0.0' };
    const repo = makeTempRepo('grafted');
    const first = repo.commit({ message: 'feat: first', date: '2026-11-10T10:00:00Z' });
    const second = repo.commit({ message: 'feat: second', date: '2026-11-11T10:00:00Z' });
    settle(repo);
    const shas = async () => (await mine({ repositories: [repo.dir], window: WINDOW, authors: [], cache })).accomplishments.flatMap(a => a.commits.map(c => c.sha)).sort();
    assert.deepEqual(await shas(), [first, second].sort());
    // A graft makes `second` a root: `first` is no longer in the history.
    writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${second}\n`);
    clearMiningCaches();
    assert.deepEqual(await shas(), [second]);
  });
});
