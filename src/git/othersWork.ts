/**
 * The user's work on other people's work: the merges the user made into a landing branch during the window
 * that brought in other people's commits (a maintainer's main work), and the landed commits whose
 * `Reviewed-by:`, `Acked-by:`, `Tested-by:` or `Helped-by:` trailers name the user. A merge made in a forge's
 * web UI has the person who merged it as its author and the forge as its committer, so the author decides.
 */
import { mergeFacts, personOf, trailerLines } from './commitText';
import type { CommitGraph } from './graph';
import { titleFrom } from './group';
import type { Timeline } from './timeline';
import type { MergedWork, Person, ReviewedWork } from './types';


/** The review trailers that credit the user. */
export const REVIEW_TRAILERS = ['reviewed-by', 'acked-by', 'tested-by', 'helped-by'] as const;

/** What `takeLanded` keeps of every landed commit for this: its author and subject, and its trailers that may name the user. */
export interface LandedRecord {
  author: Person;
  subject: string;
  parents: readonly string[];
  /** The body, for merges (their title) and for commits whose trailers may credit the user. */
  body?: string;
}

/** Whether a body's trailer block may name a reviewer (checked exactly by `reviewsIn`). */
export function mayCreditReview(body: string): boolean {
  return /(reviewed|acked|tested|helped)-by:/i.test(body);
}

/** The review trailers of `body` that name one of `authors` (lower-cased emails): "Reviewed-by", … */
export function reviewsIn(body: string, authors: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of trailerLines(body)) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).toLowerCase() : '';
    if (!(REVIEW_TRAILERS as readonly string[]).includes(key)) continue;
    const person = personOf(line.slice(colon + 1));
    if (person && authors.has(person.email.toLowerCase())) out.push(line.slice(0, colon));
  }
  return [...new Set(out)];
}

/**
 * The user's merges on the landing lines during the window that brought in commits by others, and the reviews
 * of others' landed commits that credit the user, from the landed walk.
 */
export function othersWork(repository: string, graph: CommitGraph, records: ReadonlyMap<string, LandedRecord>, timelines: readonly Timeline[],
  authors: ReadonlySet<string>, isBot: (p: Person) => boolean): { merged: MergedWork[]; reviewed: ReviewedWork[] } {
  const isUser = (p: Person) => authors.has(p.email.toLowerCase());
  const merged: MergedWork[] = [];
  const seen = new Set<string>();
  for (const t of timelines) {
    // Each commit of the line, oldest first, brings in what it reaches that an older one did not.
    const claimed = new Set<number>();
    for (let i = t.inWindow.length - 1; i >= 0; i--) {
      const { sha } = t.inWindow[i];
      const brought = graph.reachable([graph.find(sha)], id => claimed.has(id));
      for (const id of brought) claimed.add(id);
      const merge = records.get(sha);
      if (!merge || merge.parents.length < 2 || seen.has(sha) || !isUser(merge.author)) continue;
      seen.add(sha);
      const people = new Map<string, Person>();
      for (const id of brought) {
        const r = records.get(graph.shaOf(id));
        if (r && r.parents.length < 2 && !isUser(r.author)) people.set(r.author.email.toLowerCase(), r.author);
      }
      if (!people.size) continue;
      const facts = mergeFacts(merge.subject, merge.body ?? '');
      merged.push({
        title: facts?.title ?? merge.subject, ...(facts?.pullRequest !== undefined ? { pullRequest: facts.pullRequest } : {}),
        authors: [...people.values()], sha, repository, bot: [...people.values()].every(isBot),
      });
    }
  }
  const reviewed: ReviewedWork[] = [];
  for (const [sha, r] of records) {
    if (r.parents.length > 1 || !r.body || isUser(r.author)) continue;
    const trailers = reviewsIn(r.body, authors);
    if (trailers.length) reviewed.push({ title: titleFrom(r.subject, []), author: r.author, trailer: trailers[0], sha, repository });
  }
  return { merged, reviewed };
}

