import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeDraft } from '../../../../src/draft/compose';
import { countWords } from '../../../../src/draft/length';
import { checkPolish } from '../../../../src/draft/polish/check';
import { polishEvidence } from '../../../../src/draft/polish/evidence';
import type { PolishSection, PolishSentence } from '../../../../src/draft/polish/response';
import { richDraftInput } from '../../../fixtures/draft/input';
import { repoRoot as root } from '../../../helpers/paths';

const repoRoot = root();

interface Answer { sections: Array<{ heading: string; paragraphs: Array<{ bullet: boolean; sentences: Array<Partial<PolishSentence>> }> }> }
interface Case {
  name: string;
  section?: string;
  sentence?: Partial<PolishSentence>;
  /** The id of the line whose good sentence the bad one takes the place of. */
  replaces?: string;
  repeat?: { section: string; sentence: PolishSentence; times: number };
  raw?: string;
  reason?: string;
  refused?: string;
}
const fixture = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'polish', 'adversarial.json'), 'utf8')) as { good: Answer; cases: Case[] };

const draft = composeDraft(richDraftInput('detailed'), { template: 'weekly', format: 'markdown', builtinTemplatesDir: join(repoRoot, 'templates') });
const evidence = polishEvidence(draft.text, draft.model, []);
const BUDGET = draft.budget!;

/** The good answer with the case's bad sentence added, or in place of the good sentence about `replaces`. */
function answerOf(c: Case): string {
  if (c.raw === 'HUGE') return JSON.stringify(fixture.good) + ' '.repeat(200_000);
  if (c.raw !== undefined) return c.raw;
  const answer = structuredClone(fixture.good);
  const add = (heading: string, sentence: Partial<PolishSentence>) => {
    let section = answer.sections.find(s => s.heading === heading);
    if (!section) answer.sections.push(section = { heading, paragraphs: [] });
    if (c.replaces) {
      for (const p of section.paragraphs) p.sentences = p.sentences.filter(s => !s.cites?.includes(c.replaces!));
    }
    section.paragraphs.push({ bullet: true, sentences: [sentence] });
  };
  if (c.repeat) for (let i = 0; i < c.repeat.times; i++) add(c.repeat.section, c.repeat.sentence);
  else add(c.section!, c.sentence!);
  return JSON.stringify(answer);
}

describe('polish check', () => {
  it('passes an honest polish: every heading in order, no citation ids, the asks and due dates kept, feedback withheld and kept', () => {
    const checked = checkPolish(JSON.stringify(fixture.good), evidence, BUDGET);
    assert.equal(checked.refused, undefined);
    assert.deepEqual(checked.findings.filter(f => f.sentence), [], 'no honest sentence is taken out');
    const headings = checked.markdown.split('\n').filter(l => l.startsWith('#'));
    assert.deepEqual(headings, draft.text.split('\n').filter(l => l.startsWith('#')));
    assert.doesNotMatch(checked.markdown, /\bL\d+\b/);
    assert.match(checked.markdown, /One-click checkout is live for every customer/);
    assert.match(checked.markdown, /OK to quarantine for one week\?/);
    assert.match(checked.markdown, /Due Tue, Nov 24: the checkout A\/B results/);
    assert.match(checked.markdown, /- From Dana: Updates were too long to read on a phone/, 'withheld feedback stays as it was');
    assert.ok(checked.words <= BUDGET && checked.words === countWords(checked.markdown));
  });

  it('puts back, as the draft had them, the lines the polish left out, and lists each', () => {
    const checked = checkPolish(JSON.stringify(fixture.good), evidence, BUDGET);
    const leftOut = checked.findings.filter(f => !f.sentence);
    assert.ok(leftOut.length > 0);
    for (const f of leftOut) {
      assert.equal(f.reason, 'the polish left this line out');
      for (const line of f.restored) assert.ok(checked.markdown.includes(line) && draft.text.includes(line), line);
    }
    assert.ok(leftOut.some(f => f.restored.some(r => r.startsWith('- Open: Send the staging plan'))));
  });

  for (const c of fixture.cases) {
    it(`catches ${c.name}`, () => {
      const checked = checkPolish(answerOf(c), evidence, BUDGET);
      if (c.refused) {
        assert.match(checked.refused ?? '', new RegExp(c.refused));
        return;
      }
      assert.equal(checked.refused, undefined);
      const bad = c.sentence!.text!;
      const finding = checked.findings.find(f => f.sentence === bad);
      assert.ok(finding, `the sentence was let through: ${bad}\n${checked.markdown}`);
      assert.match(finding.reason, new RegExp(c.reason!));
      assert.ok(!checked.markdown.includes(bad.replace(/\.$/, '')), 'the sentence is not in the polish');
      // What it cited is told as the draft told it, unless an honest sentence tells it.
      for (const line of finding.restored) assert.ok(checked.markdown.includes(line));
      if (c.replaces) {
        const block = evidence.sections.flatMap(s => s.blocks).find(b => b.id === c.replaces)!;
        assert.ok(checked.markdown.includes(block.markdown), `the draft's line is back: ${block.markdown}`);
      }
    });
  }

  it('refuses a polish over the budget, even when every sentence is true', () => {
    const checked = checkPolish(JSON.stringify(fixture.good), evidence, 40);
    assert.match(checked.refused!, /over this draft's budget of 40$/);
  });

  it('writes the model\'s words as text: no HTML, no heading or list of its own, its emphasis dropped', () => {
    const answer = structuredClone(fixture.good);
    const done = answer.sections.find(s => s.heading === 'Done')!;
    done.paragraphs.unshift({ bullet: true, sentences: [{ text: '# **Cart** <img src=x onerror=alert(1)> is keyboard accessible', cites: ['L6'] }] });
    const checked = checkPolish(JSON.stringify(answer), evidence, BUDGET);
    const line = checked.markdown.split('\n').find(l => l.includes('keyboard accessible') && l.includes('img'))!;
    assert.equal(line, '- \\# Cart \\<img src=x onerror=alert(1)> is keyboard accessible');
  });

  it('takes the prompt\'s name for the lines before the first heading as that place', () => {
    const answer = structuredClone(fixture.good);
    answer.sections[0].heading = '(before the first heading)';
    const checked = checkPolish(JSON.stringify(answer), evidence, BUDGET);
    assert.deepEqual(checked.findings.filter(f => f.sentence), []);
    assert.ok(checked.markdown.startsWith('Hi Dana,\n'));
  });

  it('reads ids inline, as one string, in any case', () => {
    const answer = structuredClone(fixture.good) as { sections: PolishSection[] };
    answer.sections[1].paragraphs = [
      { bullet: true, sentences: [{ text: 'Retried payments no longer charge twice [L7].', cites: [] }] },
      { bullet: true, sentences: [{ text: 'The cart works from the keyboard.', cites: 'l6' as unknown as string[] }] },
    ];
    const checked = checkPolish(JSON.stringify(answer), evidence, BUDGET);
    assert.deepEqual(checked.findings.filter(f => f.sentence), []);
    assert.match(checked.markdown, /- Retried payments no longer charge twice\.\n/);
  });
});
