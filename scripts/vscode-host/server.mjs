// Starts and stops code-server (the real VS Code server) in its own process group, with every
// folder it writes (profile, extensions, HOME, TMPDIR) in a fresh temp dir.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, repoRoot, resultsDir } from './paths.mjs';

/** Settings every test profile starts with; a run's own settings are merged over them. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The built-in git extension would run git too; keep the recorded git runs to ours.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  // With trust enabled, no modal on startup: the folder simply opens restricted.
  'security.workspace.trust.startupPrompt': 'never',
};

/** Creates the temp folders of one run: home, tmp (short path: VS Code puts sockets there), profile, extensions, bin. */
export function makeRunDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `wl-${name}-`));
  liveRunDirs.add(dir);
  for (const sub of ['home', 'tmp', 'ud/User', 'ext', 'bin']) mkdirSync(join(dir, sub), { recursive: true });
  return dir;
}

/** Puts a `git` on PATH that records every run (cwd, args) in gitLog, then runs the real git unchanged. */
function writeGitRecorder(binDir, gitLog) {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const shim = join(binDir, 'git');
  writeFileSync(shim, [
    '#!/bin/sh',
    `printf '%s\\t%s\\t%s\\n' "$PPID" "$PWD" "$*" >> '${gitLog}'`,
    `exec '${realGit}' "$@"`,
    '',
  ].join('\n'));
  chmodSync(shim, 0o755);
  writeFileSync(gitLog, '');
}

/** True when GET url answers 200. */
function healthy(url) {
  return new Promise(resolve => {
    const req = get(url, res => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment of the server and of the browser: HOME and TMPDIR inside the run dir. */
export function runEnv(runDir, extra = {}) {
  return {
    ...process.env,
    HOME: join(runDir, 'home'),
    TMPDIR: join(runDir, 'tmp'),
    XDG_CONFIG_HOME: join(runDir, 'home', '.config'),
    XDG_CACHE_HOME: join(runDir, 'home', '.cache'),
    XDG_DATA_HOME: join(runDir, 'home', '.local', 'share'),
    ...extra,
  };
}

/** Installs a .vsix into the run's extensions dir (the only way code-server picks up a packaged extension). */
export function installExtension(runDir, vsix) {
  const r = spawnSync(codeServerBin, [
    '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'ext'), '--install-extension', vsix,
  ], { env: runEnv(runDir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
}

/**
 * Puts the test language model (test/fixtures/lm-provider) into the run's extensions dir, unpacked, before the
 * server starts: the only way to load a second extension next to the one under development. It registers a
 * model through the proposed chatProvider API, which this code-server build allows any extension to use.
 */
export function installTestLanguageModel(runDir) {
  const folder = 'worklog-test.fake-lm-0.0.1';
  const location = join(runDir, 'ext', folder);
  cpSync(join(repoRoot, 'test', 'fixtures', 'lm-provider'), location, { recursive: true });
  // Once an extension is installed, the extensions dir lists what it holds in extensions.json: list it there too.
  const list = join(runDir, 'ext', 'extensions.json');
  if (!existsSync(list)) return;
  const entries = JSON.parse(readFileSync(list, 'utf8'));
  entries.push({
    identifier: { id: 'worklog-test.fake-lm' }, version: '0.0.1', location: { $mid: 1, path: location, scheme: 'file' },
    relativeLocation: folder, metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  });
  writeFileSync(list, JSON.stringify(entries));
}

const liveServers = new Set();
const liveRunDirs = new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
// Whatever way this process ends, no server outlives it.
process.on('exit', () => {
  for (const pid of liveServers) killGroup(pid, 'SIGKILL');
  for (const dir of liveRunDirs) rmSync(dir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    for (const pid of liveServers) killGroup(pid, 'SIGKILL');
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });
}

/**
 * Starts code-server on a free loopback port. Options: runDir (from makeRunDir), name (for the kept log),
 * settings (merged over baseSettings), env (extra variables the server and so the extension host inherit),
 * workspaceTrust (default false: --disable-workspace-trust).
 * Returns { url, stop() }.
 */
export async function startServer({ runDir, name, settings = {}, env = {}, workspaceTrust = false }) {
  writeFileSync(join(runDir, 'ud', 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  const gitLog = join(runDir, 'git-runs.log');
  writeGitRecorder(join(runDir, 'bin'), gitLog);
  const port = await freePort();
  const logFile = join(runDir, 'code-server.log');
  const serverEnv = runEnv(runDir, {
    ...env,
    WORKLOG_TEST_GIT_LOG: gitLog,
    PATH: `${join(runDir, 'bin')}:${process.env.PATH}`,
  });
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
  ];
  const fd = openSync(logFile, 'a');
  // detached: the server calls setsid(), so its pid is its process group and kill(-pid) ends everything it forked.
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', fd, fd], env: serverEnv });
  closeSync(fd);
  liveServers.add(child.pid);
  let exited = false;
  const exitedPromise = new Promise(resolve => child.once('exit', () => { exited = true; resolve(); }));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (!liveServers.has(child.pid)) return;
    killGroup(child.pid, 'SIGTERM');
    await Promise.race([exitedPromise, new Promise(r => setTimeout(r, 5000))]);
    // The group may outlive its leader (extension host, watchers): make sure all of it is gone.
    killGroup(child.pid, 'SIGKILL');
    liveServers.delete(child.pid);
    mkdirSync(resultsDir, { recursive: true });
    try {
      copyFileSync(logFile, join(resultsDir, `${name}-code-server.log`));
    } catch { /* no log written */ }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    if (await healthy(`${url}/healthz`)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return { url, stop };
}

/** Removes a run dir (profiles, sockets, fixture copies). */
export function removeRunDir(runDir) {
  rmSync(runDir, { recursive: true, force: true });
  liveRunDirs.delete(runDir);
}
