/**
 * A Gerrit-style history as a `git fast-import` stream: a linear `main` (changes are submitted by cherry-pick,
 * not merged), a `stable/<year>.<n>` branch cut from it every quarter, and about a fifth of the fixes
 * backported by a maintainer to the two newest stable branches a few days later, with their `Change-Id:`
 * (half of the copies also carry Work Log's other clue, the same patch only). Every change adds its own small
 * file, so a copy's patch equals its original's on any branch.
 */
import type { Author } from './people';
import { Prng } from './prng';

/** What backport history to generate. */
export interface BackportSpec {
  seed: number;
  /** Changes on main. */
  commits: number;
  authors: readonly Author[];
  weights: readonly number[];
  /** The maintainer who backports. */
  maintainer: Author;
  start: number;
  end: number;
}

/** What was written. */
export interface BackportStats {
  commits: number;
  backports: number;
  stableBranches: number;
}

const QUARTER = 91 * 24 * 3600;

/** Streams the history to `write` (which must honour backpressure). */
export async function writeBackportHistory(spec: BackportSpec, write: (chunk: string) => Promise<void>): Promise<BackportStats> {
  const rng = new Prng(spec.seed);
  let out: string[] = [];
  let size = 0;
  const emit = async (s: string) => {
    out.push(s);
    size += s.length;
    if (size > 1 << 20) await flush();
  };
  const flush = async () => {
    if (!out.length) return;
    const chunk = out.join('');
    out = [];
    size = 0;
    await write(chunk);
  };
  let mark = 0;
  const ident = (a: Author, t: number) => `${a.name} <${a.email}> ${t} ${a.tz}`;
  const step = (spec.end - spec.start) / spec.commits;
  /** A change: its own new file, so its patch is the same wherever it is applied. */
  const change = (n: number) => {
    const path = `src/c${Math.floor(n / 100)}/change${n}.c`;
    const data = `int change${n} = ${rng.int(0, 99999)};\n`;
    return `M 100644 inline ${path}\ndata ${Buffer.byteLength(data)}\n${data}`;
  };
  const commit = async (ref: string, parent: number | undefined, author: Author, authored: number, committer: Author, committed: number, msg: string, file: string) => {
    const m = ++mark;
    await emit(`commit ${ref}\nmark :${m}\nauthor ${ident(author, authored)}\ncommitter ${ident(committer, committed)}\n` +
      `data ${Buffer.byteLength(msg)}\n${msg}\n${parent ? `from :${parent}\n` : ''}${file}\n\n`);
    return m;
  };

  let mainTip = await commit('refs/heads/main', undefined, spec.maintainer, spec.start - 10, spec.maintainer, spec.start - 10, 'Initial import\n', change(0));
  const stables: { name: string; tip: number }[] = [];
  const pending: { due: number; author: Author; authored: number; msg: string; file: string; branch: number }[] = [];
  let nextCut = spec.start + QUARTER;
  let backports = 0;
  let lastTime = spec.start;
  for (let n = 1; n <= spec.commits; n++) {
    const t = Math.max(lastTime + 1, Math.floor(spec.start + n * step + rng.next() * step * 0.5)) | 1;
    lastTime = t;
    // Backports due by now land first, each on its own stable branch, in time order.
    pending.sort((a, b) => a.due - b.due);
    while (pending.length && pending[0].due < t) {
      const p = pending.shift()!;
      const branch = stables[p.branch];
      branch.tip = await commit(`refs/heads/${branch.name}`, branch.tip, p.author, p.authored, spec.maintainer, p.due, p.msg, p.file);
      backports++;
    }
    if (t >= nextCut) {
      const year = new Date(t * 1000).getUTCFullYear();
      const name = `stable/${year}.${stables.filter(s => s.name.startsWith(`stable/${year}.`)).length + 1}`;
      stables.push({ name, tip: mainTip });
      await emit(`reset refs/heads/${name}\nfrom :${mainTip}\n\n`);
      nextCut += QUARTER;
    }
    const author = spec.authors[rng.weighted(spec.weights)];
    const fix = rng.chance(0.35);
    const changeId = `I${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}${n.toString(16).padStart(34, '0')}`;
    const subject = `${fix ? 'fix' : rng.pick(['feat', 'refactor', 'docs', 'test', 'chore'])}: change ${n} of the parser`;
    const msg = `${subject}\n\nChange-Id: ${changeId}\n`;
    const file = change(n);
    mainTip = await commit('refs/heads/main', mainTip, author, t, author, t, msg, file);
    if (fix && stables.length && rng.chance(0.6)) {
      for (const b of [stables.length - 1, stables.length - 2].filter(i => i >= 0)) {
        // Half the copies carry the Change-Id; the others are found by their patch alone.
        const copyMsg = rng.chance(0.5) ? msg : `${subject}\n`;
        pending.push({ due: t + rng.int(1, 14) * 24 * 3600 + rng.int(0, 3600), author, authored: t, msg: copyMsg, file, branch: b });
      }
    }
  }
  await emit('done\n');
  await flush();
  return { commits: spec.commits, backports, stableBranches: stables.length };
}
