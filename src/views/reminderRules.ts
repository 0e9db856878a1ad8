/** When the next update is due and what the status bar says about it. Pure: the clock is passed in. */
import { daysBetween, sameDay, startOfDay } from '../time/days';

/** The reminder settings the rule needs (a subset of the config). */
export interface ReminderSchedule {
  cadence: 'daily' | 'weekly' | 'biweekly' | 'one-on-one' | 'off';
  /** Due weekday for weekly/biweekly (the 1:1's day for one-on-one), 0 = Sunday. */
  day: number;
  hour: number;
  minute: number;
  /** Working days for the daily cadence, 0 = Sunday. */
  workWeek: readonly number[];
}

/** What the reminder says right now. */
export type ReminderState =
  | { kind: 'off' }
  | { kind: 'snoozed'; until: Date; due: Date }
  | { kind: 'overdue'; due: Date }
  | { kind: 'dueToday'; due: Date }
  | { kind: 'upcoming'; due: Date }
  /** The update for `due` was already sent; the next one is `next`. */
  | { kind: 'sent'; due: Date; next: Date };

/** Inputs of the rule: the clock, the last sent update and an active snooze. */
export interface ReminderInput {
  now: Date;
  schedule: ReminderSchedule;
  lastSentAt?: Date;
  snoozedUntil?: Date;
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];


/** Whether a local calendar day is a due day under the schedule. */
function isDueDay(day: Date, s: ReminderSchedule): boolean {
  switch (s.cadence) {
    case 'off':
      return false;
    case 'daily':
      return s.workWeek.includes(day.getDay());
    case 'weekly':
    case 'one-on-one':
      return day.getDay() === s.day;
    case 'biweekly': {
      // Every other week, anchored on the weeks since 1970-01-04 (a Sunday) so the parity is stable.
      const weeks = Math.floor(daysBetween(new Date(1970, 0, 4), day) / 7);
      return day.getDay() === s.day && weeks % 2 === 0;
    }
  }
}

/** The first due time strictly after `after` (searching at most 15 days). */
export function nextDue(after: Date, s: ReminderSchedule): Date | undefined {
  for (let i = 0; i <= 15; i++) {
    const d = startOfDay(after, i);
    const due = new Date(d.getFullYear(), d.getMonth(), d.getDate(), s.hour, s.minute);
    if (due > after && isDueDay(d, s)) return due;
  }
  return undefined;
}

/** The last due time at or before `at` (searching at most 15 days back). */
export function previousDue(at: Date, s: ReminderSchedule): Date | undefined {
  for (let i = 0; i <= 15; i++) {
    const d = startOfDay(at, -i);
    const due = new Date(d.getFullYear(), d.getMonth(), d.getDate(), s.hour, s.minute);
    if (due <= at && isDueDay(d, s)) return due;
  }
  return undefined;
}

/** An update sent on the due day (even before the due time) or later counts for that due time. */
const covers = (sentAt: Date | undefined, due: Date): boolean => !!sentAt && sentAt >= startOfDay(due);

/** The reminder state: overdue if the last due time passed unsent, else the next due time and whether it is today. */
export function reminderState({ now, schedule, lastSentAt, snoozedUntil }: ReminderInput): ReminderState {
  const upcoming = nextDue(now, schedule);
  if (!upcoming) return { kind: 'off' };
  const previous = previousDue(now, schedule);
  let state: ReminderState;
  // With no history at all there is nothing to be late for yet: only the next due time is shown.
  if (previous && lastSentAt && !covers(lastSentAt, previous)) state = { kind: 'overdue', due: previous };
  else if (covers(lastSentAt, upcoming)) state = { kind: 'sent', due: upcoming, next: nextDue(upcoming, schedule) ?? upcoming };
  else if (sameDay(upcoming, now)) state = { kind: 'dueToday', due: upcoming };
  else state = { kind: 'upcoming', due: upcoming };
  if (snoozedUntil && snoozedUntil > now && (state.kind === 'overdue' || state.kind === 'dueToday')) {
    return { kind: 'snoozed', until: snoozedUntil, due: state.due };
  }
  return state;
}

/** When a date is relative to `now`: "today", "tomorrow", a weekday within a week, else "Nov 28". */
export function relativeDay(date: Date, now: Date): string {
  const days = daysBetween(now, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1 && days < 7) return SHORT_DAYS[date.getDay()];
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

/** The short status-bar wording of a state, e.g. "Update due today", "Update due Fri", "Update overdue". */
export function reminderLabel(state: ReminderState, now: Date): string {
  switch (state.kind) {
    case 'off':
      return '';
    case 'snoozed':
      return 'Reminder snoozed';
    case 'overdue':
      return 'Update overdue';
    case 'dueToday':
      return 'Update due today';
    case 'upcoming':
      return `Update due ${relativeDay(state.due, now)}`;
    case 'sent':
      return 'Update sent';
  }
}

/** Whether the state asks for the user's attention (the status bar is highlighted). */
export function needsAttention(state: ReminderState): boolean {
  return state.kind === 'overdue' || state.kind === 'dueToday';
}
