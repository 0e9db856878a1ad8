/** Generates the benchmark repositories once (git fast-import, one process per repo) and caches them. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './env';
import { writeBackportHistory } from './backports';
import type { BackportSpec, BackportStats } from './backports';
import { writeHistory } from './history';
import type { HistorySpec, HistoryStats } from './history';
import { AUTHOR_WEIGHTS, AUTHORS, MEASURED, MEASURED_AUTHOR_INDEX } from './people';
import { Prng } from './prng';

/** The big repository, the Gerrit-style one with backports, and the folder holding the 50 small ones. */
export interface Repos {
  big: string;
  bigStats: HistoryStats;
  gerrit: string;
  gerritStats: BackportStats;
  smallRoot: string;
  small: string[];
  smallCommits: number;
}

const utc = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The 100,000-commit repository: 40 authors, 6 years, 300 branches. */
export const BIG_SPEC: HistorySpec = {
  seed: 20240601, commits: 100_000, authors: AUTHORS, weights: AUTHOR_WEIGHTS,
  start: utc('2020-01-02T08:00:00Z'), end: utc('2025-12-30T18:00:00Z'),
  branches: 300, unmerged: 49, files: 1500,
  scopes: ['api', 'auth', 'billing', 'search', 'ui', 'db', 'jobs', 'mail', 'admin', 'reports', 'cache', 'cli',
    'sdk', 'infra', 'docs', 'i18n', 'payments', 'profile', 'notifications', 'uploads', 'audit', 'flags',
    'gateway', 'metrics', 'onboarding'],
  ticketProjects: ['API', 'WEB', 'OPS', 'PAY', 'SRCH', 'CORE'],
  org: 'acme',
};

/** One of the 50 small repositories: 200-2,000 commits over one year, 8 authors including the measured one. */
export function smallSpec(i: number): HistorySpec {
  const rng = new Prng(7000 + i);
  const team = new Set<number>([MEASURED_AUTHOR_INDEX]);
  while (team.size < 8) team.add(rng.int(0, AUTHORS.length - 1));
  const members = [...team];
  return {
    seed: 9000 + i, commits: rng.int(200, 2000),
    authors: members.map(k => AUTHORS[k]), weights: members.map(k => AUTHOR_WEIGHTS[k]),
    start: utc('2025-01-02T08:00:00Z'), end: utc('2025-12-30T18:00:00Z'),
    branches: rng.int(4, 12), unmerged: 2, files: rng.int(60, 200),
    scopes: ['core', 'api', 'ui', 'docs', 'build', 'tests'],
    ticketProjects: [`S${String(i).padStart(2, '0')}`],
    org: 'acme',
  };
}

/** The Gerrit-style repository: 20,000 changes over two years, quarterly stable branches, backports. */
export const GERRIT_SPEC: BackportSpec = {
  seed: 20250301, commits: 20_000, authors: AUTHORS.slice(0, 16), weights: AUTHOR_WEIGHTS.slice(0, 16), maintainer: AUTHORS[1],
  start: utc('2024-01-02T08:00:00Z'), end: utc('2025-12-30T18:00:00Z'),
};

/** Makes one repository from a spec with a single `git fast-import` process fed as a stream. */
export async function makeRepo(dir: string, spec: HistorySpec): Promise<HistoryStats> {
  return makeStreamRepo(dir, write => writeHistory(spec, write));
}

/** Makes one repository with a single `git fast-import` process fed the stream `writer` writes. */
async function makeStreamRepo<T>(dir: string, writer: (write: (chunk: string) => Promise<void>) => Promise<T>): Promise<T> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  git('init', '-q', '-b', 'main');
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((res, rej) => { child.on('error', rej); child.on('close', res); });
  const stats = await writer(chunk => new Promise<void>((res, rej) => {
    child.stdin.write(chunk, err => (err ? rej(err) : res()));
  }));
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import failed in ${dir} (exit ${code})`);
  if (git('for-each-ref', 'refs/bench/tmp').trim()) git('update-ref', '-d', 'refs/bench/tmp');
  git('reset', '-q', '--hard', 'main');
  git('config', 'user.name', MEASURED.name);
  git('config', 'user.email', MEASURED.email);
  return stats;
}

/** Returns the cached repositories, generating whatever is missing (a marker file means "complete"). */
export async function ensureRepos(log: (s: string) => void): Promise<Repos> {
  const big = join(CACHE, 'big');
  const bigMarker = join(CACHE, 'big.done.json');
  let bigStats: HistoryStats;
  if (existsSync(bigMarker)) bigStats = JSON.parse(readFileSync(bigMarker, 'utf8')) as HistoryStats;
  else {
    log('generating the 100,000-commit repository (git fast-import)…');
    const t = performance.now();
    bigStats = await makeRepo(big, BIG_SPEC);
    writeFileSync(bigMarker, JSON.stringify(bigStats));
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(bigStats)}`);
  }
  const smallRoot = join(CACHE, 'repos');
  const smallMarker = join(CACHE, 'repos.done.json');
  const small = Array.from({ length: 50 }, (_, i) => join(smallRoot, `service-${String(i + 1).padStart(2, '0')}`));
  let smallCommits: number;
  if (existsSync(smallMarker)) smallCommits = (JSON.parse(readFileSync(smallMarker, 'utf8')) as { commits: number }).commits;
  else {
    log('generating 50 small repositories…');
    const t = performance.now();
    rmSync(smallRoot, { recursive: true, force: true });
    smallCommits = 0;
    for (let i = 0; i < small.length; i++) smallCommits += (await makeRepo(small[i], smallSpec(i + 1))).commits;
    writeFileSync(smallMarker, JSON.stringify({ commits: smallCommits }));
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s: ${smallCommits} commits`);
  }
  const gerrit = join(CACHE, 'gerrit');
  const gerritMarker = join(CACHE, 'gerrit.done.json');
  let gerritStats: BackportStats;
  if (existsSync(gerritMarker)) gerritStats = JSON.parse(readFileSync(gerritMarker, 'utf8')) as BackportStats;
  else {
    log('generating the Gerrit-style repository with stable branches and backports…');
    const t = performance.now();
    gerritStats = await makeStreamRepo(gerrit, write => writeBackportHistory(GERRIT_SPEC, write));
    writeFileSync(gerritMarker, JSON.stringify(gerritStats));
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(gerritStats)}`);
  }
  return { big, bigStats, gerrit, gerritStats, smallRoot, small, smallCommits };
}
