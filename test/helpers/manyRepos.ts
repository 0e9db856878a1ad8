/**
 * Many small repositories for load tests, made cheaply and without blocking: each is a copy of one
 * initialised repository (fixed identity, the hermetic global config of gitRepo.ts) given one commit by a
 * single `git fast-import`, a few at a time. The commits have an empty tree, so the work trees are clean.
 */
import { spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeTempRepo, ME } from './gitRepo';

/** One made repository: its folder and the full SHA of its commit. */
export interface SmallRepo {
  dir: string;
  sha: string;
}

/** Runs `git fast-import` in `dir` on `stream`; rejects with git's message when it fails. */
function fastImport(dir: string, stream: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', code => (code === 0 ? resolve() : reject(new Error(`git fast-import in ${dir} exited ${code}: ${stderr}`))));
    child.stdin.end(stream);
  });
}

/** The fast-import stream of one commit on `main` by ME, dated `date`, with `message`. */
function commitStream(message: string, date: Date): string {
  const when = `${Math.floor(date.getTime() / 1000)} +0000`;
  const data = Buffer.from(message, 'utf8');
  return `commit refs/heads/main\nauthor ${ME.name} <${ME.email}> ${when}\ncommitter ${ME.name} <${ME.email}> ${when}\ndata ${data.length}\n${message}\ndone\n`;
}

/** Makes `count` repositories named `<prefix>-<i>`, repository i holding one commit `message(i)` dated `date`. */
export async function makeSmallRepos(count: number, prefix: string, message: (i: number) => string, date: Date): Promise<SmallRepo[]> {
  const template = makeTempRepo(`${prefix}-template`);
  const parent = dirname(template.dir);
  const out: SmallRepo[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const dir = join(parent, `${prefix}-${i}`);
      await cp(join(template.dir, '.git'), join(dir, '.git'), { recursive: true });
      await fastImport(dir, commitStream(message(i), date));
      out[i] = { dir, sha: (await readFile(join(dir, '.git', 'refs', 'heads', 'main'), 'utf8')).trim() };
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}
