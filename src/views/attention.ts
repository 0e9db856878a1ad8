/** What in the journal needs attention, in the status bar's words. Pure: no vscode. */
import type { OpenItems } from '../journal/openItems';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Short phrases, most urgent first, e.g. ["1 promise overdue", "1 promise due tomorrow",
 * "1 problem has no proposed option"]; empty when nothing needs attention.
 */
export function attentionParts(items: OpenItems): string[] {
  const parts: string[] = [];
  if (items.overduePromises.length) parts.push(count(items.overduePromises.length, 'promise overdue', 'promises overdue'));
  const soon = items.items.filter(i => i.reason === 'due-soon');
  if (soon.length === 1) parts.push(`1 promise ${soon[0].message.replace(/ · .*$/, '')}`);
  else if (soon.length > 1) parts.push(`${soon.length} promises due soon`);
  if (items.atRiskPromises.length) parts.push(count(items.atRiskPromises.length, 'promise at risk', 'promises at risk'));
  if (items.problemsWithoutProposal.length) {
    parts.push(count(items.problemsWithoutProposal.length, 'problem has no proposed option', 'problems have no proposed option'));
  }
  return parts;
}

/** Whether the journal alone warrants the warning colour: a promise is overdue. */
export function journalNeedsAttention(items: OpenItems): boolean {
  return items.overduePromises.length > 0;
}
