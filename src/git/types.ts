/** Shared shapes of the git mining layer. Plain data: safe to serialise as JSON. */
import type { StateCache } from './stateStore';

/** A person as git knows them (after .mailmap). */
export interface Person {
  name: string;
  email: string;
}

/** A half-open time window: `since` inclusive, `until` exclusive; Done is dated by when work landed, in progress by author or committer date. */
export interface TimeWindow {
  since: Date;
  until: Date;
  /** Human label naming the days included, e.g. "last week (Nov 23 – 29, 2026)" or "Aug 1 – 22, 2026"; never an ISO instant. */
  label: string;
}

/** One non-merge commit of the user's (authored, or co-authored), parsed from `git log`. */
export interface Commit {
  /** Full 40-hex SHA. */
  sha: string;
  parents: string[];
  author: Person;
  /** The user wrote it (else the user is only a co-author). */
  byUser: boolean;
  /** Author date, ISO 8601 UTC (`Date#toISOString`). */
  authoredAt: string;
  /** Committer date, ISO 8601 UTC. */
  committedAt: string;
  /** When it landed (see history.ts), ISO; undefined for work that has not landed. */
  landedAt?: string;
  /** The landing branch it landed on (without remote); for a change's representative, every branch a copy landed on. */
  landedOn?: string;
  /** Gerrit's `Change-Id:` trailer. */
  changeId?: string;
  /** Commits named by `(cherry picked from commit …)` lines. */
  pickedFrom?: string[];
  /** For a backport: the earlier commit of the same change, landed before the window. */
  backportOf?: string;
  /** The version a release commit releases ("release version 3.1.3", a version-bump commit a tag points at). */
  release?: string;
  /** Its author is a bot or a machine identity (see bots.ts). */
  bot?: boolean;
  subject: string;
  body: string;
  insertions: number;
  deletions: number;
  files: number;
  /** Lines added and removed outside lockfiles, vendored and generated files (see paths.ts); pure renames count 0. */
  meaningfulLines?: number;
  /** The part of the code it touched most (see paths.ts). */
  area?: string;
  /** Every file it changed was of this routine kind. */
  only?: RoutineFiles;
  /** People from `Co-authored-by:` trailers (other than the user). */
  coAuthors: Person[];
  /** Ticket ids found in subject/body where a ticket goes (see tickets.ts), e.g. `ABC-123`, `#42`, in order, unique. */
  tickets: string[];
  /** Security advisories it names: `CVE-2024-1234`, `GHSA-xxxx-xxxx-xxxx`. */
  advisories: string[];
  /** Conventional type, when the subject names one (`feat:`, numpy's `ENH:` as feat, `MNT:` as chore; see subject.ts). */
  type?: string;
  /** The part of the project it is in: the Conventional Commit scope (`fix(ui):`), else the subsystem prefix (`pack-objects:`). */
  scope?: string;
  /** Where the scope came from. */
  scopeSource?: ScopeSource;
  /** The subsystem prefix of the subject (`net/http`, `drm/i915`, `ASoC: SOF`, `[compiler]`), even beside a conventional scope. */
  subsystem?: string;
  breaking: boolean;
  /** Subject without tags (`[pr]`, `[skip ci]`), type and subsystem prefixes, fixup!/squash!/amend! markers and trailing "(#N)". */
  description: string;
  /** For `fixup!`/`squash!`/`amend!` commits: the subject they target. */
  fixupOf?: string;
  /** A work-in-progress commit ("WIP", "wip:", "[wip]"). */
  wip: boolean;
  /** For a revert: the full SHA it reverts (from "This reverts commit X."). */
  revertOf?: string;
  /** Pull request number from a squash subject ending in "(#N)". */
  pullRequest?: number;
}

/** Where a scope came from: a Conventional Commit scope, or a subsystem prefix (`pack-objects: …`). */
export type ScopeSource = 'conventional' | 'prefix';

/** A routine kind of file (see paths.ts). */
export type RoutineFiles = 'test' | 'docs' | 'ci' | 'lockfile';

/** Commit summary kept as evidence inside an accomplishment. */
export interface CommitEvidence {
  sha: string;
  shortSha: string;
  subject: string;
  author: Person;
  authoredAt: string;
  /** The landing branch this commit landed on, and when (landed work only; a squashed branch's commits land with their squash). */
  landedOn?: string;
  landedAt?: string;
  /** Gerrit's `Change-Id:` trailer. */
  changeId?: string;
  /**
   * Another commit of the same change, whose lines count instead of this one's: this is a copy of it on another
   * branch (a backport, a rebase-merge), or a commit of a branch that was squash-merged as it.
   */
  copyOf?: string;
  insertions: number;
  deletions: number;
  files: number;
}

/** A group of commits told to a manager as one line. */
export interface Accomplishment {
  /** Stable id: repository name + grouping key (e.g. "api:pr:42", "api:ticket:ABC-1"). */
  id: string;
  /** Written for a manager: PR title, or the most significant subject without its type prefix. */
  title: string;
  /** Repository name (see RepositoryReport.name). */
  repository: string;
  tickets: string[];
  pullRequest?: number;
  type?: string;
  /** The part of the project it is in (its most significant commit's scope). */
  scope?: string;
  scopeSource?: ScopeSource;
  branch?: string;
  breaking: boolean;
  coAuthors: Person[];
  /** Every commit of it, copies included (each copy names the commit whose lines count). */
  commits: CommitEvidence[];
  /** Lines and files of its changes, each counted once. */
  insertions: number;
  deletions: number;
  files: number;
  /** Latest author date of its commits, ISO. */
  lastAuthoredAt: string;
  /** When it landed: the earliest landing of its changes, ISO. */
  landedAt: string;
  /** The landing branches its commits and their copies landed on, the default branch first. */
  landedOn: string[];
  /** `author` when the user wrote any of its commits; `co-author` when the user only co-authored them. */
  role: 'author' | 'co-author';
  /** For a backport of work landed before the window: the earlier commit. */
  backportOf?: string;
  /** Security advisories its commits name. */
  advisories: string[];
  /** Lines of its changes outside lockfiles, vendored and generated files, each counted once (see paths.ts). */
  meaningfulLines: number;
  /** The part of the code its commits touched most. */
  area?: string;
  /** Every commit of it changed only files of this routine kind. */
  only?: RoutineFiles;
  /** Every commit of it is by a bot. */
  bot: boolean;
  /** The version it released. */
  release?: string;
}

/** A merge the user made into a landing branch in the window, bringing in other people's commits. */
export interface MergedWork {
  /** The pull request's title, or the merge's subject. */
  title: string;
  pullRequest?: number;
  /** The authors of the commits it brought in (the user left out). */
  authors: Person[];
  sha: string;
  repository: string;
  /** Every author is a bot: a dependency update, counted apart. */
  bot: boolean;
}

/** A landed commit by someone else whose review trailer names the user. */
export interface ReviewedWork {
  title: string;
  author: Person;
  /** The trailer that names the user: "Reviewed-by", "Acked-by", "Tested-by" or "Helped-by". */
  trailer: string;
  sha: string;
  repository: string;
}

/** Work not finished: an unmerged branch with commits in the window, or uncommitted changes. */
export type InProgressItem =
  | {
      kind: 'branch';
      repository: string;
      branch: string;
      /** The user's commits on the branch (not on the default branch) within the window. */
      commitCount: number;
      lastCommitAt: string;
      /** Title derived like an accomplishment's (latest significant subject). */
      title: string;
      tickets: string[];
      /** The user's commits counted in commitCount. */
      commits: CommitEvidence[];
    }
  | {
      kind: 'uncommitted';
      repository: string;
      /** The top of the work tree these changes are in, when it is not the repository's path (a linked worktree of it). */
      workTree?: string;
      staged: number;
      modified: number;
      untracked: number;
    };

/** What happened to one repository during a scan. */
export interface RepositoryReport {
  /** Absolute path as given (resolved). */
  path: string;
  /** Display name: folder basename, made unique among the scanned repositories. */
  name: string;
  commitCount: number;
  /** Current branch, or undefined when HEAD is detached / the repo is empty. */
  head?: string;
  defaultBranch?: string;
  /** Set when the repository could not be read; one clear sentence. */
  error?: string;
  /** Non-fatal notes, e.g. "shallow clone: history before 2026-01-01 is missing". */
  warnings: string[];
  /** The other paths given for this same repository (a linked worktree, a folder inside it, a symbolic link to it), resolved: it is read once, under `path`. */
  aliases?: string[];
}

/** One repository's share of a mining result. */
export interface RepositoryResult {
  report: RepositoryReport;
  accomplishments: Accomplishment[];
  inProgress: InProgressItem[];
  merged: MergedWork[];
  reviewed: ReviewedWork[];
  /** Emails counted as the user here, lower-cased. */
  authors: string[];
}

/** Options of one mining run. Host access is passed in as plain values. */
export interface MineOptions {
  repositories: string[];
  window: TimeWindow;
  /** Extra author emails; each repo's `user.email` is always included. */
  authors: string[];
  /** Ticket id regular expressions (source strings); default `[A-Z][A-Z0-9]+-\d+` and `#\d+`. */
  ticketPatterns?: string[];
  /** Max repositories scanned at once (default: one per CPU, at least 4, at most 16). */
  concurrency?: number;
  /** Landing branch patterns (globs; see landing.ts), the default branch always included. */
  landingPatterns?: string[];
  /** Integration branch patterns (globs) besides `next`, `seen`, `develop`…: long-lived branches that never name work. */
  integrationPatterns?: string[];
  /** Bot patterns (globs over name or email) besides the known bots. */
  botPatterns?: string[];
  /** Per git call timeout in ms (default 30 000). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Path to the git binary (default "git"). */
  gitPath?: string;
  /** Where repository state and results are kept between processes; none when unset. */
  cache?: StateCache;
  /** Read repositories owned by another user too (off: git refuses them, whatever `safe.directory` says). */
  allowForeignOwners?: boolean;
  /** Told how many repositories are read of how many: once before the first (0), then as each one finishes. */
  onProgress?: (done: number, total: number) => void;
}

/** Result of mining: the git half of a draft. */
export interface MiningResult {
  window: TimeWindow;
  /** Every email counted as the user, lower-cased, sorted. */
  authors: string[];
  repositories: RepositoryReport[];
  accomplishments: Accomplishment[];
  inProgress: InProgressItem[];
  /** Merges of other people's work the user made, and reviews of it (see othersWork.ts). */
  merged: MergedWork[];
  reviewed: ReviewedWork[];
  /** The user's non-merge commits told (Done, copies included, and in progress; reverted pairs removed). */
  commitCount: number;
}
