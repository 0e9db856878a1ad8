/**
 * Helpers of the hostile-text e2e spec: a payload commit added to (and taken back from) the fixture repository,
 * the webview's content frame as a Playwright Frame, and a CSP-violation recorder to run inside it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { EXTENSION_ID } from '../../src/constants';
import { page } from './harness';

/** What the spec reads back from inside the webview. */
export interface FrameReport {
  pwned: unknown;
  text: string;
  payloadImages: number;
  payloadScripts: number;
  violations: string[];
}

const HOSTILE_FILE = 'hostile-payload.txt';

/** Runs git in the fixture repository with pinned dates and no system or user config. */
function git(repo: string, args: string[], input?: string): string {
  const date = new Date(Date.now() - 60_000).toISOString();
  return execFileSync('git', args, {
    cwd: repo, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  }).trim();
}

/** Commits `subject` on the fixture's checked-out branch as the fixture's own identity, a minute ago (in every window). */
export function addHostileCommit(repo: string, subject: string): string {
  writeFileSync(join(repo, HOSTILE_FILE), `${subject}\n`);
  git(repo, ['add', '--', HOSTILE_FILE]);
  git(repo, ['commit', '-q', '--no-verify', '-F', '-'], `${subject}\n`);
  return git(repo, ['rev-parse', 'HEAD']);
}

/** Takes the payload commit back (when it is still the tip), so later specs see the fixture as built. */
export function dropHostileCommit(repo: string): void {
  const files = git(repo, ['show', '--name-only', '--format=', 'HEAD']);
  if (files.split('\n').includes(HOSTILE_FILE)) git(repo, ['reset', '-q', '--hard', 'HEAD~1']);
}

/** The sidebar webview's content frame (two iframes deep) as a Frame, to evaluate in. */
export async function sidebarContentFrame(): Promise<Frame> {
  const host = await page().locator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).elementHandle({ timeout: 30_000 });
  const outer = await host?.contentFrame();
  const inner = await (await outer?.locator('iframe#active-frame').elementHandle({ timeout: 30_000 }))?.contentFrame();
  if (!inner) throw new Error('the Work Log webview content frame was not found');
  return inner;
}

/**
 * Records every `securitypolicyviolation` of the document it runs in, in `window.__worklogCsp`. Self-contained
 * (serialised into the browser); safe to run twice: it re-attaches its one listener, keeping what was recorded.
 */
export function watchFrame(): void {
  const w = window as unknown as { __worklogCsp?: string[]; __worklogCspListener?: (e: SecurityPolicyViolationEvent) => void };
  w.__worklogCsp ??= [];
  if (w.__worklogCspListener) document.removeEventListener('securitypolicyviolation', w.__worklogCspListener, true);
  w.__worklogCspListener = e => w.__worklogCsp!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
  document.addEventListener('securitypolicyviolation', w.__worklogCspListener, true);
}
