/**
 * Commit-graph questions answered in memory on the commits one `git log` loaded (no process per
 * commit): what a branch holds beyond the default branch, and which commits a pull-request merge
 * brought in. Commits outside the loaded range are treated as unreachable, which is exact for the
 * window because the log walk covers every commit git would show for it. Commits are numbered as
 * they are added and walks mark typed arrays, so a 100,000-commit graph costs milliseconds.
 */

/** The loaded commits and their parents, numbered in the order they were first seen. */
export class CommitGraph {
  private readonly ids = new Map<string, number>();
  private readonly shas: string[] = [];
  /** Parent numbers of each loaded commit; undefined for a commit only seen as a parent. */
  private readonly parentIds: (number[] | undefined)[] = [];
  private marks = new Uint32Array(0);
  private epoch = 0;

  /** Adds a loaded commit and its parents. */
  add(sha: string, parents: readonly string[]): void {
    const id = this.id(sha);
    const ps = new Array<number>(parents.length);
    for (let i = 0; i < parents.length; i++) ps[i] = this.id(parents[i]);
    this.parentIds[id] = ps;
  }

  /** How many commits (loaded or only named as parents) the graph numbers. */
  get size(): number {
    return this.ids.size;
  }

  /** The number of a commit, or -1 when it was never seen. */
  find(sha: string): number {
    return this.ids.get(sha) ?? -1;
  }

  /** The SHA of a commit number. */
  shaOf(id: number): string {
    return this.shas[id];
  }

  /** Whether a commit was loaded (not only named as a parent). */
  isLoaded(sha: string): boolean {
    const id = this.ids.get(sha);
    return id !== undefined && this.parentIds[id] !== undefined;
  }

  /** Parent numbers of a loaded commit; undefined when it was not loaded. */
  parents(id: number): readonly number[] | undefined {
    return this.parentIds[id];
  }

  /** The loaded commits reachable from `starts` (numbers), never entering a commit for which `stop` is true. */
  reachable(starts: Iterable<number>, stop?: (id: number) => boolean, visit?: (id: number) => void): number[] {
    // One mark array for every walk, told apart by an epoch number: no allocation per walk.
    if (this.marks.length < this.ids.size) this.marks = new Uint32Array(this.ids.size * 2);
    const seen = this.marks;
    const epoch = ++this.epoch;
    const out: number[] = [];
    const queue: number[] = [];
    for (const s of starts) if (s >= 0 && this.parentIds[s] && !stop?.(s)) queue.push(s);
    while (queue.length) {
      const id = queue.pop() as number;
      if (seen[id] === epoch) continue;
      seen[id] = epoch;
      out.push(id);
      visit?.(id);
      for (const p of this.parentIds[id] as number[]) if (seen[p] !== epoch && this.parentIds[p] && !stop?.(p)) queue.push(p);
    }
    return out;
  }

  private id(sha: string): number {
    let id = this.ids.get(sha);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(sha, id);
      this.shas.push(sha);
      this.parentIds.push(undefined);
    }
    return id;
  }
}

/** Which non-default branches hold the user's commits exclusively. */
export interface Containment {
  /** Non-default branches that reach the commit where the default branch does not, smallest such set first (then by name). */
  holders(sha: string): string[];
}

/** Splits the loaded commits by branch: those on the default branch, and each other branch's own. */
export function branchContainment(graph: CommitGraph, branches: ReadonlyMap<string, string>, defaultBranch: string | undefined): Containment {
  const defaultTip = defaultBranch ? branches.get(defaultBranch) : undefined;
  const onDefault = new Uint8Array(graph.size);
  if (defaultTip) graph.reachable([graph.find(defaultTip)], undefined, id => { onDefault[id] = 1; });
  // Commit number -> the branches holding it exclusively, with the size of each branch's own set.
  const held = new Map<number, { name: string; size: number }[]>();
  for (const [name, tip] of [...branches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === defaultBranch) continue;
    const own = graph.reachable([graph.find(tip)], id => onDefault[id] === 1);
    const entry = { name, size: own.length };
    for (const id of own) {
      const list = held.get(id);
      if (list) list.push(entry);
      else held.set(id, [entry]);
    }
  }
  return {
    holders: sha => {
      const list = held.get(graph.find(sha)) ?? [];
      return [...list].sort((x, y) => x.size - y.size || (x.name < y.name ? -1 : 1)).map(h => h.name);
    },
  };
}

/** A merge commit that names a pull request. */
export interface PullRequestMergeInput {
  sha: string;
  parents: readonly string[];
  /** Commit time, used to claim commits oldest merge first. */
  time: number;
}

/**
 * For each pull-request merge, the commits it brought in: reachable from its second parent, not on
 * the first-parent line of its first parent, and not already brought in by an older merge (stacked
 * pull requests). Returns commit SHA -> the index in `merges` of the merge that brought it in.
 */
export function pullRequestMembers(graph: CommitGraph, merges: readonly PullRequestMergeInput[], mainTip?: string): (sha: string) => number | undefined {
  const n = graph.size;
  // Position of each commit on the default branch's first-parent line (0 = tip, -1 = not on it), computed once.
  const mainline = new Int32Array(n).fill(-1);
  let pos = 0;
  for (let c = mainTip ? graph.find(mainTip) : -1; c >= 0 && graph.parents(c) && mainline[c] < 0; c = graph.parents(c)?.[0] ?? -1) mainline[c] = pos++;
  const claimedBy = new Int32Array(n).fill(-1);
  const order = merges.map((_, i) => i).sort((a, b) => merges[a].time - merges[b].time || (merges[a].sha < merges[b].sha ? -1 : 1));
  let line: Uint8Array | undefined;
  for (const mi of order) {
    const merge = merges[mi];
    if (merge.parents.length < 2) continue;
    const at = mainline[graph.find(merge.sha)] ?? -1;
    let onFirstParentLine: (id: number) => boolean;
    if (at >= 0) {
      onFirstParentLine = id => mainline[id] > at;
    } else {
      const marks = (line ??= new Uint8Array(n));
      marks.fill(0);
      for (let c = graph.find(merge.parents[0]); c >= 0 && graph.parents(c) && !marks[c]; c = graph.parents(c)?.[0] ?? -1) marks[c] = 1;
      onFirstParentLine = id => marks[id] === 1;
    }
    const sides = merge.parents.slice(1).map(p => graph.find(p));
    for (const side of sides) {
      graph.reachable([side], id => onFirstParentLine(id) || claimedBy[id] >= 0, id => { claimedBy[id] = mi; });
    }
  }
  return sha => {
    const id = graph.find(sha);
    return id >= 0 && claimedBy[id] >= 0 ? claimedBy[id] : undefined;
  };
}
