/**
 * The user's merges of other people's work and reviews, as a draft tells them: in brief, one line each
 * ("Merged 12 pull requests from 9 contributors, and 6 dependency updates"; "Reviewed 14 changes"); in
 * detailed, listed, each list capped like the journal sections. Merges of bots' work are counted apart.
 */
import type { MergedWork, ReviewedWork } from '../git/types';
import { MAX_TITLE_LENGTH, normaliseText, truncateText } from './sanitize';

/** One merge of others' work, as the templates show it. */
export interface DraftMerged {
  title: string;
  pullRequest?: number;
  /** Display names of the people whose work it brought in. */
  authors: string[];
  repository: string;
  shortSha: string;
}

/** The merges of others' work in the window. */
export interface DraftMergedWork {
  /** Merges of people's work (not bots'), newest first, capped. */
  items: DraftMerged[];
  /** Every merge, bots' included. */
  count: number;
  /** The one-line summary: "Merged 12 pull requests from 9 contributors, and 6 dependency updates". */
  summary: string;
  /** "…and N more merges", when the list was capped. */
  more?: string;
}

/** One review of another's landed commit. */
export interface DraftReviewed {
  title: string;
  author: string;
  /** "Reviewed-by", "Acked-by", "Tested-by" or "Helped-by". */
  trailer: string;
  repository: string;
  shortSha: string;
}

/** The reviews in the window. */
export interface DraftReviewedWork {
  items: DraftReviewed[];
  count: number;
  /** "Reviewed 14 changes" (or acked, tested, helped with). */
  summary: string;
  more?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const nameOf = (p: { name: string; email: string }) => p.name.trim() || p.email.split('@')[0];
const titleOf = (t: string) => truncateText(normaliseText(t), MAX_TITLE_LENGTH);

/** The merged-work section of a draft, at most `cap` listed. */
export function draftMerged(merged: readonly MergedWork[], cap: number): DraftMergedWork {
  const people = merged.filter(m => !m.bot);
  const bots = merged.length - people.length;
  const contributors = new Set(people.flatMap(m => m.authors.map(a => a.email.toLowerCase()))).size;
  const withPr = people.every(m => m.pullRequest !== undefined);
  const what = withPr ? plural(people.length, 'pull request') : plural(people.length, 'branch', 'branches');
  const parts = people.length ? [`Merged ${what} from ${plural(contributors, 'contributor')}`] : [];
  if (bots) parts.push(`${people.length ? 'and ' : 'Merged '}${plural(bots, 'dependency update')}`);
  const items = people.slice(0, cap).map(m => ({
    title: titleOf(m.title), ...(m.pullRequest !== undefined ? { pullRequest: m.pullRequest } : {}),
    authors: [...new Set(m.authors.map(nameOf))], repository: m.repository, shortSha: m.sha.slice(0, 7),
  }));
  const omitted = people.length - items.length;
  return { items, count: merged.length, summary: parts.join(', '), ...(omitted > 0 ? { more: `…and ${plural(omitted, 'more merge')}` } : {}) };
}

/** The reviews section of a draft, at most `cap` listed. */
export function draftReviewed(reviewed: readonly ReviewedWork[], cap: number): DraftReviewedWork {
  const onlyReviews = reviewed.every(r => r.trailer.toLowerCase() === 'reviewed-by');
  const summary = reviewed.length ? (onlyReviews ? `Reviewed ${plural(reviewed.length, 'change')}` : `Reviewed, acked or tested ${plural(reviewed.length, 'change')}`) : '';
  const items = reviewed.slice(0, cap).map(r => ({ title: titleOf(r.title), author: nameOf(r.author), trailer: r.trailer, repository: r.repository, shortSha: r.sha.slice(0, 7) }));
  const omitted = reviewed.length - items.length;
  return { items, count: reviewed.length, summary, ...(omitted > 0 ? { more: `…and ${plural(omitted, 'more review')}` } : {}) };
}
