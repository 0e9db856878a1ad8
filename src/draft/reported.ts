/**
 * Work already reported: an accomplishment whose every commit was in a sent update is not told again. Sent
 * history follows changes, not SHAs: a commit counts as reported when its SHA or its `Change-Id` was in an
 * update sent at or after the commit landed. Work an older version reported as Done before it landed (from a
 * branch that was later squash-merged or rebased) is reported once more when it lands, as landed. Pure.
 */
import type { Accomplishment, CommitEvidence, MiningResult } from '../git/types';

/** Change keys (`sha:<sha>`, `change:<Change-Id>`) -> when an update telling them was last sent (ISO). */
export type ReportedWork = ReadonlyMap<string, string>;

/** What a sent update keeps to know what it told. */
export interface ToldChanges {
  /** Every commit of the accomplishments told, copies included. */
  shas: string[];
  /** Every `Change-Id` among them. */
  changeIds: string[];
}

/** The keys one commit is known by in sent history. */
export function changeKeys(c: Pick<CommitEvidence, 'sha' | 'changeId'>): string[] {
  return [`sha:${c.sha}`, ...(c.changeId ? [`change:${c.changeId}`] : [])];
}

/** The sent-history keys of what a sent update told, with when it was sent, merged over older ones. */
export function reportedWork(records: readonly { sentAt: string; shas?: readonly string[]; changeIds?: readonly string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    for (const key of [...(r.shas ?? []).map(s => `sha:${s}`), ...(r.changeIds ?? []).map(id => `change:${id}`)]) {
      const prev = out.get(key);
      if (!prev || prev < r.sentAt) out.set(key, r.sentAt);
    }
  }
  return out;
}

/** Whether one commit of `a` was told in an update sent after it landed. */
function isReported(c: CommitEvidence, a: Accomplishment, reported: ReportedWork): boolean {
  const landed = c.landedAt ?? a.landedAt;
  return changeKeys(c).some(k => {
    const sentAt = reported.get(k);
    return sentAt !== undefined && Date.parse(sentAt) >= Date.parse(landed);
  });
}

/**
 * The accomplishments still worth reporting: those with at least one commit not reported. An accomplishment
 * that gained new commits since it was reported (a backport, more work on its pull request) is kept whole.
 */
export function unreportedAccomplishments(accomplishments: readonly Accomplishment[], reported: ReportedWork): Accomplishment[] {
  if (!reported.size) return [...accomplishments];
  return accomplishments.filter(a => !a.commits.length || a.commits.some(c => !isReported(c, a, reported)));
}

/** The mining result without what was already reported; the count follows what is kept. */
export function withoutReported(mining: MiningResult, reported: ReportedWork): MiningResult {
  const accomplishments = unreportedAccomplishments(mining.accomplishments, reported);
  if (accomplishments.length === mining.accomplishments.length) return mining;
  const inProgress = mining.inProgress.reduce((n, i) => n + (i.kind === 'branch' ? i.commits.length : 0), 0);
  return { ...mining, accomplishments, commitCount: accomplishments.reduce((n, a) => n + a.commits.length, 0) + inProgress };
}

/** What a draft tells of the accomplishments: what its sent record keeps. */
export function toldChangesOf(accomplishments: readonly Accomplishment[]): ToldChanges {
  const commits = accomplishments.flatMap(a => a.commits);
  return {
    shas: [...new Set(commits.map(c => c.sha))],
    changeIds: [...new Set(commits.map(c => c.changeId).filter((id): id is string => !!id))],
  };
}
