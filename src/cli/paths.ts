/** Where the CLI finds what ships beside it. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The built-in templates folder: `templates/` beside the nearest package.json above the running script. */
export function builtinTemplatesDir(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return join(dir, 'templates');
    if (dirname(dir) === dir) throw new Error(`built-in templates not found above ${from}`);
  }
}

/** The user's templates folder from `--templates DIR`, resolved against the working directory. */
export function userTemplatesDir(flag: string | undefined, cwd: string): string | undefined {
  return flag ? resolve(cwd, flag) : undefined;
}
