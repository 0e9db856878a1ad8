// `npm test`: build; type-check the project and bench/ and lint (a type or lint error stops here, before any
// suite); then the unit suite on the real clock and pinned to three dates, and the integration (real VS Code
// extension host) and e2e (real browser on the real workbench) suites. Prints each step's summary, then ONE
// combined line `N passed, N failed`, naming the steps that failed.
//   node scripts/test.mjs                      everything
//   node scripts/test.mjs integration e2e      only those suites (still builds and checks first)
//   node scripts/test.mjs --no-build unit      skip the build (the checks still run)
//   node scripts/test.mjs --no-checks unit     skip the type-check and lint (a fast local loop)
//   node scripts/test.mjs --outdir out-me      build only the test tree, into out-me/ (leaves dist/ and out/ alone,
//                                              for parallel work; WORKLOG_EXTENSION_DIR / WORKLOG_VSIX pick the extension)
// Suites: unit (real clock), pinned (the unit suite with WORKLOG_NOW and TZ set to each of PINNED_RUNS),
// integration, e2e. Exit 0 only when every step ran, every suite ran at least one test, and nothing failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, readJson, verdict } from './vscode-host/suite.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const host = join(root, 'scripts', 'vscode-host');
const ALL = ['unit', 'pinned', 'integration', 'e2e'];

/**
 * The instants the unit suite is also run at, each with its time zone: a test that reads the real clock, or
 * assumes UTC, fails in at least one of them long before the calendar gets there.
 */
const PINNED_RUNS = [
  // The first working day of 2027 (Monday; New Year's Day is a holiday): the week, the 7-day window and
  // "last week" cross the year, and in Tokyo it is still Sunday in UTC.
  { name: 'first working day of 2027', now: '2027-01-04T08:00:00+09:00', tz: 'Asia/Tokyo' },
  // The day Berlin moves its clocks forward: a 23-hour day.
  { name: 'DST change', now: '2027-03-28T12:00:00+02:00', tz: 'Europe/Berlin' },
  // The last evening of a quarter in Los Angeles, already the next quarter (and day) in UTC.
  { name: 'last day of a quarter', now: '2027-06-30T23:30:00-07:00', tz: 'America/Los_Angeles' },
];

const outDir = arg('--outdir');
const requested = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--outdir');
const unknown = requested.filter(s => !ALL.includes(s));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  process.exit(2);
}
const suites = requested.length ? requested : ALL;
const scratch = mkdtempSync(join(tmpdir(), 'worklog-test-run-'));
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Runs a command with inherited output; resolves with its exit code. */
function run(cmd, args, env = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.once('error', () => resolve(127));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (outDir) process.env.WORKLOG_OUT_DIR = outDir;
const results = [];
/** Runs one suite step and records its verdict { suite, passed, failed, seconds, error? }. */
async function step(name, cmd, args, env = {}) {
  const file = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const code = await run(cmd, args, { ...env, WORKLOG_SUITE_SUMMARY: file });
  results.push(verdict({ suite: name, seconds: Math.round((Date.now() - t0) / 1000), counts: readJson(file), code }));
}

/** Runs one check (build, type-check, lint) and records it; resolves true when it passed. */
async function check(name, cmd, args) {
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const code = await run(cmd, args);
  const seconds = Math.round((Date.now() - t0) / 1000);
  results.push({ suite: name, check: true, passed: 0, failed: 0, seconds, ...(code === 0 ? {} : { error: `exited ${code}` }) });
  if (code === 0) console.log(`${name}: ok (${seconds} s)`);
  return code === 0;
}

/**
 * Mocha arguments for the unit tests, in parallel (2 workers): .mocharc.json's options, with the spec of
 * another out dir when one is given (mocha would otherwise run .mocharc.json's out/... as well).
 */
function unitArgs(dir) {
  const reporter = join(host, 'summaryReporter.cjs');
  const parallel = ['--parallel', '--jobs', '2', '--reporter', reporter];
  if (!dir) return parallel;
  const { spec: _spec, ...options } = readJson(join(root, '.mocharc.json')) ?? {};
  const flags = Object.entries(options).flatMap(([k, v]) => (v === true ? [`--${k}`] : [`--${k}`, String(v)]));
  return ['--no-config', ...flags, ...parallel, `${dir}/test/unit/**/*.test.js`];
}

const bin = name => join(dirname(require.resolve(`${name}/package.json`)), 'bin');
let ready = true;
if (!process.argv.includes('--no-build')) {
  ready = await check('build', process.execPath, [join(root, 'scripts', 'build.mjs'), ...(outDir ? ['--tests-only', '--outdir', outDir] : [])]);
}
if (ready && !process.argv.includes('--no-checks')) {
  const tsc = join(bin('typescript'), 'tsc');
  // All three run, so one report names every kind of error.
  const passedChecks = [
    await check('typecheck', process.execPath, [tsc, '--noEmit', '-p', '.']),
    await check('typecheck (bench)', process.execPath, [tsc, '--noEmit', '-p', 'bench']),
    await check('lint', process.execPath, [join(bin('eslint'), 'eslint.js'), 'src', 'test', 'scripts', 'bench']),
  ];
  ready = passedChecks.every(Boolean);
}

if (ready) {
  const mocha = join(bin('mocha'), 'mocha.js');
  for (const suite of suites) {
    if (suite === 'unit') {
      await step('unit', process.execPath, [mocha, ...unitArgs(outDir)], { WORKLOG_NOW: '' });
    } else if (suite === 'pinned') {
      for (const p of PINNED_RUNS) {
        await step(`unit pinned to ${p.now} ${p.tz} (${p.name})`, process.execPath, [mocha, ...unitArgs(outDir)], { WORKLOG_NOW: p.now, TZ: p.tz });
      }
    } else if (suite === 'integration') {
      for (const mode of ['trusted', 'restricted']) {
        await step(`integration (${mode})`, process.execPath, [join(host, 'runIntegration.mjs'), '--mode', mode]);
      }
    } else if (suite === 'e2e') {
      await step('e2e', process.execPath, [join(host, 'runE2e.mjs')]);
    }
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
const failedSteps = [];
for (const r of results) {
  passed += r.passed;
  // A step that did not run, or a suite that ran nothing, counts as one failure so the total cannot look green.
  failed += r.failed + (r.error && r.failed === 0 ? 1 : 0);
  if (r.error || r.failed) failedSteps.push(r.suite);
  const counts = r.check ? (r.error ? 'failed' : 'ok') : `${r.passed} passing, ${r.failed} failing`;
  const line = `${r.suite}: ${counts}${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}${r.error ? ` - ${r.error}` : ''}`;
  console.log(r.error || r.failed ? paint(31, line) : line);
}
if (!ready) console.log(paint(31, 'the suites did not run: a check failed'));
// The failures again, at the end, where a log cut to its tail still shows them.
for (const r of results) {
  for (const f of r.failures ?? []) {
    console.log(paint(31, `failed in ${r.suite}: ${f.title}`));
    console.log(f.error.split('\n').slice(0, 6).map(l => `    ${l}`).join('\n'));
  }
}
const total = `${passed} passed, ${failed} failed${failedSteps.length ? ` (failed: ${failedSteps.join('; ')})` : ''}`;
console.log(failed ? paint(31, total) : paint(32, total));
process.exit(failed ? 1 : 0);
