/**
 * Entry point VS Code loads as `extensionTestsPath`: runs mocha (BDD) inside the real extension host over
 * the compiled integration tests, writes a results JSON for the runner and prints `N passed, N failed`.
 * WORKLOG_TEST_MODE=restricted runs only restricted/ (an untrusted workspace); otherwise everything else.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import Mocha from 'mocha';
import { repoRoot } from '../helpers/paths';
import { allowedSkips } from './hostEnv';

/** What the runner reads back from WORKLOG_TEST_RESULTS. */
export interface IntegrationResults {
  mode: string;
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

/** Every *.test.js below dir. */
function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

/** The test files of a mode: restricted/ alone, or everything but restricted/. */
function filesForMode(dir: string, mode: string): string[] {
  const inRestricted = (f: string) => relative(dir, f).split(sep)[0] === 'restricted';
  return testFiles(dir).filter(f => (mode === 'restricted') === inRestricted(f));
}

/** Called by VS Code once the extension host is up; resolves when every test passed. */
export function run(): Promise<void> {
  const mode = process.env.WORKLOG_TEST_MODE ?? 'trusted';
  const resultsFile = process.env.WORKLOG_TEST_RESULTS ?? join(repoRoot(), 'test-results', `integration-${mode}.json`);
  // WORKLOG_TEST_GREP runs only the tests whose title matches (while working on one feature).
  const grep = process.env.WORKLOG_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  const files = filesForMode(__dirname, mode);
  for (const f of files) mocha.addFile(f);
  const results: IntegrationResults = { mode, passed: 0, failed: 0, pending: 0, failures: [] };
  return new Promise((resolve, reject) => {
    const write = () => {
      mkdirSync(dirname(resultsFile), { recursive: true });
      writeFileSync(resultsFile, JSON.stringify(results, null, 2));
    };
    try {
      const runner = mocha.run(() => {
        write();
        console.log(`${results.passed} passed, ${results.failed} failed`);
        if (results.failed > 0) reject(new Error(`${results.failed} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no integration tests found for mode ${mode}`));
        else resolve();
      });
      runner.on('pass', () => { results.passed++; });
      runner.on('pending', test => {
        // A skip is a pass nobody checked: only the skips the runner documents (hostEnv.ts, `need`) are allowed.
        const title = test.fullTitle();
        if ([...allowedSkips].some(t => title === t || title.startsWith(`${t} `))) {
          results.pending++;
          return;
        }
        results.failed++;
        results.failures.push({ title, error: 'skipped, and its runner does not allow that skip (see need() in test/integration/hostEnv.ts)' });
      });
      runner.on('fail', (test, err: unknown) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), error: err instanceof Error ? err.stack ?? err.message : String(err) });
        // Written at once too: a run the watchdog ends still says what failed.
        write();
      });
    } catch (err) {
      results.failed++;
      results.failures.push({ title: 'loading the integration tests', error: err instanceof Error ? err.stack ?? err.message : String(err) });
      write();
      reject(err);
    }
  });
}
