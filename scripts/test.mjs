// `npm test`: build, then the unit, integration (real VS Code extension host) and e2e (real browser on the
// real workbench) suites; prints each suite's summary, then ONE combined line `N passed, N failed`.
//   node scripts/test.mjs                      everything
//   node scripts/test.mjs integration e2e      only those suites (still builds first)
//   node scripts/test.mjs --no-build unit      skip the build
//   node scripts/test.mjs --outdir out-me      build only the test tree, into out-me/ (leaves dist/ and out/ alone,
//                                              for parallel work; WORKLOG_EXTENSION_DIR / WORKLOG_VSIX pick the extension)
// Exit 0 only when every requested suite ran, ran at least one test, and nothing failed.
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
const ALL = ['unit', 'integration', 'e2e'];
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

/**
 * Mocha arguments for the unit tests of another out dir: .mocharc.json's options without its spec (out/...),
 * which mocha would otherwise run as well.
 */
function outDirUnitArgs(dir) {
  const { spec: _spec, ...options } = readJson(join(root, '.mocharc.json')) ?? {};
  const flags = Object.entries(options).flatMap(([k, v]) => (v === true ? [`--${k}`] : [`--${k}`, String(v)]));
  return ['--no-config', ...flags, `${dir}/test/unit/**/*.test.js`];
}

let buildFailed = false;
if (!process.argv.includes('--no-build')) {
  console.log('=== build ===');
  const code = await run(process.execPath, [join(root, 'scripts', 'build.mjs'), ...(outDir ? ['--tests-only', '--outdir', outDir] : [])]);
  if (code !== 0) {
    buildFailed = true;
    results.push({ suite: 'build', passed: 0, failed: 0, error: `node scripts/build.mjs exited ${code}` });
  }
}

if (!buildFailed) {
  const mocha = join(dirname(require.resolve('mocha/package.json')), 'bin', 'mocha.js');
  const reporter = join(host, 'summaryReporter.cjs');
  for (const suite of suites) {
    if (suite === 'unit') {
      await step('unit', process.execPath, [mocha, '--reporter', reporter, ...(outDir ? outDirUnitArgs(outDir) : [])]);
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
for (const r of results) {
  passed += r.passed;
  // A suite that did not run, or ran nothing, counts as one failure so the total cannot look green.
  failed += r.failed + (r.error && r.failed === 0 ? 1 : 0);
  const line = `${r.suite}: ${r.passed} passing, ${r.failed} failing${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}${r.error ? ` - ${r.error}` : ''}`;
  console.log(r.error || r.failed ? paint(31, line) : line);
}
const total = `${passed} passed, ${failed} failed`;
console.log(failed ? paint(31, total) : paint(32, total));
process.exit(failed ? 1 : 0);
