/**
 * Markdown escaping of untrusted text: as few backslashes as CommonMark (and GFM) needs so the text
 * can never change a draft's structure, wherever a template puts it on a line.
 */
import { displayText } from './sanitize';

/**
 * Escapes untrusted text for Markdown: one line (see `displayText`), length capped, and a backslash
 * only before what would otherwise be read as structure. `torch_backend`, `[pr] fix`, `#15320`,
 * `a -> b` and `` use `pip debug` `` (a balanced code span stays a code span) pass unchanged; a
 * value-leading `#`, `>`, list marker or rule, emphasis that could open or close, `](` of a link,
 * `<` of a tag or autolink, an entity, an unbalanced backtick and a backslash before punctuation
 * are escaped. The text a reader sees is always the value itself.
 */
export function escapeMarkdown(value: unknown, max?: number): string {
  if (value === null || value === undefined) return '';
  // Handlebars SafeString: Markdown a helper already built (and escaped) itself.
  if (typeof (value as { toHTML?: unknown }).toHTML === 'function') return String((value as { toHTML(): unknown }).toHTML());
  return escapeLine(displayText(String(value), max));
}

/** Escapes one line of text (no line breaks) by the rules of `escapeMarkdown`. */
function escapeLine(text: string): string {
  const escape = new Set<number>();
  const code = codeSpans(text, escape);
  markLineStart(text, escape);
  markLineEnd(text, escape);
  markDelimiterRuns(text, code, escape);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const span = code.get(i);
    if (span !== undefined) {
      // Code span content is literal in Markdown: no escapes inside.
      out += text.slice(i, span);
      i = span - 1;
      continue;
    }
    const c = text[i];
    if (escape.has(i) || needsEscape(text, i)) out += '\\';
    out += c;
  }
  return out;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Each scan stops at the next `<` or `&`, so escaping stays linear.
const TAG_OR_AUTOLINK = /<(?:[A-Za-z/!?]|[^\s<>]*>)/y;
const ENTITY = /&#?[A-Za-z0-9]+(?:;|$)/y;

function matchesAt(sticky: RegExp, text: string, i: number): boolean {
  sticky.lastIndex = i;
  return sticky.test(text);
}

/** Characters escaped by what directly follows them, anywhere in the line. */
function needsEscape(text: string, i: number): boolean {
  const next = text[i + 1];
  switch (text[i]) {
    case '\\':
      // Only before punctuation (or a line's end, where it would make a hard break) is it an escape.
      return next === undefined || ASCII_PUNCTUATION.test(next);
    case ']':
      // `[text](url)`, `[text][ref]`, `![alt](src)`: no link or image without `](` / `][`.
      return next === '(' || next === '[';
    case '<':
      // An HTML tag or an autolink (`<https://…>`, `<a@b.c>`); `a < b`, `<-` and `<3` stay.
      return matchesAt(TAG_OR_AUTOLINK, text, i);
    case '&':
      // An entity (`&amp;`, `&#39;`), also one the template completes (`{{title}}; `).
      return matchesAt(ENTITY, text, i);
    default:
      return false;
  }
}

/** What only matters at the start of a line (or of a list item): the value may be placed there. */
function markLineStart(text: string, escape: Set<number>): void {
  // ATX heading, blockquote, bullet list item.
  if (/^(?:#{1,6}(?: |$)|>|[-+*](?: |$))/.test(text)) escape.add(0);
  // Ordered list item: escape its `.` or `)`.
  const ordered = /^\d{1,9}([.)])(?: |$)/.exec(text);
  if (ordered) escape.add(ordered[0].indexOf(ordered[1]));
  // Thematic break, setext underline, table delimiter row.
  if (/^[-=_*:| ]+$/.test(text) && /[-=_*]/.test(text)) escape.add(0);
  // Link reference definition (`[x]: url`), GFM task list box (`[x] done` after `- `).
  if (/^\[[^[\]]+\]:/.test(text) || /^\[[ xX]\](?: |$)/.test(text)) escape.add(0);
}

/** What only matters at the end of a line: an ATX heading's closing `#`s (`### C #`). */
function markLineEnd(text: string, escape: Set<number>): void {
  const closing = /(?:^| )(#+)$/.exec(text);
  if (closing) escape.add(text.length - closing[1].length);
}

/**
 * Code spans that pass through: each maps its start to its end. A backtick run with no closing run
 * of the same length, or opening a span whose padding Markdown would strip, has its backticks escaped.
 */
function codeSpans(text: string, escape: Set<number>): Map<number, number> {
  const runs = [...text.matchAll(/`+/g)].map(m => ({ at: m.index, length: m[0].length }));
  const spans = new Map<number, number>();
  const escapeRun = (run: { at: number; length: number }) => {
    for (let k = 0; k < run.length; k++) escape.add(run.at + k);
  };
  for (let r = 0; r < runs.length; r++) {
    const open = runs[r];
    const c = runs.findIndex((run, k) => k > r && run.length === open.length);
    if (c < 0) {
      escapeRun(open);
      continue;
    }
    const close = runs[c];
    const content = text.slice(open.at + open.length, close.at);
    if (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') {
      // Escaped, this run opens nothing; the runs after it are read as Markdown would read them.
      escapeRun(open);
      continue;
    }
    spans.set(open.at, close.at + close.length);
    r = c;
  }
  return spans;
}

type CharClass = 'space' | 'punct' | 'other';

const UNICODE_PUNCTUATION = /\p{P}/u;
const UNICODE_SYMBOL = /\p{S}/u;

/** The whole character (an emoji is two UTF-16 units) at `i`, or undefined past the end. */
function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** The whole character that ends just before `i`, or undefined at the start. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** What a neighbour of a delimiter run may count as; the value's ends may meet anything. */
function classesOf(c: string | undefined): CharClass[] {
  if (c === undefined) return ['space', 'punct', 'other'];
  if (/\s/.test(c)) return ['space'];
  if (ASCII_PUNCTUATION.test(c) || UNICODE_PUNCTUATION.test(c)) return ['punct'];
  // Symbols count as punctuation in newer CommonMark, not in older parsers.
  if (UNICODE_SYMBOL.test(c)) return ['punct', 'other'];
  return ['other'];
}

/** Whether a `*`, `_` or `~` run between these neighbours can open or close emphasis (CommonMark flanking rules). */
function canOpenOrClose(marker: string, before: CharClass, after: CharClass): boolean {
  const left = after !== 'space' && (after !== 'punct' || before !== 'other');
  const right = before !== 'space' && (before !== 'punct' || after !== 'other');
  if (marker !== '_') return left || right;
  // Intraword `_` neither opens nor closes.
  return (left && (!right || before === 'punct')) || (right && (!left || after === 'punct'));
}

/** Escapes every `*`, `_` and `~` run that could open or close emphasis or strikethrough. */
function markDelimiterRuns(text: string, code: Map<number, number>, escape: Set<number>): void {
  const runs: { at: number; length: number; active: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const span = code.get(i);
    if (span !== undefined) {
      i = span - 1;
      continue;
    }
    const marker = text[i];
    if (marker !== '*' && marker !== '_' && marker !== '~') continue;
    let end = i;
    while (text[end + 1] === marker) end++;
    const befores = classesOf(charBefore(text, i));
    const afters = classesOf(charAt(text, end + 1));
    const active = befores.some(b => afters.some(a => canOpenOrClose(marker, b, a)));
    runs.push({ at: i, length: end - i + 1, active });
    i = end;
  }
  // A lone `~` strikes only with another (GFM); `~~` always can.
  const tildes = runs.filter(r => r.active && text[r.at] === '~').length;
  for (const run of runs) {
    if (!run.active || (text[run.at] === '~' && run.length === 1 && tildes < 2)) continue;
    for (let k = 0; k < run.length; k++) escape.add(run.at + k);
  }
}
