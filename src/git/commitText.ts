/** What a commit message says about itself: Conventional Commit parts, fixups, WIP, reverts, PRs, tickets, co-authors. */
import type { Commit, Person } from './types';
import type { TicketMatcher } from './tickets';

/** The parts of a commit message the grouping needs: the Commit fields a message alone decides. */
export type MessageFacts = Pick<Commit,
  'type' | 'scope' | 'breaking' | 'description' | 'fixupOf' | 'wip' | 'revertOf' | 'pullRequest' | 'tickets' | 'coAuthors'>;

// Conventional Commit types we recognise, with their common spellings.
const TYPES: Record<string, string> = {
  feat: 'feat', feature: 'feat', fix: 'fix', bugfix: 'fix', hotfix: 'fix', perf: 'perf', refactor: 'refactor',
  docs: 'docs', doc: 'docs', test: 'test', tests: 'test', chore: 'chore', build: 'build', ci: 'ci',
  style: 'style', revert: 'revert', deps: 'deps', security: 'security', release: 'release',
};

const CONVENTIONAL = /^([A-Za-z]{1,32})(?:\(([^()\r\n]{0,200})\))?(!)?:\s*(.*)$/s;
const FIXUP = /(fixup|squash|amend)!\s*/iy;
const WIP = /^\s*(?:\[wip\]|\(wip\)|wip\b[:!-]?)\s*/i;
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
  let wip = false;
  if (WIP.test(rest)) {
    wip = true;
    rest = rest.replace(WIP, '');
  }
  let type: string | undefined;
  let scope: string | undefined;
  let breaking = /^BREAKING[ -]CHANGE:/m.test(body);
  const cc = CONVENTIONAL.exec(rest);
  if (cc && TYPES[cc[1].toLowerCase()]) {
    type = TYPES[cc[1].toLowerCase()];
    scope = cc[2]?.trim() || undefined;
    breaking ||= cc[3] === '!';
    rest = cc[4];
  }
  if (!wip && WIP.test(rest)) {
    wip = true;
    rest = rest.replace(WIP, '');
  }
  const description = rest.trim() || (wip ? 'work in progress' : subject.trim());
  const revert = REVERTS.exec(body);
  const coAuthors = coAuthorsIn(body);
  // Tickets: every line of the subject and body, each bounded, but the co-author trailers and a revert's SHA.
  const subjectForTickets = pr ? (fixupOf ?? subject).trim().slice(0, pr.index) : (fixupOf ?? subject);
  const ticketLines = [...boundedLines(subjectForTickets), ...boundedLines(body)
    .filter(l => trailerValue(l, 'co-authored-by') === undefined)
    .map(l => (REVERTS.test(l) ? l.replace(REVERTS, '') : l))];
  return {
    ...(type ? { type } : {}),
    ...(scope ? { scope } : {}),
    breaking,
    description,
    ...(fixupOf !== undefined ? { fixupOf } : {}),
    wip,
    ...(revert ? { revertOf: revert[1].toLowerCase() } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    tickets: [...new Set(ticketLines.flatMap(l => tickets(l)))],
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

/** A pull request named by a merge commit: GitHub "Merge pull request #N from owner/branch" or GitLab "See merge request x!N". */
export function pullRequestOfMerge(subject: string, body: string): { number: number; title: string; branch?: string } | undefined {
  const gh = /^Merge pull request #(\d+) from (\S+)/.exec(subject);
  const titleLine = body.split('\n').map(l => l.trim()).find(l => l.length > 0);
  if (gh) {
    const branch = gh[2].includes('/') ? gh[2].slice(gh[2].indexOf('/') + 1) : gh[2];
    return { number: Number(gh[1]), title: titleLine ?? branch, branch };
  }
  const gl = /See merge request \S*!(\d+)/.exec(body);
  if (gl) {
    const branch = /^Merge branch '([^']+)'/.exec(subject)?.[1];
    const title = body.split('\n').map(l => l.trim()).find(l => l && !/^See merge request/.test(l)) ?? subject;
    return { number: Number(gl[1]), title, ...(branch ? { branch } : {}) };
  }
  return undefined;
}
