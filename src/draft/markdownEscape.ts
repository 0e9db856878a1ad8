/** Markdown escaping of untrusted text, so data can never change a draft's structure. */
import { displayText } from './sanitize';

// Characters that can open or close Markdown/GFM structure anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
// Markers that only matter at the start of a line (headings, lists, quotes, setext underlines).
const LINE_START_SPECIAL = /^(#|[-+=]|\d+(?=[.)]))/;

/**
 * Escapes untrusted text for Markdown: one line, every structural character backslash-escaped,
 * entity-like `&name;` kept literal, length capped. `unescapeMarkdown` is its inverse.
 */
export function escapeMarkdown(value: unknown, max?: number): string {
  if (value === null || value === undefined) return '';
  // Handlebars SafeString: Markdown a helper already built (and escaped) itself.
  if (typeof (value as { toHTML?: unknown }).toHTML === 'function') return String((value as { toHTML(): unknown }).toHTML());
  const text = displayText(String(value), max);
  return text
    .replace(INLINE_SPECIAL, c => '\\' + c)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(LINE_START_SPECIAL, m => (/^\d/.test(m) ? m + '\\' : '\\' + m));
}

/** Removes Markdown backslash escapes (`\*` -> `*`): the text a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
