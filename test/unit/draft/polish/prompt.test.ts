import assert from 'node:assert/strict';
import { join } from 'node:path';
import { composeDraft } from '../../../../src/draft/compose';
import { draftSections } from '../../../../src/draft/polish/blocks';
import { polishEvidence } from '../../../../src/draft/polish/evidence';
import { polishPrompt } from '../../../../src/draft/polish/prompt';
import type { Entry } from '../../../../src/journal/types';
import { base, richDraftInput } from '../../../fixtures/draft/input';
import { repoRoot } from '../../../helpers/paths';

const input = richDraftInput('detailed');
input.entries = [...input.entries, { ...base('cg1', 'Lead a cross-team project by Q3', '2026-11-02T09:00:00Z'), kind: 'goal', goalKind: 'career', status: 'active' } as Entry];
const draft = composeDraft(input, { template: 'one-on-one', format: 'markdown', builtinTemplatesDir: join(repoRoot(), 'templates') });
const context = { style: 'detailed' as const, template: 'one-on-one', budgetWords: 600, managerName: 'Dana' };

describe('polish prompt', () => {
  it('sends each line of the draft with its id and the facts behind it, and asks for cited JSON within the budget', () => {
    const prompt = polishPrompt(polishEvidence(draft.text, draft.model, ['feedback', 'careerGoals']), context);
    assert.match(prompt, /to their manager, Dana\./);
    assert.match(prompt, /under 600 words/);
    assert.match(prompt, /"cites":\["L4"\]/);
    assert.match(prompt, /^L\d+: Shipped one-click checkout to every customer .*\[.*4 commits.*SHOP-101.*Grace Hopper/m);
    assert.match(prompt, /Keep every ask, every due date/);
  });

  it('keeps feedback and career goals back unless the settings allow them, and never sends a diff', () => {
    const none = polishPrompt(polishEvidence(draft.text, draft.model, []), context);
    assert.ok(draft.text.includes('Updates were too long to read on a phone'), 'the draft shows the feedback');
    assert.ok(draft.text.includes('Lead a cross-team project by Q3'), 'the draft shows the career goal');
    assert.doesNotMatch(none, /too long to read on a phone|Great incident write-up/);
    assert.doesNotMatch(none, /Lead a cross-team project/);
    const feedback = polishPrompt(polishEvidence(draft.text, draft.model, ['feedback']), context);
    assert.match(feedback, /too long to read on a phone/);
    assert.doesNotMatch(feedback, /Lead a cross-team project/);
    const both = polishPrompt(polishEvidence(draft.text, draft.model, ['feedback', 'careerGoals']), context);
    assert.match(both, /Lead a cross-team project by Q3/);
    for (const prompt of [none, feedback, both]) assert.doesNotMatch(prompt, /^[-+]{3} |^@@ |^diff --git/m);
  });

  it('sends the draft as the user left it: an edited line as edited, an added line with no facts', () => {
    const edited = draft.text.replace('Made the cart keyboard accessible', 'Made the whole cart usable from the keyboard').replace('\n### Wins', '\n- Also mentored two interns.\n\n### Wins');
    const prompt = polishPrompt(polishEvidence(edited, draft.model, []), context);
    assert.match(prompt, /Made the whole cart usable from the keyboard/);
    assert.match(prompt, /^L\d+: Also mentored two interns\.$/m);
  });
});

describe('draft blocks', () => {
  it('makes a block of a bullet with its indented lines, splits sections at headings and reads text without Markdown', () => {
    const sections = draftSections('Hi,\n\nIntro line\nwraps here.\n\n## Done\n\n- **Shipped** `x_y` \\*now\\*\n  - Option 1: a _(recommended)_\n- [Docs](https://d.example)\n');
    assert.deepEqual(sections.map(s => s.heading), [undefined, 'Done']);
    assert.deepEqual(sections[0].blocks.map(b => [b.id, b.text]), [['L1', 'Hi,'], ['L2', 'Intro line wraps here.']]);
    assert.deepEqual(sections[1].blocks.map(b => [b.id, b.text]), [['L3', 'Shipped x_y *now* Option 1: a (recommended)'], ['L4', 'Docs (https://d.example)']]);
    assert.equal(sections[1].blocks[0].markdown, '- **Shipped** `x_y` \\*now\\*\n  - Option 1: a _(recommended)_');
  });
});
