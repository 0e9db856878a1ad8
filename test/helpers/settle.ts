/**
 * Ages a repository's files as if nothing had changed lately: Work Log never caches a state read within
 * seconds of a change. No side effects on import, so the integration tests (inside the extension host) can use it.
 */
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { realNow } from '../../src/time/clock';

/** Moves every file and folder of `dir`'s .git, its .mailmap and the `extra` files and folders a minute into the past. */
export function settleRepository(dir: string, extra: readonly string[] = []): void {
  const past = new Date(realNow() - 60_000);
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p)) walk(join(p, name));
    utimesSync(p, past, past);
  };
  walk(join(dir, '.git'));
  for (const f of [join(dir, '.mailmap'), ...extra]) if (existsSync(f)) walk(f);
}
