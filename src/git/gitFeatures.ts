/** What the installed git can do, asked once per git binary: the newer options Work Log uses when they exist. */
import { runGit } from './gitClient';
import type { GitRunContext } from './gitClient';

/** Features of one git binary. */
export interface GitFeatures {
  version: string;
  /** GIT_CONFIG_COUNT/KEY/VALUE (git 2.31): config keys of any spelling, for switching filter drivers off. */
  configEnv: boolean;
  /** `--since-as-filter` (git 2.37): a date filter that visits every commit instead of stopping at the first older one. */
  sinceAsFilter: boolean;
}

const known = new Map<string, Promise<GitFeatures>>();

/** The features of `ctx.gitPath` (one `git --version` per binary and process). */
export function gitFeatures(ctx: GitRunContext): Promise<GitFeatures> {
  const key = ctx.gitPath ?? 'git';
  let features = known.get(key);
  if (!features) {
    features = runGit({ cwd: ctx.cwd, gitPath: ctx.gitPath, timeoutMs: ctx.timeoutMs }, ['--version']).then(featuresOf);
    // A failure is not remembered: the next scan asks again (git may have been installed meanwhile).
    features.catch(() => known.delete(key));
    known.set(key, features);
  }
  return features;
}

/** Features from `git --version` output ("git version 2.39.5", "git version 2.45.1.windows.1"). */
export function featuresOf(text: string): GitFeatures {
  const m = /git version (\d+)\.(\d+)/.exec(text);
  const [major, minor] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  const atLeast = (a: number, b: number) => major > a || (major === a && minor >= b);
  return { version: /git version (\S+)/.exec(text)?.[1] ?? text.trim(), configEnv: atLeast(2, 31), sinceAsFilter: atLeast(2, 37) };
}
