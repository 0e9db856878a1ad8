/** Makes untrusted text (commit subjects, journal entries) safe to display on one line. */

/** Longest text drafted for any single value; protects the draft from 1 MB commit subjects. */
export const MAX_TEXT_LENGTH = 1000;

/** Longest accomplishment or win title shown in a draft. */
export const MAX_TITLE_LENGTH = 160;

// Bidi embeddings/overrides/isolates, the Arabic letter mark, LRM/RLM, zero-width space,
// word joiner and BOM: invisible characters that can reorder or hide text. ZWJ/ZWNJ are kept:
// emoji sequences and several scripts (Persian, Indic) need them.
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const C0_CONTROLS = /[\u0000-\u001F\u007F]/g;
const C1_CONTROLS = /[\u0080-\u009F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One-line, visible form of untrusted text: line breaks and tabs become spaces, control characters
 * become their visible "control picture" (NUL -> ␀), bidi overrides and zero-width characters are
 * removed, broken UTF-16 becomes U+FFFD, runs of spaces collapse and the ends are trimmed.
 */
export function normaliseText(text: string): string {
  return String(text)
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(C0_CONTROLS, c => (c === '\u007F' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(C1_CONTROLS, '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Cuts text to at most `max` code points, ending with an ellipsis when something was cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2 + 2));
  if (points.length <= max) return points.join('');
  return points.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

/** Normalised and truncated: the form every untrusted value takes in a draft. */
export function displayText(text: string, max = MAX_TEXT_LENGTH): string {
  // Cut before normalising so a 1 MB value costs no more than a short one.
  return truncateText(normaliseText(truncateText(String(text), max * 4)), max);
}
