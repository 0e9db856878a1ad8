/** The extension's one door to git: nothing runs in a restricted workspace, and every run is counted. */
import { discoverRepositories, gitVersion } from '../git/discover';
import { mine } from '../git/mine';
import { clearMiningCaches } from '../git/mineRepository';
import { clearStates } from '../git/stateStore';
import type { StateCache } from '../git/stateStore';
import { showCommit } from '../git/showCommit';
import type { MineOptions, MiningResult } from '../git/types';

/** How Show Commit runs git: which binary, and whether a repository owned by another user may be read. */
export interface ShowOptions {
  gitPath: string;
  allowForeignOwners: boolean;
}

/** Thrown instead of running git when the workspace is not trusted. */
export class RestrictedModeError extends Error {
  constructor() {
    super('Work Log does not run git in Restricted Mode. Trust this workspace to see your activity.');
  }
}

/** Wraps the git core so the host can refuse in Restricted Mode and tests can count calls into git. */
export class GitAccess {
  private runs = 0;

  /** `cache`: where repository state is kept between sessions (the extension's global storage). */
  constructor(private readonly isTrusted: () => boolean, private readonly cache?: StateCache) {}

  /** How many git operations were started since activation (for the test API). */
  get runCount(): number {
    return this.runs;
  }

  private enter(): void {
    if (!this.isTrusted()) throw new RestrictedModeError();
    this.runs++;
  }

  /** The installed git's version, or undefined when it cannot be run. */
  async version(gitPath: string): Promise<string | undefined> {
    this.enter();
    return gitVersion(gitPath);
  }

  /** Repositories at or below the roots. */
  async discover(roots: string[], options: { maxDepth: number; exclude: string[]; gitPath: string; allowForeignOwners: boolean; signal?: AbortSignal }): Promise<string[]> {
    this.enter();
    return discoverRepositories(roots, options);
  }

  /** Mines the repositories for the window. */
  async mine(options: MineOptions): Promise<MiningResult> {
    this.enter();
    return mine({ ...options, cache: this.cache });
  }

  /** Forgets every repository's cached state and results, in memory and on disk. */
  async forgetCaches(): Promise<void> {
    clearMiningCaches();
    if (this.cache) await clearStates(this.cache);
  }

  /** One commit as text (`git show --stat --patch`), for the read-only commit document. */
  async show(repository: string, sha: string, options: ShowOptions): Promise<string> {
    this.enter();
    return showCommit(repository, sha, options);
  }
}
