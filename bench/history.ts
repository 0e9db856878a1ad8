/**
 * Writes a deterministic, realistic git history as a `git fast-import` stream: pull requests on
 * feature branches merged into `main` ("Merge pull request #N from org/branch"), direct and squash
 * commits, Conventional Commit subjects, ticket ids, `Co-authored-by:` trailers, fixups and WIP
 * commits, small diffs over a tree of source files, and a fixed set of branches left at the end.
 */
import type { Author } from './people';
import { Prng } from './prng';

/** What history to generate. */
export interface HistorySpec {
  seed: number;
  /** Non-merge commits to write. */
  commits: number;
  authors: readonly Author[];
  weights: readonly number[];
  /** Unix seconds of the first and the last commit. */
  start: number;
  end: number;
  /** Branches (refs/heads/*) at the end, `main` included. */
  branches: number;
  /** Of those, feature branches never merged (in progress at the end of history). */
  unmerged: number;
  /** Files in the initial tree. */
  files: number;
  scopes: readonly string[];
  ticketProjects: readonly string[];
  /** GitHub organisation named in merge subjects. */
  org: string;
}

/** What was written, for the cache marker and the report. */
export interface HistoryStats {
  commits: number;
  merges: number;
  branches: number;
  pullRequests: number;
}

const TYPES = ['feat', 'fix', 'refactor', 'chore', 'docs', 'test', 'perf', 'ci', 'build'];
const TYPE_WEIGHTS = [30, 30, 10, 8, 5, 8, 3, 3, 3];
const VERBS = ['add', 'handle', 'remove', 'validate', 'cache', 'rename', 'split', 'retry', 'log', 'expose',
  'simplify', 'document', 'guard', 'paginate', 'batch', 'migrate', 'debounce', 'normalise'];
const NOUNS = ['rate limit headers', 'empty responses', 'session tokens', 'invoice totals', 'search filters',
  'user settings', 'timeouts', 'upload progress', 'webhook payloads', 'feature flags', 'audit events',
  'locale fallbacks', 'error messages', 'retry budget', 'connection pool', 'csv export', 'dark mode',
  'permissions check', 'cursor pagination', 'health endpoint'];
const WORDS = ['value', 'count', 'limit', 'offset', 'total', 'result', 'state', 'config', 'cache', 'index'];

/** Streams the history to `write` (which must honour backpressure); returns what it wrote. */
export async function writeHistory(spec: HistorySpec, write: (chunk: string) => Promise<void>): Promise<HistoryStats> {
  const rng = new Prng(spec.seed);
  let buffer: string[] = [];
  let buffered = 0;
  const emit = async (s: string) => {
    buffer.push(s);
    buffered += s.length;
    if (buffered > 1 << 20) await flush();
  };
  const flush = async () => {
    if (!buffer.length) return;
    const chunk = buffer.join('');
    buffer = [];
    buffered = 0;
    await write(chunk);
  };

  let mark = 0;
  const main = new Map<string, string[]>();
  const paths: string[] = [];
  const byScope = new Map<string, string[]>(spec.scopes.map(sc => [sc, []]));
  let newFiles = 0;
  const line = () => `  const ${rng.pick(WORDS)}${rng.int(1, 999)} = ${rng.int(0, 99999)};`;
  for (let i = 0; i < spec.files; i++) {
    const p = `src/${spec.scopes[i % spec.scopes.length]}/${rng.pick(WORDS)}${i}.ts`;
    paths.push(p);
    byScope.get(spec.scopes[i % spec.scopes.length])!.push(p);
    main.set(p, Array.from({ length: rng.int(8, 40) }, line));
  }

  let committed = 0;
  let merges = 0;
  let prNumber = 0;
  let lastTime = spec.start - 1;
  const span = spec.end - spec.start;
  const step = span / spec.commits;
  const now = () => {
    const target = spec.start + span * (committed / spec.commits) + rng.next() * step;
    let t = Math.max(lastTime + 1, Math.floor(target));
    if (t % 2 === 0) t++; // odd seconds never fall on a window's midnight edge
    lastTime = t;
    return t;
  };
  const ident = (a: Author, t: number) => `${a.name} <${a.email}> ${t} ${a.tz}`;
  const authorIndex = () => rng.weighted(spec.weights);

  /** Writes a changed file as a blob; returns its mark. */
  const blob = async (lines: string[]) => {
    const data = lines.join('\n') + '\n';
    const m = ++mark;
    await emit(`blob\nmark :${m}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
    return m;
  };
  /** A small diff of one file: a few lines replaced, added or removed. */
  const edit = (lines: string[]) => {
    const out = lines.slice();
    for (let k = rng.int(1, 3); k > 0; k--) out[rng.int(0, out.length - 1)] = line();
    for (let k = rng.int(0, 3); k > 0; k--) out.splice(rng.int(0, out.length), 0, line());
    if (out.length > 60) out.splice(rng.int(0, out.length - 5), rng.int(2, 5));
    else for (let k = rng.int(0, 1); k > 0 && out.length > 6; k--) out.splice(rng.int(0, out.length - 1), 1);
    return out;
  };

  /** Lands a branch's changes on main; files it created join the pools only now. */
  const land = (overlay: Map<string, string[]>) => {
    for (const [p, lines] of overlay) {
      if (!main.has(p)) {
        paths.push(p);
        byScope.get(p.split('/')[1])!.push(p);
      }
      main.set(p, lines);
    }
  };

  const ticket = () => `${rng.pick(spec.ticketProjects)}-${rng.int(1, 9999)}`;
  const description = () => `${rng.pick(VERBS)} ${rng.pick(NOUNS)}`;

  interface Message { text: string; subject: string }
  /** A Conventional Commit message with optional ticket, body, breaking note and co-author. */
  const message = (author: Author, scope: string, tk: string | undefined): Message => {
    const type = TYPES[rng.weighted(TYPE_WEIGHTS)];
    const breaking = type === 'feat' && rng.chance(0.02);
    let subject = `${type}(${scope})${breaking ? '!' : ''}: ${description()}`;
    const body: string[] = [];
    if (tk && rng.chance(0.6)) subject += ` [${tk}]`;
    else if (tk) body.push(`Refs: ${tk}`);
    if (rng.chance(0.5)) body.unshift(`The ${rng.pick(NOUNS)} path needed this before the ${rng.pick(NOUNS)} work.`);
    if (breaking) body.push(`BREAKING CHANGE: ${rng.pick(NOUNS)} changed shape.`);
    if (rng.chance(0.1)) {
      let co = spec.authors[authorIndex()];
      if (co === author) co = spec.authors[(spec.authors.indexOf(author) + 1) % spec.authors.length];
      body.push(`Co-authored-by: ${co.name} <${co.email}>`);
    }
    return { subject, text: body.length ? `${subject}\n\n${body.join('\n')}\n` : `${subject}\n` };
  };

  /** One non-merge commit on top of `parent`, editing files through `view` (a branch overlay). */
  const commit = async (author: Author, msg: string, parent: number | undefined, scope: string,
    overlay: Map<string, string[]>, blobs: Map<string, number>) => {
    const changes: string[] = [];
    const scoped = byScope.get(scope)!;
    const pool = scoped.length ? scoped : paths;
    const touched = new Set<string>();
    for (let k = rng.weighted([50, 30, 12, 5, 3]) + 1; k > 0; k--) touched.add(rng.pick(pool));
    if (rng.chance(0.03)) {
      const p = `src/${scope}/new${++newFiles}.ts`;
      overlay.set(p, Array.from({ length: rng.int(5, 20) }, line));
      const m = await blob(overlay.get(p)!);
      blobs.set(p, m);
      changes.push(`M 100644 :${m} ${p}`);
    }
    for (const p of touched) {
      const next = edit(overlay.get(p) ?? main.get(p)!);
      overlay.set(p, next);
      const m = await blob(next);
      blobs.set(p, m);
      changes.push(`M 100644 :${m} ${p}`);
    }
    const t = now();
    const m = ++mark;
    await emit(`commit refs/bench/tmp\nmark :${m}\nauthor ${ident(author, t)}\ncommitter ${ident(author, t)}\n` +
      `data ${Buffer.byteLength(msg)}\n${msg}\n${parent ? `from :${parent}\n` : ''}${changes.join('\n')}\n\n`);
    committed++;
    return m;
  };

  // Root commit: the initial tree.
  const rootChanges: string[] = [];
  for (const p of paths) {
    const m = await blob(main.get(p)!);
    rootChanges.push(`M 100644 :${m} ${p}`);
  }
  const founder = spec.authors[0];
  let mainTip = ++mark;
  await emit(`commit refs/bench/tmp\nmark :${mainTip}\nauthor ${ident(founder, spec.start - 1)}\n` +
    `committer ${ident(founder, spec.start - 1)}\ndata 15\nchore: initial\n\n${rootChanges.join('\n')}\n\n`);

  const keptMerged: Array<{ name: string; tip: number }> = [];
  const keepMerged = spec.branches - 1 - spec.unmerged;
  const unmerged: Array<{ name: string; tip: number }> = [];

  while (committed < spec.commits) {
    const author = spec.authors[authorIndex()];
    const scope = rng.pick(spec.scopes);
    if (rng.chance(0.75)) {
      // A pull request: 1-6 commits on a feature branch, then a merge into main (or left open).
      const tk = rng.chance(0.8) ? ticket() : undefined;
      const num = ++prNumber;
      const first = message(author, scope, tk);
      const kind = first.subject.slice(0, first.subject.indexOf('('));
      const name = `${kind}/${(tk ?? `pr${num}`).toLowerCase()}-${first.subject.split(': ')[1].split(' [')[0].replace(/\s+/g, '-')}-${num}`;
      const overlay = new Map<string, string[]>();
      const blobs = new Map<string, number>();
      let tip = await commit(author, first.text, mainTip, scope, overlay, blobs);
      let lastSubject = first.subject;
      for (let k = rng.weighted([35, 25, 15, 10, 10]); k > 0 && committed < spec.commits; k--) {
        const r = rng.next();
        let msg: string;
        if (r < 0.06) msg = `fixup! ${lastSubject}\n`;
        else if (r < 0.09) msg = `WIP\n`;
        else {
          const m = message(author, scope, tk);
          msg = m.text;
          lastSubject = m.subject;
        }
        tip = await commit(author, msg, tip, scope, overlay, blobs);
      }
      const late = committed > spec.commits * 0.97;
      if (late && unmerged.length < spec.unmerged && rng.chance(0.35)) {
        unmerged.push({ name, tip });
        continue;
      }
      const merger = rng.chance(0.5) ? author : spec.authors[authorIndex()];
      const title = first.subject;
      const msg = `Merge pull request #${num} from ${spec.org}/${name}\n\n${title}\n`;
      const t = now();
      const m = ++mark;
      const changes = [...blobs].map(([p, b]) => `M 100644 :${b} ${p}`);
      await emit(`commit refs/bench/tmp\nmark :${m}\nauthor ${ident(merger, t)}\ncommitter ${ident(merger, t)}\n` +
        `data ${Buffer.byteLength(msg)}\n${msg}\nfrom :${mainTip}\nmerge :${tip}\n${changes.join('\n')}\n\n`);
      land(overlay);
      mainTip = m;
      merges++;
      keptMerged.push({ name, tip });
      if (keptMerged.length > keepMerged) keptMerged.shift();
    } else {
      // A direct commit on main, sometimes a squash-merged PR ("subject (#N)").
      const tk = rng.chance(0.5) ? ticket() : undefined;
      const m = message(author, scope, tk);
      let text = m.text;
      if (rng.chance(0.3)) {
        const num = ++prNumber;
        text = text.replace(m.subject, `${m.subject} (#${num})`);
      }
      const overlay = new Map<string, string[]>();
      const blobs = new Map<string, number>();
      mainTip = await commit(author, text, mainTip, scope, overlay, blobs);
      land(overlay);
    }
  }

  await emit(`reset refs/heads/main\nfrom :${mainTip}\n\n`);
  for (const b of [...keptMerged, ...unmerged]) await emit(`reset refs/heads/${b.name}\nfrom :${b.tip}\n\n`);
  await emit('done\n');
  await flush();
  return { commits: committed, merges, branches: 1 + keptMerged.length + unmerged.length, pullRequests: prNumber };
}
