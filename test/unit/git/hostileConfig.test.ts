import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME } from '../../helpers/gitRepo';
import { addFakeSignature, applyArmedSettings, dirtyTheFilteredFiles, installHookTraps, trapMaker } from '../hostile/armedRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { discoverRepositories, gitVersion } from '../../../src/git/discover';
import { mine } from '../../../src/git/mine';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

/** Sets every program-running key to the trap (each under its own marker name). */
function armedConfig(t: (name: string) => string): string[][] {
  return [
    ['core.fsmonitor', t('fsmonitor')],
    ['core.pager', t('pager')],
    ['core.editor', t('editor')],
    ['sequence.editor', t('sequence-editor')],
    ['core.sshCommand', t('ssh')],
    ['core.askPass', t('askpass')],
    ['diff.external', t('diff-external')],
    ['diff.evil.textconv', t('textconv')],
    ['diff.evil.command', t('diff-command')],
    ['filter.evil.clean', t('filter-clean')],
    ['filter.evil.smudge', t('filter-smudge')],
    ['filter.evil.required', 'true'],
    ['gpg.program', t('gpg')],
    ['gpg.ssh.program', t('gpg-ssh')],
    ['log.showSignature', 'true'],
    ['credential.helper', `!${t('credential')}`],
    ['core.alternateRefsCommand', t('alternate-refs')],
  ];
}

function hostileRepo(name: string, t: (name: string) => string, via: 'direct' | 'include' | 'includeIf'): TempRepo {
  const repo = makeTempRepo(name);
  repo.commit({ message: 'chore: attributes', files: { '.gitattributes': '*.txt diff=evil\n*.dat filter=evil diff=evil\n', 'x.dat': 'aaaa\n', 'y.txt': 'one\n' }, date: '2026-11-10T10:00:00Z' });
  repo.commit({ message: 'feat: change text', files: { 'y.txt': 'two\n', 'plain.md': 'plain\n' }, date: '2026-11-11T10:00:00Z' });
  addFakeSignature(repo);
  const hooks = installHookTraps(repo, t);
  applyArmedSettings(repo, [...armedConfig(t), ['core.hooksPath', hooks]], via);
  repo.git(['remote', 'add', 'origin', 'ssh://git@example.invalid/evil.git']);
  repo.git(['config', 'remote.origin.uploadpack', t('upload-pack')]);
  dirtyTheFilteredFiles(repo);
  return repo;
}

describe('git safety: a hostile repository config never makes us run a program', () => {
  for (const via of ['direct', 'include', 'includeIf'] as const) {
    it(`mine() and discoverRepositories() run nothing the repository names (config set ${via})`, async () => {
      const markers = makeTempDir('markers');
      const t = trapMaker(markers);
      const repo = hostileRepo('evil', t, via);
      const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [ME.email] });
      const found = await discoverRepositories([join(repo.dir, '..')]);
      assert.equal(await gitVersion() !== undefined, true);
      assert.deepEqual(readdirSync(markers), [], 'a program named by the repository ran');
      assert.equal(result.repositories[0].error, undefined);
      assert.equal(result.commitCount, 2);
      assert.deepEqual(found, [repo.dir]);
      const uncommitted = result.inProgress.find(i => i.kind === 'uncommitted');
      assert.ok(uncommitted && uncommitted.kind === 'uncommitted' && uncommitted.untracked === 1);

      // The traps are armed: plain git, without our overrides, does run them.
      repo.git(['status']);
      repo.git(['log', '-p', '-1', 'HEAD~1']);
      repo.git(['diff', 'HEAD~1', 'HEAD']);
      repo.git(['log', '-1']);
      const fired = readdirSync(markers);
      for (const m of ['fsmonitor', 'filter-clean', 'textconv', 'diff-command', 'diff-external', 'gpg', 'hook-post-index-change']) assert.ok(fired.includes(m), `control: ${m} did not fire (${fired.join(', ')})`);
    });
  }
});
