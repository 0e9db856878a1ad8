// Packages the built extension (dist/ as it is) into a .vsix with vsce; .vscodeignore decides what ships.
//   node scripts/packageVsix.mjs [--out FILE]      (npm run package builds for production first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

/** Runs `vsce package` into `out` (default: vsce's worklog-<version>.vsix in the root); throws on failure. */
export function packageVsix(out) {
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  // No repository is published yet: keep README links relative instead of guessing a host for them.
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', ...(out ? ['--out', out] : [])];
  const r = spawnSync(process.execPath, [vsce, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || (out && !existsSync(out))) throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  process.stdout.write(packageVsix(i > 0 ? process.argv[i + 1] : undefined));
}
