// Where the test host lives: everything below the clone's git-ignored .cache/, nothing else outside the clone.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The clone's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** This folder: the host's pinned package.json and package-lock.json. */
export const hostSpecDir = fileURLToPath(new URL('.', import.meta.url));

/** Where the host is installed (git-ignored). */
export const hostDir = join(repoRoot, '.cache', 'vscode-host');

/** The code-server launcher inside the install. */
export const codeServerBin = join(hostDir, 'node_modules', '.bin', 'code-server');

/** Stamp written after a complete install; holds the hash of what was installed. */
export const stampFile = join(hostDir, '.installed');

/** Debian's Chromium, driven by playwright-core. */
export const chromiumBin = process.env.WORKLOG_CHROMIUM ?? '/usr/bin/chromium';

/** Artefacts kept after every run (screenshots, server logs); git-ignored. */
export const resultsDir = join(repoRoot, 'test-results');

/** The compiled test tree scripts/build.mjs writes (WORKLOG_OUT_DIR points at another, e.g. out-<name>). */
export const outDir = process.env.WORKLOG_OUT_DIR ? resolve(repoRoot, process.env.WORKLOG_OUT_DIR) : join(repoRoot, 'out');
