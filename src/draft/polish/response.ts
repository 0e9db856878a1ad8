/**
 * The model's answer, parsed: sections of paragraphs of sentences, each sentence with the ids it cites.
 * Lenient about the wrapping (a code fence, prose around the JSON, ids as one string or inline "[L3]"),
 * strict about the shape: anything else is a malformed answer. Pure.
 */

/** One sentence of a polish and the evidence ids it cites. */
export interface PolishSentence {
  text: string;
  cites: string[];
}

/** A bullet or a paragraph of a polish. */
export interface PolishParagraph {
  bullet: boolean;
  sentences: PolishSentence[];
}

/** A section of a polish, under the draft's heading ("" for what precedes the first heading). */
export interface PolishSection {
  heading: string;
  paragraphs: PolishParagraph[];
}

/** Longest answer read: a polish of a 600-word draft is a few kilobytes. */
export const MAX_RESPONSE_CHARS = 100_000;

/** Inline citations: "[L3]", "[L3, L4]", "(L3)". */
const INLINE_CITES = /\s*[[(]((?:L\d+\s*[,;]?\s*)+)[\])]/gi;

/** The sections of an answer, or why it is not one. */
export function parsePolishResponse(raw: string): { sections: PolishSection[] } | { error: string } {
  if (raw.length > MAX_RESPONSE_CHARS) return { error: `the answer is ${raw.length} characters long, far more than a polish of the draft` };
  const start = raw.indexOf('{');
  const end = raw.lastIndexOf('}');
  if (start < 0 || end < start) return { error: 'the answer holds no JSON object' };
  let value: unknown;
  try {
    value = JSON.parse(raw.slice(start, end + 1));
  } catch (error) {
    return { error: `the answer's JSON does not parse (${(error as Error).message})` };
  }
  const sections = (value as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return { error: 'the answer has no "sections" list' };
  const parsed: PolishSection[] = [];
  for (const s of sections) {
    if (typeof s !== 'object' || s === null) return { error: 'a section is not an object' };
    const { heading, paragraphs } = s as { heading?: unknown; paragraphs?: unknown };
    if (heading !== undefined && heading !== null && typeof heading !== 'string') return { error: 'a section heading is not text' };
    if (!Array.isArray(paragraphs)) return { error: `the section "${heading ?? ''}" has no "paragraphs" list` };
    const out: PolishParagraph[] = [];
    for (const p of paragraphs) {
      const paragraph = parseParagraph(p);
      if (typeof paragraph === 'string') return { error: paragraph };
      if (paragraph.sentences.length) out.push(paragraph);
    }
    parsed.push({ heading: heading ?? '', paragraphs: out });
  }
  if (!parsed.some(s => s.paragraphs.length)) return { error: 'the answer has no sentence' };
  return { sections: parsed };
}

/** A paragraph: `{ bullet, sentences }`, or a bare list of sentences (not a bullet). A string is what is wrong. */
function parseParagraph(p: unknown): PolishParagraph | string {
  const list = Array.isArray(p) ? p : (p as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(list)) return 'a paragraph has no "sentences" list';
  const bullet = !Array.isArray(p) && (p as { bullet?: unknown }).bullet === true;
  const sentences: PolishSentence[] = [];
  for (const s of list) {
    const sentence = parseSentence(s);
    if (typeof sentence === 'string') return sentence;
    if (sentence.text) sentences.push(sentence);
  }
  return { bullet, sentences };
}

function parseSentence(s: unknown): PolishSentence | string {
  const text = typeof s === 'string' ? s : (s as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return 'a sentence has no "text"';
  const raw = typeof s === 'string' ? undefined : (s as { cites?: unknown }).cites;
  let cites: string[];
  if (raw === undefined || raw === null) cites = [];
  else if (typeof raw === 'string') cites = raw.split(/[\s,;]+/);
  else if (Array.isArray(raw) && raw.every(c => typeof c === 'string')) cites = raw as string[];
  else return 'a sentence\'s "cites" is not a list of ids';
  const inline = [...text.matchAll(INLINE_CITES)].flatMap(m => m[1].split(/[\s,;]+/));
  const ids = [...cites, ...inline].map(c => c.trim().toUpperCase()).filter(Boolean);
  return { text: text.replace(INLINE_CITES, '').replace(/\s+/g, ' ').trim(), cites: [...new Set(ids)] };
}
