/** Local and remote-tracking branches, HEAD, the default branch and working-tree state, from `for-each-ref` and `status`. */

/**
 * The `for-each-ref` arguments `parseRefs` reads: local and remote-tracking branches (origin's HEAD among
 * them), with each tip's committer time and each local branch's upstream. Remote-tracking refs are only
 * read: Work Log never fetches.
 */
export const REFS_ARGS = ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)%00%(HEAD)%00%(upstream)%00%(committerdate:unix)%00%(*objectname)', 'refs/heads/', 'refs/remotes/', 'refs/tags/'];

/** One local or remote-tracking branch. */
export interface BranchRef {
  /** The full ref: `refs/heads/x` or `refs/remotes/<remote>/x`. */
  ref: string;
  /** The branch's name without its remote: `main`, `stable/2025.1`. */
  name: string;
  /** The remote of a remote-tracking branch. */
  remote?: string;
  tip: string;
  /** The tip's committer time, seconds (0 when unknown). */
  time: number;
  /** A local branch's upstream ref, e.g. `refs/remotes/origin/main`. */
  upstream?: string;
}

/** Branch tips and what origin/HEAD points to. */
export interface Refs {
  /** Local branch name -> tip SHA. */
  branches: Map<string, string>;
  /** Every branch, local ones first, then remote-tracking ones (symbolic refs such as origin/HEAD left out). */
  all: BranchRef[];
  /** Tagged commit -> the tag's name (one per commit), for release commits. */
  tags: Map<string, string>;
  /** e.g. "main" when refs/remotes/origin/HEAD -> refs/remotes/origin/main. */
  originHead?: string;
  /** The checked-out branch; undefined when HEAD is detached (or the repository is empty). */
  current?: string;
}

/** Parses REFS_ARGS output (one ref per line; ref names cannot hold newlines or NUL). */
export function parseRefs(text: string): Refs {
  const branches = new Map<string, string>();
  const locals: BranchRef[] = [];
  const remotes: BranchRef[] = [];
  const tags = new Map<string, string>();
  let originHead: string | undefined;
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const [ref, sha, symref, head, upstream, time, peeled] = line.split('\0');
    if (!ref || !sha) continue;
    if (ref.startsWith('refs/tags/')) {
      // An annotated tag names its commit through the peeled object; a lightweight one is the commit.
      const commit = peeled || sha;
      if (!tags.has(commit)) tags.set(commit, ref.slice('refs/tags/'.length));
      continue;
    }
    if (ref.startsWith('refs/heads/')) {
      const name = ref.slice('refs/heads/'.length);
      branches.set(name, sha);
      if (head === '*') current = name;
      locals.push({ ref, name, tip: sha, time: Number(time) || 0, ...(upstream ? { upstream } : {}) });
    } else if (ref.startsWith('refs/remotes/')) {
      if (symref) {
        if (ref === 'refs/remotes/origin/HEAD' && symref.startsWith('refs/remotes/origin/')) originHead = symref.slice('refs/remotes/origin/'.length);
        continue;
      }
      const rest = ref.slice('refs/remotes/'.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue;
      remotes.push({ ref, name: rest.slice(slash + 1), remote: rest.slice(0, slash), tip: sha, time: Number(time) || 0 });
    }
  }
  return { branches, all: [...locals, ...remotes], tags, ...(originHead ? { originHead } : {}), ...(current ? { current } : {}) };
}

/**
 * The branch work is merged into: origin's HEAD, else main, master, else the current branch; a local branch
 * when there is one of that name, else the name of a remote-tracking one (a clone whose local default branch was deleted).
 */
export function pickDefaultBranch(refs: Pick<Refs, 'branches' | 'originHead'> & { all?: readonly BranchRef[] }, head: string | undefined): string | undefined {
  const names = new Set([...refs.branches.keys(), ...(refs.all ?? []).map(b => b.name)]);
  for (const name of [refs.originHead, 'main', 'master', head]) if (name && refs.branches.has(name)) return name;
  for (const name of [refs.originHead, 'main', 'master']) if (name && names.has(name)) return name;
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
