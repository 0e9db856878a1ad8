/**
 * Filter drivers (`filter.<name>.clean|smudge|process`) are programs git runs on work-tree files, and
 * `git status` runs them on every file it must re-read. Before each call that reads the work tree, the
 * drivers the repository's config names (its includes and includeIf files too) are read fresh from git
 * itself and switched off for that call: nothing cached decides what is switched off.
 */
import { runGit } from './gitClient';
import type { GitRunContext } from './gitClient';

const DRIVER_KEY = /^filter\.(.*)\.(clean|smudge|process|required)$/is;

/** The config pairs that switch off every filter driver `git config` lists for the repository of `ctx`. */
export async function filterDriversOff(ctx: GitRunContext): Promise<[string, string][]> {
  // Exit 1 with no output when no key matches: simple-git resolves that to ''. Any other failure throws, and
  // the work tree is then not read at all.
  const listed = await runGit(ctx, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.']);
  const names = new Set<string>();
  for (const key of listed.split('\0')) {
    const name = DRIVER_KEY.exec(key)?.[1];
    if (name !== undefined) names.add(name);
  }
  return [...names].flatMap(name => [
    [`filter.${name}.clean`, ''], [`filter.${name}.smudge`, ''], [`filter.${name}.process`, ''], [`filter.${name}.required`, 'false'],
  ] as [string, string][]);
}
