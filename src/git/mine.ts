/** Mining entry point: every repository in parallel (bounded), merged into one result. */
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { botMatcher } from './bots';
import { branchMatcher, DEFAULT_LANDING_PATTERNS } from './landing';
import { mineRepository } from './mineRepository';
import { sortAccomplishments } from './group';
import { mapBounded } from './pool';
import { groupByRepository } from './sameRepository';
import { DEFAULT_TICKET_PATTERNS, ticketMatcher } from './tickets';
import type { MiningResult, MineOptions, RepositoryResult } from './types';

/** Mines every repository in parallel (bounded); one repo's failure is reported in its RepositoryReport. */
export async function mine(options: MineOptions): Promise<MiningResult> {
  const patterns = options.ticketPatterns ?? DEFAULT_TICKET_PATTERNS;
  const tickets = ticketMatcher(patterns);
  const ticketKey = JSON.stringify(patterns);
  const landingPatterns = options.landingPatterns ?? DEFAULT_LANDING_PATTERNS;
  const integrationPatterns = options.integrationPatterns ?? [];
  branchMatcher([...landingPatterns, ...integrationPatterns]);
  const botPatterns = options.botPatterns ?? [];
  const isBot = botMatcher(botPatterns);
  const paths = [...new Set(options.repositories.map(p => resolve(p)))];
  // Every running git call listens for the one cancel signal: many at once is expected, not a leak.
  if (options.signal) setMaxListeners(0, options.signal);
  const limit = Math.max(1, options.concurrency ?? defaultConcurrency());
  const git = { gitPath: options.gitPath, timeoutMs: options.timeoutMs, signal: options.signal, allowForeignOwners: options.allowForeignOwners };
  const repositories = await groupByRepository(paths, git, options.cache, limit);
  const names = uniqueNames(repositories.map(r => r.path));
  let done = 0;
  options.onProgress?.(done, repositories.length);
  const results = await mapBounded(repositories, limit, async (repository, i) => {
    const result = await mineRepository(repository.path, names[i], {
      window: options.window, authors: options.authors, tickets, ticketKey, landingPatterns, integrationPatterns, isBot, botKey: JSON.stringify(botPatterns),
      ...git, cache: options.cache, workTrees: repository.workTrees,
    });
    if (repository.aliases.length) {
      result.report.aliases = repository.aliases;
      result.report.warnings.push(`also given as ${repository.aliases.join(', ')}: the same repository, read once`);
    }
    options.onProgress?.(++done, repositories.length);
    return result;
  });
  return merge(options, results);
}

/**
 * Repositories mined at once when the caller does not say: one per CPU, but at least 4 (each repository's
 * git processes also wait on pipes and disk; 4 measured faster than 2 on a 2-CPU machine) and at most 16.
 */
export function defaultConcurrency(): number {
  return Math.min(16, Math.max(4, availableParallelism()));
}

function merge(options: MineOptions, results: RepositoryResult[]): MiningResult {
  const authors = new Set(options.authors.map(a => a.trim().toLowerCase()).filter(Boolean));
  for (const r of results) for (const a of r.authors) authors.add(a);
  return {
    window: options.window,
    authors: [...authors].sort(),
    repositories: results.map(r => r.report),
    accomplishments: sortAccomplishments(results.flatMap(r => r.accomplishments)),
    inProgress: results.flatMap(r => r.inProgress),
    merged: results.flatMap(r => r.merged),
    reviewed: results.flatMap(r => r.reviewed),
    commitCount: results.reduce((n, r) => n + r.report.commitCount, 0),
  };
}

/** Display names: folder basenames, with the parent folder added where two repositories share one. */
export function uniqueNames(paths: readonly string[]): string[] {
  const names = paths.map(p => basename(p) || p);
  const counts = (list: string[]) => list.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  let c = counts(names);
  const withParent = names.map((n, i) => (c.get(n)! > 1 ? `${basename(dirname(paths[i]))}/${n}` : n));
  c = counts(withParent);
  const seen = new Map<string, number>();
  return withParent.map(n => {
    if (c.get(n)! === 1) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}
