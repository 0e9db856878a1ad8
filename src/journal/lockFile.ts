/** An exclusive lock on a journal folder (O_EXCL lock file) for the rare whole-file rewrites. */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { realNow } from '../time/clock';
import { LOCK_FILE } from './journalFiles';

/** A lock older than this is taken over even if its owner cannot be checked (another host). */
const STALE_MS = 60_000;
const RETRY_MS = 25;

interface LockInfo {
  pid: number;
  host: string;
  at: string;
  token: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(info: LockInfo | undefined, mtimeMs: number): boolean {
  if (info && info.host === hostname() && !alive(info.pid)) return true;
  return realNow() - mtimeMs > STALE_MS;
}

async function readLock(path: string): Promise<{ info?: LockInfo; mtimeMs: number } | undefined> {
  try {
    const fh = await open(path, 'r');
    try {
      const [text, st] = [await fh.readFile('utf8'), await fh.stat()];
      try { return { info: JSON.parse(text) as LockInfo, mtimeMs: st.mtimeMs }; } catch { return { mtimeMs: st.mtimeMs }; }
    } finally { await fh.close(); }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Moves a stale lock away; if what moved was a fresh lock taken meanwhile, puts it back. */
async function breakStale(path: string, stale: LockInfo | undefined): Promise<void> {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try { await rename(path, aside); } catch { return; }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (stale && !moved.includes(stale.token)) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/**
 * Runs `fn` holding the folder's lock; waits up to `timeoutMs` for another holder, takes over a
 * lock whose process is gone (same host) or older than a minute, and always releases it.
 */
export async function withLock<T>(dir: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), at: new Date(realNow()).toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      try { await fh.writeFile(JSON.stringify(info)); } finally { await fh.close(); }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = await readLock(path);
    if (held && isStale(held.info, held.mtimeMs)) {
      await breakStale(path, held.info).catch(() => undefined);
      continue;
    }
    if (performance.now() > deadline) {
      const who = held?.info ? `process ${held.info.pid} on ${held.info.host} since ${held.info.at}` : 'another process';
      throw new Error(`The journal in ${dir} is locked by ${who}. If no Work Log is running, delete ${path}.`);
    }
    await new Promise(r => setTimeout(r, RETRY_MS));
  }
  try {
    return await fn();
  } finally {
    const now = await readLock(path);
    if (now?.info?.token === info.token) await unlink(path).catch(() => undefined);
  }
}
