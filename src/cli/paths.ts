/** Where the CLI finds what ships beside it. */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './usage';

/** The built-in templates folder: `templates/` beside the nearest package.json above the running script. */
export function builtinTemplatesDir(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return join(dir, 'templates');
    if (dirname(dir) === dir) throw new Error(`built-in templates not found above ${from}`);
  }
}

/** The package version, read lazily (bundled into dist/cli.js). */
export function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  try { return (require('../../package.json') as { version: string }).version; } catch { return 'unknown'; }
}

/**
 * Where `worklog draft` keeps repository state between runs: $WORKLOG_CACHE_DIR, else the platform's
 * cache folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function cacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.WORKLOG_CACHE_DIR) return resolve(env.WORKLOG_CACHE_DIR);
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(home, '.cache');
  const base = platform === 'win32' ? join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'worklog', 'Cache')
    : platform === 'darwin' ? join(home, 'Library', 'Caches', 'worklog')
      : join(xdg, 'worklog');
  return join(base, 'repositories');
}

/** The user's templates folder from `--templates DIR`, resolved against the working directory; a missing folder is a usage error. */
export function userTemplatesDir(flag: string | undefined, cwd: string): string | undefined {
  if (flag === undefined) return undefined;
  if (!flag) throw new UsageError('--templates needs the path of your templates folder');
  const dir = resolve(cwd, flag);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--templates: no folder at ${dir}`);
  return dir;
}
