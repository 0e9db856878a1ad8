/**
 * A hostile repository for the safety tests: every config key, hook and attribute that can make git
 * run a program points at a trap script that leaves a marker file behind. Shared by the CLI and the
 * extension (integration) tests so both prove the same thing against the same repository.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';

/** How the armed settings reach the repository: its own config, `include.path`, or `includeIf`. */
export type ArmedVia = 'direct' | 'include' | 'includeIf';

/** An armed repository and the folder where fired traps leave their markers. */
export interface ArmedRepo {
  readonly repo: TempRepo;
  readonly markers: string;
  /** Names of the traps that ran so far. */
  fired(): string[];
  /** Runs plain git (no hardening) the way a careless tool would; used as the control. */
  fireWithPlainGit(): void;
}

const HOOKS = ['pre-commit', 'post-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-rewrite', 'fsmonitor-watchman'];

/** Makes programs that leave `<markers>/<name>` behind when run; returns name -> program path. */
export function trapMaker(markers: string): (name: string) => string {
  const bin = makeTempDir('trap-bin');
  return (name: string) => {
    const script = join(bin, `trap-${name}.sh`);
    writeFileSync(script, `#!/bin/sh\ntouch "${markers}/${name}"\nexit 0\n`);
    chmodSync(script, 0o755);
    return script;
  };
}

/** Every program-naming key set to its own trap. */
function armedSettings(t: (name: string) => string, hooks: string): string[][] {
  return [
    ['core.fsmonitor', t('fsmonitor')],
    ['core.hooksPath', hooks],
    ['core.pager', t('pager')],
    ['pager.log', t('pager-log')],
    ['pager.show', t('pager-show')],
    ['core.editor', t('editor')],
    ['sequence.editor', t('sequence-editor')],
    ['core.sshCommand', t('ssh')],
    ['core.askPass', t('askpass')],
    ['core.gitProxy', t('git-proxy')],
    ['diff.external', t('diff-external')],
    ['diff.evil.textconv', t('textconv')],
    ['diff.evil.command', t('diff-command')],
    ['filter.evil.clean', t('filter-clean')],
    ['filter.evil.smudge', t('filter-smudge')],
    ['filter.evil.process', t('filter-process')],
    ['filter.evil.required', 'true'],
    ['gpg.program', t('gpg')],
    ['gpg.ssh.program', t('gpg-ssh')],
    ['gpg.x509.program', t('gpg-x509')],
    ['log.showSignature', 'true'],
    ['credential.helper', `!${t('credential')}`],
    ['core.alternateRefsCommand', t('alternate-refs')],
    ['uploadpack.packObjectsHook', t('pack-objects-hook')],
    ['alias.log', `!${t('alias-log')}`],
  ];
}

/** Rewrites HEAD into a commit carrying a (fake) PGP signature, so showing signatures would call gpg. */
export function addFakeSignature(repo: TempRepo): void {
  const raw = repo.git(['cat-file', 'commit', 'HEAD']);
  const signed = raw.replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----');
  const sha = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed + '\n' });
  repo.git(['update-ref', 'HEAD', sha]);
}

/**
 * Builds an armed repository with commits dated `dates` (author = the test identity), an unmerged
 * branch, a signed-looking HEAD, a dirty tracked file behind a filter and an untracked file.
 */
export function makeArmedRepo(name: string, via: ArmedVia, dates: { first: string; second: string; branch: string }): ArmedRepo {
  const markers = makeTempDir('markers');
  const t = trapMaker(markers);
  const repo = makeTempRepo(name);
  repo.commit({ message: 'chore: attributes ABC-1', files: { '.gitattributes': '*.txt diff=evil\n*.dat filter=evil diff=evil\n', 'x.dat': 'aaaa\n', 'y.txt': 'one\n' }, date: dates.first });
  repo.git(['checkout', '-q', '-b', 'feature/ABC-2-armed']);
  repo.commit({ message: 'feat: unmerged work ABC-2', files: { 'z.txt': 'branch\n' }, date: dates.branch });
  repo.git(['checkout', '-q', 'main']);
  repo.commit({ message: 'feat(api): change text ABC-1', files: { 'y.txt': 'two\n', 'plain.md': 'plain\n' }, date: dates.second });
  addFakeSignature(repo);

  const hooks = installHookTraps(repo, t);
  applyArmedSettings(repo, armedSettings(t, hooks), via);
  repo.git(['remote', 'add', 'origin', 'ssh://git@example.invalid/evil.git']);
  repo.git(['config', 'remote.origin.uploadpack', t('upload-pack')]);
  repo.git(['config', 'remote.origin.receivepack', t('receive-pack')]);
  dirtyTheFilteredFiles(repo);
  return {
    repo,
    markers,
    fired: () => readdirSync(markers).sort(),
    fireWithPlainGit: () => {
      for (const args of [['status'], ['log', '-p', '-1', 'HEAD~1'], ['diff', 'HEAD~1', 'HEAD'], ['log', '-1']]) {
        try { repo.git(args); } catch { /* a trap may make plain git fail: only the markers matter */ }
      }
    },
  };
}

/** Puts a trap in every hook, both in a hooks folder beside the repository (returned) and in .git/hooks. */
export function installHookTraps(repo: TempRepo, t: (name: string) => string): string {
  const hooks = join(repo.dir, '..', 'hooks');
  mkdirSync(hooks, { recursive: true });
  for (const h of HOOKS) {
    writeFileSync(join(hooks, h), `#!/bin/sh\n${t(`hook-${h}`)}\n`);
    chmodSync(join(hooks, h), 0o755);
    writeFileSync(join(repo.dir, '.git', 'hooks', h), `#!/bin/sh\n${t(`dot-git-hook-${h}`)}\n`);
    chmodSync(join(repo.dir, '.git', 'hooks', h), 0o755);
  }
  return hooks;
}

/** Writes the settings into the repository's config, or into a file it includes (`include.path` / `includeIf`). */
export function applyArmedSettings(repo: TempRepo, settings: string[][], via: ArmedVia): void {
  if (via === 'direct') {
    for (const [k, v] of settings) repo.git(['config', k, v]);
    return;
  }
  const included = join(repo.dir, '..', 'evil.gitconfig');
  for (const [k, v] of settings) execFileSync('git', ['config', '-f', included, k, v]);
  if (via === 'include') repo.git(['config', 'include.path', included]);
  else repo.git(['config', `includeIf.gitdir:${repo.dir}/.path`, included]);
}

/** Touches the filtered file (same size, new mtime) so status must re-read it, and adds an untracked file. */
export function dirtyTheFilteredFiles(repo: TempRepo): void {
  writeFileSync(join(repo.dir, 'x.dat'), 'bbbb\n');
  utimesSync(join(repo.dir, 'x.dat'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
  writeFileSync(join(repo.dir, 'untracked.txt'), 'new\n');
}
