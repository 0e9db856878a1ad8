/**
 * What e2e specs drive: a real Chromium (playwright-core) on the real VS Code workbench served by code-server,
 * with the packaged extension installed. scripts/vscode-host/runE2e.mjs starts the server and passes
 * everything here through WORKLOG_E2E_* environment variables; specs never start processes themselves.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';

/** The extension under test (publisher.name). */
export const EXTENSION_ID = 'worklog-dev.worklog';

/** What the runner hands the specs. */
export interface E2eEnv {
  /** Base URL of the running code-server, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** The fixture workspace folder the workbench opens. */
  workspace: string;
  /** Where screenshots go (git-ignored test-results/e2e). */
  screenshots: string;
  /** Chromium binary and flags; HOME and TMPDIR for it. */
  chromium: string;
  chromiumArgs: string[];
  browserEnv: Record<string, string>;
}

/** Reads the runner's environment; throws when a spec is run outside the runner. */
export function e2eEnv(): E2eEnv {
  const need = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run e2e specs through scripts/vscode-host/runE2e.mjs (npm run test:e2e)`);
    return v;
  };
  const runDir = need('WORKLOG_E2E_RUN_DIR');
  return {
    url: need('WORKLOG_E2E_URL'),
    workspace: need('WORKLOG_E2E_WORKSPACE'),
    screenshots: need('WORKLOG_E2E_SCREENSHOTS'),
    chromium: need('WORKLOG_CHROMIUM'),
    chromiumArgs: JSON.parse(need('WORKLOG_CHROMIUM_ARGS')) as string[],
    browserEnv: { ...process.env as Record<string, string>, HOME: join(runDir, 'home'), TMPDIR: join(runDir, 'tmp') },
  };
}

let context: BrowserContext | undefined;
let current: Page | undefined;

/** The open workbench page; throws before openWorkbench(). */
export function page(): Page {
  if (!current) throw new Error('call openWorkbench() first');
  return current;
}

/** Opens (once per run, or again with fresh) the workbench on the fixture folder and waits until it is usable. */
export async function openWorkbench(opts: { fresh?: boolean } = {}): Promise<Page> {
  const env = e2eEnv();
  if (current && !opts.fresh) return current;
  if (!context) {
    const profile = join(env.browserEnv.TMPDIR, `chrome-e2e-${process.pid}`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: env.chromium, headless: true, viewport: { width: 1400, height: 900 },
      args: env.chromiumArgs, env: env.browserEnv,
    });
  }
  current = context.pages()[0] ?? await context.newPage();
  await current.goto(`${env.url}/?folder=${encodeURIComponent(env.workspace)}`);
  await current.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  await current.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  return current;
}

/** Closes the browser (the root hook does this after the last spec). */
export async function closeWorkbench(): Promise<void> {
  await context?.close().catch(() => undefined);
  context = undefined;
  current = undefined;
}

/** The activity-bar entry of a view container, by its title (e.g. "Work Log"). */
export function activityBarEntry(title: string): Locator {
  return page().locator(`.part.activitybar [aria-label^="${title}"]`).first();
}

/** A status bar item by (part of) its visible text. */
export function statusBarItem(text: string | RegExp): Locator {
  return page().locator('.part.statusbar .statusbar-item', { hasText: text }).first();
}

/** The inside of the extension's webview view: two iframes deep (the host frame, then the content frame). */
export function sidebarFrame(extensionId = EXTENSION_ID): FrameLocator {
  return page().frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`).frameLocator('iframe#active-frame');
}

/** Opens the "Work Log" container from the activity bar and returns its webview content frame. */
export async function openSidebar(title = 'Work Log'): Promise<FrameLocator> {
  const entry = activityBarEntry(title);
  await entry.waitFor({ timeout: 30_000 });
  // Clicking an already open container would close it.
  if ((await entry.getAttribute('aria-expanded')) !== 'true' && !(await entry.locator('xpath=..').getAttribute('class'))?.includes('checked')) {
    await entry.click();
  }
  const frame = sidebarFrame();
  await frame.locator('body').waitFor({ timeout: 30_000 });
  return frame;
}

/** Runs a command from the palette by its title as shown there (e.g. "Work Log: Draft Update"). */
export async function runCommand(title: string): Promise<void> {
  const p = page();
  // The palette key must reach the workbench, not a focused webview: focus the editor area first.
  await p.locator('.part.editor').click({ position: { x: 10, y: 200 } }).catch(() => undefined);
  await p.keyboard.press('F1');
  const input = p.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await p.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await p.keyboard.press('Enter');
}

/** Saves a full-page screenshot as test-results/e2e/<name>.png and returns its path. */
export async function screenshot(name: string): Promise<string> {
  const dir = e2eEnv().screenshots;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page().screenshot({ path });
  return path;
}
