/** Where the benchmark keeps its data, and the hermetic environment every git it runs sees. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bumped whenever generated data would change; the cache lives in a folder named after it. */
export const GENERATOR_VERSION = 1;

/** The project root (bench/.. of the source tree; the bundle runs from bench/.data/build). */
export const ROOT = resolve(process.env.WORKLOG_ROOT ?? join(__dirname, '..', '..', '..'));

/** bench/.data: git-ignored, for generated data, tools and results. */
export const DATA = join(ROOT, 'bench', '.data');

/** The versioned cache folder of generated repositories and journal. */
export const CACHE = join(DATA, `v${GENERATOR_VERSION}`);

/** Points this process (and every child: git, the CLI, git-standup) at an empty git config and UTC. */
export function useHermeticEnv(): void {
  mkdirSync(DATA, { recursive: true });
  const config = join(DATA, 'gitconfig');
  // Written once: rewriting it would make it look freshly changed, and Work Log never caches repository
  // state read within seconds of a config change, which would time the first rows without their cache.
  if (!existsSync(config) || readFileSync(config, 'utf8') !== '') writeFileSync(config, '');
  process.env.GIT_CONFIG_GLOBAL = config;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  process.env.GIT_TERMINAL_PROMPT = '0';
  // "YYYY-MM-DD" means local midnight to the CLI; UTC makes it the same instant as for raw git.
  process.env.TZ = 'UTC';
  // The CLI's repository cache: in the data folder, emptied at every start, so each run begins cold.
  process.env.WORKLOG_CACHE_DIR = join(DATA, 'scratch', 'cli-cache');
  rmSync(process.env.WORKLOG_CACHE_DIR, { recursive: true, force: true });
  delete process.env.GIT_DIR;
  delete process.env.GIT_WORK_TREE;
}
