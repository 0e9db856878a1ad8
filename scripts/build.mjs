// Builds the bundles (dist/) and the test tree (out/) with esbuild.
//   node scripts/build.mjs            bundles + tests
//   node scripts/build.mjs --watch    rebuild on change
//   node scripts/build.mjs --production  minified bundles, no source maps, no tests
//   node scripts/build.mjs --tests-only --outdir out-x   only the test tree, into out-x/
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const testsOnly = process.argv.includes('--tests-only');
const outArg = process.argv.indexOf('--outdir');
const root = new URL('..', import.meta.url).pathname;
const outdir = join(root, outArg > 0 ? process.argv[outArg + 1] : 'out');

/** Every *.ts below dir. */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const common = { logLevel: 'warning', sourcemap: !production, minify: production, legalComments: 'none' };

const bundles = [
  { ...common, entryPoints: [join(root, 'src/extension.ts')], outfile: join(root, 'dist/extension.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { ...common, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(root, 'dist/cli.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [join(root, 'src/webview/main.ts')], outfile: join(root, 'dist/webview.js'),
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022' },
];

// Tests and the sources they import, transpiled file by file (not bundled) to out/.
const tests = {
  entryPoints: [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'test'))],
  outdir, outbase: root, platform: 'node', format: 'cjs', target: 'node20',
  sourcemap: 'inline', logLevel: 'warning',
};

function copyAssets() {
  mkdirSync(join(root, 'dist/codicons'), { recursive: true });
  const codicons = join(root, 'node_modules/@vscode/codicons/dist');
  for (const f of ['codicon.css', 'codicon.ttf']) cpSync(join(codicons, f), join(root, 'dist/codicons', f));
}

const configs = testsOnly ? [tests] : production ? bundles : [...bundles, tests];
if (!testsOnly) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  copyAssets();
}
if (watch) {
  for (const c of configs) await (await esbuild.context(c)).watch();
  console.log('watching', configs.map(c => c.outfile ?? relative(root, c.outdir)).join(', '));
} else {
  if (!production) rmSync(outdir, { recursive: true, force: true });
  await Promise.all(configs.map(c => esbuild.build(c)));
}
