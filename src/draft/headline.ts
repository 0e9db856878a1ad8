/**
 * The bottom line, first: one sentence from the top of Done and the open asks, e.g. "Fixed path traversal
 * in archive names and added fuzzy search, with 41 more changes; I need your decision: approve the staging budget (open 3 days)."
 * Deterministic: no AI.
 */
import type { DraftRollup } from './rollup';
import type { DraftDoneLine } from './themes';
import type { DraftProblem, DraftPromises } from './model';
import { capitalise } from '../git/group';
import { pastTense } from './titles';
import { countText, lowerFirst } from './words';

/** What the headline is made of. */
export interface HeadlineInput {
  lines: readonly DraftDoneLine[];
  /** What the lines leave out, counted (see rollup.ts). */
  rollup?: DraftRollup;
  /** Everything done, counted as Done counts it (collapsed families count each member). */
  doneCount: number;
  merged: number;
  reviewed: number;
  decisions: readonly DraftProblem[];
  promises: DraftPromises;
}

const MAX_PART = 70;

/** The headline sentence; empty for an empty window with nothing to ask (the template says so in its own line). */
export function headlineOf(input: HeadlineInput): string {
  const done = donePart(input);
  const ask = askPart(input);
  return done === NOTHING && !ask ? '' : `${done}${ask}.`;
}

const NOTHING = 'No commits landed in this window';

function donePart({ lines, rollup, doneCount, merged, reviewed }: HeadlineInput): string {
  if (!lines.length && rollup) return `Landed ${lowerFirst(rollup.text)}`;
  const titles = lines.slice(0, 2).map(l => {
    const item = l.item ?? l.theme!.shown[0];
    // A security fix is the news, even inside a bigger item.
    return shorten(item.securityFix ? `${pastTense(capitalise(item.securityFix))} (security)` : item.doneTitle);
  });
  if (!titles.length) {
    const others = [merged ? `merged ${countText(merged, ['pull request', 'pull requests'])} of others` : '', reviewed ? `reviewed ${countText(reviewed, ['change', 'changes'])}` : '']
      .filter(Boolean);
    return others.length ? capitalise(others.join(' and ')) : NOTHING;
  }
  const told = lines.slice(0, 2).reduce((n, l) => n + (l.item?.similar ?? 1), 0);
  const rest = doneCount - told;
  const main = titles.length === 2 ? `${titles[0]} and ${lowerFirst(titles[1])}` : titles[0];
  return rest > 0 ? `${main}, with ${countText(rest, ['more change', 'more changes'])}` : main;
}

function askPart({ decisions, promises }: HeadlineInput): string {
  const first = decisions[0];
  if (first) {
    const what = shorten(stripEndPunctuation(first.ask ?? first.text));
    const more = decisions.length > 1 ? ` and ${decisions.length - 1} more` : '';
    const age = first.ageDays ? `open ${countText(first.ageDays, ['day', 'days'])}` : 'raised today';
    return `; I need your decision: ${lowerFirst(what)} (${age})${more}`;
  }
  const atRisk = promises.slipped.length + promises.atRisk.length;
  if (atRisk) return `; ${countText(atRisk, ['promise is', 'promises are'])} at risk or slipped`;
  return '';
}

/** At most MAX_PART characters, cut at a word boundary and ending with "…"; a clause before a comma or colon when one fits. */
function shorten(text: string): string {
  const t = text.trim();
  if (t.length <= MAX_PART) return t;
  const clause = /^(.{20,}?)[,;:](?:\s|$)/.exec(t)?.[1];
  if (clause && clause.length <= MAX_PART) return `${clause}…`;
  const cut = t.slice(0, MAX_PART - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_PART / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[.!?;:,\s]+$/, '');
}

