/** Which repositories Work Log reads: workspace folders (nested repos too) plus the include setting, minus exclude. */
import { homedir } from 'node:os';
import { basename, isAbsolute, resolve, sep } from 'node:path';
import type { WorkLogConfig } from '../config';
import type { GitAccess } from './gitAccess';

/** The repositories found, and how many workspace folders were searched. */
export interface RepositoryList {
  repositories: string[];
  folders: number;
}

/** Expands `~` and makes a path absolute against the first root (or the home folder). */
export function expandPath(p: string, base: string | undefined): string {
  const home = p === '~' || p.startsWith('~/') ? homedir() + p.slice(1) : p;
  return isAbsolute(home) ? resolve(home) : resolve(base ?? homedir(), home);
}

/** Whether a repository path is excluded: by a path (itself or below), or by a bare folder name. */
export function isExcluded(repo: string, exclude: readonly string[], base: string | undefined): boolean {
  return exclude.some(e => {
    if (!e.includes('/') && !e.includes('\\') && !e.startsWith('~')) return basename(repo) === e;
    const p = expandPath(e, base);
    return repo === p || repo.startsWith(p + sep);
  });
}

/** Discovers repositories once and caches them until refreshed or the folders or settings change. */
export class RepositoryService {
  private cache: { key: string; list: Promise<RepositoryList>; signal?: AbortSignal } | undefined;

  constructor(
    private readonly git: GitAccess,
    private readonly folders: () => string[],
  ) {}

  /** Forgets the cached list (Refresh, folder changes). */
  invalidate(): void {
    this.cache = undefined;
  }

  /** The repositories to read under the given config. */
  async list(config: WorkLogConfig, signal?: AbortSignal): Promise<RepositoryList> {
    const roots = this.folders();
    const key = JSON.stringify([roots, config.include, config.exclude, config.scanDepth, config.gitPath, config.allowForeignOwners]);
    if (this.cache?.key !== key) {
      const list = this.discover(roots, config, signal);
      this.cache = { key, list, signal };
      list.catch(() => {
        if (this.cache?.list === list) this.cache = undefined;
      });
    }
    const { list, signal: owner } = this.cache;
    try {
      return await list;
    } catch (error) {
      // The shared discovery was cancelled by the caller that started it, not by this one: run it again.
      if (owner?.aborted && owner !== signal && !signal?.aborted) return this.list(config, signal);
      throw error;
    }
  }

  private async discover(roots: string[], config: WorkLogConfig, signal?: AbortSignal): Promise<RepositoryList> {
    const base = roots[0];
    const included = config.include.map(p => expandPath(p, base));
    const searchRoots = [...new Set([...roots, ...included])];
    if (!searchRoots.length) return { repositories: [], folders: 0 };
    const found = await this.git.discover(searchRoots, {
      maxDepth: config.scanDepth,
      exclude: [...config.exclude],
      gitPath: config.gitPath,
      allowForeignOwners: config.allowForeignOwners,
      signal,
    });
    const repositories = [...new Set(found.map(r => resolve(r)))].filter(r => !isExcluded(r, config.exclude, base)).sort();
    return { repositories, folders: roots.length };
  }
}
