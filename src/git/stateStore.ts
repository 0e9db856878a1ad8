/**
 * Repository state kept on disk between processes (each `worklog` run, each new VS Code window): a
 * repository's RepoInfo and the per-repository results drafts derived from it, valid for exactly as
 * long as its stamp (HEAD, refs, config, `.mailmap` on disk) is unchanged. One small JSON file per
 * repository, written whole and renamed into place, so concurrent writers never leave a torn file; a
 * file that cannot be read, or was written by another version, is a miss and is replaced. It holds
 * only what the repository itself holds (branch names, the user's commit subjects) and stays on this machine.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepositoryResult } from './types';

/** Where repository state is kept between processes, and the version of the code whose results it holds. */
export interface StateCache {
  dir: string;
  /** Results are only reused by the same version of Work Log (grouping and wording change between versions). */
  version: string;
}

/** What is stored for one repository (maps as entry lists). */
export interface StoredState {
  key: string;
  stamp: string;
  gitDir: string;
  commonDir: string;
  info: StoredInfo;
  results: [string, RepositoryResult][];
}

/** RepoInfo as JSON. */
export interface StoredInfo {
  toplevel: string;
  shallow: boolean;
  headSha?: string;
  emails: string[];
  neutralise: string[];
  mailmapConfigured: boolean;
  packBytes: number;
  refs: { branches: [string, string][]; originHead?: string; current?: string };
}

/** Bumped when the file's layout changes. */
const FORMAT = 1;
/** Files kept at most; beyond it the least recently written go. */
const MAX_FILES = 500;

function fileOf(cache: StateCache, key: string): string {
  return join(cache.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

/** The stored state for `key`, or undefined when there is none that this version can use. Synchronous: one small file, read once per repository and process. */
export function loadState(cache: StateCache, key: string): StoredState | undefined {
  let text: string;
  try {
    text = readFileSync(fileOf(cache, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; version?: unknown; state?: StoredState };
    const s = data.state;
    if (data.format !== FORMAT || data.version !== cache.version || !s || s.key !== key) return undefined;
    if (typeof s.stamp !== 'string' || typeof s.gitDir !== 'string' || typeof s.commonDir !== 'string') return undefined;
    if (typeof s.info?.toplevel !== 'string' || !Array.isArray(s.info.refs?.branches) || !Array.isArray(s.info.emails) || !Array.isArray(s.info.neutralise)) return undefined;
    if (!Array.isArray(s.results) || !s.results.every(isStoredResult)) return undefined;
    return s;
  } catch {
    return undefined;
  }
}

function isStoredResult(entry: unknown): boolean {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string') return false;
  const r = entry[1] as Partial<RepositoryResult> | undefined;
  return !!r && typeof r.report === 'object' && Array.isArray(r.accomplishments) && Array.isArray(r.inProgress) && Array.isArray(r.authors);
}

const pruned = new Set<string>();

/** Writes the state (never throws: the store is only a shortcut, and a failed write is a later miss). */
export async function saveState(cache: StateCache, state: StoredState): Promise<void> {
  const file = fileOf(cache, state.key);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(cache.dir, { recursive: true, mode: 0o700 });
    await writeFile(temp, JSON.stringify({ format: FORMAT, version: cache.version, state }), { mode: 0o600 });
    await rename(temp, file);
  } catch {
    await unlink(temp).catch(() => undefined);
    return;
  }
  if (!pruned.has(cache.dir)) {
    pruned.add(cache.dir);
    await prune(cache.dir).catch(() => undefined);
  }
}

/** Keeps the folder at MAX_FILES state files (once per process and folder), and removes temporary files left by a killed writer. */
async function prune(dir: string): Promise<void> {
  const names = await readdir(dir);
  const stale = Date.now() - 3600_000;
  const files = await Promise.all(names.map(async name => ({ name, mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  const leftovers = files.filter(f => f.name.endsWith('.tmp') && f.mtime < stale);
  const states = files.filter(f => f.name.endsWith('.json')).sort((a, b) => b.mtime - a.mtime);
  await Promise.all([...leftovers, ...states.slice(MAX_FILES)].map(f => unlink(join(dir, f.name)).catch(() => undefined)));
}

/** Removes every stored state (Work Log: Refresh). */
export async function clearStates(cache: StateCache): Promise<void> {
  const names = await readdir(cache.dir).catch(() => [] as string[]);
  await Promise.all(names.filter(n => n.endsWith('.json')).map(n => unlink(join(cache.dir, n)).catch(() => undefined)));
}
