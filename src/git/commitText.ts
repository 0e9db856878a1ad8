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

const CONVENTIONAL = /^([A-Za-z]+)(?:\(([^()\r\n]*)\))?(!)?:\s*(.*)$/s;
const FIXUP = /^(fixup|squash|amend)!\s*/i;
const WIP = /^\s*(?:\[wip\]|\(wip\)|wip\b[:!-]?)\s*/i;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
const REVERTS = /This reverts commit ([0-9a-f]{40,64})/i;
const CO_AUTHOR = /^co-authored-by:\s*(.*?)\s*<([^<>\s]+)>\s*$/gim;

/** The subject a fixup!/squash!/amend! chain finally targets ("fixup! fixup! x" targets "x"). */
export function fixupTarget(subject: string): string | undefined {
  if (!FIXUP.test(subject)) return undefined;
  let s = subject;
  while (FIXUP.test(s)) s = s.replace(FIXUP, '');
  return s.trim();
}

/** Parses a commit's subject and body (co-authors are every `Co-authored-by:` trailer, the user included). */
export function analyseMessage(subject: string, body: string, tickets: TicketMatcher): MessageFacts {
  const fixupOf = fixupTarget(subject);
  let rest = (fixupOf ?? subject).trim();
  let pullRequest: number | undefined;
  const pr = PR_SUFFIX.exec(rest);
  if (pr) {
    pullRequest = Number(pr[1]);
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
  const bodyForTickets = body.replace(CO_AUTHOR, '').replace(REVERTS, '');
  const subjectForTickets = (fixupOf ?? subject).replace(PR_SUFFIX, '');
  return {
    ...(type ? { type } : {}),
    ...(scope ? { scope } : {}),
    breaking,
    description,
    ...(fixupOf !== undefined ? { fixupOf } : {}),
    wip,
    ...(revert ? { revertOf: revert[1].toLowerCase() } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    tickets: [...new Set([...tickets(subjectForTickets), ...tickets(bodyForTickets)])],
    coAuthors,
  };
}

/** Every `Co-authored-by:` line of a commit body, as people (the user included). */
export function coAuthorsIn(body: string): Person[] {
  const coAuthors: Person[] = [];
  for (const m of body.matchAll(CO_AUTHOR)) coAuthors.push({ name: m[1].trim() || m[2], email: m[2] });
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
