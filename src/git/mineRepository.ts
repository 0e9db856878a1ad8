/**
 * Mines one repository with few git processes, whatever the number of commits (see history.ts): what does not
 * change between calls (toplevel, identity, branches) comes from a cache checked against HEAD, refs, config and
 * .mailmap on disk. The result is kept for as long as that state is valid (in memory, and on disk with a
 * StateCache), so an unchanged repository costs only its `status` the next time, in this process or the next.
 */
import { stat } from 'node:fs/promises';
import { filterDriversOff } from './filterDrivers';
import { describeGitError, runGit } from './gitClient';
import type { GitRunContext } from './gitClient';
import { clearWalkRates, mineHistory } from './history';
import { clearKnownStats } from './numstat';
import { parseStatus, pickDefaultBranch, STATUS_ARGS } from './refs';
import { clearRepoInfoCache, readRepo, saveRepoState } from './repoInfo';
import type { StateCache } from './stateStore';
import type { TicketMatcher } from './tickets';
import type { InProgressItem, Person, RepositoryReport, RepositoryResult, TimeWindow } from './types';

/** How to mine one repository. */
export interface RepositoryMineOptions {
  window: TimeWindow;
  /** Extra author emails (any case). */
  authors: readonly string[];
  tickets: TicketMatcher;
  /** Identifies the ticket patterns `tickets` was made from (results are cached per patterns). */
  ticketKey: string;
  /** Landing branch patterns (see landing.ts). */
  landingPatterns: readonly string[];
  /** Integration branch patterns (see longLived.ts). */
  integrationPatterns: readonly string[];
  isBot: (p: Person) => boolean;
  /** Identifies the bot patterns `isBot` was made from (results are cached per patterns). */
  botKey: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  gitPath?: string;
  /** Where results are also kept between processes (see stateStore.ts). */
  cache?: StateCache;
  /** Read the repository though another user owns it (see GitRunContext). */
  allowForeignOwners?: boolean;
  /** Tops of other work trees of this repository (linked worktrees) whose uncommitted changes are read too. */
  workTrees?: readonly string[];
}

/** How many repository results were reused (the repository unchanged since they were found), for tests. */
export const resultStats = { reused: 0 };

/** Forgets everything learned about repositories in this process (cached repository state and results, line counts, walk sizes). */
export function clearMiningCaches(): void {
  clearRepoInfoCache();
  clearKnownStats();
  clearWalkRates();
}

/** Minings under way, by what decides their result: a second caller (a draft while a scan runs) shares the first's. */
const inFlight = new Map<string, Promise<RepositoryResult>>();

/** Mines one repository; never throws: failures become `report.error`. */
export async function mineRepository(path: string, name: string, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const key = JSON.stringify([path, name, options.window.since.getTime(), options.window.until.getTime(), options.authors, options.ticketKey,
    options.landingPatterns, options.integrationPatterns, options.botKey, options.gitPath ?? '', options.timeoutMs ?? 0, options.cache?.dir ?? '', !!options.allowForeignOwners, options.workTrees ?? []]);
  const running = inFlight.get(key);
  if (running) {
    const shared = await untilAborted(running, options.signal);
    if (!shared) {
      const report: RepositoryReport = { path, name, commitCount: 0, warnings: [] };
      return fail(report, `cancelled while reading ${path}`, { report, accomplishments: [], inProgress: [], merged: [], reviewed: [], authors: [] });
    }
    // A result the first caller's cancel cut short is not this caller's: it mines for itself.
    if (!(shared.report.error?.startsWith('cancelled') && !options.signal?.aborted)) return structuredClone(shared);
  }
  const mining = mineAlone(path, name, options);
  inFlight.set(key, mining);
  try {
    return await mining;
  } finally {
    if (inFlight.get(key) === mining) inFlight.delete(key);
  }
}

async function mineAlone(path: string, name: string, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const report: RepositoryReport = { path, name, commitCount: 0, warnings: [] };
  const empty = (): RepositoryResult => ({ report, accomplishments: [], inProgress: [], merged: [], reviewed: [], authors: [] });
  try {
    const info = await stat(path).catch(() => undefined);
    if (!info) return fail(report, `path does not exist: ${path}`, empty());
    if (!info.isDirectory()) return fail(report, `not a folder: ${path}`, empty());
    return await scan(path, report, options);
  } catch (error) {
    return fail(report, describeGitError(error, path), empty());
  }
}

/** `promise`'s value, or undefined as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise(resolve => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(v => {
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    });
  });
}

function fail(report: RepositoryReport, message: string, result: RepositoryResult): RepositoryResult {
  report.error = message;
  return result;
}

async function scan(path: string, report: RepositoryReport, options: RepositoryMineOptions): Promise<RepositoryResult> {
  const base: GitRunContext = { cwd: path, gitPath: options.gitPath, timeoutMs: options.timeoutMs, signal: options.signal, allowForeignOwners: options.allowForeignOwners };
  const { info, filterDrivers } = await readRepo(base, options.cache);
  const { refs, headSha } = info;
  const ctx: GitRunContext = { ...base, cwd: info.toplevel };
  if (refs.current) report.head = refs.current;
  const defaultBranch = pickDefaultBranch(refs, refs.current);
  if (defaultBranch) report.defaultBranch = defaultBranch;
  if (info.shallow) report.warnings.push('shallow clone: older history is missing, so older work may not be found');
  if (info.partialClone) report.warnings.push('partial clone: line counts and patch comparisons need file contents that are not here, so they are left out (nothing is fetched)');
  const configured = new Set([...options.authors, ...info.emails].map(e => e.trim().toLowerCase()).filter(Boolean));
  if (configured.size === 0) report.warnings.push('no user.email is set here and no author was given, so no commit can be counted as yours');
  const inProgress: InProgressItem[] = [];
  // The one call that reads a work tree, so the one that could run a filter driver: they are read fresh and switched off.
  // Each work tree has its own (a linked worktree may have config of its own): this one's are known from `readRepo`.
  const statusOf = async (workTree: string, fresh?: readonly string[]) => {
    const at: GitRunContext = { ...ctx, cwd: workTree };
    const off = await filterDriversOff(at, fresh);
    if (!off) {
      report.warnings.push('uncommitted changes are not read: this git is older than 2.31, which filter drivers could not be switched off in');
      return;
    }
    const tree = parseStatus(await runGit({ ...at, extraConfig: off }, [...STATUS_ARGS]));
    if (tree.staged + tree.modified + tree.untracked > 0) {
      inProgress.push({ kind: 'uncommitted', repository: report.name, ...(workTree === ctx.cwd ? {} : { workTree }),
        staged: tree.staged, modified: tree.modified, untracked: tree.untracked });
    }
  };
  const status = async () => {
    await statusOf(ctx.cwd, filterDrivers);
    for (const workTree of options.workTrees ?? []) await statusOf(workTree);
  };
  if (refs.branches.size === 0 && !headSha) {
    await status();
    report.warnings.push('empty repository: no commits yet');
    return { report, accomplishments: [], inProgress, merged: [], reviewed: [], authors: [...configured] };
  }

  // History is immutable: while HEAD, refs, config and .mailmap are unchanged (so while `info` is the same object, the
  // default branch included), the same window, name, ticket patterns and authors give the same result.
  const key = [options.window.since.getTime(), options.window.until.getTime(), report.name, options.ticketKey,
    JSON.stringify(options.landingPatterns), JSON.stringify(options.integrationPatterns), options.botKey, ...[...configured].sort()].join('\0');
  const known = info.mailmapConfigured ? undefined : info.results.get(key);
  if (known) {
    resultStats.reused++;
    await status();
    const copy = structuredClone(known);
    return { ...copy, inProgress: [...copy.inProgress, ...inProgress] };
  }
  const result = await mineHistory(ctx, options, info, report, configured, defaultBranch, status);
  if (!info.mailmapConfigured) {
    if (info.results.size >= MAX_RESULTS_PER_STATE) info.results.delete(info.results.keys().next().value as string);
    info.results.set(key, structuredClone(result));
    if (options.cache) await saveRepoState(info, options.cache);
  }
  return { ...result, inProgress: [...result.inProgress, ...inProgress] };
}

/** Results kept per repository state (windows × names × author sets × ticket and landing patterns). */
const MAX_RESULTS_PER_STATE = 8;
