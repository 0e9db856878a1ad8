/** What needs the user's attention, in priority order, each with the command that acts on it. Pure: no vscode. */
import { openItems } from '../journal/openItems';
import { daysBetween } from '../time/days';
import type { Entry, PromiseEntry } from '../journal/types';
import type { ReminderState } from './reminderRules';

/** Why a reminder is listed; the order of this list is the priority order. */
export type ReminderKind = 'promiseOverdue' | 'promiseDueSoon' | 'updateDue' | 'problemNoOption' | 'winNoImpact';

/** Reminder kinds, most urgent first. */
export const REMINDER_PRIORITY: readonly ReminderKind[] = ['promiseOverdue', 'promiseDueSoon', 'updateDue', 'problemNoOption', 'winNoImpact'];

/** One thing to act on: what it is about and the action that resolves it. */
export interface ReminderItem {
  kind: ReminderKind;
  /** One line, e.g. "Promise overdue: Send the staging plan (was due Nov 20)". */
  text: string;
  /** The journal entry it is about. */
  entryId?: string;
  /** The action's label, e.g. "Update status". */
  action: string;
}

/** Inputs: the clock, the journal's live entries, and the update reminder's state. */
export interface ReminderListInput {
  now: Date;
  entries: readonly Entry[];
  update: ReminderState;
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const firstLine = (text: string): string => {
  const line = text.split('\n')[0].trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

const dayName = (day: string): string => {
  const [, mo, d] = day.split('-').map(Number);
  return `${MONTHS[mo - 1]} ${d}`;
};

const time = (d: Date): string => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** When an update is due, in words relative to `now`: "today at 16:00", "since Fri 16:00". */
function updateText(state: ReminderState, now: Date): string | undefined {
  switch (state.kind) {
    case 'overdue': {
      const days = daysBetween(state.due, now);
      const when = days === 0 ? `today ${time(state.due)}` : days === 1 ? `yesterday ${time(state.due)}` : `${SHORT_DAYS[state.due.getDay()]} ${time(state.due)}`;
      return `Update overdue (was due ${when})`;
    }
    case 'dueToday':
      return `Update due today at ${time(state.due)}`;
    default:
      return undefined;
  }
}

const byAge = (a: Entry, b: Entry) => a.createdAt.localeCompare(b.createdAt);

/**
 * Everything that needs attention, most urgent first: overdue promises; promises due today or tomorrow;
 * the update when due per the cadence (not while snoozed or already sent); open problems with no proposed
 * option; wins whose impact is still to be written. Within a kind, the oldest due or recorded comes first.
 */
export function reminderItems({ now, entries, update }: ReminderListInput): ReminderItem[] {
  const items: ReminderItem[] = [];
  const open = openItems(entries, now, { dueSoonDays: 1 });
  const promises = open.items
    .filter(i => i.reason === 'overdue' || i.reason === 'due-soon')
    .sort((a, b) => a.daysUntilDue! - b.daysUntilDue! || byAge(a.entry, b.entry));
  for (const { entry, reason, daysUntilDue } of promises) {
    const p = entry as PromiseEntry;
    const to = p.to ? ` (to ${p.to})` : '';
    items.push(reason === 'overdue'
      ? { kind: 'promiseOverdue', entryId: p.id, action: 'Update status', text: `Promise overdue: ${firstLine(p.text)}${to} — was due ${dayName(p.due!)}` }
      : { kind: 'promiseDueSoon', entryId: p.id, action: 'Update status', text: `Promise due ${daysUntilDue === 0 ? 'today' : 'tomorrow'}: ${firstLine(p.text)}${to}` });
  }
  const due = updateText(update, now);
  if (due) items.push({ kind: 'updateDue', text: due, action: 'Draft Update' });
  for (const p of [...open.problemsWithoutProposal].sort(byAge)) {
    items.push({ kind: 'problemNoOption', entryId: p.id, action: 'Propose an option', text: `Problem with no proposed option: ${firstLine(p.text)}` });
  }
  for (const w of [...open.winsMissingImpact].sort(byAge)) {
    items.push({ kind: 'winNoImpact', entryId: w.id, action: 'Add impact', text: `Win with no impact written: ${firstLine(w.text)}` });
  }
  return items;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Short phrases for the status bar, one per kind present, most urgent first (e.g. "1 promise overdue"). */
export function reminderSummary(items: readonly ReminderItem[]): string[] {
  const count = (k: ReminderKind) => items.filter(i => i.kind === k).length;
  const parts: string[] = [];
  for (const kind of REMINDER_PRIORITY) {
    const n = count(kind);
    if (!n) continue;
    switch (kind) {
      case 'promiseOverdue':
        parts.push(plural(n, 'promise overdue', 'promises overdue'));
        break;
      case 'promiseDueSoon': {
        const today = items.filter(i => i.kind === kind && / due today:/.test(i.text)).length;
        parts.push(today === n ? plural(n, 'promise due today', 'promises due today') : today === 0 ? plural(n, 'promise due tomorrow', 'promises due tomorrow') : plural(n, 'promise due within a day', 'promises due within a day'));
        break;
      }
      case 'updateDue':
        // The update's own wording is the status bar's reminder label; nothing to add here.
        break;
      case 'problemNoOption':
        parts.push(plural(n, 'problem has no proposed option', 'problems have no proposed option'));
        break;
      case 'winNoImpact':
        parts.push(plural(n, 'win has no impact', 'wins have no impact'));
        break;
    }
  }
  return parts;
}

/** Whether the item asks for the warning colour: something is late. */
export function isUrgent(item: ReminderItem): boolean {
  return item.kind === 'promiseOverdue' || item.kind === 'promiseDueSoon' || item.kind === 'updateDue';
}
