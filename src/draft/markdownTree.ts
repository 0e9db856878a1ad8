/**
 * Reads Markdown (a template's output, or a draft the user edited) with markdown-it — CommonMark
 * with GFM tables and strikethrough, raw HTML, linkify and typographer off — into a small tree the
 * converters walk.
 */
import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** Inline content. `fence` is the backtick run a code span was written with. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string; fence: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

/** One list item: its own blocks (first usually a paragraph, then nested lists). */
export interface ListItem {
  blocks: Block[];
}

/** Block structure of a document. */
export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] };

const markdownIt = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Parses a Markdown document into blocks. */
export function parseMarkdown(markdown: string): Block[] {
  return readBlocks(markdownIt.parse(markdown, {}), { at: 0 }, '');
}

interface Cursor {
  at: number;
}

/** Blocks up to the token of type `close` (consumed), or to the end. */
function readBlocks(tokens: Token[], cursor: Cursor, close: string): Block[] {
  const blocks: Block[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at++];
    switch (token.type) {
      case close:
        return blocks;
      case 'heading_open':
        blocks.push({ type: 'heading', level: Number(token.tag.slice(1)), content: readInlineToken(tokens, cursor, 'heading_close') });
        break;
      case 'paragraph_open':
        blocks.push({ type: 'paragraph', content: readInlineToken(tokens, cursor, 'paragraph_close') });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const items: ListItem[] = [];
        while (tokens[cursor.at]?.type === 'list_item_open') {
          cursor.at++;
          items.push({ blocks: readBlocks(tokens, cursor, 'list_item_close') });
        }
        cursor.at++; // the list's close token
        blocks.push({ type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : 1, items });
        break;
      }
      case 'blockquote_open':
        blocks.push({ type: 'quote', blocks: readBlocks(tokens, cursor, 'blockquote_close') });
        break;
      case 'code_block':
      case 'fence':
        blocks.push({ type: 'code', text: token.content.replace(/\n$/, '') });
        break;
      case 'hr':
        blocks.push({ type: 'rule' });
        break;
      case 'table_open':
        blocks.push(readTable(tokens, cursor));
        break;
    }
  }
  return blocks;
}

/** The inline token after an opening block token, then its `close` token. */
function readInlineToken(tokens: Token[], cursor: Cursor, close: string): Inline[] {
  const content = tokens[cursor.at]?.type === 'inline' ? readInline(tokens[cursor.at++].children ?? [], { at: 0 }, '') : [];
  if (tokens[cursor.at]?.type === close) cursor.at++;
  return content;
}

function readTable(tokens: Token[], cursor: Cursor): Block {
  const rows: Inline[][][] = [];
  let headerRows = 0;
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at++];
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') rows.push([]);
    else if (token.type === 'thead_close') headerRows = rows.length;
    else if (token.type === 'inline') rows[rows.length - 1]?.push(readInline(token.children ?? [], { at: 0 }, ''));
  }
  const header = headerRows > 0 ? rows[0] : [];
  return { type: 'table', header, rows: rows.slice(headerRows > 0 ? 1 : 0) };
}

/** Inline nodes up to the token of type `close` (consumed), or to the end. */
function readInline(tokens: Token[], cursor: Cursor, close: string): Inline[] {
  const nodes: Inline[] = [];
  const text = (value: string) => {
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.value += value;
    else if (value) nodes.push({ type: 'text', value });
  };
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at++];
    switch (token.type) {
      case close:
        return nodes;
      case 'code_inline':
        nodes.push({ type: 'code', value: token.content, fence: token.markup || '`' });
        break;
      case 'strong_open':
        nodes.push({ type: 'strong', children: readInline(tokens, cursor, 'strong_close') });
        break;
      case 'em_open':
        nodes.push({ type: 'em', children: readInline(tokens, cursor, 'em_close') });
        break;
      case 's_open':
        nodes.push({ type: 'del', children: readInline(tokens, cursor, 's_close') });
        break;
      case 'link_open':
        nodes.push({ type: 'link', href: token.attrGet('href') ?? '', children: readInline(tokens, cursor, 'link_close') });
        break;
      case 'image':
        // Never an <img>: a link to the image, labelled with its alt text.
        nodes.push({ type: 'link', href: token.attrGet('src') ?? '', children: readInline(token.children ?? [], { at: 0 }, '') });
        break;
      case 'softbreak':
      case 'hardbreak':
        nodes.push({ type: 'break' });
        break;
      default:
        // text, and anything else markdown-it may add: shown as the text it carries.
        text(token.content);
    }
  }
  return nodes;
}
