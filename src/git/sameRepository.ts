/**
 * Paths that name one repository: a linked worktree of it, a folder inside it, a symbolic link to it. They
 * share one common git folder (objects and refs), so their commits are mined once, under the first path
 * given; each distinct work tree among them still has uncommitted changes of its own.
 */
import { realpath } from 'node:fs/promises';
import type { GitRunContext } from './gitClient';
import { mapBounded } from './pool';
import { readRepo } from './repoInfo';
import type { StateCache } from './stateStore';

/** One repository to mine, as the paths given name it. */
export interface SameRepository {
  /** The first path given for it: where it is mined from, and what its report is named after. */
  path: string;
  /** The other paths given for it, in the order given. */
  aliases: string[];
  /** The tops of the other work trees those paths are in (not `path`'s), each once. */
  workTrees: string[];
}

/**
 * Groups `paths` by the repository they are in (the real path of its common git folder), in the order given. A
 * path that cannot be read stays alone: mining it reports why.
 */
export async function groupByRepository(paths: readonly string[], ctx: Omit<GitRunContext, 'cwd'>, cache: StateCache | undefined,
  limit: number): Promise<SameRepository[]> {
  if (paths.length < 2) return paths.map(path => ({ path, aliases: [], workTrees: [] }));
  const located = await mapBounded(paths, limit, path => locate(path, ctx, cache));
  const byCommonDir = new Map<string, { repository: SameRepository; tops: Set<string> }>();
  const out: SameRepository[] = [];
  paths.forEach((path, i) => {
    const where = located[i];
    const known = where && byCommonDir.get(where.commonDir);
    if (!known) {
      const repository: SameRepository = { path, aliases: [], workTrees: [] };
      if (where) byCommonDir.set(where.commonDir, { repository, tops: new Set([where.toplevel]) });
      out.push(repository);
      return;
    }
    known.repository.aliases.push(path);
    if (known.tops.has(where.toplevel)) return;
    known.tops.add(where.toplevel);
    known.repository.workTrees.push(where.toplevel);
  });
  return out;
}

/** The real paths of the common git folder and of the work tree's top of the repository `path` is in; undefined when it is in none git can read. */
async function locate(path: string, ctx: Omit<GitRunContext, 'cwd'>, cache: StateCache | undefined): Promise<{ commonDir: string; toplevel: string } | undefined> {
  try {
    const { info, commonDir } = await readRepo({ ...ctx, cwd: path }, cache);
    return { commonDir: await realpath(commonDir), toplevel: await realpath(info.toplevel) };
  } catch {
    return undefined;
  }
}
