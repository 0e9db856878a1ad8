// Runs the integration tests (mocha inside the real VS Code extension host) against code-server.
//   node scripts/vscode-host/runIntegration.mjs [--mode trusted|restricted] [--summary FILE (default $WORKLOG_SUITE_SUMMARY)] [--timeout SECONDS]
// Builds nothing: expects dist/ and out/ from `node scripts/build.mjs`. Exit 0 only when the workbench
// reported success (codeAutomationExit(0)) AND the results JSON counts at least one pass and no failure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { ensureHost } from './install.mjs';
import { outDir, repoRoot, resultsDir } from './paths.mjs';
import { makeRunDir, removeRunDir, startServer } from './server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const mode = arg('--mode', 'trusted');
const summaryFile = arg('--summary', process.env.WORKLOG_SUITE_SUMMARY);
const timeoutMs = Number(arg('--timeout', '300')) * 1000;
// The extension folder loaded as a development extension: the clone, or WORKLOG_EXTENSION_DIR (e.g. a staged copy).
const extensionDir = resolve(process.env.WORKLOG_EXTENSION_DIR ?? repoRoot).replace(/\/$/, '');
const require = createRequire(import.meta.url);

/**
 * User settings of the test profile, merged over server.mjs's baseSettings: the hook for what tests need
 * (e.g. 'worklog.authors'); WORKLOG_TEST_SETTINGS (JSON) adds to it for a one-off run.
 */
const testSettings = {
  ...JSON.parse(process.env.WORKLOG_TEST_SETTINGS ?? '{}'),
};

/** Workbench chatter that says nothing about the tests (VERBOSE=1 shows it). */
const NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^Updating additional builtin extensions/,
  /^\[Service Worker\]/, /^ChatSessionStore:/, /ENOTFOUND open-vsx\.org/,
];

/** Runs one pass; returns { suite, passed, failed, failures, error? }. */
async function runPass() {
  const suite = `integration (${mode})`;
  const indexJs = join(outDir, 'test', 'integration', 'index.js');
  if (!existsSync(indexJs) || !existsSync(join(extensionDir, 'dist', 'extension.js'))) {
    return { suite, passed: 0, failed: 0, failures: [], error: 'dist/ or out/ missing: run `node scripts/build.mjs` first' };
  }
  ensureHost();
  // The fixture is built with the unit tests' git helper, which also points git at an empty global config.
  const { createFixtureWorkspace } = require(join(outDir, 'test', 'integration', 'fixtureWorkspace.js'));
  const fixture = createFixtureWorkspace();
  const runDir = makeRunDir(`it-${mode}`);
  const resultsFile = join(runDir, 'results.json');
  const t0 = Date.now();
  let server;
  let browser;
  let exit;
  try {
    server = await startServer({
      runDir,
      name: `integration-${mode}`,
      workspaceTrust: mode === 'restricted',
      settings: testSettings,
      env: { WORKLOG_TEST_MODE: mode, WORKLOG_TEST_FIXTURE: fixture.dir, WORKLOG_TEST_RESULTS: resultsFile },
    });
    browser = await launchBrowser(runDir);
    const { page } = browser;
    let finish;
    const done = new Promise(resolve => { finish = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(args ?? []));
      if (!process.env.VERBOSE && NOISE.some(re => re.test(text))) return;
      for (const line of text.split('\n')) console.log(`  [vscode:${type}] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', code => finish({ code }));
    page.on('pageerror', e => console.log(`  [pageerror] ${String(e).slice(0, 300)}`));
    await page.goto(workbenchUrl(server.url, fixture.dir, [
      ['extensionDevelopmentPath', extensionDir],
      ['extensionTestsPath', indexJs],
      ['skipWelcome', 'true'],
    ]));
    const timer = setTimeout(() => finish({ code: -1, timeout: true }), timeoutMs);
    exit = await done;
    clearTimeout(timer);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, `integration-${mode}.png`) }).catch(() => {});
  } catch (e) {
    exit = { code: -1, error: e instanceof Error ? e.message : String(e) };
  } finally {
    await browser?.context.close().catch(() => {});
    await server?.stop();
  }
  const seconds = Math.round((Date.now() - t0) / 1000);
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  removeRunDir(runDir);
  const summary = { suite, seconds, passed: results?.passed ?? 0, failed: results?.failed ?? 0, failures: results?.failures ?? [] };
  if (exit.error) summary.error = exit.error;
  else if (exit.timeout) summary.error = `no result from the workbench within ${timeoutMs / 1000} s`;
  else if (!results) summary.error = `the test index wrote no results (codeAutomationExit(${exit.code}))`;
  else if (exit.code !== 0 && summary.failed === 0) summary.error = `codeAutomationExit(${exit.code}) although no test failed`;
  else if (summary.passed === 0 && summary.failed === 0) summary.error = 'no test ran';
  return summary;
}

const summary = await runPass();
for (const f of summary.failures) console.log(`  FAIL ${f.title}\n    ${f.error.split('\n').slice(0, 6).join('\n    ')}`);
if (summary.error) console.log(`  ERROR ${summary.error}`);
console.log(`${summary.suite}: ${summary.passed} passing, ${summary.failed} failing (${summary.seconds ?? 0} s)`);
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
process.exit(summary.error || summary.failed ? 1 : 0);
