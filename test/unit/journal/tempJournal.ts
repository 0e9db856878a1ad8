/** Temporary journal folders for the store tests, removed after each test, and a controllable clock. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh empty folder under the system temp dir; removed by `cleanTempDirs`. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'worklog-journal-'));
  made.push(dir);
  return dir;
}

/** Removes every folder made so far (call from afterEach). */
export function cleanTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A clock that stands still until moved: `clock.now` for the store, `clock.set` to move it. */
export function settableClock(iso: string): { now: () => Date; set(iso: string): void } {
  let t = new Date(iso);
  return { now: () => new Date(t), set(next: string) { t = new Date(next); } };
}

/** Every file of a folder with its bytes, to prove that nothing was written. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = readFileSync(join(dir, name)).toString('base64');
  return out;
}

/** Path of the compiled child-process writer next to the compiled tests. */
export function writerScript(): string {
  return join(__dirname, 'fixtures', 'writer.js');
}
