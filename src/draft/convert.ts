/**
 * Converts Markdown (a template's output, or a draft the user edited) to Slack mrkdwn, plain text
 * or HTML. Every conversion is safe for its target: HTML escapes all text (no raw HTML passes),
 * Slack escapes `&`, `<`, `>` and defuses `@channel`, `@here`, `@everyone` (no `<!channel>` or
 * other pings), text shows what a reader of the Markdown sees.
 */
import type { Block, Inline } from './markdownTree';
import { parseMarkdown } from './markdownTree';

/** Target formats of a Markdown conversion. */
export type ConvertTarget = 'slack' | 'text' | 'html';

/** Converts a Markdown document to Slack mrkdwn, plain text or an HTML fragment. */
export function convertMarkdown(markdown: string, to: ConvertTarget): string {
  const blocks = parseMarkdown(markdown);
  switch (to) {
    case 'html':
      return htmlBlocks(blocks).join('\n') + '\n';
    case 'slack':
      return finish(textBlocks(blocks, slackStyle));
    case 'text':
      return finish(textBlocks(blocks, plainStyle));
  }
}

function finish(parts: string[]): string {
  const text = parts.join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
  return text ? text + '\n' : '';
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

// ---- HTML ----

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function htmlInline(nodes: Inline[]): string {
  return nodes
    .map(n => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value);
        case 'code':
          return `<code>${escapeHtml(n.value)}</code>`;
        case 'break':
          return '<br>\n';
        case 'strong':
          return `<strong>${htmlInline(n.children)}</strong>`;
        case 'em':
          return `<em>${htmlInline(n.children)}</em>`;
        case 'del':
          return `<del>${htmlInline(n.children)}</del>`;
        case 'link':
          return SAFE_URL.test(n.href) ? `<a href="${escapeHtml(n.href)}">${htmlInline(n.children)}</a>` : htmlInline(n.children);
      }
    })
    .join('');
}

function htmlBlocks(blocks: Block[], tight = false): string[] {
  return blocks.map(b => {
    switch (b.type) {
      case 'heading':
        return `<h${b.level}>${htmlInline(b.content)}</h${b.level}>`;
      case 'paragraph': {
        const inner = htmlInline(b.content);
        return tight ? inner : `<p>${inner}</p>`;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
        const items = b.items.map(it => `<li>${htmlBlocks(it.blocks, true).join('\n')}</li>`);
        return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
      }
      case 'quote':
        return `<blockquote>\n${htmlBlocks(b.blocks).join('\n')}\n</blockquote>`;
      case 'code':
        return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
      case 'rule':
        return '<hr>';
      case 'table': {
        const head = `<tr>${b.header.map(c => `<th>${htmlInline(c)}</th>`).join('')}</tr>`;
        const rows = b.rows.map(r => `<tr>${r.map(c => `<td>${htmlInline(c)}</td>`).join('')}</tr>`);
        return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
      }
    }
  });
}

// ---- Slack and plain text share the block layout; they differ in inline marks. ----

interface LineStyle {
  inline(nodes: Inline[]): string;
  heading(text: string, level: number): string;
  bullet(depth: number): string;
  fence: boolean;
}

/**
 * Escapes text for Slack mrkdwn: only `&`, `<` and `>` are control characters there. A broadcast
 * mention (`@channel`, `@here`, `@everyone`) gets a fullwidth at sign (`＠here`), so pasting it pings no one.
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/@(?=(?:channel|here|everyone)\b)/gi, '\uFF20');
}

function slackInline(nodes: Inline[]): string {
  return nodes
    .map(n => {
      switch (n.type) {
        case 'text':
          return escapeSlack(n.value);
        case 'code':
          return '`' + escapeSlack(n.value) + '`';
        case 'break':
          return '\n';
        case 'strong':
          return `*${slackInline(n.children)}*`;
        case 'em':
          return `_${slackInline(n.children)}_`;
        case 'del':
          return `~${slackInline(n.children)}~`;
        case 'link': {
          const label = slackInline(n.children);
          if (!SAFE_URL.test(n.href)) return label;
          const href = escapeSlack(n.href).replace(/\|/g, '%7C');
          return label === escapeSlack(n.href) ? `<${href}>` : `<${href}|${label.replace(/\|/g, '¦')}>`;
        }
      }
    })
    .join('');
}

function plainInline(nodes: Inline[]): string {
  return nodes
    .map(n => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'code': {
          // As written: the backticks are part of the text (`pip debug` in a commit subject).
          const pad = n.value.startsWith('`') || n.value.endsWith('`') ? ' ' : '';
          return n.fence + pad + n.value + pad + n.fence;
        }
        case 'break':
          return '\n';
        case 'strong':
        case 'em':
        case 'del':
          return plainInline(n.children);
        case 'link': {
          const label = plainInline(n.children);
          return label === n.href || !n.href ? label : `${label} (${n.href})`;
        }
      }
    })
    .join('');
}

const slackStyle: LineStyle = {
  inline: slackInline,
  heading: text => `*${text.replace(/^\*(.*)\*$/, '$1')}*`,
  bullet: depth => (depth % 2 === 0 ? '•' : '◦'),
  fence: true,
};

const plainStyle: LineStyle = {
  inline: plainInline,
  heading: (text, level) => (level <= 2 ? `${text}\n${(level === 1 ? '=' : '-').repeat(Math.min(60, Math.max(3, [...text].length)))}` : text),
  bullet: () => '-',
  fence: false,
};

function textBlocks(blocks: Block[], style: LineStyle, depth = 0): string[] {
  return blocks.map(b => {
    switch (b.type) {
      case 'heading':
        return style.heading(style.inline(b.content), b.level);
      case 'paragraph':
        return style.inline(b.content);
      case 'list':
        return b.items
          .map((it, n) => {
            const marker = b.ordered ? `${b.start + n}.` : style.bullet(depth);
            const pad = ' '.repeat(marker.length + 1);
            const body = textBlocks(it.blocks, style, depth + 1)
              .join('\n')
              .split('\n')
              .map((l, k) => (k === 0 ? `${marker} ${l}` : l ? pad + l : l))
              .join('\n');
            return body;
          })
          .join('\n');
      case 'quote':
        return textBlocks(b.blocks, style, depth)
          .join('\n\n')
          .split('\n')
          .map(l => (l ? '> ' + l : '>'))
          .join('\n');
      case 'code':
        return style.fence ? '```\n' + escapeSlack(b.text) + '\n```' : b.text.split('\n').map(l => '    ' + l).join('\n');
      case 'rule':
        return style.fence ? '———' : '---';
      case 'table':
        return [b.header, ...b.rows].map(r => r.map(style.inline).join(' | ')).join('\n');
    }
  });
}
