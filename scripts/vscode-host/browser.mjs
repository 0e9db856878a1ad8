// Launches Debian's Chromium headless through playwright-core, with its profile, HOME and TMPDIR in the run dir.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromiumBin, repoRoot } from './paths.mjs';
import { runEnv } from './server.mjs';

const require = createRequire(join(repoRoot, 'package.json'));

/** Chromium flags that work headless on these machines (no sandbox as root, no GPU, no background traffic). */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** A persistent browser context with a fresh profile; returns { context, page }. */
export async function launchBrowser(runDir) {
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(runDir, 'tmp', 'chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumBin,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: chromiumArgs,
    env: runEnv(runDir),
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page };
}

/** The workbench URL for a folder; with a payload (e.g. extensionDevelopmentPath) when given. */
export function workbenchUrl(base, folder, payload) {
  const host = new URL(base).host;
  let q = `folder=${encodeURIComponent(resolve(folder))}`;
  if (payload) {
    // Paths in the payload are on the server: the remote authority is the host the browser used.
    const entries = payload.map(([k, v]) => [k, v.startsWith('/') ? `vscode-remote://${host}${v}` : v]);
    q += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  }
  return `${base}/?${q}`;
}
