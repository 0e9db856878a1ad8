/**
 * The data the team history is made of: the people, the six subsystems, the subject templates filler
 * commits are drawn from, the pull requests, and the hand-written commits that tests look for.
 * Days count back from the history's end: day 0 is its last (a Friday), day 5 and 6 a weekend, and so on.
 */
import { ME } from '../gitRepo';

/** An author or committer, with the UTC offset shown in their dates. */
export interface Who {
  name: string;
  email: string;
  tz: string;
}

export const ADA: Who = { ...ME, tz: '+0000' };
export const COLLEAGUES: readonly Who[] = [
  { name: 'Grace Hopper', email: 'grace@example.com', tz: '-0500' },
  { name: 'Alan Turing', email: 'alan@example.com', tz: '+0100' },
  { name: 'Katherine Johnson', email: 'katherine@example.com', tz: '-0500' },
  { name: 'Edsger Dijkstra', email: 'edsger@example.com', tz: '+0100' },
];
export const [GRACE, ALAN, KATHERINE] = COLLEAGUES;
export const RENOVATE: Who = { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com', tz: '+0000' };
/** The committer of squash merges made on GitHub. */
export const GITHUB: Who = { name: 'GitHub', email: 'noreply@github.com', tz: '+0000' };

/** The top folders under src/, each with the things its commits are about. */
export const SUBSYSTEMS: Record<string, readonly string[]> = {
  search: ['query parser', 'ranking', 'index builder', 'autocomplete', 'facets', 'synonyms', 'highlighting', 'pagination cursor', 'stop words', 'fuzzy matcher', 'result cache', 'tokenizer'],
  billing: ['invoice totals', 'proration', 'tax rates', 'payment retries', 'refunds', 'coupon codes', 'currency rounding', 'billing portal', 'usage meter', 'dunning emails', 'plan upgrades', 'receipts'],
  auth: ['session refresh', 'password reset', 'SSO login', 'MFA enrolment', 'token expiry', 'login throttling', 'OAuth callback', 'role checks', 'API keys', 'audit log', 'remember-me cookie', 'SAML metadata'],
  export: ['CSV export', 'PDF renderer', 'archive builder', 'export queue', 'column mapping', 'large exports', 'scheduled exports', 'export progress', 'XLSX writer', 'download links', 'export filters', 'zip streaming'],
  ui: ['settings page', 'data table', 'date picker', 'toast messages', 'dark mode', 'sidebar', 'placeholder screens', 'keyboard shortcuts', 'modal focus', 'loading skeletons', 'breadcrumbs', 'form validation'],
  api: ['rate limiter', 'pagination', 'error envelope', 'webhooks', 'OpenAPI spec', 'request logging', 'idempotency keys', 'CORS headers', 'health check', 'batch endpoint', 'API versioning', 'request validation'],
};
export const SUBSYSTEM_NAMES = Object.keys(SUBSYSTEMS);

/** The code files each subsystem starts with (besides index.ts); ui's live in components/ until they are renamed. */
export const MODULES: Record<string, readonly string[]> = {
  search: ['query.ts', 'ranking.ts', 'indexer.ts'],
  billing: ['invoice.ts', 'proration.ts', 'payments.ts'],
  auth: ['session.ts', 'sso.ts', 'tokens.ts'],
  export: ['csv.ts', 'archive.ts', 'queue.ts'],
  ui: ['components/table.ts', 'components/dialog.ts', 'components/toast.ts'],
  api: ['routes.ts', 'limiter.ts', 'webhooks.ts'],
};

/** The kinds of filler commit, with how often each is drawn. */
export type FillerKind = 'feat' | 'fix' | 'perf' | 'refactor' | 'test' | 'docs' | 'ci' | 'chore';
export const KIND_WEIGHTS: readonly [FillerKind, number][] = [
  ['feat', 24], ['fix', 30], ['perf', 8], ['refactor', 12], ['test', 12], ['docs', 7], ['ci', 2], ['chore', 5],
];

/** Descriptions per kind; `{n}` is one of the subsystem's things. */
export const TEMPLATES: Record<FillerKind, readonly string[]> = {
  feat: ['add {n}', 'support {n} in workspaces', 'expose {n} settings', 'add metrics for {n}', 'enable {n} behind a flag', 'roll out {n} to all tenants', 'add admin controls for {n}', 'show {n} on the dashboard'],
  fix: ['handle empty {n}', 'avoid crash in {n}', 'correct off-by-one in {n}', 'stop {n} from leaking memory', 'make {n} respect the locale', 'retry {n} on timeout', 'fix race in {n}', 'keep {n} stable across reloads', 'reject invalid {n}', 'restore {n} after logout'],
  perf: ['speed up {n}', 'cache {n} results', 'avoid N+1 queries in {n}', 'stream {n} instead of buffering', 'precompute {n}'],
  refactor: ['split {n} into smaller modules', 'extract {n} helpers', 'simplify {n}', 'rename {n} internals', 'drop legacy {n} code', 'type {n} strictly'],
  test: ['cover {n} edge cases', 'add regression test for {n}', 'deflake {n} tests', 'table-driven tests for {n}', 'property tests for {n}'],
  docs: ['document {n}', 'explain {n} limits', 'update {n} guide', 'add {n} examples'],
  ci: ['cache node_modules', 'run tests on Node 22', 'split lint and test jobs', 'upload coverage', 'pin actions to SHAs', 'retry flaky e2e job', 'add nightly build', 'bump setup-node to v4'],
  chore: ['tidy {n} imports', 'remove unused {n} flags', 'bump eslint rules', 'update .gitignore', 'silence noisy {n} logs'],
};

/** One pull request: a branch of 2–4 commits merged with "Merge pull request #N from <branch>". */
export interface PullRequestSpec {
  number: number;
  branch: string;
  title: string;
  subsystem: string;
  author: Who;
  merger: Who;
  /** The day it is merged; its commits are made on this day and the one before (same week). */
  mergeDay: number;
  commits: readonly string[];
}

export const PULL_REQUESTS: readonly PullRequestSpec[] = [
  { number: 1187, branch: 'ada/search-facets', title: 'Faceted search for the catalogue', subsystem: 'search', author: ADA, merger: GRACE, mergeDay: 29,
    commits: ['feat(search): facet counts per field', 'feat(search): facet filters in the query parser', 'test(search): facets'] },
  { number: 1203, branch: 'ada/proration', title: 'Prorate plan upgrades mid-cycle', subsystem: 'billing', author: ADA, merger: ADA, mergeDay: 23,
    commits: ['feat(billing): proration engine', 'feat(billing): credit unused days on upgrade', 'fix(billing): round prorated cents half-even', 'test(billing): proration across month ends'] },
  { number: 1211, branch: 'ada/okta-sso', title: 'SSO login with Okta', subsystem: 'auth', author: ADA, merger: ALAN, mergeDay: 21,
    commits: ['feat(auth): Okta OIDC provider', 'docs(auth): configure Okta SSO'] },
  { number: 1226, branch: 'ada/stream-csv', title: 'Stream large CSV exports', subsystem: 'export', author: ADA, merger: ADA, mergeDay: 15,
    commits: ['perf(export): stream CSV rows', 'fix(export): flush the last CSV chunk', 'test(export): a million-row export'] },
  { number: 1231, branch: 'alan/webhook-retries', title: 'Retry failed webhooks with backoff', subsystem: 'api', author: ALAN, merger: GRACE, mergeDay: 14,
    commits: ['feat(api): webhook retry queue', 'feat(api): exponential backoff for webhooks'] },
  { number: 1240, branch: 'ada/table-shortcuts', title: 'Keyboard shortcuts for the data table', subsystem: 'ui', author: ADA, merger: ADA, mergeDay: 9,
    commits: ['feat(ui): arrow-key navigation in the data table', 'feat(ui): shortcut help overlay'] },
  { number: 1248, branch: 'ada/idempotency', title: 'Idempotency keys for POST requests', subsystem: 'api', author: ADA, merger: KATHERINE, mergeDay: 7,
    commits: ['feat(api): store idempotency keys', 'feat(api): replay responses for repeated keys', 'test(api): idempotent POST'] },
  { number: 1262, branch: 'ada/scheduled-exports', title: 'Scheduled exports', subsystem: 'export', author: ADA, merger: ADA, mergeDay: 2,
    commits: ['feat(export): schedule model', 'feat(export): run scheduled exports from the queue', 'feat(ui): schedule picker', 'test(export): schedules across DST'] },
  { number: 1264, branch: 'grace/dunning', title: 'Dunning emails for failed payments', subsystem: 'billing', author: GRACE, merger: ADA, mergeDay: 1,
    commits: ['feat(billing): dunning schedule', 'feat(billing): dunning email templates', 'test(billing): dunning'] },
  { number: 1267, branch: 'ada/highlighting', title: 'Search result highlighting', subsystem: 'search', author: ADA, merger: GRACE, mergeDay: 0,
    commits: ['feat(search): highlight matched terms', 'fix(search): escape HTML in highlights', 'perf(search): reuse the highlighter'] },
];

/** Squash merges by the user: one commit on main whose subject ends in "(#N)". */
export const SQUASH_MERGES: readonly { day: number; subject: string; subsystem: string }[] = [
  { day: 17, subject: 'Fix invoice rounding for JPY (#1219)', subsystem: 'billing' },
  { day: 3, subject: 'feat(ui): export progress bar (#1259)', subsystem: 'ui' },
];

/** The unmerged topic branch: in progress, never done. */
export const UNMERGED_BRANCH = {
  name: 'ada/refactor-search',
  commits: [
    { day: 3, subject: 'refactor(search): extract query planner' },
    { day: 2, subject: 'refactor(search): move scoring into the planner' },
    { day: 1, subject: 'WIP planner tests' },
    { day: 0, subject: 'refactor(search): drop the old ranking path' },
  ],
} as const;

/** Near-identical subjects: the "What's cooking" reports (docs only). */
export const COOKING_DAYS: readonly number[] = [25, 22, 18, 15, 11, 8, 4, 2, 0];
/** Near-identical subjects: the CONST migrations, one per backend file. */
export const CONST_MIGRATIONS: readonly { day: number; subject: string; backend: string }[] = [
  { day: 3, subject: 'CONST migration for x86', backend: 'x86' },
  { day: 3, subject: 'CONST migration for LLVM and PTX', backend: 'ptx' },
  { day: 2, subject: 'CONST migration for nir', backend: 'nir' },
  { day: 1, subject: 'CONST migration for amd', backend: 'amd' },
  { day: 1, subject: 'CONST migration for arm64', backend: 'arm64' },
];
export const BACKENDS = CONST_MIGRATIONS.map(m => m.backend);

/** Odd subjects real histories have; each changes code in `subsystem` (or docs). */
export const ODD_COMMITS: readonly { day: number; subject: string; subsystem: string; docs?: boolean }[] = [
  { day: 4, subject: '[pr] mnt: use alu(long, weakint)', subsystem: 'api' },
  { day: 3, subject: 'Work', subsystem: 'billing' },
  { day: 2, subject: '20 sec', subsystem: 'search' },
  { day: 1, subject: 'use `pip debug` in docs', subsystem: 'api', docs: true },
  { day: 0, subject: 'search: rename torch_backend -> search_backend, fixes #15320', subsystem: 'search' },
  { day: 11, subject: 'Work', subsystem: 'ui' },
];

/** Dependency bumps by the user: lockfile-only, about a thousand lines each. */
export const USER_BUMPS: readonly { day: number; dep: string; from: string; to: string }[] = [
  { day: 24, dep: 'vite', from: '5.4.2', to: '5.4.8' },
  { day: 10, dep: 'typescript', from: '5.5.4', to: '5.6.3' },
  { day: 4, dep: 'zod', from: '3.23.4', to: '3.23.8' },
];

/** The security fix (no advisory id) and the releases. */
export const SECURITY_FIX = { day: 2, subject: 'fix(export): prevent path traversal in archive names' };
export const RELEASES: readonly { day: number; version: string }[] = [
  { day: 21, version: '2.3.0' },
  { day: 1, version: '2.4.0' },
];
export const FORMATTER = { day: 1, subject: 'style: run prettier' };
export const RENAME = { day: 2, subject: 'refactor(ui): move components to widgets' };
export const REGENERATE = { day: 3, subject: 'feat(api): add the archive download route' };
