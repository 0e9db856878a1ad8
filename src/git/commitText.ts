/** What a commit message says about itself: Conventional Commit parts, fixups, WIP, reverts, PRs, tickets, co-authors. */
import type { Commit, Person } from './types';
import { parseSubject } from './subject';
import { advisoriesIn, ticketPlaceInBody, ticketPlaceInSubject } from './tickets';
import type { TicketMatcher } from './tickets';

/** The parts of a commit message the grouping needs: the Commit fields a message alone decides. */
export type MessageFacts = Pick<Commit,
  'type' | 'scope' | 'scopeSource' | 'subsystem' | 'breaking' | 'description' | 'fixupOf' | 'wip' | 'revertOf' | 'pullRequest' | 'tickets' | 'advisories' | 'coAuthors'>;

const FIXUP = /(fixup|squash|amend)!\s*/iy;
const REVERTS = /This reverts commit ([0-9a-f]{40,64})/i;

/**
 * Longest line a pattern sees: commit text is anyone's, and a pattern that backtracks (a user's ticket
 * pattern may) costs at most this squared per line, never the square of a megabyte.
 */
export const MAX_PATTERN_LINE = 1000;

/** `text`'s lines, each cut to what a pattern may see. */
function boundedLines(text: string): string[] {
  return text.split('\n').map(l => (l.length > MAX_PATTERN_LINE ? l.slice(0, MAX_PATTERN_LINE) : l));
}

/**
 * The body's trailer block: its last paragraph (after the last blank line), read line by line. Trailers
 * (Co-authored-by, Reviewed-by, Change-Id, "(cherry picked from commit …)") live there, however long the
 * body above them is.
 */
export function trailerLines(body: string): string[] {
  const lines = body.split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  return lines.slice(start, end);
}

/** A `Name <email>` trailer value, or undefined; linear: the email is the text between the last `<` and a final `>`. */
export function personOf(value: string): Person | undefined {
  const v = value.trim();
  if (!v.endsWith('>')) return undefined;
  const open = v.lastIndexOf('<');
  const email = v.slice(open + 1, -1);
  if (open < 0 || !email || /[\s<>]/.test(email)) return undefined;
  const name = v.slice(0, open).trim();
  return { name: name || email, email };
}

/** The value of trailer `key` (case-insensitive, e.g. "co-authored-by") on `line`, or undefined. */
function trailerValue(line: string, key: string): string | undefined {
  return line.length > key.length && line[key.length] === ':' && line.slice(0, key.length).toLowerCase() === key ? line.slice(key.length + 1) : undefined;
}

/** A subject's trailing ` (#123)`, found without a pattern over the whole subject. */
function prSuffix(subject: string): { number: number; index: number } | undefined {
  const trimmed = subject.trimEnd();
  const m = /\(#(\d{1,9})\)$/.exec(trimmed.slice(-14));
  if (!m) return undefined;
  const index = trimmed.length - m[0].length;
  return { number: Number(m[1]), index: subject.slice(0, index).trimEnd().length };
}

/** The subject a fixup!/squash!/amend! chain finally targets ("fixup! fixup! x" targets "x"). */
export function fixupTarget(subject: string): string | undefined {
  FIXUP.lastIndex = 0;
  if (!FIXUP.test(subject)) return undefined;
  let at = FIXUP.lastIndex;
  while (FIXUP.test(subject)) at = FIXUP.lastIndex;
  return subject.slice(at).trim();
}

/** Parses a commit's subject and body (co-authors are every `Co-authored-by:` trailer, the user included). */
export function analyseMessage(subject: string, body: string, tickets: TicketMatcher): MessageFacts {
  const fixupOf = fixupTarget(subject);
  let rest = (fixupOf ?? subject).trim();
  let pullRequest: number | undefined;
  const pr = prSuffix(rest);
  if (pr) {
    pullRequest = pr.number;
    rest = rest.slice(0, pr.index);
  }
  const parsed = parseSubject(rest, { isTicket: word => tickets(word).length > 0 });
  const { type, subsystem, wip } = parsed;
  // The Conventional Commit scope, else the subsystem prefix: the part of the project the work is in.
  const scope = parsed.scope ?? subsystem;
  const scopeSource = parsed.scope ? 'conventional' : subsystem ? 'prefix' : undefined;
  const breaking = parsed.breaking || /^BREAKING[ -]CHANGE:/m.test(body);
  const description = parsed.text || (wip ? 'work in progress' : subject.trim());
  const revert = REVERTS.exec(body);
  const coAuthors = coAuthorsIn(body);
  // Tickets where a ticket goes (tickets.ts): in the description's place of the subject, in its scope, on a
  // reference line of the body (each line bounded); never a co-author trailer or a revert's SHA.
  const [head] = boundedLines(description);
  const bodyLines = boundedLines(body).filter(l => trailerValue(l, 'co-authored-by') === undefined)
    .map(l => (REVERTS.test(l) ? l.replace(REVERTS, '') : l));
  const found = [
    ...(scope ? tickets(scope.slice(0, MAX_PATTERN_LINE)) : []),
    ...tickets.matches(head).filter(m => ticketPlaceInSubject(head, m)).map(m => m.id),
    ...bodyLines.flatMap(l => tickets.matches(l).filter(m => ticketPlaceInBody(l, m)).map(m => m.id)),
  ];
  const advisories = [...boundedLines(subject), ...bodyLines].flatMap(advisoriesIn);
  return {
    ...(type ? { type } : {}),
    ...(scope ? { scope, scopeSource } : {}),
    ...(subsystem ? { subsystem } : {}),
    breaking,
    description,
    ...(fixupOf !== undefined ? { fixupOf } : {}),
    wip,
    ...(revert ? { revertOf: revert[1].toLowerCase() } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    tickets: [...new Set(found)],
    advisories: [...new Set(advisories)],
    coAuthors,
  };
}

/** Every `Co-authored-by:` trailer of a commit body (its last paragraph), as people (the user included). */
export function coAuthorsIn(body: string): Person[] {
  const coAuthors: Person[] = [];
  for (const line of trailerLines(body)) {
    const value = trailerValue(line.trim(), 'co-authored-by');
    const person = value === undefined ? undefined : personOf(value);
    if (person) coAuthors.push(person);
  }
  return coAuthors;
}

/** What a merge commit says about the work it brought in: its pull request, its title, the branch it merged. */
export interface MergeFacts {
  pullRequest?: number;
  title?: string;
  branch?: string;
}

/** The first line of a body that is text (not a bullet list of commits, not a trailer or GitLab's footer). */
function firstBodyLine(body: string): string | undefined {
  for (const raw of body.split('\n').slice(0, 50)) {
    const line = raw.trim().slice(0, MAX_PATTERN_LINE);
    if (!line || /^[*-] /.test(line) || /^See merge request /.test(line) || /^[A-Za-z-]+-by: /.test(line) || /^(Approved|Reviewed)-/.test(line)) continue;
    return line;
  }
  return undefined;
}

/**
 * What a merge commit's message says, for every common merge style: GitHub's "Merge pull request #N from
 * owner/branch" (the title in the body) and a merge titled "Title (#N)"; "Merge branch 'x'" and "Merge
 * remote-tracking branch 'origin/x'"; GitLab's "See merge request group/project!N"; Gerrit's `Merge "Title"`;
 * Bitbucket's "Merged in x (pull request #N)". Undefined when it says nothing of the kind.
 */
export function mergeFacts(subject: string, body: string): MergeFacts | undefined {
  const s = subject.trim().slice(0, MAX_PATTERN_LINE);
  const gh = /^Merge pull request #(\d{1,9}) from (\S+)/.exec(s);
  if (gh) {
    const branch = gh[2].includes('/') ? gh[2].slice(gh[2].indexOf('/') + 1) : gh[2];
    return { pullRequest: Number(gh[1]), title: firstBodyLine(body) ?? branch, branch };
  }
  const named = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(s)?.[1];
  const branch = named?.startsWith('origin/') ? named.slice('origin/'.length) : named;
  const gl = /See merge request \S*!(\d{1,9})/.exec(body.slice(-4000));
  if (gl) return { pullRequest: Number(gl[1]), title: firstBodyLine(body) ?? s, ...(branch ? { branch } : {}) };
  const bitbucket = /^Merged in (\S+) \(pull request #(\d{1,9})\)/.exec(s);
  if (bitbucket) return { pullRequest: Number(bitbucket[2]), title: firstBodyLine(body) ?? bitbucket[1], branch: bitbucket[1] };
  const gerrit = /^Merge "(.+)"$/.exec(s);
  if (gerrit) return { title: gerrit[1] };
  if (branch) return { branch };
  const pr = prSuffix(s);
  if (pr && !/^Merge\b/.test(s)) return { pullRequest: pr.number, title: s.slice(0, pr.index) };
  return undefined;
}

const VERSION = 'v?(\\d+\\.\\d+(?:\\.\\d+)?(?:[-+][0-9A-Za-z.-]+)?)';
const RELEASE_SUBJECT = new RegExp(`^(?:chore\\(release\\)!?:\\s*(?:release\\s+)?|build\\(release\\)!?:\\s*|release(?:d)?:?\\s+(?:version\\s+)?|releasing\\s+(?:version\\s+)?|bump(?:ed)?\\s+(?:the\\s+)?version\\s+(?:to\\s+)?|version\\s+bump\\s+(?:to\\s+)?|prepare\\s+(?:for\\s+)?release\\s+)${VERSION}\\b`, 'i');
const BARE_VERSION = new RegExp(`^${VERSION}$`);
const TAG_VERSION = new RegExp(`^(?:[A-Za-z0-9_.-]*[-/])?${VERSION}$`);

/**
 * The version a release commit releases: "release version 3.1.3", "chore(release): v1.2.0", "Bump version to 2.0",
 * a bare "v1.2.3", or a version-bump commit a version tag points at ("Update changelog" tagged v3.1.3).
 */
export function releaseOf(subject: string, tag?: string): string | undefined {
  const s = subject.trim().slice(0, 200);
  const named = RELEASE_SUBJECT.exec(s)?.[1] ?? BARE_VERSION.exec(s)?.[1];
  if (named) return named;
  const tagged = tag ? TAG_VERSION.exec(tag)?.[1] : undefined;
  return tagged && (/\b(release|version|bump|changelog)\b/i.test(s) || s.includes(tagged)) ? tagged : undefined;
}
