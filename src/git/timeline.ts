/**
 * When work landed on a landing branch: the branch's first-parent line, newest first, with the committer time
 * of each commit on it. A change lands at the time of the first first-parent commit that brought it in (the
 * merge, or the commit itself). Committer clocks are not trusted to be in order: a commit cannot land before
 * the commit below it on the line, so each one's landing time is the latest committer time at or below it.
 * One skewed commit (a rebase with `--committer-date-is-author-date`) then never hides the ones below it.
 */
import { runGit } from './gitClient';
import type { GitRunContext } from './gitClient';
import type { LandingRef } from './landing';

/** A commit on the first-parent line and the time it landed, seconds. */
export interface LineCommit {
  sha: string;
  landedAt: number;
}

/** What a landing ref's line says about a window. */
export interface Timeline {
  ref: LandingRef;
  /** The newest commit on the line landed before the window: what it reaches landed earlier. */
  before?: string;
  /** The newest commit on the line landed before the window's end. */
  upTo?: string;
  /** The line's commits that landed in the window, newest first. */
  inWindow: LineCommit[];
}

/** First-parent commits read at first; a line that goes on longer is read on, four times as far each time. */
const FIRST_CHUNK = 256;
/** Commits landed before the window, read in a row below it, after which the rest of the line is taken to be older too. */
const SETTLED_RUN = 64;
/** A tip older than the window by this much (seconds) did not move in it: its line is not read at all. */
const QUIET_TIP_SECONDS = 30 * 24 * 3600;

/** The timeline of one landing ref for the window [since, until) (seconds). */
export async function readTimeline(ctx: GitRunContext, ref: LandingRef, since: number, until: number): Promise<Timeline> {
  if (ref.time > 0 && ref.time < since - QUIET_TIP_SECONDS) return { ref, before: ref.tip, upTo: ref.tip, inWindow: [] };
  // Each read goes on from where the last one stopped (one commit more is asked for, to start the next).
  const line: { sha: string; time: number }[] = [];
  let from = ref.tip;
  for (let count = FIRST_CHUNK; ; count *= 4) {
    const chunk = parseTimestamps(await runGit(ctx, ['rev-list', '--first-parent', '--timestamp', `--max-count=${count + 1}`, from, '--']));
    const next = chunk.length > count ? chunk.pop() : undefined;
    for (const c of chunk) line.push(c);
    if (!next || settledBelow(line, since)) break;
    from = next.sha;
  }
  return windowOf(ref, line, since, until);
}

/** `rev-list --timestamp` output: "time sha" per line, newest first. */
export function parseTimestamps(text: string): { sha: string; time: number }[] {
  const out: { sha: string; time: number }[] = [];
  for (const row of text.split('\n')) {
    const space = row.indexOf(' ');
    if (space > 0) out.push({ time: Number(row.slice(0, space)), sha: row.slice(space + 1).trim() });
  }
  return out;
}

/** Whether the line's last SETTLED_RUN commits all landed before `since`. */
function settledBelow(line: readonly { time: number }[], since: number): boolean {
  if (line.length < SETTLED_RUN) return false;
  for (let i = line.length - SETTLED_RUN; i < line.length; i++) if (line[i].time >= since) return false;
  return true;
}

/** Splits a first-parent line (newest first, as read) at the window's edges, by landing time. */
export function windowOf(ref: LandingRef, line: readonly { sha: string; time: number }[], since: number, until: number): Timeline {
  const landed = new Array<number>(line.length);
  let latest = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    latest = Math.max(latest, line[i].time);
    landed[i] = latest;
  }
  const timeline: Timeline = { ref, inWindow: [] };
  for (let i = 0; i < line.length; i++) {
    if (timeline.upTo === undefined && landed[i] < until) timeline.upTo = line[i].sha;
    if (landed[i] < since) {
      timeline.before = line[i].sha;
      break;
    }
    if (landed[i] < until) timeline.inWindow.push({ sha: line[i].sha, landedAt: landed[i] });
  }
  return timeline;
}
