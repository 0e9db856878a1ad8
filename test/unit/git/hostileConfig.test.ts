import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { discoverRepositories, gitVersion } from '../../../src/git/discover';
import { mine } from '../../../src/git/mine';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const HOOKS = ['pre-commit', 'post-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-rewrite', 'fsmonitor-watchman'];

/** Makes programs that leave `<markers>/<name>` behind when run; returns name -> program path. */
function trap(dir: string, markers: string): (name: string) => string {
  return (name: string) => {
    const script = join(dir, `trap-${name}.sh`);
    writeFileSync(script, `#!/bin/sh\ntouch "${markers}/${name}"\nexit 0\n`);
    chmodSync(script, 0o755);
    return script;
  };
}

/** Rewrites HEAD into a commit carrying a (fake) PGP signature, so showing signatures would call gpg. */
function addFakeSignature(repo: TempRepo): void {
  const raw = repo.git(['cat-file', 'commit', 'HEAD']);
  const signed = raw.replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----');
  const sha = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed + '\n' });
  repo.git(['update-ref', 'HEAD', sha]);
}

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
  const hooks = join(repo.dir, '..', 'hooks');
  mkdirSync(hooks, { recursive: true });
  for (const h of HOOKS) {
    writeFileSync(join(hooks, h), `#!/bin/sh\n${t(`hook-${h}`)}\n`);
    chmodSync(join(hooks, h), 0o755);
    writeFileSync(join(repo.dir, '.git', 'hooks', h), `#!/bin/sh\n${t(`dot-git-hook-${h}`)}\n`);
    chmodSync(join(repo.dir, '.git', 'hooks', h), 0o755);
  }
  const settings = [...armedConfig(t), ['core.hooksPath', hooks]];
  if (via === 'direct') {
    for (const [k, v] of settings) repo.git(['config', k, v]);
  } else {
    const included = join(repo.dir, '..', 'evil.gitconfig');
    for (const [k, v] of settings) execFileSync('git', ['config', '-f', included, k, v]);
    if (via === 'include') repo.git(['config', 'include.path', included]);
    else repo.git(['config', `includeIf.gitdir:${repo.dir}/.path`, included]);
  }
  repo.git(['remote', 'add', 'origin', 'ssh://git@example.invalid/evil.git']);
  repo.git(['config', 'remote.origin.uploadpack', t('upload-pack')]);
  // Same size, new mtime: status must re-read the file, which would run the clean filter.
  writeFileSync(join(repo.dir, 'x.dat'), 'bbbb\n');
  utimesSync(join(repo.dir, 'x.dat'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
  writeFileSync(join(repo.dir, 'untracked.txt'), 'new\n');
  return repo;
}

describe('git safety: a hostile repository config never makes us run a program', () => {
  for (const via of ['direct', 'include', 'includeIf'] as const) {
    it(`mine() and discoverRepositories() run nothing the repository names (config set ${via})`, async () => {
      const markers = makeTempDir('markers');
      const t = trap(makeTempDir('bin'), markers);
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
