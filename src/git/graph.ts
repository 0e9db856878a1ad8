/**
 * Commit-graph questions answered in memory on the commits one `git log` loaded (no process per
 * commit): what a branch holds beyond the default branch, and which commits a pull-request merge
 * brought in. Commits outside the loaded range are treated as unreachable, which is exact for the
 * window because the log walk covers every commit git would show for it.
 */

/** The graph: SHA -> parent SHAs, for the loaded commits only. */
export type Graph = Map<string, readonly string[]>;

/** Every loaded commit reachable from `starts`, not walking into `stop`. */
export function reachable(graph: Graph, starts: Iterable<string>, stop?: { has(sha: string): boolean }): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const s of starts) if (graph.has(s) && !stop?.has(s)) queue.push(s);
  while (queue.length) {
    const sha = queue.pop() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    for (const p of graph.get(sha) ?? []) if (graph.has(p) && !seen.has(p) && !stop?.has(p)) queue.push(p);
  }
  return seen;
}

/** What each non-default branch holds that the default branch does not. */
export interface Containment {
  onDefault: Set<string>;
  /** Branch -> commits reachable from it and not from the default branch. */
  exclusive: Map<string, Set<string>>;
}

/** Splits the loaded commits by branch: those on the default branch, and each other branch's own. */
export function branchContainment(graph: Graph, branches: ReadonlyMap<string, string>, defaultBranch: string | undefined): Containment {
  const defaultTip = defaultBranch ? branches.get(defaultBranch) : undefined;
  const onDefault = defaultTip ? reachable(graph, [defaultTip]) : new Set<string>();
  const exclusive = new Map<string, Set<string>>();
  for (const [name, tip] of [...branches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name === defaultBranch) continue;
    exclusive.set(name, reachable(graph, [tip], onDefault));
  }
  return { onDefault, exclusive };
}

/** A merge commit that names a pull request. */
export interface PullRequestMergeInput {
  sha: string;
  parents: readonly string[];
  number: number;
  /** Commit time, used to claim commits oldest merge first. */
  time: number;
}

/**
 * For each pull-request merge, the commits it brought in: reachable from its second parent, not on
 * the first-parent line of its first parent, and not already brought in by an older merge (stacked
 * pull requests). Returns merge SHA -> member SHAs.
 */
export function pullRequestMembers(graph: Graph, merges: readonly PullRequestMergeInput[], mainTip?: string): Map<string, Set<string>> {
  // Position of each commit on the default branch's first-parent line (0 = tip), computed once.
  const mainline = new Map<string, number>();
  for (let c: string | undefined = mainTip; c && graph.has(c) && !mainline.has(c); c = graph.get(c)?.[0]) mainline.set(c, mainline.size);
  const claimed = new Set<string>();
  const result = new Map<string, Set<string>>();
  const ordered = [...merges].sort((a, b) => a.time - b.time || (a.sha < b.sha ? -1 : 1));
  for (const merge of ordered) {
    const members = new Set<string>();
    result.set(merge.sha, members);
    if (merge.parents.length < 2) continue;
    let onFirstParentLine: (sha: string) => boolean;
    const at = mainline.get(merge.sha);
    if (at !== undefined) {
      onFirstParentLine = sha => (mainline.get(sha) ?? -1) > at;
    } else {
      const line = new Set<string>();
      for (let c: string | undefined = merge.parents[0]; c && graph.has(c) && !line.has(c); c = graph.get(c)?.[0]) line.add(c);
      onFirstParentLine = sha => line.has(sha);
    }
    const stop = { has: (sha: string) => onFirstParentLine(sha) || claimed.has(sha) };
    for (const side of merge.parents.slice(1)) {
      for (const sha of reachable(graph, [side], stop)) {
        members.add(sha);
        claimed.add(sha);
      }
    }
  }
  return result;
}
