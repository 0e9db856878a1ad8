// Installs the pinned test host (code-server = VS Code server build, Debian's Chromium) into .cache/vscode-host/.
//   node scripts/vscode-host/install.mjs          install when missing or when the lockfile changed; else a no-op
//   node scripts/vscode-host/install.mjs --force   reinstall
// apt packages (chromium, ripgrep, libkrb5-dev) are installed when missing, as root or through sudo.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerBin, hostDir, hostSpecDir, stampFile } from './paths.mjs';

const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

/** Files whose presence proves the install scripts ran (native builds, ripgrep, code-server's postinstall). */
const PROOF_OF_SCRIPTS = [
  'node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'node_modules/code-server/lib/vscode/node_modules.asar',
];

/** What the current install must match: the pinned manifest, the lockfile, Node's major version and the CPU. */
function specHash() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(readFileSync(join(hostSpecDir, f)));
  h.update(`${process.versions.node.split('.')[0]}/${process.arch}`);
  return h.digest('hex');
}

function hasDebPackage(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the Debian packages that are missing; throws with a clear message when it cannot. */
function ensureDebPackages(names, log) {
  const missing = names.filter(n => !hasDebPackage(n));
  if (!missing.length) return;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!isRoot && !canSudo) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them first: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const run = (args) => {
    const [cmd, argv] = isRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
    execFileSync(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  log(`apt: installing ${missing.join(' ')}`);
  run(['update', '-q']);
  run(['install', '-y', '-q', '--no-install-recommends', ...missing]);
}

/** @vscode/ripgrep's postinstall downloads from GitHub; a cached archive of Debian's rg makes it use that instead. */
function seedRipgrepCache(tmpDir) {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) throw new Error(`no ripgrep target known for ${process.arch}`);
  const cache = join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(cache, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['czf', join(cache, `ripgrep-${RIPGREP_ASSET_VERSION}-${target}.tar.gz`), '-C', join(rg, '..'), 'rg']);
}

/** True when the installed host matches the pinned spec. */
export function hostIsCurrent() {
  return existsSync(codeServerBin) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === specHash();
}

/** Makes sure the pinned host and its browser are installed; a no-op when they already are. */
export function ensureHost({ force = false, log = (m) => console.log(`[vscode-host] ${m}`) } = {}) {
  // Chromium is needed on every run; the build tools only for an install.
  const current = !force && hostIsCurrent();
  ensureDebPackages(current ? ['chromium'] : ['chromium', 'ripgrep', 'libkrb5-dev'], log);
  if (current) {
    log(`code-server up to date in ${hostDir}`);
    return;
  }
  const t0 = Date.now();
  rmSync(join(hostDir, 'node_modules'), { recursive: true, force: true });
  rmSync(stampFile, { force: true });
  const tmpDir = join(hostDir, 'tmp');
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(hostSpecDir, f), join(hostDir, f));
  seedRipgrepCache(tmpDir);
  const logFile = join(hostDir, 'install.log');
  log(`npm ci code-server (native builds, about 2 minutes; log: ${logFile})`);
  const r = spawnSync('npm', ['ci', '--foreground-scripts', '--no-audit', '--no-fund'], {
    cwd: hostDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      TMPDIR: tmpDir,
      // node-pty's install runs `npx node-gyp`: answer its prompt.
      npm_config_yes: 'true',
      // code-server's postinstall refuses to run as root without it.
      npm_config_unsafe_perm: 'true',
      // Build native modules against the installed Node's headers instead of downloading them.
      npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
      // Never let a stray setting skip the install scripts: they build what the server needs.
      npm_config_ignore_scripts: 'false',
    },
  });
  writeFileSync(logFile, (r.stdout ?? '') + (r.stderr ?? ''));
  if (r.status !== 0) {
    const tail = ((r.stdout ?? '') + (r.stderr ?? '')).split('\n').slice(-40).join('\n');
    throw new Error(`npm ci failed (exit ${r.status}):\n${tail}`);
  }
  const missing = PROOF_OF_SCRIPTS.filter(f => !existsSync(join(hostDir, f)));
  if (missing.length) {
    throw new Error(`npm ci succeeded but install scripts did not run (missing: ${missing.join(', ')}); see ${logFile}`);
  }
  writeFileSync(stampFile, specHash() + '\n');
  log(`installed code-server in ${Math.round((Date.now() - t0) / 1000)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureHost({ force: process.argv.includes('--force') });
  } catch (e) {
    console.error(`[vscode-host] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
