import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { Entry } from '../../../src/journal/types';
import { budgetFor } from '../../../src/draft/budget';
import { buildDraftModel } from '../../../src/draft/model';
import { renderDraft } from '../../../src/draft/render';
import { displayText } from '../../../src/draft/sanitize';
import { accomplishment, base, emptyDraftInput, evidence, mining } from '../../fixtures/draft/input';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const TEMPLATES = ['weekly', 'standup', 'one-on-one', 'brag', 'problem-report'];

// Pieces attackers and accidents put in commit subjects and journal text.
const PIECES = [
  '<script>alert(1)</script>', '</script>', '<img src=x onerror=alert(1)>', '<!channel>', '<!here>', '<@U123>', '&lt;!channel&gt;',
  '{{constructor.constructor "return process"}}', '{{#each}}', '{{{raw}}}', '{{> partial}}',
  '\n- injected item', '\n# heading', '\n\n## Done', '| a | b |', '* ', '_', '`', '```', '[x](javascript:alert(1))', '![i](x)', '\\', '>',
  '\u202E', '\u2066', '\u200B', '\uFEFF', '\u0000', '\u001b[31m', '\r\n', '\t', '\uD800', '1. ', '#', '---', '&amp;', 'é', '👩‍💻',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map(parts => parts.join(''));

/** A draft input whose journal entries (and, unless `title` is given, accomplishment titles) are the texts. */
function modelOf(texts: string[], title?: string) {
  const [a, b, c] = texts;
  const accs = texts.map((t, k) =>
    accomplishment({ id: `r:${k}`, title: title ?? t, repository: 'api', tickets: [`T-${k}`], commits: [evidence(`${k}:${t}`, '2026-11-17T10:00:00Z', 3, 1)] }),
  );
  const entries: Entry[] = [
    { ...base('w', a, '2026-11-18T10:00:00Z'), kind: 'win', impact: b, people: [c] },
    { ...base('p', b, '2026-11-18T10:00:00Z'), kind: 'problem', status: 'open', impact: c, options: [{ title: a, pros: [b], cons: [c] }], recommended: 0, ask: a },
    { ...base('q', c, '2026-11-18T10:00:00Z'), kind: 'problem', status: 'open', options: [] },
    { ...base('pr', a, '2026-11-18T10:00:00Z'), kind: 'promise', status: 'at-risk', to: b, due: '2026-11-22', plan: c },
    { ...base('f', b, '2026-11-18T10:00:00Z'), kind: 'feedback', from: c, action: a },
    { ...base('n', c, '2026-11-18T10:00:00Z'), kind: 'note' },
  ];
  return { input: { ...emptyDraftInput('detailed' as const), mining: mining(accs), entries }, accs };
}

// Ordinary subjects Markdown used to show with backslashes, and hostile ones.
const SUBJECTS = [
  'torch_backend', '[pr] fix', '#15320 closes', 'a -> b', 'use `pip debug`', '# not a heading', '- not a list', '1. not a list',
  '<script>alert(1)</script>', '{{x}}', '[link](javascript:alert(1))', '*not bold*', '\\back\\slash', '@channel', 'bell\u0007 esc\u001b[31m nul\u0000',
  '👩‍💻 ships 🚀', 'שלום עולם (RTL)', '__init__ cleanup', '---', '> quoted', '[x] done', '<https://e.com>', '&amp; R&D', 'fix C #', 'a ` b', '~~old~~', 'a | b',
];
const markdownIt = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Markdown as a reader sees it: the text (code spans with their backticks) and the structure (everything else). */
function readMarkdown(markdown: string): { text: string; structure: string[] } {
  const text: string[] = [];
  const structure: string[] = [];
  for (const token of markdownIt.parse(markdown, {})) {
    if (token.type !== 'inline') structure.push(token.type);
    for (const c of token.children ?? []) {
      if (c.type === 'text') text.push(c.content);
      else if (c.type === 'code_inline') text.push(c.markup + c.content + c.markup);
      else structure.push(c.type);
    }
    text.push('\n');
  }
  // Short SHAs are made from the subjects in these fixtures.
  return { text: text.join('').replace(/`[0-9a-f]{7}`/g, '`sha`'), structure };
}

describe('hostile text in drafts', () => {
  it('subjects read back through markdown-it as themselves, with no backslash, in the structure a plain subject gives', () => {
    for (const template of TEMPLATES) {
      for (const style of ['brief', 'detailed'] as const) {
        // Titles are rewritten for a manager (tags dropped, past tense, vacuous ones replaced: titles.test.ts), so the
        // subjects ride in the journal's texts, which drafts tell as written, a win among them as a Done line.
        const draft = (t: string) => renderDraft(buildDraftModel({ ...modelOf([t, t, t], 'Steady upkeep').input, style }), { template, format: 'markdown', builtinTemplatesDir }).text;
        const plain = readMarkdown(draft('plain'));
        for (const subject of SUBJECTS) {
          const markdown = draft(subject);
          const read = readMarkdown(markdown);
          assert.deepEqual(read.structure, plain.structure, `${template} ${style}: ${JSON.stringify(subject)} changed the structure\n${markdown}`);
          assert.ok(read.text.includes(displayText(subject, 160)), `${template} ${style}: ${JSON.stringify(subject)} does not read back\n${markdown}`);
          assert.equal(read.text, plain.text.split('plain').join(displayText(subject, 160)), `${template} ${style}: ${JSON.stringify(subject)}`);
        }
      }
    }
  });

  it('never throws, and every format carries the text safely', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 3, maxLength: 3 }), fc.constantFrom(...TEMPLATES), fc.constantFrom('brief' as const, 'detailed' as const), (texts, template, style) => {
        const { input } = modelOf(texts);
        const model = buildDraftModel({ ...input, style });
        const render = (format: 'markdown' | 'slack' | 'text' | 'html' | 'json') => renderDraft(model, { template, format, builtinTemplatesDir }).text;
        const html = render('html');
        assert.doesNotMatch(html, /<(script|img|iframe|svg|a href="javascript)/i);
        const slack = render('slack');
        assert.doesNotMatch(slack, /<[!@#]/);
        JSON.parse(render('json'));
        const invisible = /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/;
        for (const out of [render('markdown'), slack, render('text'), html]) assert.ok(!invisible.test(out) && !out.includes('\u0000'));
      }),
      { numRuns: 150 },
    );
  });

  it('text output gives back each text, normalised', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 3, maxLength: 3 }), texts => {
        const model = buildDraftModel(modelOf(texts).input);
        const text = renderDraft(model, { template: 'weekly', format: 'text', builtinTemplatesDir }).text;
        for (const t of texts) {
          const expected = displayText(t, 160);
          if (expected) assert.ok(text.includes(expected), `text output lacks ${JSON.stringify(expected)}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('markdown keeps one list item per Done line', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 3, maxLength: 3 }), texts => {
        const { input } = modelOf(texts);
        input.entries = [];
        const model = buildDraftModel({ ...input, style: 'brief', limits: { ...budgetFor('weekly', 'brief').limits, doneLines: 10 } });
        const md = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
        const lines = md.split('\n');
        assert.equal(lines.filter(l => /^[-*+] /.test(l)).length, model.done.top.length + (model.done.rollup ? 1 : 0), md);
        assert.equal(lines.filter(l => /^#{1,6} /.test(l)).length, 1, md);
      }),
      { numRuns: 150 },
    );
  });

  it('a 1 MB subject is drafted, cut to a sane length', () => {
    const huge = '<b>'.repeat(350_000);
    const { input } = modelOf([huge, 'b', 'c']);
    const model = buildDraftModel(input);
    for (const format of ['markdown', 'text', 'html', 'slack'] as const) {
      const out = renderDraft(model, { template: 'weekly', format, builtinTemplatesDir }).text;
      assert.ok(out.length < 100_000, `${format}: ${out.length} chars`);
      assert.match(out, /…/);
    }
  });
});
