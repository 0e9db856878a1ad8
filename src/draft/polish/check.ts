/**
 * The check of a polish: every sentence must cite lines of the draft that exist, and state no number, person,
 * ticket, pull request, advisory or address those lines do not hold; every ask, due date and missing-proposal
 * flag survives word for word. A sentence that fails is taken out and the lines it cited are put back as the
 * draft had them; a line the polish left out is put back too; a polish over the budget is refused. Pure.
 */
import { escapeMarkdown } from '../markdownEscape';
import { countWords } from '../length';
import type { EvidenceBlock, KeptText, PolishEvidence } from './evidence';
import { normal } from './evidence';
import { factsOf, hasWord, peopleIn, ticketPrefixesOf } from './facts';
import type { PolishSentence } from './response';
import { PREAMBLE_HEADING } from './prompt';
import { parsePolishResponse } from './response';

/** Why the check took a sentence out, or put a line back: a code and the fact it is about (the host words it). */
export type PolishReason =
  | { code: 'no-cites' | 'unrelated' | 'left-out' }
  | { code: 'unknown-cites' | 'reference' | 'number' | 'date' | 'link' | 'person' | 'heading'; value: string }
  | { code: 'lost-ask' | 'lost-due' | 'lost-flag'; value: string };

/** Why a polish is refused as a whole. */
export type PolishRefusal = { code: 'malformed'; value: string } | { code: 'over-budget'; words: number; budget: number };

/** A reason in English, for the log, the tests and the JSON of a finding. */
export function reasonText(r: PolishReason): string {
  switch (r.code) {
    case 'no-cites': return 'it cites no line of the draft';
    case 'unrelated': return 'it tells nothing of the lines it cites';
    case 'left-out': return 'the polish left this line out';
    case 'unknown-cites': return `it cites ${r.value}, which the draft does not have`;
    case 'reference': return `it names ${r.value}, which the lines it cites do not`;
    case 'number': case 'date': return `it says ${r.value}, which the lines it cites do not`;
    case 'link': return `it links ${r.value}, which the lines it cites do not`;
    case 'person': return `it names ${r.value}, who is not in the lines it cites`;
    case 'heading': return `it is under “${r.value}”, a heading the draft does not have`;
    case 'lost-ask': return `it changes or leaves out the ask “${r.value}”`;
    case 'lost-due': return `it changes or leaves out the due date ${r.value}`;
    case 'lost-flag': return `it changes or leaves out the flag “${r.value}”`;
  }
}

/** A refusal in English. */
export function refusalText(r: PolishRefusal): string {
  return r.code === 'malformed' ? `the model's answer is malformed: ${r.value}` : `the polish is ${r.words} words, over this draft's budget of ${r.budget}`;
}

/** Something the check changed, for the list the user reads before accepting. */
export interface PolishFinding {
  /** The polished sentence taken out (none when a line was only left out). */
  sentence?: string;
  /** Why, in English (`why` is the same as data). */
  reason: string;
  why: PolishReason;
  /** The draft's lines put back in its place, as the draft had them. */
  restored: string[];
}

/** A checked polish: its Markdown (no citation ids), its length, what was changed, or why it is refused. */
export interface CheckedPolish {
  markdown: string;
  words: number;
  findings: PolishFinding[];
  /** Set when the polish as a whole is refused (the draft stays as it was): in English, and as data. */
  refused?: string;
  refusal?: PolishRefusal;
}

interface Checked extends PolishSentence {
  section: number;
  paragraph: number;
  bullet: boolean;
  failure?: PolishReason;
  /** Blocks it cites that exist and were sent. */
  blocks: EvidenceBlock[];
  /** Those of them it tells something of (see relatedBlocks). */
  told: EvidenceBlock[];
}

/** Checks a model's answer against the draft's evidence; `budgetWords` is the most the polish may say. */
export function checkPolish(answer: string, evidence: PolishEvidence, budgetWords: number): CheckedPolish {
  const parsed = parsePolishResponse(answer);
  if ('error' in parsed) {
    const refusal: PolishRefusal = { code: 'malformed', value: parsed.error };
    return { markdown: '', words: 0, findings: [], refused: refusalText(refusal), refusal };
  }
  const prefixes = ticketPrefixesOf(evidence.sections.flatMap(x => x.blocks.flatMap(b => [b.text, ...b.facts])).join(' '));
  const sent = new Map(evidence.sections.flatMap(s => s.blocks).filter(b => !b.withheld).map(b => [b.id, b]));
  const sectionOf = new Map<string, number>();
  evidence.sections.forEach((s, i) => { if (!sectionOf.has(headingKey(s.heading))) sectionOf.set(headingKey(s.heading), i); });

  const sentences: Checked[] = [];
  parsed.sections.forEach((section, p) => {
    const index = sectionOf.get(headingKey(section.heading));
    section.paragraphs.forEach((paragraph, n) => {
      for (const s of paragraph.sentences) {
        const blocks = s.cites.map(id => sent.get(id)).filter((b): b is EvidenceBlock => !!b);
        const checked: Checked = { ...s, section: index ?? -1, paragraph: p * 10_000 + n, bullet: paragraph.bullet, blocks, told: relatedBlocks(s.text, blocks) };
        checked.failure = index === undefined
          ? { code: 'heading', value: section.heading }
          : sentenceFailure(checked, evidence.people, prefixes);
        sentences.push(checked);
      }
    });
  });
  failLostKeeps(sentences, sent);

  const passing = sentences.filter(s => !s.failure);
  // A line is told by a sentence of its own section: a headline that sums up Done does not empty Done.
  const told = new Set(passing.flatMap(s => s.told.filter(b => b.section === s.section).map(b => b.id)));
  const restoredBy = new Map<string, Checked | undefined>();
  for (const block of sent.values()) {
    if (told.has(block.id)) continue;
    restoredBy.set(block.id, sentences.find(s => s.failure && s.blocks.includes(block)));
  }
  const findings: PolishFinding[] = [];
  for (const s of sentences.filter(x => x.failure)) {
    const restored = s.blocks.filter(b => restoredBy.get(b.id) === s).map(b => b.markdown);
    findings.push({ sentence: s.text, reason: reasonText(s.failure!), why: s.failure!, restored });
  }
  for (const [id, by] of restoredBy) if (!by) findings.push({ reason: reasonText({ code: 'left-out' }), why: { code: 'left-out' }, restored: [sent.get(id)!.markdown] });

  const markdown = assemble(evidence, passing, told);
  const words = countWords(markdown);
  const refusal: PolishRefusal | undefined = words > budgetWords ? { code: 'over-budget', words, budget: budgetWords } : undefined;
  return { markdown, words, findings, ...(refusal ? { refused: refusalText(refusal), refusal } : {}) };
}

/** A heading as the check compares it; the prompt's name for the lines before the first heading is none. */
function headingKey(heading: string | undefined): string {
  const key = normal(heading ?? '').replace(/^#+\s*/, '').replace(/:$/, '').replace(/\s*&\s*/g, ' and ').toLowerCase();
  return key === PREAMBLE_HEADING.toLowerCase() ? '' : key;
}

/** Why a sentence cannot stand on the lines it cites, or undefined when it can. */
function sentenceFailure(s: Checked, people: readonly string[], prefixes: ReadonlySet<string>): PolishReason | undefined {
  const { blocks, told } = s;
  if (!s.cites.length) return { code: 'no-cites' };
  const unknown = s.cites.filter(id => !blocks.some(b => b.id === id));
  if (unknown.length) return { code: 'unknown-cites', value: unknown.join(', ') };
  if (!told.length) return { code: 'unrelated' };
  const cited = told.map(b => [b.text, ...b.facts].join(' · ')).join(' · ');
  const have = factsOf(cited, prefixes);
  const counts = [told.length, told.reduce((n, b) => n + b.items, 0), ...told.map(b => b.items)].map(String);
  const said = factsOf(s.text, prefixes);
  const reference = [...said.references].find(r => !have.references.has(r));
  if (reference) return { code: 'reference', value: reference };
  const number = [...said.numbers].find(n => !have.numbers.has(n) && !counts.includes(n));
  if (number) return { code: 'number', value: number };
  const date = [...said.dates].find(d => !have.dates.has(d));
  if (date) return { code: 'date', value: date };
  const url = [...said.urls].find(u => !have.urls.has(u));
  if (url) return { code: 'link', value: url };
  const person = [...peopleIn(s.text, people)].find(p => !hasWord(cited, p) && !hasWord(cited.toLowerCase(), p.toLowerCase()));
  if (person) return { code: 'person', value: person };
  return undefined;
}

/** Words too common to tie a sentence to a line. */
const COMMON = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'will', 'into', 'more', 'than', 'they', 'their', 'what',
  'when', 'which', 'also', 'been', 'only', 'over', 'some', 'such', 'them', 'then', 'there', 'these', 'very', 'just', 'about',
  'after', 'before', 'under', 'week', 'update', 'work', 'done', 'made', 'make', 'now', 'still', 'each', 'every', 'other']);

/** The words of a text that can tie a sentence to a line: four letters or more, not common. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter(w => !COMMON.has(w)).map(w => w.slice(0, 6)));
}

/**
 * The cited blocks the sentence tells something of: those it shares a word with (their first six letters, so
 * "shipped" and "shipping" meet). A citation of a line the sentence says nothing about tells nothing of it.
 */
function relatedBlocks(text: string, blocks: EvidenceBlock[]): EvidenceBlock[] {
  const words = contentWords(text);
  return blocks.filter(b => [...contentWords([b.text, ...b.facts].join(' '))].some(w => words.has(w)));
}

/** The text holds `phrase` as a whole (not "Dec 12" for "Dec 1"), ignoring case. */
function keeps(said: string, phrase: string): boolean {
  const escaped = normal(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(said);
}

/**
 * Fails the sentences that tell a line with an ask, a due date or a flag to keep, when they do not keep it
 * word for word: together, the sentences of its own section; alone, each sentence elsewhere (a headline
 * must not move a due date). Repeated, since each failure can leave another line's kept text untold.
 */
function failLostKeeps(sentences: Checked[], sent: Map<string, EvidenceBlock>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const block of sent.values()) {
      if (!block.keep.length) continue;
      const telling = sentences.filter(s => !s.failure && s.told.includes(block));
      const own = telling.filter(s => s.section === block.section);
      const ownSaid = normal(own.map(s => s.text).join(' '));
      const lostOwn = own.length ? block.keep.find(k => !k.anyOf.some(a => keeps(ownSaid, a))) : undefined;
      for (const s of lostOwn ? own : []) s.failure = lostReason(lostOwn!);
      for (const s of telling.filter(x => x.section !== block.section)) {
        const lost = block.keep.find(k => !k.anyOf.some(a => keeps(normal(s.text), a)));
        if (lost) s.failure = lostReason(lost);
      }
      changed ||= !!lostOwn || telling.some(s => s.failure);
    }
  }
}

function lostReason(k: KeptText): PolishReason {
  return { code: k.kind === 'ask' ? 'lost-ask' : k.kind === 'due' ? 'lost-due' : 'lost-flag', value: k.text };
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
