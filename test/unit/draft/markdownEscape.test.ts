import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../../src/draft/markdownEscape';
import { displayText } from '../../../src/draft/sanitize';

const markdownIt = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** What a reader of the Markdown sees, and the structure it was read into (block and inline marks). */
function read(markdown: string): { text: string; structure: string } {
  const text: string[] = [];
  const structure: string[] = [];
  for (const token of markdownIt.parse(markdown, {})) {
    if (token.type !== 'inline') {
      structure.push(token.type);
      continue;
    }
    for (const c of token.children ?? []) {
      if (c.type === 'text') text.push(c.content);
      else if (c.type === 'code_inline') text.push(c.markup + c.content + c.markup);
      else structure.push(c.type);
    }
  }
  return { text: text.join(''), structure: structure.join(',') };
}

// Where templates put values: alone, as a list item, in bold, as a heading, between others on a line.
const CONTEXTS: Array<(v: string) => string> = [
  v => v,
  v => `- ${v}`,
  v => `- **${v}**`,
  v => `### ${v}`,
  v => `Also: ${v}; ${v}`,
  v => `- From ${v}: ${v} — what I did: ${v}`,
  v => `- **title**\n  ${v} · api`,
];

/** Asserts the escaped value reads back as itself and changes no structure, in every context. */
function assertLiteral(value: string): void {
  const shown = displayText(value);
  const escaped = escapeMarkdown(value);
  for (const context of CONTEXTS) {
    const got = read(context(escaped));
    const plain = read(context('plain'));
    assert.equal(got.text, plain.text.split('plain').join(shown), `${JSON.stringify(value)} in ${JSON.stringify(context(escaped))}`);
    assert.equal(got.structure, plain.structure, `${JSON.stringify(value)} changed the structure of ${JSON.stringify(context(escaped))}`);
  }
}

describe('escapeMarkdown', () => {
  it('leaves ordinary text alone', () => {
    const unchanged = ['torch_backend', '[pr] fix', '#15320 closes', 'a -> b', 'use `pip debug`', '{{x}}', '@channel', '👩‍💻 emoji', 'שלום עולם', 'a < b', '~5% faster', 'R&D team', 'snake_case_name', 'C# and F#', 'a | b', '2 * 3', 'x_1 and x_2', 'see `a_b` and `c*d`', '\\back\\slash', 'v1.2: ok'];
    for (const s of unchanged) assert.equal(escapeMarkdown(s), s);
  });

  it('escapes only what would change the structure', () => {
    const cases: Array<[string, string]> = [
      ['# not a heading', '\\# not a heading'],
      ['- not a list', '\\- not a list'],
      ['+ not a list', '\\+ not a list'],
      ['* not a list', '\\* not a list'],
      ['1. not a list', '1\\. not a list'],
      ['2) not a list', '2\\) not a list'],
      ['> not a quote', '\\> not a quote'],
      ['---', '\\---'],
      ['===', '\\==='],
      ['|---|---|', '\\|---|---|'],
      ['[x]: https://e.com', '\\[x]: https://e.com'],
      ['[x] done', '\\[x] done'],
      ['fix C #', 'fix C \\#'],
      ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
      ['<https://e.com>', '\\<https://e.com>'],
      ['<a@b.com>', '\\<a@b.com>'],
      ['[link](javascript:alert(1))', '[link\\](javascript:alert(1))'],
      ['![i](x)', '![i\\](x)'],
      ['*not bold*', '\\*not bold\\*'],
      ['__init__ fix', '\\_\\_init\\_\\_ fix'],
      ['_x_', '\\_x\\_'],
      ['~~old~~', '\\~\\~old\\~\\~'],
      ['a ` b', 'a \\` b'],
      ['` a `', '\\` a \\`'],
      ['&amp; &#39;', '\\&amp; \\&#39;'],
      ['trailing \\', 'trailing \\\\'],
      ['\\*', '\\\\\\*'],
      ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ];
    for (const [s, want] of cases) {
      assert.equal(escapeMarkdown(s), want, s);
      assertLiteral(s);
    }
  });

  it('reads back as the value itself and changes no structure, for ordinary and hostile text', () => {
    const pieces = ['*', '**', '_', '__', '~', '~~', '`', '``', '```', '[', ']', '(', ')', '](', '<', '>', '&', '&amp;', ';', '#', '-', '+', '=', '|', ':', '!', '\\', ' ', '1.', 'a', 'é', '😀', '\n', '<a>', 'http://x'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 12 }).map(p => p.join(''));
    // Found by the property below: an emoji is two UTF-16 units, and a symbol beside `__` lets it open emphasis.
    for (const found of ['😀__😀', '😀*x*😀', '👩‍💻_a_👩‍💻', '©~~x~~©']) assertLiteral(found);
    fc.assert(
      fc.property(text, s => {
        if (displayText(s)) assertLiteral(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('is cheap on very long text, and cut with an ellipsis', () => {
    const huge = '*_`[<&\\'.repeat(200_000);
    const started = process.hrtime.bigint();
    const escaped = escapeMarkdown(huge);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500);
    assert.ok(escaped.endsWith('…'));
    assert.ok(escaped.length < 2500);
  });
});
