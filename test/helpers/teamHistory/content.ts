/**
 * Real file contents for the team history: TypeScript modules and tests, Markdown, a CI workflow, an npm
 * lockfile and a generated API client, plus the edits commits make to them. Code is written unformatted
 * (double quotes, no semicolons) until the formatter run, then formatted.
 */
import type { Rng } from './random';
import { SUBSYSTEMS } from './tables';

/** What the contents depend on besides the random generator. */
export interface ContentState {
  rng: Rng;
  /** The formatter has run: new code is formatted. */
  formatted: boolean;
  /** Makes every generated identifier unique. */
  serial: number;
}

const VERBS = ['load', 'build', 'merge', 'check', 'apply', 'resolve', 'format', 'score', 'collect', 'normalise', 'split', 'track'];
const FIELDS = ['id', 'name', 'weight', 'createdAt', 'owner', 'status', 'total', 'locale', 'limit', 'cursor'];

const camelCache = new Map<string, string>();
const camel = (words: string): string => {
  let c = camelCache.get(words);
  if (c === undefined) {
    c = words.replace(/[^A-Za-z0-9 ]/g, ' ').trim().split(/\s+/).map((w, i) => (i ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase())).join('');
    camelCache.set(words, c);
  }
  return c;
};
const pascal = (words: string): string => { const c = camel(words); return c[0].toUpperCase() + c.slice(1); };

/** A code line in the current style: formatted code ends in `;` and uses single quotes. */
function styled(state: ContentState, line: string): string {
  return state.formatted ? formatLine(line) : line;
}

/** The formatter's change to one line, or the line itself when it has nothing to change. */
function formatLine(line: string): string {
  const t = line.trim();
  if (!t || /[{}[(;,]$/.test(t) || t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return line;
  return `${line.replace(/"/g, "'")};`;
}

/** One statement of a function body about `noun`. */
function statement(state: ContentState, subsystem: string, noun: string): string {
  const { rng } = state;
  const f = rng.pick(FIELDS);
  const n = rng.int(2, 500);
  const v = camel(noun);
  const lines = [
    `  const ${v}${n} = input.filter((item) => item.${f} !== undefined)`,
    `  if (input.length > ${n}) return input.slice(0, ${n})`,
    `  log.debug("${subsystem}: ${rng.pick(VERBS)} ${noun} ${n}")`,
    `  const ${f}s = new Map(input.map((item) => [item.id, item.${f}]))`,
    `  metrics.increment("${subsystem}.${v}.${rng.pick(VERBS)}", ${n})`,
    `  input.sort((a, b) => String(a.${f}).localeCompare(String(b.${f})))`,
    `  if (!options.${v}Enabled) throw new Error("${noun} is disabled (${n})")`,
    `  await cache.set("${subsystem}:${v}:${n}", input, { ttl: ${n * 10} })`,
  ];
  return styled(state, rng.pick(lines));
}

/** A function about one of `subsystem`'s things: 4–9 lines and a blank line. */
export function codeBlock(state: ContentState, subsystem: string): string[] {
  const { rng } = state;
  const noun = rng.pick(SUBSYSTEMS[subsystem]);
  const name = `${rng.pick(VERBS)}${pascal(noun)}${++state.serial}`;
  const body = Array.from({ length: rng.int(2, 6) }, () => statement(state, subsystem, noun));
  return [
    `export async function ${name}(input: ${pascal(noun)}[], options: Options) {`,
    ...body,
    styled(state, `  return input.map((item) => ({ ...item, ${rng.pick(FIELDS)}: item.${rng.pick(FIELDS)} ?? ${rng.int(0, 99)} }))`),
    '}',
    '',
  ];
}

/** A test case about one of `subsystem`'s things: 4–7 lines and a blank line. */
export function testBlock(state: ContentState, subsystem: string): string[] {
  const { rng } = state;
  const noun = rng.pick(SUBSYSTEMS[subsystem]);
  const id = ++state.serial;
  const checks = Array.from({ length: rng.int(1, 4) }, () =>
    styled(state, `    expect(result${id}.${rng.pick(FIELDS)}).toEqual(${rng.int(0, 999)})`));
  return [
    `  it("${rng.pick(['handles', 'keeps', 'rejects', 'sorts', 'limits'])} ${noun} case ${id}", async () => {`,
    styled(state, `    const result${id} = await ${rng.pick(VERBS)}${pascal(noun)}(fixture("${subsystem}-${id}"), defaults)`),
    ...checks,
    '  })',
    '',
  ];
}

/** A new TypeScript module of `blocks` functions. */
export function codeFile(state: ContentState, subsystem: string, blocks: number): string {
  const lines = [styled(state, 'import { log, metrics, cache } from "../platform"'), styled(state, 'import type { Options } from "./types"'), ''];
  for (let i = 0; i < blocks; i++) lines.push(...codeBlock(state, subsystem));
  return lines.join('\n');
}

/** A new test file of `cases` test cases. */
export function testFile(state: ContentState, subsystem: string, cases: number): string {
  const lines = [styled(state, 'import { describe, it, expect } from "vitest"'), '', `describe("${subsystem}", () => {`];
  for (let i = 0; i < cases; i++) lines.push(...testBlock(state, subsystem));
  lines.push('})', '');
  return lines.join('\n');
}

/** A Markdown page about `subsystem` with `paragraphs` paragraphs. */
export function docsFile(state: ContentState, title: string, subsystem: string, paragraphs: number): string {
  const lines = [`# ${title}`, ''];
  for (let i = 0; i < paragraphs; i++) lines.push(...docsParagraph(state, subsystem));
  return lines.join('\n');
}

/** A paragraph (or a section heading and paragraph) and a blank line. */
export function docsParagraph(state: ContentState, subsystem: string): string[] {
  const { rng } = state;
  const noun = rng.pick(SUBSYSTEMS[subsystem]);
  const sentence = () => rng.pick([
    `The ${noun} can be configured per workspace; the default is ${rng.int(2, 90)}.`,
    `When ${noun} is disabled, requests fall back to the previous behaviour.`,
    `Admins see ${noun} under Settings > ${pascal(subsystem)}.`,
    `Changes to ${noun} take effect within ${rng.int(1, 15)} minutes.`,
    `See the ${subsystem} API reference for the ${noun} fields.`,
  ]);
  const head = rng.chance(0.3) ? [`## ${pascal(noun)} ${++state.serial}`, ''] : [];
  return [...head, `${sentence()} ${sentence()}`, sentence(), ''];
}

/** The CI workflow, with `extraSteps` named steps after the usual ones. */
export function workflowFile(node: number, extraSteps: readonly string[]): string {
  const steps = ['actions/checkout@v4', 'actions/setup-node@v4'].map(u => `      - uses: ${u}`);
  return [
    'name: ci', 'on:', '  push:', '    branches: [main]', '  pull_request:', 'jobs:', '  test:', '    runs-on: ubuntu-latest',
    '    steps:', ...steps, `        with:`, `          node-version: ${node}`, '      - run: npm ci', '      - run: npm test',
    ...extraSteps.flatMap(s => [`      - name: ${s}`, `        run: npm run ${s.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`]), '',
  ].join('\n');
}

/** Replaces `count` indented lines (function or test bodies) of `text` with new ones. */
export function tweak(state: ContentState, text: string, subsystem: string, count: number, test = false): string {
  const lines = text.split('\n');
  const body = lines.map((l, i) => (/^ {2,}\S/.test(l) && !/[{(]$/.test(l) && !/^\s*[})]/.test(l) ? i : -1)).filter(i => i >= 0);
  for (let k = 0; k < count && body.length; k++) {
    const at = body.splice(state.rng.int(0, body.length - 1), 1)[0];
    lines[at] = test ? styled(state, `    expect(result${++state.serial}).toBeDefined()`) : statement(state, subsystem, state.rng.pick(SUBSYSTEMS[subsystem]));
  }
  return lines.join('\n');
}

/** Inserts `blocks` new functions (or test cases) after a blank line of `text`. */
export function grow(state: ContentState, text: string, subsystem: string, blocks: number, test = false): string {
  const lines = text.split('\n');
  const blanks = lines.map((l, i) => (l === '' && i < lines.length - 1 ? i : -1)).filter(i => i >= 0);
  const at = blanks.length ? state.rng.pick(blanks) + 1 : lines.length;
  const added: string[] = [];
  for (let i = 0; i < blocks; i++) added.push(...(test ? testBlock(state, subsystem) : codeBlock(state, subsystem)));
  lines.splice(at, 0, ...added);
  return lines.join('\n');
}

/** Inserts `lines` (in the current code style) after the first blank line of `text`. */
export function insertLines(state: ContentState, text: string, lines: readonly string[]): string {
  const all = text.split('\n');
  const at = all.indexOf('') + 1;
  all.splice(at, 0, ...lines.map(l => styled(state, l)));
  return all.join('\n');
}

/** Removes up to `blocks` whole functions (a line starting `export` through its closing brace and blank line). */
export function shrink(state: ContentState, text: string, blocks: number): string {
  const lines = text.split('\n');
  for (let k = 0; k < blocks; k++) {
    const starts = lines.map((l, i) => (l.startsWith('export async function') ? i : -1)).filter(i => i >= 0);
    if (starts.length < 3) break;
    const start = state.rng.pick(starts);
    let end = start;
    while (end < lines.length && lines[end] !== '}') end++;
    lines.splice(start, end - start + 2);
  }
  return lines.join('\n');
}

/**
 * The formatter run over `files` (path -> text, code and tests, not generated files), in path order: at most
 * `lineBudget` lines reformatted and `blankBudget` blank lines removed (one per file). Returns the changed files.
 */
export function formatFiles(files: ReadonlyMap<string, string>, lineBudget: number, blankBudget: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of [...files.keys()].sort()) {
    if (lineBudget <= 0 && blankBudget <= 0) break;
    const lines = (files.get(path) ?? '').split('\n');
    let changed = false;
    for (let i = 0; i < lines.length && lineBudget > 0; i++) {
      const f = formatLine(lines[i]);
      if (f !== lines[i]) { lines[i] = f; lineBudget--; changed = true; }
    }
    const blank = lines.findIndex((l, i) => l === '' && i > 3 && i < lines.length - 2 && lines[i + 1] !== '');
    if (blankBudget > 0 && blank > 0) { lines.splice(blank, 1); blankBudget--; changed = true; }
    if (changed) out.set(path, lines.join('\n'));
  }
  return out;
}
