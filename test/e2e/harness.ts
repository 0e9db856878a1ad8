/**
 * What e2e specs drive: a real Chromium (playwright-core) on the real VS Code workbench served by code-server,
 * with the packaged extension installed. scripts/vscode-host/runE2e.mjs starts the server and passes
 * everything here through WORKLOG_E2E_* environment variables; specs never start processes themselves.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { EXTENSION_ID } from '../../src/constants';

/** What the runner hands the specs. */
export interface E2eEnv {
  /** Base URL of the running code-server, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** The fixture workspace folder the workbench opens. */
  workspace: string;
  /** Where screenshots go (git-ignored test-results/e2e). */
  screenshots: string;
  /** Chromium binary and flags (the runner already points HOME and TMPDIR into its run dir). */
  chromium: string;
  chromiumArgs: string[];
}

/** Reads the runner's environment; throws when a spec is run outside the runner. */
export function e2eEnv(): E2eEnv {
  const need = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run e2e specs through scripts/vscode-host/runE2e.mjs (npm run test:e2e)`);
    return v;
  };
  return {
    url: need('WORKLOG_E2E_URL'),
    workspace: need('WORKLOG_E2E_WORKSPACE'),
    screenshots: need('WORKLOG_E2E_SCREENSHOTS'),
    chromium: need('WORKLOG_CHROMIUM'),
    chromiumArgs: JSON.parse(need('WORKLOG_CHROMIUM_ARGS')) as string[],
  };
}

let context: BrowserContext | undefined;
let current: Page | undefined;

/** The open workbench page; throws before openWorkbench(). */
export function page(): Page {
  if (!current) throw new Error('call openWorkbench() first');
  return current;
}

/** Opens (once per run) the workbench on the fixture folder and waits until it is usable. */
export async function openWorkbench(): Promise<Page> {
  const env = e2eEnv();
  if (current) return current;
  context ??= await chromium.launchPersistentContext(join(tmpdir(), `chrome-e2e-${process.pid}`), {
    executablePath: env.chromium, headless: true, viewport: { width: 1400, height: 900 }, args: env.chromiumArgs,
  });
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
export function sidebarFrame(): FrameLocator {
  return page().frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('iframe#active-frame');
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

/** Answers the visible quick pick whose title contains `titlePart` with its first (default) item. */
export async function acceptQuickPick(titlePart: string): Promise<void> {
  const widget = page().locator('.quick-input-widget', { hasText: titlePart });
  await widget.waitFor({ state: 'visible', timeout: 20_000 });
  await page().keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/** Drafts the update from the sidebar's button with the default period and template; returns the draft's editor lines. */
export async function draftFromSidebar(frame: FrameLocator): Promise<Locator> {
  await frame.locator('button.primary', { hasText: 'Draft Update' }).first().click({ timeout: 60_000 });
  await acceptQuickPick('which period');
  await acceptQuickPick('which kind of update');
  const editor = page().locator('.part.editor .editor-group-container.active .view-lines');
  await editor.filter({ hasText: 'Here is my update' }).first().waitFor({ timeout: 60_000 });
  return editor;
}
