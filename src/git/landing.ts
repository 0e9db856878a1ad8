/**
 * Landing branches: where work counts as done. The default branch, local and its upstream remote-tracking
 * branch (a local `main` is often stale while `origin/main`, after the last fetch, holds merged work), and
 * the release and maintenance branches that match the landing patterns, local or remote-tracking.
 */
import type { BranchRef, Refs } from './refs';

/**
 * The default landing patterns (`worklog.landingBranches`, `--landing-branch`): globs over whole branch names
 * (without the remote), where `*` is any run of characters but `/` and `[0-9]` one digit. A topic branch such as
 * `release-notes-fix` matches none of them.
 */
export const DEFAULT_LANDING_PATTERNS: readonly string[] = [
  'stable', 'stable/*', 'release/*', 'release-[0-9]*', 'maint', 'maint-*', 'branch-[0-9]*', '[0-9]*.x', '[0-9]*.[0-9]*.x', 'v[0-9]*',
];

/** Remotes whose copy of the default branch counts even when the local one follows another (a fork's `upstream`). */
const DEFAULT_REMOTES = ['origin', 'upstream'];

/** One ref on which work counts as landed. */
export interface LandingRef {
  ref: string;
  /** The branch name shown to the user: `main`, `stable/2025.1`. */
  name: string;
  tip: string;
  /** The tip's committer time, seconds. */
  time: number;
  /** A ref of the default branch (local or remote-tracking). */
  isDefault: boolean;
}

/**
 * A glob (see DEFAULT_LANDING_PATTERNS) as an anchored regular expression: `*` and `?` stay within a path
 * segment, `**` crosses them (a leading `**` plus slash also matches nothing); throws a clear Error, naming `what`, on a bad one.
 */
export function globToRegExp(glob: string, what = 'branch pattern'): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) throw new Error(`invalid ${what} '${glob}': '[' without ']'`);
      const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = close;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch (e) {
    throw new Error(`invalid ${what} '${glob}': ${(e as Error).message}`);
  }
}

/** Whether a branch name matches any of the patterns (compiled once). */
export function branchMatcher(patterns: readonly string[]): (name: string) => boolean {
  const regexps = patterns.map(p => globToRegExp(p));
  return name => regexps.some(re => re.test(name));
}

/** The landing refs of a repository: its default branch's and those matching `patterns`. */
export function landingRefs(refs: Refs, defaultBranch: string | undefined, patterns: readonly string[]): LandingRef[] {
  const matches = branchMatcher(patterns);
  const local = defaultBranch ? refs.all.find(b => !b.remote && b.name === defaultBranch) : undefined;
  const isDefault = (b: BranchRef) => !!defaultBranch && b.name === defaultBranch
    && (!b.remote || b.ref === local?.upstream || DEFAULT_REMOTES.includes(b.remote) || !local);
  const out: LandingRef[] = [];
  for (const b of refs.all) {
    const onDefault = isDefault(b);
    if (onDefault || matches(b.name)) out.push({ ref: b.ref, name: b.name, tip: b.tip, time: b.time, isDefault: onDefault });
  }
  return out;
}
