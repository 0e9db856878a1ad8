/**
 * Repository state kept on disk between processes (each `worklog` run, each new VS Code window): a
 * repository's RepoInfo and the per-repository results drafts derived from it, valid for exactly as
 * long as its stamp (HEAD, refs, config files, `.mailmap` on disk) is unchanged. One small JSON file per
 * repository, written whole and renamed into place, so concurrent writers never leave a torn file; a
 * file that cannot be read, has another shape, or was written by another build is a miss and is
 * replaced. It holds only what the repository itself holds (branch names, the user's commit subjects)
 * and stays on this machine. A folder that someone else owns, or that others may write to, is never
 * used: what is read from it decides which git options run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { realNow } from '../time/clock';
import type { Place, RepoInfo } from './repoInfo';
import type { RepositoryResult } from './types';

/** Where repository state is kept between processes, and the version of the code whose results it holds. */
export interface StateCache {
  dir: string;
  /** Results are only reused by the same version (and build) of Work Log: grouping and wording change between them. */
  version: string;
}

/** What is stored for one repository (maps as entry lists). */
export interface StoredState {
  key: string;
  stamp: string;
  place: Place;
  info: StoredInfo;
  results: [string, RepositoryResult][];
}

/** RepoInfo as JSON: its Maps as entry lists, its results beside it. */
export type StoredInfo = Omit<RepoInfo, 'refs' | 'results'> & { refs: Omit<RepoInfo['refs'], 'branches' | 'tags'> & { branches: [string, string][]; tags: [string, string][] } };

/** Bumped when the file's layout changes. */
const FORMAT = 6;
/** State files kept at most; beyond it the least recently written go, as do files not written for MAX_AGE_MS. */
const MAX_FILES = 500;
const MAX_AGE_MS = 60 * 24 * 3600_000;
/** The only names this store creates, and so the only ones it ever deletes. */
const STATE_NAME = /^[0-9a-f]{32}\.json$/;
const TEMP_NAME = /^[0-9a-f]{32}\.json\.\d+\.[0-9a-z]+\.tmp$/;

function fileOf(cache: StateCache, key: string): string {
  return join(cache.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

let build: string | undefined;
/** This build of the code: a rebuilt bundle (a development build, an update) never reuses another's results. */
function buildOf(cache: StateCache): string {
  if (build === undefined) {
    try {
      const s = statSync(__filename);
      build = `${s.size}:${s.mtimeMs}`;
    } catch {
      build = 'unknown';
    }
  }
  return `${cache.version}+${build}`;
}

/** Whether the folder is the user's own and no one else may write to it (always true where there are no uids). */
function isPrivate(dir: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  const s = statSync(dir, { throwIfNoEntry: false });
  return !!s && s.isDirectory() && s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

/** The stored state for `key`, or undefined when there is none that this build can use. Synchronous: one small file, read once per repository and process. */
export function loadState(cache: StateCache, key: string): StoredState | undefined {
  if (!isPrivate(cache.dir)) return undefined;
  let text: string;
  try {
    text = readFileSync(fileOf(cache, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; build?: unknown; state?: StoredState };
    const s = data.state;
    return data.format === FORMAT && data.build === buildOf(cache) && s?.key === key && isStoredState(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const everyOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);

function isStoredState(s: StoredState): boolean {
  const { place, info, results } = s as unknown as Record<string, Record<string, unknown>>;
  return isString(s.stamp) && isObject(place) && isString(place.gitDir) && isString(place.commonDir) && everyOf(place.watched, isString)
    && isObject(info) && isString(info.toplevel) && typeof info.shallow === 'boolean' && (info.headSha === undefined || isString(info.headSha))
    && everyOf(info.emails, isString)
    && typeof info.mailmapConfigured === 'boolean' && typeof info.partialClone === 'boolean' && typeof info.packBytes === 'number' && isObject(info.refs)
    && everyOf(info.refs.branches, e => everyOf(e, isString) && (e as unknown[]).length === 2)
    && everyOf(info.refs.tags, e => everyOf(e, isString) && (e as unknown[]).length === 2)
    && everyOf(info.refs.all, b => isObject(b) && isString(b.ref) && isString(b.name) && isString(b.tip) && typeof b.time === 'number'
      && (b.remote === undefined || isString(b.remote)) && (b.upstream === undefined || isString(b.upstream)))
    && (info.refs.originHead === undefined || isString(info.refs.originHead)) && (info.refs.current === undefined || isString(info.refs.current))
    && everyOf(results, e => Array.isArray(e) && e.length === 2 && isString(e[0]) && isStoredResult(e[1]));
}

function isStoredResult(r: unknown): boolean {
  if (!isObject(r) || !isObject(r.report)) return false;
  const { report } = r;
  return isString(report.path) && isString(report.name) && typeof report.commitCount === 'number' && everyOf(report.warnings, isString)
    && everyOf(r.authors, isString)
    && everyOf(r.accomplishments, a => isObject(a) && isString(a.id) && isString(a.title) && everyOf(a.commits, isObject) && everyOf(a.tickets, isString))
    && everyOf(r.inProgress, i => isObject(i) && isString(i.kind) && isString(i.repository));
}

const pruned = new Set<string>();

/** Writes the state (never throws: the store is only a shortcut, and a failed write is a later miss). */
export async function saveState(cache: StateCache, state: StoredState): Promise<void> {
  const file = fileOf(cache, state.key);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(cache.dir, { recursive: true, mode: 0o700 });
    if (!isPrivate(cache.dir)) return;
    await writeFile(temp, JSON.stringify({ format: FORMAT, build: buildOf(cache), state }), { mode: 0o600 });
    await rename(temp, file);
  } catch {
    await unlink(temp).catch(() => undefined);
    return;
  }
  if (!pruned.has(cache.dir)) {
    pruned.add(cache.dir);
    // Not awaited: housekeeping, once per process and folder, need not delay a draft.
    prune(cache.dir).catch(() => undefined);
  }
}

/** Keeps at most MAX_FILES state files, none older than MAX_AGE_MS, and removes temporary files left by a killed writer. */
async function prune(dir: string): Promise<void> {
  const now = realNow();
  const names = (await readdir(dir)).filter(n => STATE_NAME.test(n) || TEMP_NAME.test(n));
  const files = await Promise.all(names.map(async name => ({ name, mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  const states = files.filter(f => STATE_NAME.test(f.name)).sort((a, b) => b.mtime - a.mtime);
  const gone = [
    ...files.filter(f => TEMP_NAME.test(f.name) && f.mtime < now - 3600_000),
    ...states.filter((f, i) => i >= MAX_FILES || f.mtime < now - MAX_AGE_MS),
  ];
  await Promise.all(gone.map(f => unlink(join(dir, f.name)).catch(() => undefined)));
}

/** Removes every stored state (Work Log: Refresh); nothing else in the folder. */
export async function clearStates(cache: StateCache): Promise<void> {
  const names = await readdir(cache.dir).catch(() => [] as string[]);
  await Promise.all(names.filter(n => STATE_NAME.test(n)).map(n => unlink(join(cache.dir, n)).catch(() => undefined)));
}
