/**
 * Helpers available to every draft template (built-in and user). Values they print are
 * Markdown-escaped like any `{{value}}`.
 *
 *   {{plural n "commit"}}            "1 commit", "3 commits" ({{plural n "person" "people"}})
 *   {{shortSha sha}}                 first 7 hex digits of a SHA
 *   {{date iso "short"}}             "Nov 18"; formats: short, long ("Wed, Nov 18"), iso, month, quarter
 *   {{relativeDays n}}               "today", "tomorrow", "in 3 days", "yesterday", "2 days ago"
 *   {{lines insertions deletions}}   "+120/-8"
 *   {{join list ", "}}               list items escaped and joined
 *   {{truncate text 80}}             cut to 80 characters with an ellipsis
 *   {{code text}}                    an inline code span that no backtick in the text can close
 *   {{evidence item}}                short SHAs, tickets, PRs, repo, +/- lines of a work item
 *   {{#ifStyle "brief"}}…{{else}}…{{/ifStyle}}   by the draft's style
 *   {{#if (eq a b)}}, {{#if (or a b)}}, {{#if (and a b)}}   comparisons in conditions
 */
import type { HelperOptions } from 'handlebars';
import { formatDay } from '../time/days';
import type { DraftEnvironment } from './environment';
import { escapeMarkdown } from './markdownEscape';
import type { DraftWorkItem } from './model';
import { displayText, truncateText } from './sanitize';

const MAX_SHAS = 4;

/** Registers the draft helpers on an isolated environment. */
export function registerDraftHelpers(hb: DraftEnvironment): void {
  // The last argument of every helper is Handlebars' options object; `args` drops it.
  const args = (a: unknown[]) => a.slice(0, -1);
  hb.registerHelper('plural', (...a: unknown[]) => {
    const [n, one, many] = args(a);
    const count = Number(n) || 0;
    const word = count === 1 ? String(one) : typeof many === 'string' ? many : `${String(one)}s`;
    return `${count} ${word}`;
  });
  hb.registerHelper('shortSha', (sha: unknown) => shortSha(sha));
  hb.registerHelper('date', (...a: unknown[]) => {
    const [value, format] = args(a);
    return formatDay(typeof value === 'string' ? value : undefined, typeof format === 'string' ? format : 'short');
  });
  hb.registerHelper('relativeDays', (n: unknown) => relativeDays(Number(n)));
  hb.registerHelper('lines', (ins: unknown, del: unknown) => new hb.SafeString(`+${Number(ins) || 0}/-${Number(del) || 0}`));
  hb.registerHelper('join', (...a: unknown[]) => {
    const [list, sep] = args(a);
    const items = Array.isArray(list) ? list : [];
    return new hb.SafeString(items.map(x => escapeMarkdown(x)).join(typeof sep === 'string' ? sep : ', '));
  });
  hb.registerHelper('truncate', (text: unknown, max: unknown) => truncateText(String(text ?? ''), Number(max) || 80));
  hb.registerHelper('code', (text: unknown) => new hb.SafeString(codeSpan(displayText(String(text ?? ''), 200))));
  hb.registerHelper('evidence', (item: DraftWorkItem) => new hb.SafeString(evidence(item)));
  hb.registerHelper('ifStyle', function (this: unknown, style: unknown, options: HelperOptions) {
    return options.data?.root?.style === style ? options.fn(this) : options.inverse(this);
  });
  // As Handlebars' own, but the error carries the template line (options.loc) for the warning.
  hb.registerHelper('helperMissing', (...a: unknown[]) => {
    if (a.length === 1) return undefined;
    const options = a[a.length - 1] as HelperOptions & { name?: string; loc?: unknown };
    throw new hb.Exception(`Missing helper: "${String(options.name)}"`, { loc: options.loc } as never);
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...a: unknown[]) => args(a).some(v => (Array.isArray(v) ? v.length > 0 : Boolean(v))));
  hb.registerHelper('and', (...a: unknown[]) => args(a).every(v => (Array.isArray(v) ? v.length > 0 : Boolean(v))));
}

function shortSha(sha: unknown): string {
  return String(sha ?? '').replace(/[^0-9a-fA-F]/g, '').slice(0, 7);
}

/** A Markdown code span fenced with more backticks than any run inside it. */
function codeSpan(text: string): string {
  if (!text) return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return fence + pad + text + pad + fence;
}

function relativeDays(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

/** Markdown evidence line of a work item: `abc1234` `def5678` · ABC-12 · PR #4 · api · +120/-8. */
/** At most five of a list, then "+N more": no evidence line lists more than five things. */
function capped(list: string[]): string {
  return list.length > 5 ? `${list.slice(0, 5).join(', ')} +${list.length - 5} more` : list.join(', ');
}

function evidence(item: DraftWorkItem | undefined): string {
  if (!item || typeof item !== 'object') return '';
  const parts: string[] = [];
  const shas = (item.shortShas ?? []).map(shortSha).filter(Boolean);
  if (shas.length) {
    const shown = shas.slice(0, MAX_SHAS).map(s => '`' + s + '`').join(' ');
    parts.push(shas.length > MAX_SHAS ? `${shown} +${shas.length - MAX_SHAS} more` : shown);
  }
  if (item.tickets?.length) parts.push(capped(item.tickets.map(t => escapeMarkdown(t, 40))));
  if (item.pullRequests?.length) parts.push(capped(item.pullRequests.map(n => `PR #${Number(n)}`)));
  if (item.repositories?.length) parts.push(capped(item.repositories.map(r => escapeMarkdown(r, 80))));
  if (item.commitCount) parts.push(`+${item.insertions}/-${item.deletions}`);
  return parts.join(' · ');
}
