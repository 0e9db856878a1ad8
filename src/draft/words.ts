/** Small English for generated lines: lists and counts. */

/** "a", "a and b", "a, b and c"; past `max` items, "a, b, c and 4 more". */
export function listText(items: readonly string[], max = 5): string {
  const shown = items.length > max ? items.slice(0, max) : items;
  const rest = items.length - shown.length;
  const parts = rest ? [...shown, `${rest.toLocaleString('en-US')} more`] : [...shown];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "1 fix", "9 fixes". */
export function countText(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** First letter lower-cased when the first word is a plain capitalised word, for a title inside a sentence. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]+(?:\s|$)/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
