/**
 * The checkable facts in a sentence: numbers (digits with their units, and number words), tickets, pull
 * requests, security advisories, web addresses, dates and people. A polished sentence may state only facts
 * its cited evidence holds. Pure.
 */

/** Facts found in a text, each in one normal form, so a sentence's and its evidence's compare equal. */
export interface TextFacts {
  /** Numbers as written with their unit ("10x", "200ms", "40%", "q3"), and number words as digits. */
  numbers: Set<string>;
  /** Tickets (`ABC-12`), pull requests and issues (`#42`), advisories (`CVE-2026-1234`, `GHSA-…`). */
  references: Set<string>;
  urls: Set<string>;
  /** Months, weekdays and relative days ("dec", "fri", "tomorrow"). */
  dates: Set<string>;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  million: 1_000_000, billion: 1_000_000_000, dozen: 12, twice: 2, double: 2, triple: 3,
};
const NUMBER_WORD = new RegExp(String.raw`\b(${Object.keys(NUMBER_WORDS).join('|')})\b`, 'gi');
/** A number with what is attached to it: "1,200", "1.2.3", "10x", "200ms", "5k", "3rd", "40%". */
const NUMBER = /(?<![\p{L}\p{N}])\p{Nd}+(?:[.,]\p{Nd}+)*(?:[\p{L}%]+)?/gu;
/** A letter and a number: "Q3", "H1", "v2". */
const LETTER_NUMBER = /(?<![\p{L}\p{N}])\p{L}\p{Nd}+(?![\p{L}\p{N}])/gu;
const ADVISORY = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/gi;
const TICKET = /\b[A-Z][A-Z0-9]+-\d+\b/g;
/** `#42`, `!42` (a merge request), `PR 42`, `PR #42`, `pull request 42`, `pull/42`. */
const PULL = /(?:(?<![\p{L}\p{N}&])[#!]|\b(?:PRs?|MRs?|pull requests?|merge requests?|issues?)\s*#?|\b(?:pull|merge_requests|issues)\/)(\d+)\b/giu;
/** An address, with or without its scheme: "https://x.example/a", "www.example.com", "example.com/report". */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>)\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|co|ai)\b(?:\/[^\s<>)\]]*)?/gi;
/** A month or a weekday (with its capital), or a relative day. */
const DATE_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b|\b(tomorrow|yesterday|tonight|next (?:week|month|quarter|year)|end of (?:the )?(?:day|week|month|quarter|year)|EOD|EOW)\b/gi;

/**
 * The facts of a text. `ticketPrefixes` are the ticket keys the draft uses ("SHOP"): with them a ticket
 * written in lower case ("shop-999") is a ticket too, while "utf-8" stays a word.
 */
export function factsOf(raw: string, ticketPrefixes: ReadonlySet<string> = new Set()): TextFacts {
  const text = raw.normalize('NFKC');
  const numbers = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const token = normalNumber(m[0].toLowerCase());
    numbers.add(token);
    // "1.2.3" also holds 1, 2 and 3.
    if (/^[\p{Nd}.,]+$/u.test(token)) for (const part of token.split(/[.,]/)) numbers.add(normalNumber(part));
  }
  for (const m of text.matchAll(LETTER_NUMBER)) numbers.add(m[0].toLowerCase());
  for (const m of text.matchAll(NUMBER_WORD)) numbers.add(String(NUMBER_WORDS[m[1].toLowerCase()]));
  const references = new Set<string>();
  for (const m of text.matchAll(ADVISORY)) references.add(m[0].toUpperCase());
  for (const m of text.matchAll(TICKET)) if (!/^(?:CVE|GHSA)-/.test(m[0])) references.add(m[0]);
  for (const m of text.toUpperCase().matchAll(TICKET)) if (ticketPrefixes.has(m[0].replace(/-\d+$/, ''))) references.add(m[0]);
  for (const m of text.matchAll(PULL)) references.add(`#${Number(m[1])}`);
  const urls = new Set<string>();
  for (const m of text.matchAll(URL)) urls.add(m[0].replace(/[.,;:!?]+$/, '').replace(/^https?:\/\//i, '').toLowerCase());
  const dates = new Set<string>();
  for (const m of text.matchAll(DATE_WORD)) {
    // A month or a day only with its capital: "may", "sun" and "mar" are words.
    if (m[1] && !/^\p{Lu}/u.test(m[1])) continue;
    dates.add(m[1] ? m[1].slice(0, 3).toLowerCase() : m[2].toLowerCase());
  }
  return { numbers, references, urls, dates };
}

/** "1,200" and "1200" alike; "007" as "7". */
function normalNumber(digits: string): string {
  const plain = /^\d{1,3}(?:,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits;
  return /^\d+$/.test(plain) ? String(Number(plain)) : plain;
}

/** The ticket keys a text uses: "SHOP" of SHOP-101. */
export function ticketPrefixesOf(text: string): Set<string> {
  return new Set([...text.matchAll(TICKET)].map(m => m[0].replace(/-\d+$/, '')).filter(p => !/^(?:CVE|GHSA)$/.test(p)));
}

/** Words that credit someone, at the start of a sentence or within it ("Thanks to", "thanks to"). */
const CREDIT_WORDS = ['thanks to', 'thank', 'thanked', 'kudos to', 'credit to', 'shout-?out to', 'with help from', 'helped by',
  'together with', 'paired with', 'pairing with', 'reviewed by', 'by', 'with'].map(w => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`);
/** A capitalised name of one or two words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** A credit and the names after it ("thanks to Linus and Alex"), or an @handle. */
const CREDIT = new RegExp(String.raw`\b(?:${CREDIT_WORDS.join('|')})\s+(${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME})*)|@([\p{L}\p{N}_-]{2,})`, 'gu');

/**
 * The people a sentence names: each known name, or a part of one of three letters or more ("Priya" of
 * "Priya Raman"), as a whole word with its capital (a whole name in any case); and the capitalised names
 * after words that credit someone ("thanks to Alex and Sam", "with help from Sam", "@sam") even when nobody
 * by that name is known.
 */
export function peopleIn(text: string, known: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of known) {
    for (const token of nameTokens(name)) if (hasWord(text, token) || (token.includes(' ') && hasWord(text.toLowerCase(), token.toLowerCase()))) found.add(token);
  }
  for (const m of text.matchAll(CREDIT)) {
    for (const name of (m[1] ?? m[2]).split(/,\s*|\s+and\s+|\s*&\s*/)) found.add(name.split(/\s+/)[0].replace(/['’]s$/, ''));
  }
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
