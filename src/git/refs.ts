/** Local branches, HEAD, the default branch and working-tree state, from `for-each-ref` and `status`. */

/** The `for-each-ref` arguments `parseRefs` reads: local branches plus origin's HEAD. */
export const REFS_ARGS = ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)%00%(HEAD)', 'refs/heads/', 'refs/remotes/origin/HEAD'];

/** Branch tips and what origin/HEAD points to. */
export interface Refs {
  /** Short branch name -> tip SHA. */
  branches: Map<string, string>;
  /** e.g. "main" when refs/remotes/origin/HEAD -> refs/remotes/origin/main. */
  originHead?: string;
  /** The checked-out branch; undefined when HEAD is detached (or the repository is empty). */
  current?: string;
}

/** Parses REFS_ARGS output (one ref per line; ref names cannot hold newlines or NUL). */
export function parseRefs(text: string): Refs {
  const branches = new Map<string, string>();
  let originHead: string | undefined;
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const [ref, sha, symref, head] = line.split('\0');
    if (!ref || !sha) continue;
    if (ref.startsWith('refs/heads/')) {
      branches.set(ref.slice('refs/heads/'.length), sha);
      if (head === '*') current = ref.slice('refs/heads/'.length);
    } else if (ref === 'refs/remotes/origin/HEAD' && symref?.startsWith('refs/remotes/origin/')) originHead = symref.slice('refs/remotes/origin/'.length);
  }
  return { branches, ...(originHead ? { originHead } : {}), ...(current ? { current } : {}) };
}

/** The branch work is merged into: origin's HEAD when it exists locally, else main, master, else the current branch. */
export function pickDefaultBranch(refs: Refs, head: string | undefined): string | undefined {
  for (const name of [refs.originHead, 'main', 'master', head]) if (name && refs.branches.has(name)) return name;
  return refs.branches.size === 1 ? [...refs.branches.keys()][0] : undefined;
}

/** The `status` arguments `parseStatus` reads (no submodule recursion, untracked files listed but never read). */
export const STATUS_ARGS = ['status', '--porcelain=v2', '-z', '--ignore-submodules=all', '--untracked-files=all', '--no-renames'];

/** Uncommitted change counts. */
export interface WorkingTree {
  staged: number;
  modified: number;
  untracked: number;
}

/** Parses `git status --porcelain=v2 -z`: counts staged, modified (incl. conflicts) and untracked paths. */
export function parseStatus(text: string): WorkingTree {
  const tree: WorkingTree = { staged: 0, modified: 0, untracked: 0 };
  const tokens = text.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('1 ') || t.startsWith('2 ')) {
      const xy = t.slice(2, 4);
      if (xy[0] !== '.') tree.staged++;
      if (xy[1] !== '.') tree.modified++;
      if (t.startsWith('2 ')) i++; // a rename/copy entry is followed by its original path
    } else if (t.startsWith('u ')) {
      tree.modified++;
    } else if (t.startsWith('? ')) {
      tree.untracked++;
    }
  }
  return tree;
}
