/**
 * Filter drivers (`filter.<name>.clean|smudge|process`) are programs git runs on work-tree files, and
 * `git status` runs them on every file it must re-read. Before each call that reads the work tree, the
 * drivers the repository's config names (its includes and includeIf files too) are read fresh from git
 * itself (from the scan's own `git config --list` when it just ran one, else by one more call) and switched
 * off for that call: nothing cached decides what is switched off.
 */
import { runGit } from './gitClient';
import type { GitRunContext } from './gitClient';
import { gitFeatures } from './gitFeatures';

const DRIVER_KEY = /^filter\.(.*)\.(clean|smudge|process|required)$/is;

/** The driver a config key (as git prints it: the subsection's case kept) configures, if it is a filter driver's. */
export function filterDriverOf(key: string): string | undefined {
  return DRIVER_KEY.exec(key)?.[1];
}

/**
 * The config pairs that switch off every filter driver the repository of `ctx` configures: the names its
 * config listed just now (`fresh`, from a `git config --list` read in this same scan), else read from git
 * now. Undefined when this git is too old to be given them (before 2.31): then the work tree must not be read.
 */
export async function filterDriversOff(ctx: GitRunContext, fresh?: readonly string[]): Promise<[string, string][] | undefined> {
  if (!(await gitFeatures(ctx)).configEnv) return undefined;
  const names = new Set(fresh);
  if (!fresh) {
    // Exit 1 with no output when no key matches: simple-git resolves that to ''. Any other failure throws, and
    // the work tree is then not read at all.
    const listed = await runGit(ctx, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.']);
    for (const key of listed.split('\0')) {
      const name = filterDriverOf(key);
      if (name !== undefined) names.add(name);
    }
  }
  return [...names].flatMap(name => [
    [`filter.${name}.clean`, ''], [`filter.${name}.smudge`, ''], [`filter.${name}.process`, ''], [`filter.${name}.required`, 'false'],
  ] as [string, string][]);
}
