/** Startup measurements: bundle size, `require` time in plain Node, .vsix size, activation time from the harness. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './measure';
import { run } from './processes';

/** What the startup section reports. */
export interface Startup {
  extensionBytes?: number;
  requireMs?: number;
  vsixBytes?: number;
  vsixNote: string;
  activationMs?: number;
  activationNote: string;
}

/** Where the integration suite (test/integration/activation.test.ts) writes the measured activation time. */
export const ACTIVATION_FILE = 'test-results/activation.json';

/** Measures what exists; `packageVsix` runs `npm run package` first when the script exists. */
export async function measureStartup(root: string, requireScript: string, runs: number, packageVsix: boolean): Promise<Startup> {
  const r: Startup = { vsixNote: '', activationNote: 'n/a (run npm run test:integration)' };
  const ext = join(root, 'dist', 'extension.js');
  if (existsSync(ext)) {
    r.extensionBytes = statSync(ext).size;
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const out = await run(process.execPath, [requireScript, ext]);
      if (i > 0) times.push((JSON.parse(out.stdout) as { ms: number }).ms);
    }
    r.requireMs = median(times);
  }

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (packageVsix && pkg.scripts?.package) {
    await run('npm', ['run', '--silent', 'package'], { cwd: root });
  }
  const vsix = readdirSync(root).filter(f => f.endsWith('.vsix'))
    .map(f => ({ f, m: statSync(join(root, f)).mtimeMs })).sort((a, b) => b.m - a.m)[0];
  if (vsix) {
    r.vsixBytes = statSync(join(root, vsix.f)).size;
    r.vsixNote = vsix.f;
  } else if (!pkg.scripts?.package) r.vsixNote = 'no "package" script';
  else r.vsixNote = packageVsix ? 'npm run package made no .vsix' : 'not packaged with --no-build; run npm run package';

  const p = join(root, ACTIVATION_FILE);
  if (existsSync(p)) {
    const data = JSON.parse(readFileSync(p, 'utf8')) as { activationMs?: number };
    if (typeof data.activationMs === 'number') {
      r.activationMs = data.activationMs;
      r.activationNote = `${ACTIVATION_FILE}, ${new Date(statSync(p).mtimeMs).toISOString().slice(0, 16)}`;
    }
  }
  return r;
}
