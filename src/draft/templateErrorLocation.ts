/**
 * Where in a template a Handlebars error happened. Parse errors carry their line; errors met while rendering
 * (a missing partial, a partial that includes itself) often carry none, so the line is found in the source.
 */

/** An error's message, cleaned of Handlebars' own position suffix, and its 1-based line and column when known. */
export interface TemplateErrorLocation {
  message: string;
  line?: number;
  column?: number;
}

interface HandlebarsError {
  name?: string;
  message?: string;
  lineNumber?: number;
  column?: number;
  hash?: { loc?: { first_line?: number; first_column?: number } };
}

/** Locates `err`, thrown while compiling or rendering `source`. */
export function locateTemplateError(err: unknown, source: string): TemplateErrorLocation {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as HandlebarsError;
  const full = String(e.message ?? err);
  if (e.hash?.loc) return { message: parseErrorMessage(full), line: e.hash.loc.first_line, column: (e.hash.loc.first_column ?? 0) + 1 };
  const parseLine = /^Parse error on line (\d+)/.exec(full);
  if (parseLine) return { message: parseErrorMessage(full), line: Number(parseLine[1]) };
  const message = full.split('\n')[0].replace(/ - \d+:\d+$/, '');
  if (e.lineNumber !== undefined) return { message, line: e.lineNumber, ...(e.column !== undefined ? { column: e.column + 1 } : {}) };
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) return { message, ...at(source, partialCall(partial[1]).exec(source)?.index) };
  const helper = /^Missing helper: "(.+)"$/.exec(message);
  if (helper) return { message, ...at(source, new RegExp(`\\{\\{~?[#^]?\\s*${escapeRegExp(helper[1])}(?=[\\s}~])`).exec(source)?.index) };
  if (e.name === 'RangeError' && /call stack/i.test(message)) {
    return { message: `a partial includes itself without end (${message})`, ...at(source, selfCall(source) ?? /\{\{~?#?>/.exec(source)?.index) };
  }
  return { message };
}

/** "Parse error: Expecting 'X', got 'EOF'": the first and last lines of Handlebars' multi-line message. */
function parseErrorMessage(full: string): string {
  const lines = full.split('\n');
  const first = lines[0].replace(/ on line \d+:?$/, '');
  return lines.length > 1 ? `${first}: ${lines[lines.length - 1]}` : first;
}

/** A call of the partial `name`: `{{> name}}`, `{{#> name}}`, quoted or not. */
function partialCall(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`\\{\\{~?#?>\\s*(${n}|"${n}"|'${n}')(?=[\\s}~])`);
}

/** Where an inline partial first calls itself from inside its own definition, if one does. */
function selfCall(source: string): number | undefined {
  const inline = /(\{\{~?#\*inline\s+["']([^"']+)["']\s*~?\}\})([\s\S]*?)\{\{~?\/inline\s*~?\}\}/g;
  for (let m = inline.exec(source); m; m = inline.exec(source)) {
    const inner = partialCall(m[2]).exec(m[3]);
    if (inner) return m.index + m[1].length + inner.index;
  }
  return undefined;
}

/** Line and column (1-based) of `index` in `source`; nothing for no index. */
function at(source: string, index: number | undefined): { line?: number; column?: number } {
  if (index === undefined) return {};
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
