/**
 * Where and when each commit of the landed walk landed: for every landing ref, its line's commits that
 * landed in the window are taken oldest first, and each claims what it brings in (itself, and what its other
 * parents reach) that an older one did not. A commit's landing is the earliest over every landing ref, the
 * default branch kept on a tie (a release branch cut from it holds the same commits, landed at the same time).
 */
import type { CommitGraph } from './graph';
import type { Timeline } from './timeline';

/** When (seconds) and on which branch a commit landed. */
export interface Landing {
  at: number;
  /** The branch's name (without remote). */
  on: string;
}

/** SHA -> its landing, for every commit of `graph` that one of the timelines brought in during the window. */
export function landingsOf(graph: CommitGraph, timelines: readonly Timeline[]): Map<string, Landing> {
  const best = new Map<number, Landing>();
  // Default refs first, so on equal times their name leads.
  const ordered = [...timelines].sort((a, b) => Number(b.ref.isDefault) - Number(a.ref.isDefault));
  for (const t of ordered) {
    const claimed = new Set<number>();
    for (let i = t.inWindow.length - 1; i >= 0; i--) {
      const { sha, landedAt } = t.inWindow[i];
      graph.reachable([graph.find(sha)], id => claimed.has(id), id => {
        claimed.add(id);
        const prev = best.get(id);
        if (!prev || landedAt < prev.at) best.set(id, { at: landedAt, on: t.ref.name });
      });
    }
  }
  const out = new Map<string, Landing>();
  for (const [id, l] of best) out.set(graph.shaOf(id), l);
  return out;
}
