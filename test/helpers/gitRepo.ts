/**
 * Builds real, hermetic temporary git repositories for tests: fixed identity, pinned author and
 * committer dates, an empty global config and no system config. Importing this module also points
 * the current process (and so every git it spawns, including the code under test) at that empty
 * global config, so a developer's own ~/.gitconfig never leaks into a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { settleRepository } from './settle';

const sandbox = mkdtempSync(join(tmpdir(), 'worklog-test-'));
const emptyGlobalConfig = join(sandbox, 'gitconfig');
writeFileSync(emptyGlobalConfig, '');
process.env.GIT_CONFIG_GLOBAL = emptyGlobalConfig;
process.env.GIT_CONFIG_NOSYSTEM = '1';
process.env.GIT_TERMINAL_PROMPT = '0';
// The CLI keeps repository state between runs; never in the real user's cache folder.
process.env.WORKLOG_CACHE_DIR = join(sandbox, 'cache');
delete process.env.GIT_DIR;
delete process.env.GIT_WORK_TREE;
process.on('exit', () => rmSync(sandbox, { recursive: true, force: true }));

/** The identity every test repository uses unless a commit says otherwise. */
export const ME = { name: 'Ada Lovelace', email: 'ada@example.com' } as const;

export interface CommitOptions {
  /** Full message: subject, blank line, body (trailers included). May be a Buffer for non-UTF-8 bytes. */
  message: string | Buffer;
  /** Files to write (relative path -> content) before committing; default: one file changed per commit. */
  files?: Record<string, string>;
  /** Author date, e.g. "2026-11-20T10:00:00+01:00". Committer date defaults to the same. */
  date?: string;
  committerDate?: string;
  author?: { name: string; email: string };
  /** Allow a commit with no changes. */
  allowEmpty?: boolean;
}

/** A temporary repository and the operations tests need on it. */
export interface TempRepo {
  readonly dir: string;
  /** Runs git in the repo with pinned dates; returns trimmed stdout. */
  git(args: string[], opts?: { date?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): string;
  /** Writes files (creating folders) and commits them; returns the full SHA. */
  commit(opts: CommitOptions): string;
  write(path: string, content: string): void;
}

let counter = 0;
const DEFAULT_DATE = '2026-11-16T10:00:00+00:00';

/** Creates an empty repository (branch `main`) in a new temp folder, configured as ME. */
export function makeTempRepo(name = 'repo', opts: { init?: boolean } = {}): TempRepo {
  const dir = join(mkdtempSync(join(sandbox, 'r-')), name);
  mkdirSync(dir, { recursive: true });
  const run = (args: string[], o: { date?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) => {
    const date = o.date ?? DEFAULT_DATE;
    return execFileSync('git', args, {
      cwd: dir,
      input: o.input,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, ...o.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8').trim();
  };
  if (opts.init !== false) {
    run(['init', '-q', '-b', 'main']);
    run(['config', 'user.name', ME.name]);
    run(['config', 'user.email', ME.email]);
    run(['config', 'commit.gpgsign', 'false']);
  }
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  return {
    dir,
    git: run,
    write,
    commit(c) {
      const files = c.files ?? (c.allowEmpty ? {} : { [`file-${++counter}.txt`]: `change ${counter}\n` });
      for (const [p, content] of Object.entries(files)) write(p, content);
      if (Object.keys(files).length) run(['add', '-A']);
      const author = c.author ?? ME;
      const date = c.date ?? DEFAULT_DATE;
      run(['commit', '-q', '--no-verify', ...(c.allowEmpty ? ['--allow-empty'] : []), '-F', '-'], {
        date,
        input: c.message,
        env: {
          GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email,
          GIT_COMMITTER_DATE: c.committerDate ?? date,
        },
      });
      return run(['rev-parse', 'HEAD']);
    },
  };
}

/** A temp folder that is not a repository. */
export function makeTempDir(name = 'dir'): string {
  const dir = join(mkdtempSync(join(sandbox, 'd-')), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Ages the repository's .git, its .mailmap, the global config and `extra` files a minute into the past (see settleRepository). */
export function settle(repo: TempRepo, extra: readonly string[] = []): void {
  settleRepository(repo.dir, [...(process.env.GIT_CONFIG_GLOBAL ? [process.env.GIT_CONFIG_GLOBAL] : []), ...extra]);
}
