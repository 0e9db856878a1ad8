/** The webview's strings: the table the host embeds in the page (already translated), English where it lacks a key. */
import { ENGLISH, webviewStrings } from '../views/webviewStrings';
import type { StringKey } from './stringKeys';

/** Looks up a string and fills its `{0}`, `{1}`… with `args`. */
export type Translate = (key: StringKey, ...args: (string | number)[]) => string;

const english = webviewStrings(ENGLISH);

/** Fills `{n}` with `args[n]`; a placeholder without its argument stays as written. */
export function formatString(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}

/** A `t` over a table received from the host (anything: it is checked); missing or non-text entries fall back to English. */
export function createTranslate(received: unknown): Translate {
  const table = typeof received === 'object' && received !== null ? (received as Partial<Record<StringKey, unknown>>) : {};
  return (key, ...args) => {
    const value = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
    return formatString(typeof value === 'string' ? value : english[key], args);
  };
}

/** The table the host put in `<body data-strings>`; nothing (English) when absent or unreadable. */
function embeddedTable(): unknown {
  if (typeof document === 'undefined') return undefined;
  try {
    return JSON.parse(document.body?.dataset.strings ?? 'null');
  } catch {
    return undefined;
  }
}

/** The view's translate function. */
export const t: Translate = createTranslate(embeddedTable());

/** A count in its one or many form, e.g. "1 commit", "3 commits" (each form a whole string of the table). */
export const tCount = (n: number, one: StringKey, many: StringKey): string => t(n === 1 ? one : many, n);
