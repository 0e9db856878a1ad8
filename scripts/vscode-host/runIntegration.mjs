// Runs the integration tests (mocha inside the real VS Code extension host) against code-server.
//   node scripts/vscode-host/runIntegration.mjs [--mode trusted|restricted] [--summary FILE (default $WORKLOG_SUITE_SUMMARY)] [--timeout SECONDS]
// Builds nothing: expects dist/ and out/ from `node scripts/build.mjs`. Exit 0 only when the workbench
// reported success (codeAutomationExit(0)) AND the results JSON counts at least one pass and no failure.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { ensureHost } from './install.mjs';
import { outDir, repoRoot, resultsDir } from './paths.mjs';
import { installTestLanguageModel, makeRunDir, removeRunDir, startServer } from './server.mjs';
import { arg, finish, readJson, verdict } from './suite.mjs';

const mode = arg('--mode', 'trusted');
const summaryFile = arg('--summary', process.env.WORKLOG_SUITE_SUMMARY);
const timeoutMs = Number(arg('--timeout', '300')) * 1000;
// The extension folder loaded as a development extension: the clone, or WORKLOG_EXTENSION_DIR (e.g. a staged copy).
const extensionDir = resolve(process.env.WORKLOG_EXTENSION_DIR ?? repoRoot).replace(/\/$/, '');
const require = createRequire(import.meta.url);

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
    installTestLanguageModel(runDir);
    server = await startServer({
      runDir,
      name: `integration-${mode}`,
      workspaceTrust: mode === 'restricted',
      // This harness provides everything a test can need: no skip is allowed.
      env: { WORKLOG_TEST_MODE: mode, WORKLOG_TEST_FIXTURE: fixture.dir, WORKLOG_TEST_RESULTS: resultsFile, WORKLOG_TEST_ALLOW_SKIP: '' },
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
  const counts = readJson(resultsFile);
  removeRunDir(runDir);
  const error = exit.error ?? (exit.timeout ? `no result from the workbench within ${timeoutMs / 1000} s` : undefined);
  return verdict({ suite, seconds, counts, code: exit.code, exit: `codeAutomationExit(${exit.code})`, error });
}

const summary = await runPass();
for (const f of summary.failures) console.log(`  FAIL ${f.title}\n    ${f.error.split('\n').slice(0, 6).join('\n    ')}`);
finish(summary, summaryFile);
