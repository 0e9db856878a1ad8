/**
 * What the runner (scripts/vscode-host/runIntegration.mjs) hands the tests through the server's environment,
 * which the remote extension host inherits: the fixture folder and the log of every git run. A test that needs
 * one calls `need`: a runner that does not provide it fails that test, unless the runner documents the skip by
 * listing it in WORKLOG_TEST_ALLOW_SKIP (runElectron.mjs does, for the git log it cannot keep).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

/** The test extension that registers a deterministic language model (test/fixtures/lm-provider). */
export const TEST_LANGUAGE_MODEL = 'worklog-test.fake-lm';

/** One recorded git run: parent pid, working directory, arguments. */
export interface GitRun {
  ppid: number;
  cwd: string;
  args: string;
}

/** The fixture workspace folder the runner created, or undefined outside the harness (e.g. test:electron). */
export function fixtureDir(): string | undefined {
  return process.env.WORKLOG_TEST_FIXTURE;
}

/** Whether git runs are being recorded (only under the code-server harness). */
export function gitRunsRecorded(): boolean {
  const log = process.env.WORKLOG_TEST_GIT_LOG;
  return !!log && existsSync(log);
}

/** Every git process started since the server started, as recorded by the harness's git wrapper on PATH. */
export function gitRuns(): GitRun[] {
  const log = process.env.WORKLOG_TEST_GIT_LOG;
  if (!log || !existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).map(line => {
    const [ppid, cwd, ...args] = line.split('\t');
    return { ppid: Number(ppid), cwd, args: args.join('\t') };
  });
}

/** What a test can need from its runner. */
export type Need = 'fixture' | 'gitLog' | 'languageModel';

const NEEDS: Record<Need, { what: string; present: () => boolean }> = {
  fixture: { what: 'the fixture workspace (WORKLOG_TEST_FIXTURE)', present: () => !!fixtureDir() },
  gitLog: { what: 'the log of every git run (WORKLOG_TEST_GIT_LOG, kept by the code-server harness)', present: gitRunsRecorded },
  languageModel: {
    what: 'the test language model (test/fixtures/lm-provider, installed by the code-server harness)',
    present: () => !!vscode.extensions.getExtension(TEST_LANGUAGE_MODEL),
  },
};

/** Full titles of the tests and suites skipped for a reason their runner allows; every other skip fails the run (index.ts). */
export const allowedSkips = new Set<string>();

/**
 * Makes sure the runner provides `need`: else skips the test (or, from a hook, its suite) when the runner
 * allows that skip, and fails it otherwise.
 */
export function need(ctx: Mocha.Context, ...needs: Need[]): void {
  const missing = needs.filter(n => !NEEDS[n].present());
  if (!missing.length) return;
  const allowed = (process.env.WORKLOG_TEST_ALLOW_SKIP ?? '').split(',').map(s => s.trim());
  if (missing.every(n => allowed.includes(n))) {
    // From a hook, the whole suite is skipped; from a test, the test.
    const skipped = (ctx.test as { type?: string } | undefined)?.type === 'hook' ? ctx.test?.parent : ctx.test;
    if (skipped) allowedSkips.add(skipped.fullTitle());
    ctx.skip();
  }
  throw new Error(`this runner does not provide ${missing.map(n => NEEDS[n].what).join(' or ')}`);
}
