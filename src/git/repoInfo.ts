/**
 * What mining needs to know about a repository before walking it (where it is, its identity and
 * filter config, its branches), cached per repository and reused until HEAD, a ref, any config file
 * git read (included ones too), the working tree's `.mailmap` or a `.git` between the folder and the
 * repository's top changes on disk: the extension mines the same repositories again and again. The same RepoInfo object is returned for as long as nothing changed,
 * and what is derived from it is cached in it (`results`). With a StateCache, both are also kept on
 * disk (stateStore.ts), so a new process starts from them while the repository is unchanged.
 */
import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { realNow } from '../time/clock';
import { runGit } from './gitClient';
import type { GitRunContext } from './gitClient';
import { filterDriverOf } from './filterDrivers';
import { parseRefs, REFS_ARGS } from './refs';
import type { Refs } from './refs';
import { loadState, saveState } from './stateStore';
import type { StateCache, StoredInfo } from './stateStore';
import type { RepositoryResult } from './types';

/** A repository as mining starts from it. */
export interface RepoInfo {
  toplevel: string;
  shallow: boolean;
  /** HEAD's commit; undefined in an empty repository. */
  headSha?: string;
  /** `user.email` from the config git sees here (empty when unset). */
  emails: string[];
  /** `mailmap.file` or `mailmap.blob` is set: who is who may change without any file this cache watches changing. */
  mailmapConfigured: boolean;
  /** A partial clone (a promisor remote): blobs may be missing, and reading one would fetch it. */
  partialClone: boolean;
  /** Bytes in the object store's packs when it was read: a hint of how much history a walk may meet. */
  packBytes: number;
  refs: Refs;
  /** Results mining derived from this state, by window, name, authors and ticket patterns. */
  results: Map<string, RepositoryResult>;
}

/** Where a repository's state lives on disk: what its stamp is taken of. */
export interface Place {
  gitDir: string;
  commonDir: string;
  /** Config files git read (or would read: include targets), and a `.git` in each folder from the given one up to the top. */
  watched: string[];
}

interface Cached {
  key: string;
  stamp: string;
  place: Place;
  info: RepoInfo;
}

// Files whose change can change RepoInfo were written this recently: their mtime may not move on a
// second write within the file system's timestamp resolution, so such a state is never cached.
const RACY_MS = 2_000;
const MAX_ENTRIES = 256;
const cache = new Map<string, Cached>();
const entries = new WeakMap<RepoInfo, Cached>();

/** How many times `repoInfo` answered from memory, from the StateCache on disk, or from git, for tests. */
export const repoInfoStats = { hits: 0, stored: 0, misses: 0 };

/** Forgets every cached repository (tests, or a host that knows better). */
export function clearRepoInfoCache(): void {
  cache.clear();
}

/**
 * The repository at `ctx.cwd`: while HEAD, refs and config are unchanged, from memory or else from `store`
 * on disk; otherwise from git (3 calls in parallel).
 */
export async function repoInfo(ctx: GitRunContext, store?: StateCache): Promise<RepoInfo> {
  return (await readRepo(ctx, store)).info;
}

/**
 * Like repoInfo, with the repository's common git folder (what its linked worktrees share: objects and refs);
 * when the state was read from git just now (not from a cache), also the names of the filter drivers its
 * config lists: as fresh as a read right before `git status`, and one git process fewer.
 */
export async function readRepo(ctx: GitRunContext, store?: StateCache): Promise<{ info: RepoInfo; commonDir: string; filterDrivers?: string[] }> {
  const key = cacheKey(ctx);
  const hit = cache.get(key);
  if (hit) {
    if (safeStamp(hit.info.toplevel, hit.place)?.stamp === hit.stamp) {
      repoInfoStats.hits++;
      return { info: hit.info, commonDir: hit.place.commonDir };
    }
    cache.delete(key);
  }
  const stored = store && fromStore(store, key);
  if (stored) {
    repoInfoStats.stored++;
    remember(stored);
    return { info: stored.info, commonDir: stored.place.commonDir };
  }
  repoInfoStats.misses++;
  const before = realNow();
  const [top, configText, refsText] = await allOrFirstError([
    runGit(ctx, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--absolute-git-dir', '--git-common-dir', '--revs-only', 'HEAD']),
    runGit(ctx, ['config', '-z', '--show-origin', '--list']),
    runGit(ctx, [...REFS_ARGS]),
  ]);
  const [toplevel, shallow, gitDir, commonDirText, headSha] = top.split('\n').map(l => l.trim());
  if (!toplevel) throw new Error(`not a git repository: ${ctx.cwd}`);
  const config = parseConfig(configText, toplevel);
  const place: Place = { gitDir, commonDir: resolve(ctx.cwd, commonDirText || gitDir), watched: [...config.files, ...gitEntriesBelow(resolve(ctx.cwd), toplevel)] };
  const info: RepoInfo = {
    toplevel, shallow: shallow === 'true', ...(headSha ? { headSha } : {}),
    emails: config.emails, mailmapConfigured: config.mailmapConfigured, partialClone: config.partialClone,
    packBytes: packBytesIn(place.commonDir), refs: parseRefs(refsText), results: new Map(),
  };
  const now = safeStamp(toplevel, place);
  if (now && before - now.newest > RACY_MS) remember({ key, stamp: now.stamp, place, info });
  return { info, commonDir: place.commonDir, filterDrivers: config.filterDrivers };
}

/** The stored state for `key` when its stamp still matches; any file that does not read back as one is a miss. */
function fromStore(store: StateCache, key: string): Cached | undefined {
  try {
    const stored = loadState(store, key);
    if (!stored || safeStamp(stored.info.toplevel, stored.place)?.stamp !== stored.stamp) return undefined;
    const info: RepoInfo = {
      ...stored.info, refs: { ...stored.info.refs, branches: new Map(stored.info.refs.branches), tags: new Map(stored.info.refs.tags) }, results: new Map(stored.results),
    };
    return { key, stamp: stored.stamp, place: stored.place, info };
  } catch {
    return undefined;
  }
}

function remember(entry: Cached): void {
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(entry.key, entry);
  entries.set(entry.info, entry);
}

/**
 * Writes the state `info` was read from, with its results, to `store`; nothing when that state was
 * never cached (its files were changing as it was read) or is no longer current.
 */
export async function saveRepoState(info: RepoInfo, store: StateCache): Promise<void> {
  const entry = entries.get(info);
  if (!entry || cache.get(entry.key) !== entry) return;
  // Every field but the Maps is plain JSON; the Maps are stored as entry lists.
  const { results, refs, ...plain } = info;
  const stored: StoredInfo = { ...plain, refs: { ...refs, branches: [...refs.branches], tags: [...refs.tags] } };
  await saveState(store, { key: entry.key, stamp: entry.stamp, place: entry.place, info: stored, results: [...results] });
}

/** The stamp, or undefined when the folders cannot be read (then nothing is cached). */
function safeStamp(toplevel: string, place: Place): { stamp: string; newest: number } | undefined {
  try {
    return stampOf(toplevel, place);
  } catch {
    return undefined;
  }
}

/**
 * A `.git` in each folder from `cwd` up to (not including) the repository's top: `git init` in one of them
 * makes `cwd` another repository. Without `top` on the way up (a path through a symbolic link), every folder up to the root.
 */
function gitEntriesBelow(cwd: string, top: string): string[] {
  const out: string[] = [];
  for (let dir = cwd; dir !== top && out.length < 64; dir = dirname(dir)) {
    out.push(join(dir, '.git'));
    if (dirname(dir) === dir) break;
  }
  return out;
}

function cacheKey(ctx: GitRunContext): string {
  const env = process.env;
  return [resolve(ctx.cwd), ctx.gitPath ?? 'git', ctx.allowForeignOwners ? 'foreign' : '', env.GIT_CONFIG_GLOBAL ?? '', env.GIT_CONFIG_NOSYSTEM ?? '',
    env.XDG_CONFIG_HOME ?? '', env.HOME ?? ''].join('\0');
}

/**
 * Identity (inode, size, mtime) of everything RepoInfo is read from; and the newest mtime among them.
 * Synchronous on purpose: a few dozen `stat` calls take well under a millisecond, far less than as many
 * round trips through the thread pool, and this check runs before every scan.
 */
function stampOf(toplevel: string, { gitDir, commonDir, watched }: Place): { stamp: string; newest: number } {
  const env = process.env;
  const globals = env.GIT_CONFIG_GLOBAL
    ? [env.GIT_CONFIG_GLOBAL]
    : [join(homedir(), '.gitconfig'), join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'git', 'config')];
  const files = [
    join(gitDir, 'HEAD'), join(gitDir, 'config.worktree'), join(gitDir, 'commondir'), join(commonDir, 'config'), join(commonDir, 'packed-refs'),
    join(commonDir, 'shallow'), join(commonDir, 'info', 'grafts'), join(commonDir, 'refs', 'replace'),
    join(toplevel, '.mailmap'),
    ...globals,
    ...(env.GIT_CONFIG_NOSYSTEM ? [] : ['/etc/gitconfig']),
    ...refDirs(join(commonDir, 'refs', 'heads')),
    // A fetch writes remote-tracking refs under refs/remotes/<remote>/… (and packs them into packed-refs).
    ...refDirs(join(commonDir, 'refs', 'remotes')),
    ...watched,
  ];
  let newest = 0;
  // The top's `.git`: a file (`gitdir: …`) names the repository, so its content matters; a folder's mtime
  // moves with every lock file git makes in it, so only that it is a folder does.
  const dotGit = statSync(join(toplevel, '.git'), { throwIfNoEntry: false });
  const top = !dotGit ? '-' : dotGit.isDirectory() ? 'dir' : `${dotGit.ino}:${dotGit.size}:${dotGit.mtimeMs}`;
  if (dotGit?.isFile()) newest = dotGit.mtimeMs;
  const parts = files.map(f => {
    const s = statSync(f, { throwIfNoEntry: false });
    if (!s) return '-';
    newest = Math.max(newest, s.mtimeMs);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  });
  return { stamp: `${top}|${parts.join('|')}`, newest };
}

/** A refs folder and every folder below it: a ref update renames a file in one of them, which moves its mtime. */
function refDirs(dir: string): string[] {
  const out = [dir];
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) if (e.isDirectory()) out.push(...refDirs(join(dir, e.name)));
  return out;
}

/** The total size of the `.pack` files under `objects/pack` (0 when there are none or they cannot be read). */
function packBytesIn(commonDir: string): number {
  const dir = join(commonDir, 'objects', 'pack');
  try {
    return readdirSync(dir).filter(n => n.endsWith('.pack')).reduce((sum, n) => sum + (statSync(join(dir, n), { throwIfNoEntry: false })?.size ?? 0), 0);
  } catch {
    return 0;
  }
}

/**
 * From `config -z --show-origin --list`: emails from `user.email`, whether a mailmap is configured, whether
 * this is a partial clone, the filter drivers it names, and
 * the config files to watch: every file
 * an entry came from, and every file an `include.path`/`includeIf.*.path` names (it may not exist yet).
 */
function parseConfig(text: string, toplevel: string): { emails: string[]; mailmapConfigured: boolean; partialClone: boolean; files: string[]; filterDrivers: string[] } {
  const emails: string[] = [];
  const filterDrivers = new Set<string>();
  const files = new Set<string>();
  let mailmapConfigured = false;
  let partialClone = false;
  const tokens = text.split('\0');
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const origin = tokens[i].startsWith('file:') ? resolve(toplevel, tokens[i].slice('file:'.length)) : undefined;
    const entry = tokens[i + 1];
    const nl = entry.indexOf('\n');
    const rawKey = nl < 0 ? entry : entry.slice(0, nl);
    const key = rawKey.toLowerCase();
    const driver = filterDriverOf(rawKey);
    if (driver !== undefined) filterDrivers.add(driver);
    const value = nl < 0 ? '' : entry.slice(nl + 1);
    if (origin) files.add(origin);
    if (key === 'user.email') emails.splice(0, emails.length, value);
    if (/^mailmap\.(file|blob)$/.test(key)) mailmapConfigured = true;
    if (key === 'extensions.partialclone' || (/^remote\..*\.promisor$/s.test(key) && value.toLowerCase() === 'true')) partialClone = true;
    if (/^include(if\..*)?\.path$/.test(key) && value) {
      const target = value.startsWith('~/') ? join(homedir(), value.slice(2)) : value;
      files.add(isAbsolute(target) ? target : resolve(origin ? dirname(origin) : toplevel, target));
    }
  }
  return { emails, mailmapConfigured, partialClone, files: [...files], filterDrivers: [...filterDrivers] };
}

/** Like Promise.all, but waits for every call, so a later failure cannot hide the first one's clearer message. */
export async function allOrFirstError<T extends readonly unknown[]>(calls: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(calls);
  const failed = settled.find(s => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map(s => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
