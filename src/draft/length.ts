/** How long a draft reads: its words and its reading time (the budgets are in budget.ts). Pure. */

/** Words a minute an update is read at. */
export const WORDS_PER_MINUTE = 200;

/** Lines that show no text: code fences, and the separator row of a table. */
const SYNTAX_LINE = /^\s*(?:```|~~~).*$|^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/gm;
/** What opens a line without being read: quote marks, bullets, numbers of an ordered list, task boxes, heading marks. */
const LINE_MARKERS = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?/gm;
/** A link or image: only its text is shown, never its address. */
const LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** Characters around a word that are Markdown or punctuation, never part of it: `**bold**,` is one word, "bold". */
const EDGES = /^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The words a reader sees in a Markdown draft: Markdown syntax (`-`, `#`, `**`, `|`, `>`, link addresses, list
 * numbers) is not counted, and a token such as `foo_bar`, `v2.4.0`, `ABC-101` or `#123` is one word.
 */
export function countWords(markdown: string): number {
  const visible = markdown
    .replace(HTML_COMMENT, ' ')
    .replace(SYNTAX_LINE, ' ')
    .replace(LINE_MARKERS, '')
    .replace(LINK, ' $1 ');
  let words = 0;
  for (const token of visible.split(/[\s|]+/)) {
    if (HAS_WORD.test(token.replace(EDGES, ''))) words++;
  }
  return words;
}

/** Minutes to read `words` at WORDS_PER_MINUTE, rounded, and at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
