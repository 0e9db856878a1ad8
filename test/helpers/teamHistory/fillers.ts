/**
 * The everyday commits between the hand-written ones: a subject drawn from the templates in the author's
 * style, and file changes sized like the kind of work (a feature adds functions and tests, a fix changes a
 * few lines, docs commits touch Markdown only, CI commits the workflow only).
 */
import type { ContentState } from './content';
import { codeFile, docsParagraph, grow, shrink, testFile, tweak, workflowFile } from './content';
import type { Rng } from './random';
import type { FileOp } from './stream';
import type { FillerKind } from './tables';
import { KIND_WEIGHTS, SUBSYSTEMS, TEMPLATES } from './tables';

/** How an author writes subjects: `feat(search): x`, `feat: x`, `search: x`, or `X`. */
export type SubjectStyle = 'scoped' | 'unscoped' | 'prefix' | 'free';

/** A kind of work, drawn by the weights of KIND_WEIGHTS. */
export function pickKind(rng: Rng): FillerKind {
  let r = rng.next() * KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  for (const [kind, w] of KIND_WEIGHTS) if ((r -= w) < 0) return kind;
  return 'fix';
}

/** A subject no earlier commit used, and the template it came from. */
export function fillerSubject(rng: Rng, used: Set<string>, kind: FillerKind, subsystem: string, style: SubjectStyle): { subject: string; template: string } {
  for (let attempt = 0; ; attempt++) {
    const template = rng.pick(TEMPLATES[kind]);
    let text = template.replace('{n}', rng.pick(SUBSYSTEMS[subsystem]));
    if (attempt > 30) text += ` (part ${attempt})`;
    const routine = kind === 'ci' || kind === 'chore' || kind === 'docs' || kind === 'test';
    const subject = style === 'free' ? text[0].toUpperCase() + text.slice(1)
      : style === 'prefix' && !routine ? `${subsystem}: ${text}`
      : style === 'scoped' && kind !== 'ci' ? `${kind}(${subsystem}): ${text}`
      : `${kind}: ${text}`;
    if (!used.has(subject)) {
      used.add(subject);
      return { subject, template };
    }
  }
}

/** The code files of `subsystem` a commit may edit (not its index, generated code or backends). */
export function codeFilesOf(tree: ReadonlyMap<string, string>, subsystem: string): string[] {
  return [...tree.keys()].filter(p => p.startsWith(`src/${subsystem}/`) && p.endsWith('.ts')
    && !p.endsWith('/index.ts') && !p.includes('/generated/') && !p.includes('/backends/')).sort();
}

/** Edits collected for one commit, each path's edits applied in turn. */
export class Edits {
  private readonly changed = new Map<string, string>();
  constructor(private readonly tree: ReadonlyMap<string, string>) {}

  /** Replaces `path`'s text with `edit(old text)` (an absent file reads as empty). */
  edit(path: string, edit: (text: string) => string): this {
    this.changed.set(path, edit(this.changed.get(path) ?? this.tree.get(path) ?? ''));
    return this;
  }

  /** The files whose text changed. */
  ops(): FileOp[] {
    return [...this.changed].filter(([path, content]) => this.tree.get(path) !== content).map(([path, content]) => ({ path, content }));
  }
}

/** The file changes of a filler commit of `kind` in `subsystem` (`template` picks the file of a chore). */
export function fillerOps(state: ContentState, tree: ReadonlyMap<string, string>, kind: FillerKind, subsystem: string, template: string): FileOp[] {
  const { rng } = state;
  const edits = new Edits(tree);
  const code = codeFilesOf(tree, subsystem);
  const tests = [...tree.keys()].filter(p => p.startsWith(`test/${subsystem}/`));
  const testEdit = (blocks: number, lines: number, path = rng.pick(tests)) => edits.edit(path, t =>
    (t ? tweak(state, grow(state, t, subsystem, blocks, true), subsystem, lines, true) : testFile(state, subsystem, blocks + 1)));
  const pickCode = () => rng.pick(code);
  switch (kind) {
    case 'feat':
      if (rng.chance(0.25)) {
        const name = `${rng.pick(['policy', 'presets', 'metrics', 'limits', 'audit'])}${++state.serial}`;
        edits.edit(`src/${subsystem}/${name}.ts`, () => codeFile(state, subsystem, rng.int(3, 7)));
        testEdit(rng.int(1, 3), 0, `test/${subsystem}/${name}.test.ts`);
      } else {
        edits.edit(pickCode(), t => tweak(state, grow(state, t, subsystem, rng.int(1, 4)), subsystem, rng.int(0, 3)));
        if (rng.chance(0.6)) testEdit(rng.int(1, 2), 0);
      }
      break;
    case 'fix':
      edits.edit(pickCode(), t => tweak(state, t, subsystem, rng.int(1, 5)));
      if (rng.chance(0.4)) testEdit(1, 0);
      break;
    case 'perf':
      for (let i = rng.int(1, 2); i > 0; i--) edits.edit(pickCode(), t => tweak(state, grow(state, t, subsystem, rng.int(0, 1)), subsystem, rng.int(3, 9)));
      break;
    case 'refactor':
      for (let i = rng.int(2, 3); i > 0; i--) edits.edit(pickCode(), t => tweak(state, grow(state, shrink(state, t, rng.int(1, 2)), subsystem, rng.int(1, 2)), subsystem, rng.int(1, 4)));
      break;
    case 'test':
      testEdit(rng.int(1, 3), rng.int(0, 3));
      break;
    case 'docs':
      edits.edit(rng.chance(0.2) ? 'README.md' : `docs/${subsystem}.md`, t => `${t}${docsParagraph(state, subsystem).join('\n')}\n`);
      break;
    case 'ci': {
      const steps = ['Lint', 'Typecheck', 'Coverage', 'E2E', 'Bundle size', 'Audit'];
      edits.edit('.github/workflows/ci.yml', () => workflowFile(rng.pick([20, 22]), steps.filter(() => rng.chance(0.5))));
      break;
    }
    case 'chore':
      if (template.includes('.gitignore')) edits.edit('.gitignore', t => `${t}${rng.pick(['coverage/', '.cache/', '*.log', '.env.local', 'tmp/', '*.tsbuildinfo'])}\n`);
      else if (template.includes('eslint')) edits.edit('eslint.config.js', t => t.replace('rules: {', `rules: {\n    "no-console-${++state.serial}": "warn",`));
      else edits.edit(pickCode(), t => tweak(state, t, subsystem, rng.int(1, 3)));
      break;
  }
  const ops = edits.ops();
  return ops.length ? ops : edits.edit(`docs/${subsystem}.md`, t => `${t}${docsParagraph(state, subsystem).join('\n')}\n`).ops();
}
