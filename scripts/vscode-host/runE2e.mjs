// Runs the end-to-end specs: packages the extension (.vsix), installs it into code-server, serves the
// fixture workspace and runs mocha in Node over out/test/e2e/**/*.e2e.js, which drive Chromium.
//   node scripts/vscode-host/runE2e.mjs [--summary FILE (default $WORKLOG_SUITE_SUMMARY)] [--vsix PATH]
// Builds nothing: expects dist/ and out/ from `node scripts/build.mjs`. Screenshots: test-results/e2e/.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromiumArgs } from './browser.mjs';
import { ensureHost } from './install.mjs';
import { packageVsix } from '../packageVsix.mjs';
import { chromiumBin, hostSpecDir, outDir, repoRoot, resultsDir } from './paths.mjs';
import { installExtension, installTestLanguageModel, makeRunDir, removeRunDir, runEnv, startServer } from './server.mjs';
import { arg, finish, readJson, verdict } from './suite.mjs';

const summaryFile = arg('--summary', process.env.WORKLOG_SUITE_SUMMARY);
const givenVsix = arg('--vsix', process.env.WORKLOG_VSIX);
const require = createRequire(join(repoRoot, 'package.json'));

/** Every *.e2e.js below dir. */
function specFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...specFiles(p));
    else if (name.endsWith('.e2e.js')) out.push(p);
  }
  return out;
}

/** Runs mocha in a child Node; resolves with its exit code. */
function runMocha(files, env) {
  const mocha = join(dirname(require.resolve('mocha/package.json')), 'bin', 'mocha.js');
  const args = [
    '--enable-source-maps', mocha, '--no-config', '--ui', 'bdd', '--timeout', '120000',
    '--reporter', join(hostSpecDir, 'summaryReporter.cjs'),
    '--require', join(outDir, 'test', 'e2e', 'index.js'), ...files,
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env });
  return new Promise(resolve => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function runSuite() {
  const suite = 'e2e';
  const files = specFiles(join(outDir, 'test', 'e2e'));
  if (!existsSync(join(repoRoot, 'dist', 'extension.js')) || !files.length) {
    return { suite, passed: 0, failed: 0, failures: [], error: 'dist/ or out/test/e2e missing: run `node scripts/build.mjs` first' };
  }
  ensureHost();
  const { createFixtureWorkspace } = require(join(outDir, 'test', 'integration', 'fixtureWorkspace.js'));
  const fixture = createFixtureWorkspace();
  const screenshots = join(resultsDir, 'e2e');
  rmSync(screenshots, { recursive: true, force: true });
  const runDir = makeRunDir('e2e');
  const summaryJson = join(runDir, 'mocha-summary.json');
  const t0 = Date.now();
  let server;
  let code = -1;
  let error;
  try {
    const vsix = givenVsix ?? join(runDir, 'worklog.vsix');
    if (!givenVsix) packageVsix(vsix);
    installExtension(runDir, vsix);
    installTestLanguageModel(runDir);
    server = await startServer({ runDir, name: 'e2e' });
    code = await runMocha(files, runEnv(runDir, {
      WORKLOG_E2E_URL: server.url,
      WORKLOG_E2E_WORKSPACE: fixture.dir,
      WORKLOG_E2E_SCREENSHOTS: screenshots,
      WORKLOG_CHROMIUM: chromiumBin,
      WORKLOG_CHROMIUM_ARGS: JSON.stringify(chromiumArgs),
      WORKLOG_SUITE_SUMMARY: summaryJson,
    }));
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  } finally {
    await server?.stop();
  }
  const counts = readJson(summaryJson);
  removeRunDir(runDir);
  return verdict({ suite, seconds: Math.round((Date.now() - t0) / 1000), counts, code, exit: `mocha exit ${code}`, error });
}

finish(await runSuite(), summaryFile);
