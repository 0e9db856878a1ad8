/**
 * A small Markdown reader (the subset drafts use: headings, nested lists, quotes, fences, rules,
 * simple tables, emphasis, code, links) so edited drafts can be converted to Slack, text and HTML.
 */

/** Inline content of a line. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/** One list item: its own blocks (first usually a paragraph, then nested lists). */
export interface ListItem {
  blocks: Block[];
}

/** Block structure of a document. */
export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; lines: Inline[][] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|$)/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^ *\|?(?: *:?-+:? *\|)+(?: *:?-+:? *)?\|? *$/;

/** Parses Markdown text into blocks. */
export function parseMarkdown(markdown: string): Block[] {
  return parseBlocks(markdown.replace(/\r\n?/g, '\n').split('\n'));
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function startsBlock(line: string): boolean {
  return HEADING.test(line) || LIST_ITEM.test(line) || QUOTE.test(line) || FENCE.test(line) || RULE.test(line);
}

function parseBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1];
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(marker)) body.push(lines[i++]);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, content: parseInline(heading[2] ?? '') });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i])) {
        const q = QUOTE.exec(lines[i]);
        inner.push(q ? q[1] : lines[i]);
        i++;
      }
      blocks.push({ type: 'quote', blocks: parseBlocks(inner) });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      i = parseList(lines, i, blocks);
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      const header = splitRow(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && !isBlank(lines[i]) && lines[i].includes('|')) rows.push(splitRow(lines[i++]));
      blocks.push({ type: 'table', header, rows });
      continue;
    }
    const para: Inline[][] = [];
    while (i < lines.length && !isBlank(lines[i]) && (para.length === 0 || !startsBlock(lines[i]))) {
      para.push(parseInline(lines[i].trim()));
      i++;
    }
    blocks.push({ type: 'paragraph', lines: para });
  }
  return blocks;
}

function parseList(lines: string[], start: number, blocks: Block[]): number {
  const first = LIST_ITEM.exec(lines[start])!;
  const baseIndent = first[1].length;
  const ordered = /\d/.test(first[2]);
  const list: Block = { type: 'list', ordered, start: ordered ? parseInt(first[2], 10) : 1, items: [] };
  let i = start;
  while (i < lines.length) {
    const m = LIST_ITEM.exec(lines[i]);
    if (!m || m[1].length > baseIndent + 1 || /\d/.test(m[2]) !== ordered) break;
    const contentOffset = m[1].length + m[2].length + 1;
    const itemLines = [m[3] ?? ''];
    i++;
    while (i < lines.length) {
      const l = lines[i];
      if (isBlank(l)) {
        // A blank line continues the item only if indented content follows it.
        let j = i;
        while (j < lines.length && isBlank(lines[j])) j++;
        if (j < lines.length && indentOf(lines[j]) > baseIndent) {
          for (; i < j; i++) itemLines.push('');
          continue;
        }
        break;
      }
      if (indentOf(l) > baseIndent) {
        itemLines.push(l.slice(Math.min(indentOf(l), contentOffset)));
        i++;
        continue;
      }
      // Lazy continuation of the item's paragraph.
      if (!startsBlock(l) && !isBlank(itemLines[itemLines.length - 1])) {
        itemLines.push(l.trim());
        i++;
        continue;
      }
      break;
    }
    list.items.push({ blocks: parseBlocks(itemLines) });
    if (i < lines.length && isBlank(lines[i])) {
      let j = i;
      while (j < lines.length && isBlank(lines[j])) j++;
      const next = j < lines.length ? LIST_ITEM.exec(lines[j]) : null;
      if (next && next[1].length <= baseIndent + 1 && /\d/.test(next[2]) === ordered) i = j;
      else break;
    }
  }
  blocks.push(list);
  return i;
}

function splitRow(line: string): Inline[][] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let k = 0; k < s.length; k++) {
    if (s[k] === '\\' && s[k + 1] === '|') {
      cur += '\\|';
      k++;
    } else if (s[k] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += s[k];
  }
  cells.push(cur);
  return cells.map(c => parseInline(c.trim()));
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i;

/** Parses the inline content of one line. */
export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  const text = (v: string) => {
    const last = out[out.length - 1];
    if (last && last.type === 'text') last.value += v;
    else out.push({ type: 'text', value: v });
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && ESCAPABLE.test(s[i + 1])) {
      text(s[i + 1]);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(s.slice(i))![0];
      const close = s.indexOf(run, i + run.length);
      if (close > 0 && s[close + run.length] !== '`') {
        let code = s.slice(i + run.length, close);
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
        out.push({ type: 'code', value: code });
        i = close + run.length;
        continue;
      }
      text(run);
      i += run.length;
      continue;
    }
    if (c === '<') {
      const auto = AUTOLINK.exec(s.slice(i));
      if (auto) {
        out.push({ type: 'link', href: auto[1], children: [{ type: 'text', value: auto[1] }] });
        i += auto[0].length;
        continue;
      }
    }
    if (c === '[') {
      const close = findBracket(s, i);
      if (close > 0 && s[close + 1] === '(') {
        const end = closingParen(s, close + 1);
        if (end > 0) {
          const href = s.slice(close + 2, end).trim().split(/\s+/)[0] ?? '';
          out.push({ type: 'link', href, children: parseInline(s.slice(i + 1, close)) });
          i = end + 1;
          continue;
        }
      }
    }
    const delim = s.startsWith('**', i) ? '**' : s.startsWith('__', i) ? '__' : s.startsWith('~~', i) ? '~~' : c === '*' || c === '_' ? c : '';
    if (delim && canOpen(s, i, delim)) {
      const close = findClosing(s, i + delim.length, delim);
      if (close > 0) {
        const children = parseInline(s.slice(i + delim.length, close));
        out.push({ type: delim === '~~' ? 'del' : delim.length === 2 ? 'strong' : 'em', children });
        i = close + delim.length;
        continue;
      }
    }
    text(delim || c);
    i += (delim || c).length;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

function canOpen(s: string, i: number, delim: string): boolean {
  const next = s[i + delim.length];
  if (next === undefined || /\s/.test(next)) return false;
  return !(delim[0] === '_' && i > 0 && WORD.test(s[i - 1]));
}

function findClosing(s: string, from: number, delim: string): number {
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(s.slice(k))![0];
      const close = s.indexOf(run, k + run.length);
      if (close > 0) k = close + run.length - 1;
      continue;
    }
    if (delim.length === 1 && s.startsWith(delim + delim, k)) {
      // A double delimiter inside a single one: a nested strong; skip its pair.
      const inner = findClosing(s, k + 2, delim + delim);
      k = inner > 0 ? inner + 1 : k + 1;
      continue;
    }
    if (s.startsWith(delim, k) && k > from && !/\s/.test(s[k - 1])) {
      if (delim[0] === '_' && WORD.test(s[k + delim.length] ?? '')) continue;
      return k;
    }
  }
  return -1;
}

function findBracket(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '\\') {
      k++;
      continue;
    }
    if (s[k] === '[') depth++;
    else if (s[k] === ']' && --depth === 0) return k;
  }
  return -1;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k;
  }
  return -1;
}
