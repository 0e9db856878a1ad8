/** Crash-safe appends: one complete line per `write()` on an O_APPEND descriptor, then fsync. */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { isCompleteJson, TORN_MARK } from './logRecord';

const TAIL = 512 * 1024;

/**
 * What must precede a new line so it is not glued to an unterminated last line: nothing when the
 * file ends with a newline; a newline when the last line is complete JSON (valid or not: an invalid one
 * stays a line the reader reports, and the user can still fix); else, a line really cut short, the torn mark.
 */
async function repairPrefix(fh: FileHandle): Promise<string> {
  const { size } = await fh.stat();
  if (size === 0) return '';
  const last = Buffer.alloc(1);
  await fh.read(last, 0, 1, size - 1);
  if (last[0] === 10) return '';
  const start = Math.max(0, size - TAIL);
  const tail = Buffer.alloc(size - start);
  await fh.read(tail, 0, tail.length, start);
  const segment = tail.subarray(tail.lastIndexOf(10) + 1).toString('utf8');
  return isCompleteJson(segment.trim()) ? '\n' : TORN_MARK + '\n';
}

/**
 * Appends `line` (which ends with "\n") to `path`, creating the file. Concurrent appenders never
 * interleave: each line is a single write on an O_APPEND descriptor. Resolves once it is on disk.
 */
export async function appendLine(path: string, line: string): Promise<void> {
  const fh = await open(path, 'a+');
  try {
    const data = Buffer.from((await repairPrefix(fh)) + line, 'utf8');
    const { bytesWritten } = await fh.write(data, 0, data.length, null);
    if (bytesWritten !== data.length) throw new Error(`short write to ${path} (${bytesWritten} of ${data.length} bytes; disk full?)`);
    await fh.datasync();
  } finally {
    await fh.close();
  }
}
