/**
 * `npm run bench`: generates (once) the benchmark data, then measures Work Log against raw git and
 * git-standup in one interleaved run and prints one Markdown table (also bench/.data/results.md).
 * Not a test: numbers depend on the machine; the verdicts compare them with the targets of issue 6.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { InProcessDraft } from './core/draftCore';
import type { JournalBench } from './core/journalCore';
import { CACHE, DATA, ROOT, useHermeticEnv } from './env';
import { ensureJournal } from './journal';
import { startCoreProcess } from './coreProcess';
import type { CoreProcess } from './coreProcess';
import { interleaved, median } from './measure';
import type { Case } from './measure';
import { MEASURED } from './people';
import { expectedWork, rawLogArgs, run } from './processes';
import type { DayWindow, ExpectedWork } from './processes';
import { profile } from './profile';
import { ensureRepos } from './repos';
import { measureStartup } from './startup';
import { renderTable } from './table';
import { defaultConcurrency } from '../src/git/mine';
import { mapBounded } from '../src/git/pool';
import { STATUS_ARGS } from '../src/git/refs';
import type { Row } from './table';

const BUILD = join(DATA, 'build');
const STANDUP = join(DATA, 'tools', 'node_modules', 'git-standup', 'git-standup');

/** The windows measured on the big repository; the history ends on 2025-12-30. */
const WINDOWS: Array<DayWindow & { target: (raw: number) => number; targetText: string }> = [
  { label: 'week', since: '2025-11-24', until: '2025-12-01', target: raw => raw * 1.2 + 20, targetText: '≤ 1.2x raw + 20 ms' },
  { label: 'quarter', since: '2025-09-01', until: '2025-12-01', target: raw => raw * 1.3, targetText: '≤ 1.3x raw' },
  { label: 'year', since: '2024-12-01', until: '2025-12-01', target: raw => raw * 1.3, targetText: '≤ 1.3x raw' },
];
/** The window of the many-repositories draft. */
const MANY_WINDOW = WINDOWS[0];

type DraftCore = { draftInProcess: (root: string, repos: string[], author: string, since: Date, until: Date, cold?: boolean) => Promise<InProcessDraft> };
type JournalCore = { journalBench: (dir: string, now?: () => Date) => Promise<JournalBench> };

/** Loads a bundle built by bench/run.mjs; undefined (with the reason) when it is not there. */
function load<T>(name: string, notes: string[]): T | undefined {
  const p = join(BUILD, `${name}.js`);
  if (!existsSync(p)) {
    notes.push(`${name}: not built (the core it needs is missing or does not compile; see bench/run.mjs output)`);
    return undefined;
  }
  return createRequire(__filename)(p) as T;
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** How each in-process row was run (see coreDraft). */
const MODE_TEXT = {
  warm: 'warm (repository unchanged since the last draft)',
  cold: 'cold (nothing cached in memory or on disk)',
} as const;

/** How each CLI row was run: with the repository cache the previous run left, or with --no-cache. */
const CLI_TEXT = {
  cli: 'CLI end to end, repository cache from the previous run',
  'cli-cold': 'CLI end to end, --no-cache',
} as const;

/** Draft JSON of the CLI → every commit SHA it tells: its accomplishments' and its in-progress branches'. */
function cliShas(stdout: string): string[] {
  const json = JSON.parse(stdout) as { accomplishments: Array<{ commits: Array<{ sha: string }> }>; inProgress: Array<{ commits?: Array<{ sha: string }> }> };
  return [...json.accomplishments.flatMap(a => a.commits.map(c => c.sha)), ...json.inProgress.flatMap(i => (i.commits ?? []).map(c => c.sha))];
}

/** Compares the draft's commits with what the landing rule says, from plain git; one line for the report. */
function check(what: string, draft: string[], expectedWork: ExpectedWork): { ok: boolean; line: string } {
  const expected = new Set([...expectedWork.landed, ...expectedWork.inProgress]);
  const got = new Set(draft);
  const missing = [...expected].filter(s => !got.has(s)).length;
  const extra = [...got].filter(s => !expected.has(s)).length;
  const dup = draft.length - got.size;
  const ok = missing === 0 && extra === 0 && dup === 0;
  return { ok, line: `${what}: landed ${expectedWork.landed.length} + in progress ${expectedWork.inProgress.length} by plain git, draft ${draft.length}` +
    (ok ? ' — same commits' : ` — MISMATCH (missing ${missing}, extra ${extra}, duplicated ${dup})`) };
}

/** The expected work of several repositories, together. */
async function expectedAcross(repos: readonly string[], email: string, w: DayWindow): Promise<ExpectedWork> {
  const all = await Promise.all(repos.map(r => expectedWork(r, email, w)));
  return { landed: all.flatMap(e => e.landed), inProgress: all.flatMap(e => e.inProgress) };
}

/** Timed rounds for a group: all of them, unless the core is so slow that several rounds would take minutes. */
function roundsFor(what: string, firstMs: number, runs: number, notes: string[]): number {
  if (firstMs < 15_000) return runs;
  notes.push(`${what}: 1 timed round only (the first in-process draft took ${(firstMs / 1000).toFixed(1)} s)`);
  return 1;
}

/** Runs a first (untimed) call; on failure records why and returns undefined, so that side is skipped. */
async function attempt<T>(what: string, notes: string[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    notes.push(`${what}: skipped, it failed: ${String((e as Error).message ?? e).split('\n')[0].slice(0, 200)}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 7;
  const packageVsix = !argv.includes('--no-package');
  const wantProfile = argv.includes('--profile');
  useHermeticEnv();
  const log = (s: string) => process.stderr.write(s + '\n');
  const notes: string[] = [];
  const checks: string[] = [];
  const rows: Row[] = [];

  const repos = await ensureRepos(log);
  const draftCore = load<DraftCore>('draftCore', notes);
  // The in-process rows are timed inside a fresh child process with its own small heap (this process's
  // heap would slow every git spawn of the core); without that bundle, inside this process.
  const childBundle = join(BUILD, 'coreChild.js');
  const child: CoreProcess | undefined = draftCore && existsSync(childBundle) ? startCoreProcess(childBundle) : undefined;
  if (draftCore && !child) notes.push('coreChild: not built, so the in-process core was timed inside the benchmark process');
  // Warm: the repositories are unchanged since the last draft (the extension drafts and scans the same ones again
  // and again). Cold: everything learned about them is forgotten first, as in a new process or after a change.
  const coreDraft = async (repositories: string[], since: Date, until: Date, cold: boolean): Promise<{ ms?: number; commitShas: string[] }> => {
    if (child) return child.draft(ROOT, repositories, MEASURED.email, since, until, cold);
    return { commitShas: (await draftCore!.draftInProcess(ROOT, repositories, MEASURED.email, since, until, cold)).commitShas };
  };
  const coreCases = (repositories: string[], since: Date, until: Date): Case[] => (['warm', 'cold'] as const).map(mode => ({
    name: `core-${mode}`,
    run: async () => (await coreDraft(repositories, since, until, mode === 'cold')).ms,
  }));
  const journalCore = load<JournalCore>('journalCore', notes);
  // WORKLOG_BENCH_CLI: measure another CLI bundle than dist/cli.js (e.g. one built elsewhere).
  const cli = process.env.WORKLOG_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js');
  const hasCli = existsSync(cli);
  if (!hasCli) notes.push(`${cli}: missing (npm run build)`);
  const author = MEASURED.email;

  /**
   * One draft measurement named `what`: the untimed first call of the in-process core and of the CLI (the
   * warm-up, checked against raw git's commits), then interleaved timed rounds of them and `cases`.
   */
  const measureDraft = async (what: string, repositories: string[], w: DayWindow, expected: ExpectedWork, cliArgs: string[], cases: Case[]) => {
    let inOk = true;
    let cliOk = true;
    const started = performance.now();
    const core = draftCore && await attempt(`${what}, in-process core`, notes, () => coreDraft(repositories, day(w.since), day(w.until), false));
    const rounds = roundsFor(`${what} draft`, performance.now() - started, runs, notes);
    if (core) {
      const c = check(`${what}, in-process`, core.commitShas, expected);
      checks.push(c.line);
      inOk = c.ok;
      cases.push(...coreCases(repositories, day(w.since), day(w.until)));
    }
    const cliFirst = hasCli ? await attempt(`${what}, CLI`, notes, async () => cliShas((await run(process.execPath, cliArgs)).stdout)) : undefined;
    if (cliFirst) {
      const c = check(`${what}, CLI`, cliFirst, expected);
      checks.push(c.line);
      cliOk = c.ok;
      cases.push({ name: 'cli', run: async () => { await run(process.execPath, cliArgs); } });
      cases.push({ name: 'cli-cold', run: async () => { await run(process.execPath, [...cliArgs, '--no-cache']); } });
    }
    const t = await interleaved(cases, rounds, 0);
    const rawMs = median(t.get('raw')!);
    const cliMs = (mode: keyof typeof CLI_TEXT = 'cli') => (t.has(mode) ? median(t.get(mode)!) : undefined);
    const coreMs = (mode: keyof typeof MODE_TEXT) => (t.has(`core-${mode}`) ? median(t.get(`core-${mode}`)!) : undefined);
    return { t, inOk, cliOk, rawMs, cliMs, coreMs };
  };

  // Draft latency on the big repository.
  for (const w of WINDOWS) {
    log(`measuring the ${w.label} draft on the 100k-commit repository…`);
    const rawArgs = rawLogArgs(author, w);
    const cliArgs = [cli, 'draft', '--repo', repos.big, '--author', author, '--since', w.since, '--until', w.until, '--format', 'json'];
    // The first call of every side is untimed: it checks the commit sets and is the warm-up.
    await run('git', rawArgs, { cwd: repos.big });
    const expected = await expectedWork(repos.big, author, w);
    const cases: Case[] = [{ name: 'raw', run: async () => { await run('git', rawArgs, { cwd: repos.big }); } }];
    const { inOk, cliOk, rawMs, cliMs, coreMs: coreMsOf } = await measureDraft(w.label, [repos.big], w, expected, cliArgs, cases);
    for (const mode of ['warm', 'cold'] as const) {
      const coreMs = coreMsOf(mode);
      rows.push({
        measurement: `draft, 1 author, ${w.label} (${expected.landed.length} landed + ${expected.inProgress.length} in progress), in-process core, ${MODE_TEXT[mode]}${inOk ? '' : ' (commit sets differ)'}`,
        worklogMs: coreMs, worklogText: coreMs === undefined ? 'n/a' : undefined, baselineMs: rawMs, target: w.targetText,
        pass: coreMs === undefined ? undefined : inOk && coreMs <= w.target(rawMs),
      });
    }
    for (const mode of ['cli', 'cli-cold'] as const) {
      const ms = cliMs(mode);
      rows.push({
        measurement: `draft, 1 author, ${w.label}, ${CLI_TEXT[mode]}${cliOk ? '' : ' (commit sets differ)'}`,
        worklogMs: ms, worklogText: ms === undefined ? 'n/a' : undefined, baselineMs: rawMs,
        target: 'info', pass: cliOk ? undefined : false,
      });
    }
  }

  // Backports: a Gerrit-style repository whose fixes land on main and are cherry-picked to stable branches.
  {
    const stable = (await run('git', ['for-each-ref', '--format=%(refname:short)', 'refs/heads/stable/'], { cwd: repos.gerrit })).stdout.split('\n').filter(Boolean);
    for (const w of WINDOWS.slice(0, 2)) {
      log(`measuring the ${w.label} draft on the repository with stable branches and backports…`);
      const rawArgs = rawLogArgs(author, w);
      const cliArgs = [cli, 'draft', '--repo', repos.gerrit, '--author', author, '--since', w.since, '--until', w.until, '--format', 'json'];
      await run('git', rawArgs, { cwd: repos.gerrit });
      const expected = await expectedWork(repos.gerrit, author, w, ['main', ...stable]);
      const cases: Case[] = [{ name: 'raw', run: async () => { await run('git', rawArgs, { cwd: repos.gerrit }); } }];
      const { inOk, cliOk, rawMs, cliMs, coreMs: coreMsOf } = await measureDraft(`backports ${w.label}`, [repos.gerrit], w, expected, cliArgs, cases);
      const label = `backports: ${repos.gerritStats.commits} changes, ${repos.gerritStats.stableBranches} stable branches, ${repos.gerritStats.backports} backports; 1 author, ${w.label} (${expected.landed.length} landed, copies included)`;
      for (const mode of ['warm', 'cold'] as const) {
        const coreMs = coreMsOf(mode);
        rows.push({
          measurement: `${label}, in-process core, ${MODE_TEXT[mode]}${inOk ? '' : ' (commit sets differ)'}`,
          worklogMs: coreMs, worklogText: coreMs === undefined ? 'n/a' : undefined, baselineMs: rawMs, target: w.targetText,
          pass: coreMs === undefined ? undefined : inOk && coreMs <= w.target(rawMs),
        });
      }
      for (const mode of ['cli', 'cli-cold'] as const) {
        const ms = cliMs(mode);
        rows.push({
          measurement: `backports, ${w.label}, ${CLI_TEXT[mode]}${cliOk ? '' : ' (commit sets differ)'}`,
          worklogMs: ms, worklogText: ms === undefined ? 'n/a' : undefined, baselineMs: rawMs,
          target: 'info', pass: cliOk ? undefined : false,
        });
      }
    }
  }

  // Many repositories.
  {
    const w = MANY_WINDOW;
    log(`measuring the ${w.label} draft over the 50 repositories…`);
    const rawArgs = rawLogArgs(author, w);
    const cliArgs = [cli, 'draft', ...repos.small.flatMap(r => ['--repo', r]), '--author', author,
      '--since', w.since, '--until', w.until, '--format', 'json'];
    const standupArgs = [STANDUP, '-a', author, '-A', `${w.since}T00:00:00Z`, '-B', `${w.until}T00:00:00Z`, '-m', '1', '-s', '-c', '-D', 'iso'];
    const expected = await expectedAcross(repos.small, author, w);
    // The floor of a warm draft: the one git call an unchanged repository still needs (its working tree's
    // status), spawned directly, as many at once as the core runs.
    const statusFloor = async () => { await mapBounded(repos.small, defaultConcurrency(), r => run('git', STATUS_ARGS, { cwd: r })); };
    const cases: Case[] = [
      { name: 'raw', run: async () => { for (const r of repos.small) await run('git', rawArgs, { cwd: r }); } },
      { name: 'status-floor', run: statusFloor },
    ];
    const hasStandup = existsSync(STANDUP);
    if (hasStandup) {
      cases.push({ name: 'standup', run: async () => { await run('bash', standupArgs, { cwd: repos.smallRoot }); } });
      // Its untimed first call: the warm-up, and the count for the report.
      const lines = (await run('bash', standupArgs, { cwd: repos.smallRoot })).stdout.split('\n');
      checks.push(`50 repos, git-standup: ${lines.filter(l => /^[0-9a-f]{7,} - /.test(l)).length} commits listed (its own rules: --all, committer dates, no co-authors)`);
    } else {
      notes.push('git-standup: not installed (bench/run.mjs installs it into bench/.data/tools)');
    }
    const { t, inOk, cliOk, rawMs, cliMs, coreMs: coreMsOf } = await measureDraft('50 repos', repos.small, w, expected, cliArgs, cases);
    const standupMs = hasStandup ? median(t.get('standup')!) : undefined;
    for (const mode of ['warm', 'cold'] as const) {
      const coreMs = coreMsOf(mode);
      rows.push({
        measurement: `50 repos (${repos.smallCommits} commits), ${w.label}, in-process core, ${MODE_TEXT[mode]}, vs raw git one after the other${inOk ? '' : ' (commit sets differ)'}`,
        worklogMs: coreMs, worklogText: coreMs === undefined ? 'n/a' : undefined, baselineMs: rawMs, target: '≤ 0.5x raw',
        pass: coreMs === undefined ? undefined : inOk && coreMs <= rawMs * 0.5,
      });
    }
    rows.push({
      measurement: `50 repos: \`git status\` alone in each, ${defaultConcurrency()} at a time, spawned directly (the one git call a warm draft still needs per repository)`,
      worklogMs: median(t.get('status-floor')!), baselineMs: rawMs, target: 'info',
    });
    for (const mode of ['cli', 'cli-cold'] as const) {
      const ms = cliMs(mode);
      rows.push({
        measurement: `50 repos, ${w.label}, ${CLI_TEXT[mode]}, vs git-standup${cliOk ? '' : ' (commit sets differ)'}`,
        worklogMs: ms, worklogText: ms === undefined ? 'n/a' : undefined, baselineMs: standupMs, baselineText: hasStandup ? undefined : 'n/a',
        target: '< 1x git-standup', pass: ms === undefined || standupMs === undefined ? undefined : cliOk && ms < standupMs,
      });
    }
  }

  // Journal at 10,000 entries (measured on a scratch copy, so the cached journal never grows).
  if (journalCore) await attempt('journal', notes, async () => {
    log('measuring the journal at 10,000 entries…');
    const source = await ensureJournal(join(CACHE, 'journal'), journalCore, log);
    const scratch = join(DATA, 'scratch', 'journal');
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(join(DATA, 'scratch'), { recursive: true });
    cpSync(source, scratch, { recursive: true });
    const j = await journalCore.journalBench(scratch);
    const entries = await j.entries();
    const now = new Date('2025-12-01T09:00:00Z');
    let n = 0;
    const t = await interleaved([
      { name: 'load', run: async () => { await j.load(); } },
      { name: 'add', run: async () => { await j.add({ kind: 'note', text: `benchmark note ${++n}`, tags: [], tickets: [] }); } },
      { name: 'sidebar', run: async () => { j.sidebar(entries, now); } },
    ], runs);
    const loadMs = median(t.get('load')!);
    const addMs = median(t.get('add')!);
    rows.push({ measurement: `journal, ${entries.length} entries: load`, worklogMs: loadMs, target: '< 100 ms', pass: loadMs < 100 });
    rows.push({ measurement: 'journal: add one entry', worklogMs: addMs, target: '< 10 ms', pass: addMs < 10 });
    rows.push({ measurement: 'journal: sidebar data (open items + recent)', worklogMs: median(t.get('sidebar')!), target: 'info' });
  });
  if (!rows.some(r => r.measurement.startsWith('journal'))) {
    rows.push({ measurement: 'journal at 10,000 entries', worklogText: 'n/a', target: 'load < 100 ms, add < 10 ms' });
  }

  if (wantProfile && draftCore) {
    const w = WINDOWS[1];
    const out = join(DATA, 'profiles', `core-${w.label}.cpuprofile`);
    const top = await attempt('profile', notes, () => profile(async () => {
      await draftCore.draftInProcess(ROOT, [repos.big], author, day(w.since), day(w.until));
    }, out));
    if (top) notes.push(`CPU profile of one in-process ${w.label} draft: ${out}; top self time ("(idle)" is waiting for git):\n\n    ${top.join('\n    ')}\n`);
  }

  child?.close();

  // Startup.
  log('measuring startup…');
  const s = await measureStartup(ROOT, join(BUILD, 'requireExtension.js'), runs, packageVsix);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  rows.push({ measurement: 'dist/extension.js size', worklogText: s.extensionBytes === undefined ? 'n/a (npm run build)' : kb(s.extensionBytes), target: 'info' });
  rows.push({ measurement: 'require(dist/extension.js) in plain Node (stub vscode)', worklogMs: s.requireMs,
    worklogText: s.requireMs === undefined ? 'n/a' : undefined, target: 'info' });
  rows.push({ measurement: `.vsix size (${s.vsixNote})`, worklogText: s.vsixBytes === undefined ? 'n/a' : kb(s.vsixBytes),
    target: '< 1 MB', pass: s.vsixBytes === undefined ? undefined : s.vsixBytes < 1024 * 1024 });
  rows.push({ measurement: `activation in the extension host (${s.activationNote})`, worklogMs: s.activationMs,
    worklogText: s.activationMs === undefined ? 'n/a' : undefined, target: '< 50 ms', pass: s.activationMs === undefined ? undefined : s.activationMs < 50 });

  const git = (await run('git', ['--version'])).stdout.trim();
  const table = renderTable(rows);
  const report = [
    '# Work Log benchmark', '',
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · node ${process.version} · ${git} · median of ${runs} interleaved runs after a warm-up`,
    `Data: 1 repository of ${repos.bigStats.commits} non-merge commits + ${repos.bigStats.merges} merges, ${repos.bigStats.branches} branches, 40 authors, 2020–2025; 50 repositories of ${repos.smallCommits} commits; measured author ${author}.`,
    '', table, '', 'Commit-set checks (the draft tells exactly the work plain git shows landed in the window on main, and the unlanded work dated in it, the author\'s or co-authored):',
    ...checks.map(c => `- ${c}`), ...(notes.length ? ['', 'Notes:', ...notes.map(n => `- ${n}`)] : []),
    '', 'Rerun: `npm run bench` (data is cached in bench/.data/; delete it to regenerate).', '',
  ].join('\n');
  writeFileSync(join(DATA, 'results.md'), report);
  process.stdout.write(report);
}

main().catch(e => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
