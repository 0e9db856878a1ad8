// Runs the same integration index in VS Code desktop through @vscode/test-electron, for machines that can
// download VS Code (this project's own machines cannot: they use runIntegration.mjs on code-server).
//   node scripts/vscode-host/runElectron.mjs [--mode trusted|restricted]
// Builds nothing: expects dist/ and out/ from `node scripts/build.mjs`. VS Code is cached in .vscode-test/.
// The documented skips: VS Code desktop starts git from its own PATH, where the code-server harness's
// recording git wrapper is not, so the tests that count every git process (the Restricted Mode suite's) are
// skipped here (WORKLOG_TEST_ALLOW_SKIP=gitLog), and so are the AI polish tests, which need the test language model only that harness installs (languageModel); any other skip fails the run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outDir, repoRoot } from './paths.mjs';
import { baseSettings } from './server.mjs';

const require = createRequire(join(repoRoot, 'package.json'));
const { runTests } = require('@vscode/test-electron');
const i = process.argv.indexOf('--mode');
const mode = i > 0 ? process.argv[i + 1] : 'trusted';
// The VS Code release the code-server host is built from, so both paths test the same editor.
const VSCODE_VERSION = '1.100.3';

const { createFixtureWorkspace } = require(join(outDir, 'test', 'integration', 'fixtureWorkspace.js'));
const fixture = createFixtureWorkspace();
const scratch = mkdtempSync(join(tmpdir(), 'wl-electron-'));
const resultsFile = join(scratch, 'results.json');
mkdirSync(join(scratch, 'ud', 'User'), { recursive: true });
writeFileSync(join(scratch, 'ud', 'User', 'settings.json'), JSON.stringify(baseSettings, null, 2));
let code;
try {
  code = await runTests({
    version: VSCODE_VERSION,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(outDir, 'test', 'integration', 'index.js'),
    extensionTestsEnv: { WORKLOG_TEST_MODE: mode, WORKLOG_TEST_FIXTURE: fixture.dir, WORKLOG_TEST_RESULTS: resultsFile, WORKLOG_TEST_ALLOW_SKIP: 'gitLog,languageModel' },
    launchArgs: [
      fixture.dir, '--disable-extensions', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', join(scratch, 'ud'), '--extensions-dir', join(scratch, 'ext'),
      ...(mode === 'restricted' ? [] : ['--disable-workspace-trust']),
    ],
  });
} catch (e) {
  console.error(`test-electron: ${e instanceof Error ? e.message : e}`);
  code = 1;
}
let results;
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  results = { passed: 0, failed: 0 };
}
rmSync(scratch, { recursive: true, force: true });
console.log(`integration (electron, ${mode}): ${results.passed} passing, ${results.failed} failing`);
process.exit(code === 0 && results.failed === 0 && results.passed > 0 ? 0 : 1);
