/** Keeps a copy of an unreadable journal file so nothing the user wrote is lost, once per damage. */
import { open, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileStamp } from './journalFiles';

/**
 * Copies `bytes` (the content just read from `path`) to `<name>.corrupt-<stamp>` unless an earlier
 * copy already holds the first `needed` bytes (the damaged part): a file that keeps growing by
 * appends after a bad line is copied once, not on every load. Returns the copy's path.
 * The original is never modified.
 */
export async function keepAside(path: string, bytes: Buffer, needed: number, now: Date): Promise<string> {
  const dir = dirname(path);
  const prefix = `${basename(path)}.corrupt-`;
  for (const name of (await readdir(dir)).filter(n => n.startsWith(prefix)).sort()) {
    const copy = await readFile(join(dir, name)).catch(() => undefined);
    if (copy && copy.length >= needed && copy.length <= bytes.length && bytes.subarray(0, copy.length).equals(copy)) {
      return join(dir, name);
    }
  }
  for (let n = 0; ; n++) {
    const aside = join(dir, `${prefix}${fileStamp(now)}${n === 0 ? '' : `-${n}`}`);
    try {
      const fh = await open(aside, 'wx');
      try { await fh.writeFile(bytes); await fh.sync(); } finally { await fh.close(); }
      return aside;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
