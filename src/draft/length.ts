/** How long a draft reads: words of its visible text and minutes to read them. */

/** Markdown syntax that is not words: list markers, heading marks, emphasis, code fences, table pipes. */
const SYNTAX = /^\s*(?:[-*+]|\d+[.)]|#{1,6}|>)\s+|[*_~`|]+(?=\s|$)|(?<=^|\s)[*_~`|]+/gm;

/** Words of the visible text of a Markdown draft: `foo_bar`, `v2.4.0` and `#123` are one word each. */
export function countWords(markdown: string): number {
  const text = markdown.replace(SYNTAX, ' ');
  return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read `words` at about 200 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
