/**
 * The checkable facts in a sentence: numbers (digits and number words), tickets, pull requests, security
 * advisories, web addresses and people. A polished sentence may state only facts its cited evidence holds. Pure.
 */

/** Facts found in a text, each in one normal form, so a sentence's and its evidence's compare equal. */
export interface TextFacts {
  numbers: Set<string>;
  /** Tickets (`ABC-12`), pull requests and issues (`#42`), advisories (`CVE-2026-1234`, `GHSA-…`). */
  references: Set<string>;
  urls: Set<string>;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  dozen: 12, twice: 2, double: 2, triple: 3, half: 50,
};
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');
/** A number: digits, with decimals or a version's dots, and thousands separators. */
const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu;
const ADVISORY = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/gi;
const TICKET = /\b[A-Z][A-Z0-9]+-\d+\b/g;
/** `#42`, `!42` (a merge request), `PR 42`, `PR #42`, `pull request 42`. */
const PULL = /(?:(?<![\p{L}\p{N}&])[#!]|\b(?:PRs?|MRs?|pull requests?|merge requests?|issues?)\s*#?)(\d+)\b/giu;
const URL = /\bhttps?:\/\/[^\s<>)\]]+/gi;

/** The facts of a text. */
export function factsOf(text: string): TextFacts {
  const numbers = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    numbers.add(normalNumber(m[0]));
    // "1.2.3" also holds 1, 2 and 3; "Nov 18, 2026" holds 18 and 2026.
    for (const part of m[0].split(/[.,]/)) numbers.add(normalNumber(part));
  }
  for (const m of text.matchAll(NUMBER_WORD)) numbers.add(String(NUMBER_WORDS[m[1].toLowerCase()]));
  const references = new Set<string>();
  for (const m of text.matchAll(ADVISORY)) references.add(m[0].toUpperCase());
  for (const m of text.matchAll(TICKET)) if (!/^(?:CVE|GHSA)-/.test(m[0])) references.add(m[0]);
  for (const m of text.matchAll(PULL)) references.add(`#${Number(m[1])}`);
  const urls = new Set<string>();
  for (const m of text.matchAll(URL)) urls.add(m[0].replace(/[.,;:!?]+$/, ''));
  return { numbers, references, urls };
}

/** "1,200" and "1200" alike; "007" as "7". */
function normalNumber(digits: string): string {
  const plain = /^\d{1,3}(?:,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits;
  return /^\d+$/.test(plain) ? String(Number(plain)) : plain;
}

/** Words that credit someone, at the start of a sentence or within it ("Thanks to", "thanks to"). */
const CREDIT_WORDS = ['thanks to', 'thank', 'thanked', 'kudos to', 'credit to', 'shout-?out to', 'with help from', 'helped by',
  'together with', 'paired with', 'pairing with', 'reviewed by', 'by', 'with'].map(w => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`);
/** A credit and the capitalised name after it, or an @handle. */
const CREDIT = new RegExp(`\\b(?:${CREDIT_WORDS.join('|')})\\s+((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)|@([\\p{L}\\p{N}_-]{2,})`, 'gu');

/**
 * The people a sentence names: each known name, or a part of one of three letters or more ("Priya" of
 * "Priya Raman"), as a whole word with its capital; and a capitalised name after words that credit someone
 * ("thanks to Alex", "with help from Sam", "@sam") even when nobody by that name is known.
 */
export function peopleIn(text: string, known: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of known) {
    for (const token of nameTokens(name)) if (hasWord(text, token)) found.add(token);
  }
  for (const m of text.matchAll(CREDIT)) found.add((m[1] ?? m[2]).split(/\s+/)[0]);
  return found;
}

/** The words of a name that identify someone: the whole name, and each part of three letters or more. */
export function nameTokens(name: string): string[] {
  const whole = name.trim();
  if (!whole) return [];
  const parts = whole.split(/\s+/).filter(p => p.length >= 3 && /^\p{Lu}/u.test(p));
  return [...new Set([whole, ...parts])];
}

/** The text holds `word` as a whole word, case and all. */
export function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
