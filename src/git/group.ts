/**
 * Groups one repository's commits into accomplishments a manager reads as one line each: by pull
 * request, else ticket, else Conventional Commit scope, else branch; commits straight on the default
 * branch stay one line each, except routine work (docs, tests, chores…) which is gathered by type.
 */
import type { Accomplishment, Commit, CommitEvidence, InProgressItem, Person } from './types';
import { parseSubject } from './subject';
import type { TicketMatcher } from './tickets';

/** What a merge said about the commits it brought in. */
export interface MergeInfo {
  pullRequest?: number;
  /** Pull request title (the merge body's first line). */
  title?: string;
  /** Branch named by the merge ("Merge branch 'x'", "from owner/x"). */
  branch?: string;
}

/** Everything grouping needs about one repository. */
export interface GroupInput {
  repository: string;
  /** The user's non-merge commits in the window, reverted pairs already removed; one per change. */
  commits: Commit[];
  /** Other commits of those changes (copies, squashed branches): evidence of the commit they name, lines not counted. */
  copies: readonly (CommitEvidence & { copyOf: string })[];
  /** The default branch's name: landing there goes without saying in a title. */
  defaultBranch?: string;
  /** SHA -> the non-default local branch that holds it (the most specific one). */
  branchOf: ReadonlyMap<string, string>;
  /** SHA -> the merge that brought it in. */
  mergedBy: ReadonlyMap<string, MergeInfo>;
  tickets: TicketMatcher;
}

const TYPE_RANK: Record<string, number> = { feat: 5, fix: 4, perf: 3, refactor: 2, security: 4 };
const ROUTINE_TYPES = new Set(['docs', 'test', 'chore', 'build', 'ci', 'style', 'deps', 'release', 'revert', 'backport']);

/** Rank by Conventional Commit type (feat > fix > perf > refactor > others), a breaking change a half step up. */
function significance(type: string | undefined, breaking: boolean): number {
  return (breaking ? 1 : 0) + (TYPE_RANK[type ?? ''] ?? 1) * 2;
}

/** feat > fix > perf > refactor > others; then more lines; then newer; then SHA (deterministic). */
export function moreSignificant(a: Commit, b: Commit): number {
  return significance(b.type, b.breaking) - significance(a.type, a.breaking)
    || (b.insertions + b.deletions) - (a.insertions + a.deletions)
    || compare(b.authoredAt, a.authoredAt)
    || compare(a.sha, b.sha);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where work landed, when a manager would not assume it: " (also on stable/2025.2, stable/2025.1)", " (on release/2.0)". */
function whereLanded(landedOn: readonly string[], defaultBranch: string | undefined): string {
  if (!landedOn.length) return '';
  if (landedOn[0] === defaultBranch) return landedOn.length > 1 ? ` (also on ${landedOn.slice(1).join(', ')})` : '';
  return ` (on ${landedOn.join(', ')})`;
}

/** First letter lower-cased, for a title inside a sentence ("Backported fix the login"). */
function lowerFirst(text: string): string {
  return text && /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

// Lower-case words that are names and stay lower-case at the start of a title (tools, commands, brands).
const LOWERCASE_NAMES = new Set([
  'npm', 'npx', 'pnpm', 'nvm', 'pip', 'pipx', 'uv', 'conda', 'gcc', 'clang', 'rustc', 'rustup', 'tsc', 'tsx', 'jq', 'sed', 'awk',
  'grep', 'curl', 'wget', 'ssh', 'scp', 'rsync', 'sudo', 'systemd', 'systemctl', 'dpkg', 'apt', 'yum', 'dnf', 'brew', 'kubectl',
  'kubeadm', 'minikube', 'kustomize', 'gh', 'pytest', 'mypy', 'ruff', 'isort', 'tox', 'nox', 'vcpkg', 'musl', 'glibc', 'libc',
  'zlib', 'ffmpeg', 'mkdir', 'chmod', 'chown', 'ls', 'cd', 'rm', 'mv', 'cp', 'cat', 'ld', 'lld', 'gdb', 'lldb', 'strace', 'esbuild',
  'eslint', 'tslint', 'prettier', 'webpack', 'rollup', 'vite', 'vitest', 'jest', 'mocha', 'nodemon', 'pm2', 'nginx', 'htop', 'tmux',
  'vim', 'nvim', 'emacs', 'zsh', 'bash', 'fish', 'sh', 'git', 'gitk', 'cgit', 'fsck', 'mmap', 'malloc', 'printf', 'stdin', 'stdout',
  'stderr', 'argv', 'errno', 'ioctl', 'fsync', 'epoll', 'kqueue', 'io_uring', 'ebpf', 'bpf', 'xdp', 'iptables', 'nftables', 'ip',
]);
// English prefixes of hyphenated words that start a title ("re-enable", "follow-up").
const HYPHEN_PREFIXES = new Set(['re', 'pre', 'post', 'non', 'auto', 'co', 'de', 'un', 'multi', 'self', 'sub', 'cross', 'follow', 'opt',
  'semi', 'anti', 'over', 'under', 'half', 'well', 'double', 'single', 'top', 'low', 'high', 'long', 'short', 'end', 'first', 'third', 'in', 'out', 'off']);

/**
 * Whether a title's first word is a plain lower-case English word ("use", "re-enable"), not a name or code
 * (`alu(long, weakint)`, `dtypes.weakfloat`, `v3.5.39`, `npm`, `iOS`, `foo_bar`, `fooBar`, `` `code` ``, `--flag`,
 * `.gitignore`): only such a word is upper-cased at the start of a title.
 */
export function startsWithPlainWord(text: string): boolean {
  const word = /^\S*/.exec(text.trimStart())?.[0] ?? '';
  const m = /^([a-z]+)(?:-([a-z]+))?(?:'[a-z]{1,2})?[,;:!?]?$/.exec(word);
  if (!m || LOWERCASE_NAMES.has(m[1])) return false;
  return m[2] === undefined || HYPHEN_PREFIXES.has(m[1]);
}

/** First letter upper-cased when the title starts with a plain English word; names, identifiers and code stay as written. */
export function capitalise(text: string): string {
  const t = text.trim();
  return startsWithPlainWord(t) ? t[0].toUpperCase() + t.slice(1) : t;
}

/** Whether `word` is one of `tickets`, or looks like a ticket (`ABC-12`, `#12`): it stays in the text for the ticket logic. */
function ticketWord(word: string, tickets: readonly string[]): boolean {
  return /^(?:[A-Z][A-Z0-9]+-\d+|#\d+)$/.test(word) || tickets.some(id => id.toLowerCase() === word.toLowerCase());
}

/**
 * A title for a manager: the text without tags, type and subsystem prefixes (subject.ts), without leading ticket
 * ids ("ABC-1 fix x", "[ABC-1] fix x", "ABC-1: fix x"; the tickets are shown as evidence anyway), first letter
 * upper-cased when it is a plain word (see capitalise).
 */
export function titleFrom(text: string, tickets: readonly string[]): string {
  const isTicket = (word: string) => ticketWord(word, tickets);
  let t = parseSubject(text, { isTicket }).text || text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const id of tickets) {
      // Most titles do not start with a ticket id: the regular expression is only built for one that may.
      const head = t.slice(0, id.length + 1).toLowerCase();
      if (!head.startsWith(id.toLowerCase()) && !head.slice(1).startsWith(id.toLowerCase())) continue;
      const m = t.match(new RegExp(`^[\\[(]?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])[\\])]?\\s*[:\\-–—]?\\s*`, 'i'));
      if (m && m[0].length < t.length) { t = parseSubject(t.slice(m[0].length), { isTicket }).text || t.slice(m[0].length); changed = true; }
    }
  }
  return capitalise(t);
}

/** Short SHA shown as evidence. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function isFiller(c: Commit): boolean {
  return c.wip || c.fixupOf !== undefined;
}

/** The key of the group each commit joins. */
function groupKeys(input: GroupInput): Map<string, string> {
  const { commits, branchOf, mergedBy, tickets } = input;
  const keys = new Map<string, string>();
  const ownKey = (c: Commit): string | undefined => {
    if (c.backportOf) return `backport:${c.sha}`;
    if (c.release) return `release:${c.release}`;
    // A revert of older work: its own routine line (a revert of work in the window cancelled out before).
    if (c.revertOf) return `revert:${c.sha}`;
    const merge = mergedBy.get(c.sha);
    if (c.pullRequest !== undefined) return `pr:${c.pullRequest}`;
    if (merge?.pullRequest !== undefined) return `pr:${merge.pullRequest}`;
    if (merge?.title !== undefined) return `merge:${merge.title}`;
    if (c.tickets.length) return `ticket:${c.tickets[0]}`;
    // A subsystem prefix ("net: …") names where work is, not one piece of work: it does not gather commits.
    if (c.scope && c.scopeSource !== 'prefix') return `scope:${c.scope.toLowerCase()}`;
    return undefined;
  };
  const branchName = (c: Commit) => branchOf.get(c.sha) ?? mergedBy.get(c.sha)?.branch;
  // The key most of a branch's commits have, so its untagged commits join them.
  const byBranch = new Map<string, Map<string, number>>();
  for (const c of commits) {
    const b = branchName(c);
    const k = ownKey(c);
    if (!b || !k || isFiller(c)) continue;
    const counts = byBranch.get(b) ?? new Map<string, number>();
    counts.set(k, (counts.get(k) ?? 0) + 1);
    byBranch.set(b, counts);
  }
  const branchKey = (b: string): string => {
    const fromName = tickets(b)[0];
    if (fromName) return `ticket:${fromName}`;
    const counts = [...(byBranch.get(b) ?? [])].sort(([ka, a], [kb, b2]) => b2 - a || compare(ka, kb));
    return counts[0]?.[0] ?? `branch:${b}`;
  };
  const fallbackKey = (c: Commit): string => {
    const b = branchName(c);
    if (b) return branchKey(b);
    if (c.type && ROUTINE_TYPES.has(c.type)) return `type:${c.type}`;
    return `commit:${c.sha}`;
  };
  for (const c of commits) if (!isFiller(c)) keys.set(c.sha, ownKey(c) ?? fallbackKey(c));
  // fixup!/squash!/amend! join the commit they target (same subject, after its own markers).
  const bySubject = new Map<string, Commit>();
  for (const c of [...commits].sort((a, b) => compare(a.authoredAt, b.authoredAt))) if (!isFiller(c)) bySubject.set(c.subject.trim(), c);
  const fillers = commits.filter(isFiller).sort((a, b) => compare(a.authoredAt, b.authoredAt));
  const loose = commits.filter(o => !isFiller(o) && !branchName(o)).map(o => ({ sha: o.sha, t: Date.parse(o.authoredAt) }));
  for (const c of fillers) {
    const target = c.fixupOf !== undefined ? bySubject.get(c.fixupOf) : undefined;
    if (target) {
      keys.set(c.sha, keys.get(target.sha) as string);
      continue;
    }
    const own = ownKey(c);
    if (own) {
      keys.set(c.sha, own);
      continue;
    }
    // WIP (or an orphan fixup) joins its branch's group, or the nearest commit of the same line of work.
    const b = branchName(c);
    if (b) {
      keys.set(c.sha, branchKey(b));
      continue;
    }
    const tc = Date.parse(c.authoredAt);
    let near: { sha: string; distance: number } | undefined;
    for (const o of loose) {
      const distance = Math.abs(o.t - tc);
      if (!near || distance < near.distance || (distance === near.distance && o.sha < near.sha)) near = { sha: o.sha, distance };
    }
    keys.set(c.sha, near ? (keys.get(near.sha) as string) : `commit:${c.sha}`);
  }
  return keys;
}

/** The area most of the commits' lines were in, and the routine kind of file all of them changed, if one. */
function areaAndKind(commits: readonly Commit[]): Pick<Accomplishment, 'area' | 'only'> {
  const byArea = new Map<string, number>();
  for (const c of commits) if (c.area) byArea.set(c.area, (byArea.get(c.area) ?? 0) + (c.meaningfulLines ?? 0) + 1);
  const area = [...byArea].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0];
  const only = commits[0].only && commits.every(c => c.only === commits[0].only) ? commits[0].only : undefined;
  return { ...(area ? { area } : {}), ...(only ? { only } : {}) };
}

/** The evidence of one commit. */
export function evidenceOf(c: Commit): CommitEvidence {
  return {
    sha: c.sha, shortSha: shortSha(c.sha), subject: c.subject, author: c.author, authoredAt: c.authoredAt,
    insertions: c.insertions, deletions: c.deletions, files: c.files,
    ...(c.landedOn ? { landedOn: c.landedOn } : {}), ...(c.landedAt ? { landedAt: c.landedAt } : {}), ...(c.changeId ? { changeId: c.changeId } : {}),
  };
}

/** People deduplicated by email (any case), first spelling kept. */
export function uniquePeople(people: Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) if (!seen.has(p.email.toLowerCase())) seen.set(p.email.toLowerCase(), p);
  return [...seen.values()];
}

/** Groups the commits of one repository into accomplishments (unsorted). */
export function groupCommits(input: GroupInput): Accomplishment[] {
  const keys = groupKeys(input);
  const groups = new Map<string, Commit[]>();
  for (const c of input.commits) {
    const k = keys.get(c.sha) as string;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  const copiesOf = new Map<string, CommitEvidence[]>();
  for (const copy of input.copies) copiesOf.set(copy.copyOf, [...(copiesOf.get(copy.copyOf) ?? []), copy]);
  const out: Accomplishment[] = [];
  for (const [key, members] of groups) {
    const commits = [...members].sort((a, b) => compare(a.authoredAt, b.authoredAt) || compare(a.sha, b.sha));
    const candidates = commits.filter(c => !isFiller(c));
    const best = [...(candidates.length ? candidates : commits)].sort(moreSignificant)[0];
    const prNumber = key.startsWith('pr:') ? Number(key.slice(3)) : undefined;
    const prTitle = prNumber !== undefined
      ? commits.map(c => input.mergedBy.get(c.sha)).find(m => m?.pullRequest === prNumber && m.title)?.title
      : key.startsWith('merge:') ? key.slice('merge:'.length) : undefined;
    const squash = prNumber !== undefined ? commits.find(c => c.pullRequest === prNumber) : undefined;
    const tickets = [...new Set(commits.flatMap(c => c.tickets))];
    const evidence = commits.flatMap(c => [evidenceOf(c), ...(copiesOf.get(c.sha) ?? [])]);
    const landedOn = [...new Set(evidence.map(e => e.landedOn).filter((b): b is string => !!b))];
    const backport = key.startsWith('backport:') ? best : undefined;
    const role = commits.some(c => c.byUser) ? 'author' : 'co-author';
    const title = backport ? `Backported ${lowerFirst(titleFrom(backport.description, tickets))} to ${landedOn.join(', ')}`
      : best.release && key.startsWith('release:') ? `Released ${best.release}`
      : best.revertOf && key.startsWith('revert:') ? `Reverted ${revertedTitle(best)}`
      : titleFrom(prTitle ?? (squash ?? best).description, tickets) + whereLanded(landedOn, input.defaultBranch)
        + (role === 'co-author' && !commits.every(c => c.bot) ? ` — by ${authorsOf(commits)}, with you` : '');
    // A bot's commits that reach the draft (the user co-authored them) are routine maintenance.
    const type = key.startsWith('release:') ? 'release' : key.startsWith('revert:') ? 'revert' : key.startsWith('backport:') ? 'backport'
      : commits.every(c => c.bot) ? 'chore' : best.type;
    const branch = key.startsWith('branch:') ? key.slice(7) : input.branchOf.get(best.sha) ?? input.mergedBy.get(best.sha)?.branch;
    const { scope, scopeSource } = best;
    out.push({
      id: `${input.repository}:${key}`,
      title,
      repository: input.repository,
      tickets,
      ...(prNumber !== undefined ? { pullRequest: prNumber } : {}),
      ...(type ? { type } : {}),
      ...(scope ? { scope, ...(scopeSource ? { scopeSource } : {}) } : {}),
      ...(branch ? { branch } : {}),
      breaking: commits.some(c => c.breaking),
      coAuthors: uniquePeople(commits.flatMap(c => c.coAuthors)),
      commits: evidence,
      insertions: commits.reduce((n, c) => n + c.insertions, 0),
      deletions: commits.reduce((n, c) => n + c.deletions, 0),
      files: commits.reduce((n, c) => n + c.files, 0),
      lastAuthoredAt: commits.reduce((m, c) => (c.authoredAt > m ? c.authoredAt : m), commits[0].authoredAt),
      landedAt: commits.reduce((m, c) => (c.landedAt && c.landedAt < m ? c.landedAt : m), commits[0].landedAt ?? commits[0].authoredAt),
      landedOn,
      role,
      ...(backport?.backportOf ? { backportOf: backport.backportOf } : {}),
      advisories: [...new Set(commits.flatMap(c => c.advisories))],
      meaningfulLines: commits.reduce((n, c) => n + (c.meaningfulLines ?? c.insertions + c.deletions), 0),
      ...areaAndKind(commits),
      bot: commits.every(c => c.bot),
      ...(best.release && key.startsWith('release:') ? { release: best.release } : {}),
    });
  }
  return out;
}

/** The user's own work before what the user only co-authored; then most significant first (breaking, feat > fix > perf > refactor > others), most recent, id. */
export function sortAccomplishments(list: Accomplishment[]): Accomplishment[] {
  return [...list].sort((a, b) => Number(a.role === 'co-author') - Number(b.role === 'co-author')
    || significance(b.type, b.breaking) - significance(a.type, a.breaking) || compare(b.landedAt, a.landedAt) || compare(a.id, b.id));
}

/** The names of the authors of work the user only co-authored: "Grace Hopper", "Grace Hopper and Alan Turing". */
function authorsOf(commits: readonly Commit[]): string {
  const names = [...new Set(commits.filter(c => !c.byUser).map(c => c.author.name || c.author.email))];
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and others`;
}

/** What a revert reverted, as a title: the quoted subject of `Revert "…"`, else its description. */
function revertedTitle(c: Commit): string {
  const quoted = /^Revert "(.*)"$/.exec(c.subject.trim())?.[1];
  return lowerFirst(titleFrom(quoted ?? c.description, c.tickets));
}

/** Unmerged local branches that got the user's commits in the window, one item each. */
export function branchesInProgress(input: GroupInput): InProgressItem[] {
  const byBranch = new Map<string, Commit[]>();
  for (const c of input.commits) {
    const b = input.branchOf.get(c.sha);
    if (!b) continue;
    const list = byBranch.get(b);
    if (list) list.push(c);
    else byBranch.set(b, [c]);
  }
  const items: InProgressItem[] = [];
  for (const [branch, commits] of [...byBranch].sort(([a], [b]) => compare(a, b))) {
    const newestFirst = [...commits].sort((a, b) => compare(b.authoredAt, a.authoredAt) || compare(a.sha, b.sha));
    const titled = newestFirst.find(c => !isFiller(c)) ?? newestFirst[0];
    const tickets = [...input.tickets(branch), ...commits.flatMap(c => c.tickets)];
    items.push({
      kind: 'branch',
      repository: input.repository,
      branch,
      commitCount: commits.length,
      lastCommitAt: newestFirst[0].authoredAt,
      title: titleFrom(titled.description, tickets),
      tickets: [...new Set(tickets)],
      commits: newestFirst.map(evidenceOf),
    });
  }
  return items;
}

/** A commit and its revert, both in the window, cancel out; the earliest pairs are matched first. */
export function cancelReverts(commits: Commit[]): Commit[] {
  const bySha = new Map(commits.map(c => [c.sha, c]));
  const gone = new Set<string>();
  for (const c of [...commits].sort((a, b) => (a.authoredAt < b.authoredAt ? -1 : a.authoredAt > b.authoredAt ? 1 : 0))) {
    if (!c.revertOf || gone.has(c.sha) || !bySha.has(c.revertOf) || gone.has(c.revertOf)) continue;
    gone.add(c.sha);
    gone.add(c.revertOf);
  }
  return commits.filter(c => !gone.has(c.sha));
}
