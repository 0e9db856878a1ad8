/**
 * Writes a `git fast-import` stream while keeping every branch's tree in memory (path -> text), so commits
 * can be built from the current contents and a merge can carry the files its topic branch changed.
 */
import type { Who } from './tables';

/** One file change of a commit: write `content`, delete, or rename (`from` -> `path`, unchanged). */
export type FileOp = { path: string; content: string } | { path: string; deleted: true } | { path: string; from: string };

/** A commit to write. */
export interface CommitInput {
  branch: string;
  author: Who;
  /** Defaults to the author. */
  committer?: Who;
  /** Seconds since the epoch. */
  at: number;
  message: string;
  ops: readonly FileOp[];
}

interface Branch {
  tip?: number;
  tree: Map<string, string>;
  /** For a topic branch: the paths it changed since it forked. */
  changed: Set<string>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const data = (text: string) => `data ${bytes(text)}\n${text}\n`;
const ident = (who: Who, at: number) => `${who.name} <${who.email}> ${at} ${who.tz}`;

/** A fast-import stream under construction; marks number the commits in order. */
export class ImportStream {
  private readonly parts: string[] = [];
  private readonly branches = new Map<string, Branch>([['main', { tree: new Map(), changed: new Set() }]]);
  private marks = 0;

  /** The current tree of `branch`. */
  tree(branch = 'main'): ReadonlyMap<string, string> {
    return this.branch(branch).tree;
  }

  /** Starts `branch` at the tip of `from`. */
  fork(branch: string, from = 'main'): void {
    const base = this.branch(from);
    this.branches.set(branch, { tip: base.tip, tree: new Map(base.tree), changed: new Set() });
  }

  /** Whether `branch` exists. */
  has(branch: string): boolean {
    return this.branches.has(branch);
  }

  /** Writes a commit on its branch; returns its mark. */
  commit(c: CommitInput): number {
    const b = this.branch(c.branch);
    const lines = this.header(c.branch, c.author, c.committer ?? c.author, c.at, c.message, b.tip);
    for (const op of c.ops) {
      if ('content' in op) {
        lines.push(`M 100644 inline ${op.path}\n${data(op.content)}`);
        b.tree.set(op.path, op.content);
      } else if ('deleted' in op) {
        lines.push(`D ${op.path}\n`);
        b.tree.delete(op.path);
      } else {
        lines.push(`R ${op.from} ${op.path}\n`);
        b.tree.set(op.path, b.tree.get(op.from) ?? '');
        b.tree.delete(op.from);
        b.changed.add(op.from);
      }
      b.changed.add(op.path);
    }
    return this.finish(b, lines);
  }

  /** Merges `topic` into `into` (topic's changed files win); returns the merge's mark. */
  merge(into: string, topic: string, who: Who, at: number, message: string): number {
    const b = this.branch(into);
    const t = this.branch(topic);
    const lines = this.header(into, who, who, at, message, b.tip);
    lines.push(`merge :${t.tip}\n`);
    for (const path of [...t.changed].sort()) {
      const content = t.tree.get(path);
      if (content === undefined) {
        if (b.tree.delete(path)) lines.push(`D ${path}\n`);
      } else if (b.tree.get(path) !== content) {
        lines.push(`M 100644 inline ${path}\n${data(content)}`);
        b.tree.set(path, content);
      }
    }
    return this.finish(b, lines);
  }

  /** An annotated tag on the commit with `mark`. */
  tag(name: string, mark: number, tagger: Who, at: number, message: string): void {
    this.parts.push(`tag ${name}\nfrom :${mark}\ntagger ${ident(tagger, at)}\n${data(message)}`);
  }

  /** The whole stream, ending with `done`. */
  text(): string {
    return `${this.parts.join('')}done\n`;
  }

  private branch(name: string): Branch {
    const b = this.branches.get(name);
    if (!b) throw new Error(`team history: no branch ${name}`);
    return b;
  }

  private header(branch: string, author: Who, committer: Who, at: number, message: string, tip: number | undefined): string[] {
    const mark = ++this.marks;
    return [
      `commit refs/heads/${branch}\nmark :${mark}\nauthor ${ident(author, at)}\ncommitter ${ident(committer, at)}\n${data(message)}`,
      ...(tip !== undefined ? [`from :${tip}\n`] : []),
    ];
  }

  private finish(b: Branch, lines: string[]): number {
    this.parts.push(`${lines.join('')}\n`);
    b.tip = this.marks;
    return this.marks;
  }
}
