/**
 * How long a draft may be, per template and style: an update a manager reads in a minute. Weekly, standup
 * and one-on-one keep to 250 words brief and 600 detailed; a brag document or a problem report has no word
 * cap, only lines of at most five items. A draft over its budget is rebuilt with tighter limits (compose.ts).
 */
import type { DraftStyle } from './model';

/** How much of each section a draft tells; the rest is counted ("…and N more", the roll-up line). */
export interface DraftLimits {
  /** Done lines (themes or items); the rest go into the roll-up line. */
  doneLines: number;
  /** Items listed under a theme. */
  perTheme: number;
  /** In-progress lines (branches, uncommitted changes, notes). */
  inProgress: number;
  /** Entries told per journal section (wins, notes, problems, each promise bucket, feedback, merges, reviews). */
  journal: number;
  /** Longest title of a work item or in-progress line. */
  titleChars: number;
}

/** The templates written to be read in a minute. */
const UPDATE_TEMPLATES = new Set(['weekly', 'standup', 'one-on-one']);

const BRIEF: DraftLimits = { doneLines: 5, perTheme: 2, inProgress: 3, journal: 3, titleChars: 120 };
const DETAILED: DraftLimits = { doneLines: 8, perTheme: 5, inProgress: 5, journal: 5, titleChars: 160 };
/** Brag documents, problem reports and user templates: everything, in lines of at most five items. */
const COMPLETE: DraftLimits = { doneLines: Infinity, perTheme: 5, inProgress: 25, journal: 25, titleChars: 160 };
const FLOOR: DraftLimits = { doneLines: 3, perTheme: 1, inProgress: 1, journal: 1, titleChars: 60 };

/** Word budgets of the update templates. */
export const WORD_BUDGETS: Record<DraftStyle, number> = { brief: 250, detailed: 600 };

/** The limits and word budget of a template in a style (no budget: undefined). */
export function budgetFor(template: string, style: DraftStyle): { limits: DraftLimits; words?: number } {
  if (!UPDATE_TEMPLATES.has(template)) return { limits: COMPLETE };
  return { limits: style === 'brief' ? BRIEF : DETAILED, words: WORD_BUDGETS[style] };
}

/** The word budget of a template in a style, if it has one. */
export function wordBudget(template: string, style: DraftStyle): number | undefined {
  return budgetFor(template, style).words;
}

/**
 * The next tighter limits, one step at a time, in the order of what a manager misses least: items per theme,
 * journal entries per section, in-progress lines, title length, and Done lines last; undefined at the floor.
 */
export function tighter(limits: DraftLimits): DraftLimits | undefined {
  const steps: Array<[keyof DraftLimits, number]> = [['perTheme', 1], ['journal', 1], ['inProgress', 1], ['titleChars', 30], ['doneLines', 1]];
  const step = steps.find(([key]) => limits[key] > FLOOR[key]);
  if (!step) return undefined;
  const [key, by] = step;
  return { ...limits, [key]: Math.max(FLOOR[key], Math.min(limits[key], 1_000) - by) };
}
