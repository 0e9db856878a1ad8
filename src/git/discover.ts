/** Finding repositories at and below workspace folders, and whether git can be run at all. */
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { runGit } from './gitClient';

/** How far and where discovery looks. */
export interface DiscoverOptions {
  /** Folder levels below each root searched for nested repositories (default 4). */
  maxDepth?: number;
  /** Folder names, or absolute paths, never searched (`node_modules` and `.git` never are). */
  exclude?: string[];
  signal?: AbortSignal;
  gitPath?: string;
  timeoutMs?: number;
  /** Find repositories owned by another user too (see GitRunContext). */
  allowForeignOwners?: boolean;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** Repositories at or below the roots (nested ones too), skipping node_modules and git-ignored folders. */
export async function discoverRepositories(roots: string[], options: DiscoverOptions = {}): Promise<string[]> {
  const maxDepth = options.maxDepth ?? 4;
  const excluded = new Set((options.exclude ?? []).map(e => e.trim()).filter(Boolean));
  const isExcluded = (dir: string, name: string) => excluded.has(name) || excluded.has(dir);
  const found = new Set<string>();
  for (const root of roots.map(r => resolve(r))) {
    options.signal?.throwIfAborted();
    const top = await toplevel(root, options);
    if (top) found.add(top);
    const nested: string[] = [];
    await walk(root, 0);
    for (const repo of await dropIgnored(top, nested, options)) found.add(repo);

    async function walk(dir: string, depth: number): Promise<void> {
      if (depth > 0 && (await isRepository(dir))) nested.push(dir);
      if (depth >= maxDepth) return;
      options.signal?.throwIfAborted();
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (!e.isDirectory() || ALWAYS_SKIPPED.has(e.name)) continue;
        const child = join(dir, e.name);
        if (!isExcluded(child, e.name)) await walk(child, depth + 1);
      }
    }
  }
  return [...found].sort();
}

/** A folder holding `.git` (a folder, or a file as in worktrees and submodules). */
async function isRepository(dir: string): Promise<boolean> {
  const info = await lstat(join(dir, '.git')).catch(() => undefined);
  return !!info && (info.isDirectory() || info.isFile());
}

/** The top of the repository `dir` is in, or undefined when it is in none. */
async function toplevel(dir: string, options: DiscoverOptions): Promise<string | undefined> {
  try {
    const out = (await runGit({ cwd: dir, gitPath: options.gitPath, timeoutMs: options.timeoutMs, signal: options.signal, allowForeignOwners: options.allowForeignOwners }, ['rev-parse', '--show-toplevel'])).trim();
    return out ? resolve(out) : undefined;
  } catch {
    options.signal?.throwIfAborted();
    return undefined;
  }
}

/** Nested repositories minus those inside a folder the outer repository ignores (one git call). */
async function dropIgnored(outer: string | undefined, nested: string[], options: DiscoverOptions): Promise<string[]> {
  const inside = outer ? nested.filter(n => n !== outer && n.startsWith(outer + sep)) : [];
  if (!outer || inside.length === 0) return nested;
  // Every folder on the way down, so a repository inside an ignored folder is caught too.
  const folders = new Set<string>();
  for (const n of inside) {
    const parts = relative(outer, n).split(sep);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/') + '/');
  }
  let ignored: Set<string>;
  try {
    // One path per line (`-z` needs --stdin, which simple-git cannot feed); odd names come back quoted and are kept.
    const ctx = { cwd: outer, gitPath: options.gitPath, timeoutMs: options.timeoutMs, signal: options.signal, allowForeignOwners: options.allowForeignOwners, extraConfig: [['core.quotePath', 'false']] as const };
    const out = await runGit(ctx, ['check-ignore', '--no-index', '--', ...folders]);
    ignored = new Set(out.split('\n').filter(Boolean));
  } catch {
    options.signal?.throwIfAborted();
    return nested;
  }
  return nested.filter(n => {
    if (!inside.includes(n)) return true;
    const parts = relative(outer, n).split(sep);
    return !parts.some((_, i) => ignored.has(parts.slice(0, i + 1).join('/') + '/'));
  });
}

/** The installed git's version, or undefined when git cannot be run. */
export async function gitVersion(gitPath = 'git'): Promise<string | undefined> {
  try {
    const out = await runGit({ cwd: process.cwd(), gitPath, timeoutMs: 10_000 }, ['--version']);
    return /git version (\S+)/.exec(out)?.[1] ?? (out.trim() || undefined);
  } catch {
    return undefined;
  }
}
