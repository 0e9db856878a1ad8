// `npm run bench`: builds what the benchmark needs, then runs it (bench/main.ts, bundled into bench/.data/build).
//   node bench/run.mjs               build the project (scripts/build.mjs), package the .vsix, measure
//   node bench/run.mjs --no-build    use the existing dist/ and skip `npm run package`
//   node bench/run.mjs --runs 9      timed rounds per measurement (default 7)
//   node bench/run.mjs --profile     also profile the in-process core (quarter draft) into bench/.data/profiles
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const data = join(root, 'bench', '.data');
const build = join(data, 'build');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const GIT_STANDUP = 'git-standup@2.3.2';

mkdirSync(build, { recursive: true });
if (!noBuild) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

// git-standup, pinned, installed from the npm registry into bench/.data/tools (it is one bash script).
if (!existsSync(join(data, 'tools', 'node_modules', 'git-standup', 'git-standup'))) {
  execFileSync('npm', ['install', '--prefix', join(data, 'tools'), '--no-save', '--no-package-lock', '--no-audit', '--no-fund', GIT_STANDUP],
    { cwd: root, stdio: 'inherit' });
}

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', sourcemap: 'inline' };
const bundles = [
  { name: 'bench', entry: 'bench/main.ts', required: true },
  { name: 'requireExtension', entry: 'bench/requireExtension.ts', required: true },
  // The in-process core: bundled from src/ like the extension bundles it. Missing core modules only skip its rows.
  { name: 'draftCore', entry: 'bench/core/draftCore.ts' },
  { name: 'journalCore', entry: 'bench/core/journalCore.ts' },
  // The same core in a child process of its own, which times each draft itself (see bench/core/coreChild.ts).
  { name: 'coreChild', entry: 'bench/core/coreChild.ts' },
];
for (const b of bundles) {
  const outfile = join(build, `${b.name}.js`);
  rmSync(outfile, { force: true });
  try {
    await esbuild.build({ ...common, entryPoints: [join(root, b.entry)], outfile });
  } catch (e) {
    if (b.required) throw e;
    const first = e.errors?.[0];
    console.error(`bench: skipping ${b.name} (${first ? `${first.location?.file ?? ''}: ${first.text}` : e.message})`);
  }
}

// With --no-build, dist/cli.js may be older than the source: the CLI rows then measure a CLI bundled
// here from src/ exactly as scripts/build.mjs bundles it (unless WORKLOG_BENCH_CLI names another).
const env = { ...process.env, WORKLOG_ROOT: root };
if (noBuild && !env.WORKLOG_BENCH_CLI) {
  const outfile = join(build, 'cli.js');
  await esbuild.build({ ...common, sourcemap: true, entryPoints: [join(root, 'src/cli/main.ts')], outfile, banner: { js: '#!/usr/bin/env node' } });
  env.WORKLOG_BENCH_CLI = outfile;
}

const forward = args.filter(a => a !== '--no-build');
if (noBuild && !forward.includes('--no-package')) forward.push('--no-package');
const r = spawnSync(process.execPath, [join(build, 'bench.js'), ...forward], { cwd: root, stdio: 'inherit', env });
process.exit(r.status ?? 1);
