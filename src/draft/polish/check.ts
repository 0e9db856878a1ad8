/**
 * The check of a polish: every sentence must cite lines of the draft that exist, and state no number, person,
 * ticket, pull request, advisory or address those lines do not hold; every ask, due date and missing-proposal
 * flag survives word for word. A sentence that fails is taken out and the lines it cited are put back as the
 * draft had them; a line the polish left out is put back too; a polish over the budget is refused. Pure.
 */
import { escapeMarkdown } from '../markdownEscape';
import { countWords } from '../length';
import type { EvidenceBlock, PolishEvidence } from './evidence';
import { normal } from './evidence';
import { factsOf, hasWord, peopleIn } from './facts';
import type { PolishSentence } from './response';
import { PREAMBLE_HEADING } from './prompt';
import { parsePolishResponse } from './response';

/** Something the check changed, for the list the user reads before accepting. */
export interface PolishFinding {
  /** The polished sentence taken out (none when a line was only left out). */
  sentence?: string;
  reason: string;
  /** The draft's lines put back in its place, as the draft had them. */
  restored: string[];
}

/** A checked polish: its Markdown (no citation ids), its length, what was changed, or why it is refused. */
export interface CheckedPolish {
  markdown: string;
  words: number;
  findings: PolishFinding[];
  /** Set when the polish as a whole is refused: the draft stays as it was. */
  refused?: string;
}

interface Checked extends PolishSentence {
  section: number;
  paragraph: number;
  bullet: boolean;
  failure?: string;
  /** Blocks it cites that exist and were sent. */
  blocks: EvidenceBlock[];
}

/** Checks a model's answer against the draft's evidence; `budgetWords` is the most the polish may say. */
export function checkPolish(answer: string, evidence: PolishEvidence, budgetWords: number): CheckedPolish {
  const parsed = parsePolishResponse(answer);
  if ('error' in parsed) return { markdown: '', words: 0, findings: [], refused: `the model's answer is malformed: ${parsed.error}` };
  const sent = new Map(evidence.sections.flatMap(s => s.blocks).filter(b => !b.withheld).map(b => [b.id, b]));
  const sectionOf = new Map<string, number>();
  evidence.sections.forEach((s, i) => { if (!sectionOf.has(headingKey(s.heading))) sectionOf.set(headingKey(s.heading), i); });

  const sentences: Checked[] = [];
  parsed.sections.forEach((section, p) => {
    const index = sectionOf.get(headingKey(section.heading));
    section.paragraphs.forEach((paragraph, n) => {
      for (const s of paragraph.sentences) {
        const blocks = s.cites.map(id => sent.get(id)).filter((b): b is EvidenceBlock => !!b);
        const checked: Checked = { ...s, section: index ?? -1, paragraph: p * 10_000 + n, bullet: paragraph.bullet, blocks };
        checked.failure = index === undefined
          ? `it is under “${section.heading}”, a heading the draft does not have`
          : sentenceFailure(s, blocks, evidence.people);
        sentences.push(checked);
      }
    });
  });
  failLostKeeps(sentences, sent);

  const passing = sentences.filter(s => !s.failure);
  // A line is told by a sentence of its own section: a headline that sums up Done does not empty Done.
  const told = new Set(passing.flatMap(s => s.blocks.filter(b => b.section === s.section).map(b => b.id)));
  const restoredBy = new Map<string, Checked | undefined>();
  for (const block of sent.values()) {
    if (told.has(block.id)) continue;
    restoredBy.set(block.id, sentences.find(s => s.failure && s.blocks.includes(block)));
  }
  const findings: PolishFinding[] = [];
  for (const s of sentences.filter(x => x.failure)) {
    const restored = s.blocks.filter(b => restoredBy.get(b.id) === s).map(b => b.markdown);
    findings.push({ sentence: s.text, reason: s.failure!, restored });
  }
  for (const [id, by] of restoredBy) if (!by) findings.push({ reason: 'the polish left this line out', restored: [sent.get(id)!.markdown] });

  const markdown = assemble(evidence, passing, told);
  const words = countWords(markdown);
  const refused = words > budgetWords ? `the polish is ${words} words, over this draft's budget of ${budgetWords}` : undefined;
  return { markdown, words, findings, ...(refused ? { refused } : {}) };
}

/** A heading as the check compares it; the prompt's name for the lines before the first heading is none. */
function headingKey(heading: string | undefined): string {
  const key = normal(heading ?? '').replace(/^#+\s*/, '').replace(/:$/, '').toLowerCase();
  return key === PREAMBLE_HEADING.toLowerCase() ? '' : key;
}

/** Why a sentence cannot stand on the lines it cites, or undefined when it can. */
function sentenceFailure(s: PolishSentence, blocks: EvidenceBlock[], people: readonly string[]): string | undefined {
  if (!s.cites.length) return 'it cites no line of the draft';
  const unknown = s.cites.filter(id => !blocks.some(b => b.id === id));
  if (unknown.length) return `it cites ${unknown.join(', ')}, which the draft does not have`;
  const cited = blocks.map(b => [b.text, ...b.facts].join(' · ')).join(' · ');
  const have = factsOf(cited);
  const counts = [blocks.length, blocks.reduce((n, b) => n + b.items, 0), ...blocks.map(b => b.items)].map(String);
  const said = factsOf(s.text);
  const reference = [...said.references].find(r => !have.references.has(r));
  if (reference) return `it names ${reference}, which the lines it cites do not`;
  const number = [...said.numbers].find(n => !have.numbers.has(n) && !counts.includes(n));
  if (number) return `it says ${number}, which the lines it cites do not`;
  const url = [...said.urls].find(u => ![...have.urls].some(h => h === u));
  if (url) return `it links ${url}, which the lines it cites do not`;
  const person = [...peopleIn(s.text, people)].find(p => !hasWord(cited, p));
  if (person) return `it names ${person}, who is not in the lines it cites`;
  return undefined;
}

/**
 * Fails the sentences of a line's section that tell a line with an ask, a due date or a flag to keep, when
 * none of them keeps it word for word; repeated, since each failure can leave another line's kept text untold.
 */
function failLostKeeps(sentences: Checked[], sent: Map<string, EvidenceBlock>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const block of sent.values()) {
      const telling = sentences.filter(s => !s.failure && s.section === block.section && s.blocks.includes(block));
      if (!telling.length) continue;
      const said = normal(telling.map(s => s.text).join(' '));
      const lost = block.keep.find(k => !k.anyOf.some(a => said.includes(normal(a))));
      if (!lost) continue;
      for (const s of telling) s.failure = `it changes or leaves out ${lost.label}`;
      changed = true;
    }
  }
}

/** The polished draft: the draft's headings, in order, each with its passing sentences and the lines put back. */
function assemble(evidence: PolishEvidence, passing: Checked[], told: Set<string>): string {
  const parts: string[] = [];
  evidence.sections.forEach((section, i) => {
    const chunks: Array<{ bullet: boolean; text: string }> = [];
    const mine = passing.filter(s => s.section === i);
    for (const key of [...new Set(mine.map(s => s.paragraph))]) {
      const paragraph = mine.filter(s => s.paragraph === key);
      const text = paragraph.map(s => prose(s.text)).join(' ');
      chunks.push({ bullet: paragraph[0].bullet, text: paragraph[0].bullet ? `- ${text}` : text });
    }
    for (const block of section.blocks) {
      if (block.withheld || !told.has(block.id)) chunks.push({ bullet: /^(?:[-*+]|\d{1,9}[.)])[ \t]/.test(block.markdown), text: block.markdown });
    }
    const body = chunks.map((c, n) => (n === 0 ? '' : c.bullet && chunks[n - 1].bullet ? '\n' : '\n\n') + c.text).join('');
    const lines = [section.headingLine, body].filter(Boolean).join('\n\n');
    if (lines) parts.push(lines);
  });
  return `${parts.join('\n\n')}\n`;
}

/** A model's sentence as safe Markdown on one line: its own emphasis dropped, everything else escaped. */
function prose(text: string): string {
  return escapeMarkdown(text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'));
}
