/**
 * What makes two commits one change: a `Change-Id:` trailer (Gerrit), a `(cherry picked from commit …)` line
 * naming the other, or the same patch. The patch fingerprint is Work Log's own patch id, like
 * `git patch-id --stable`: the paths and the added and removed lines of each file, whitespace left out, file
 * order and line numbers ignored; it is computed only for commits whose numstat (paths and counts) already agree.
 */
import { createHash } from 'node:crypto';
import { trailerLines } from './commitText';
import { runGit, SAFE_LOG_OPTIONS } from './gitClient';
import { parseDiffNumstat } from './logParser';
import type { GitRunContext } from './gitClient';

/** The trailers that tie a commit to its copies. */
export interface ChangeMarks {
  changeId?: string;
  /** Commits this one says it was cherry-picked from (a pick of a pick names both). */
  pickedFrom: string[];
}

const CHANGE_ID = /^Change-Id:\s*(I[0-9a-f]{8,40})\s*$/i;
const PICKED_FROM = /^\(cherry picked from commit ([0-9a-f]{40}(?:[0-9a-f]{24})?)\)\s*$/;

/** The change marks of a commit body (its last paragraph only, read line by line). */
export function changeMarks(body: string): ChangeMarks {
  const marks: ChangeMarks = { pickedFrom: [] };
  for (const raw of trailerLines(body)) {
    const line = raw.trim();
    if (line.length > 200) continue;
    const id = CHANGE_ID.exec(line)?.[1];
    if (id) marks.changeId = id;
    const from = PICKED_FROM.exec(line)?.[1];
    if (from) marks.pickedFrom.push(from);
  }
  return marks;
}

/** The fingerprint of one commit's or one range's patch text (`git diff -p` / `git log -p` output for it). */
export function fingerprintOfPatch(patch: string): string | undefined {
  const files: string[] = [];
  let current: ReturnType<typeof createHash> | undefined;
  let header = '';
  const close = () => {
    if (current) files.push(`${header}\0${current.digest('hex')}`);
    current = undefined;
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      close();
      header = line;
      current = createHash('sha1');
      continue;
    }
    if (!current) continue;
    if (line.startsWith('+++ ') || line.startsWith('--- ')) continue;
    const first = line[0];
    if (first === '+' || first === '-') current.update(`${first}${line.slice(1).replace(/\s+/g, '')}\n`);
    else if (line.startsWith('Binary files ') || line.startsWith('rename ') || line.startsWith('new file') || line.startsWith('deleted file')) current.update(`${line}\n`);
  }
  close();
  if (!files.length) return undefined;
  return createHash('sha1').update(files.sort().join('\n')).digest('hex');
}

const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '-M'];

/** Fingerprints of the patches of `shas` (one `git log -p` for them all); a commit without a patch is left out. */
export async function commitFingerprints(ctx: GitRunContext, shas: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!shas.length) return out;
  const text = await runGit(ctx, ['log', ...SAFE_LOG_OPTIONS, ...DIFF_OPTIONS, '-p', '--no-walk=unsorted', '--format=%x01%H', ...shas, '--']);
  const parts = text.split('\n\x01');
  if (parts[0].startsWith('\x01')) parts[0] = parts[0].slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const sha = (nl < 0 ? part : part.slice(0, nl)).trim();
    const print = nl < 0 ? undefined : fingerprintOfPatch(part.slice(nl + 1));
    if (/^[0-9a-f]{40,64}$/.test(sha) && print) out.set(sha, print);
  }
  return out;
}

/** The fingerprint of everything between `base` and `tip` (a branch's combined change), or undefined. */
export async function rangeFingerprint(ctx: GitRunContext, base: string, tip: string): Promise<string | undefined> {
  return fingerprintOfPatch(await runGit(ctx, ['diff', ...DIFF_OPTIONS, '-p', base, tip, '--']));
}

/** The numstat shape (see NumStat) of everything between `base` and `tip`, or undefined. */
export async function rangeShape(ctx: GitRunContext, base: string, tip: string): Promise<string | undefined> {
  return parseDiffNumstat(await runGit(ctx, ['diff', '--numstat', '-z', ...DIFF_OPTIONS, base, tip, '--'])).shape || undefined;
}
