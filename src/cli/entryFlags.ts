/** Turning `worklog add` flags into a journal entry. */
import type { EntryKind, NewEntry, ProblemOption } from '../journal/types';
import { isDay } from '../journal/validateEntry';
import type { EntryValidationError } from '../journal/validateEntry';
import { UsageError } from './usage';

/** The flags `worklog add` and `worklog set` understand, as `node:util` parseArgs options. */
export const ENTRY_FLAGS = {
  impact: { type: 'string' },
  option: { type: 'string', multiple: true },
  recommend: { type: 'string' },
  ask: { type: 'string' },
  due: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  action: { type: 'string' },
  plan: { type: 'string' },
  goal: { type: 'string' },
  career: { type: 'boolean' },
  status: { type: 'string' },
  tag: { type: 'string', multiple: true },
  person: { type: 'string', multiple: true },
  commit: { type: 'string', multiple: true },
  ticket: { type: 'string', multiple: true },
  repo: { type: 'string' },
} as const;

/** Values parsed from ENTRY_FLAGS. */
export interface EntryFlagValues {
  impact?: string; option?: string[]; recommend?: string; ask?: string; due?: string; to?: string;
  from?: string; action?: string; plan?: string; goal?: string; career?: boolean; status?: string;
  tag?: string[]; person?: string[]; commit?: string[]; ticket?: string[]; repo?: string;
}

/** Which flags each kind accepts beyond the common ones (tag, person, commit, ticket, repo, goal). */
const KIND_FLAGS: Record<EntryKind, (keyof EntryFlagValues)[]> = {
  win: ['impact'],
  problem: ['impact', 'option', 'recommend', 'ask', 'status'],
  promise: ['due', 'to', 'status', 'plan'],
  feedback: ['from', 'action'],
  note: [],
  goal: ['career', 'status'],
};
const COMMON: (keyof EntryFlagValues)[] = ['tag', 'person', 'commit', 'ticket', 'repo', 'goal'];

/** `"Title|pro1;pro2|con1;con2"` -> a problem option. */
export function parseOption(text: string): ProblemOption {
  const [title, pros = '', cons = '', ...extra] = text.split('|');
  if (!title.trim() || extra.length) throw new UsageError(`--option must look like "Title|pro1;pro2|con1" (got "${text}")`);
  const list = (s: string) => s.split(';').map(x => x.trim()).filter(Boolean);
  return { title: title.trim(), pros: list(pros), cons: list(cons) };
}

/** Builds the new entry of `kind` from its text and flags; refuses flags the kind does not have. */
export function entryFromFlags(kind: EntryKind, text: string, v: EntryFlagValues): NewEntry {
  const allowed = new Set([...COMMON, ...KIND_FLAGS[kind]]);
  for (const [flag, value] of Object.entries(v)) {
    if (value !== undefined && !allowed.has(flag as keyof EntryFlagValues)) throw new UsageError(`--${flag} does not apply to a ${kind}`);
  }
  const options = (v.option ?? []).map(parseOption);
  let recommended: number | undefined;
  if (v.recommend !== undefined) {
    recommended = Number(v.recommend) - 1;
    if (!Number.isInteger(recommended) || recommended < 0 || recommended >= options.length) {
      throw new UsageError(`--recommend must be the number of one of the ${options.length} --option values (1 = the first)`);
    }
  }
  checkDue(v.due);
  const entry: Record<string, unknown> = {
    kind, text,
    tags: v.tag, people: v.person, commits: v.commit, tickets: v.ticket, repo: v.repo, goalId: v.goal,
    impact: v.impact, ask: v.ask, due: v.due, to: v.to, from: v.from, action: v.action, plan: v.plan,
    status: v.status,
    ...(kind === 'problem' ? { options, recommended } : {}),
    ...(kind === 'goal' ? { goalKind: v.career ? 'career' : 'manager' } : {}),
  };
  for (const k of Object.keys(entry)) if (entry[k] === undefined) delete entry[k];
  return entry as unknown as NewEntry;
}

/** `--due` takes a calendar date written YYYY-MM-DD only: no words ("friday", "tomorrow"), no impossible days. */
export function checkDue(due: string | undefined): void {
  if (due !== undefined && !isDay(due)) {
    throw new UsageError(`--due must be a calendar date written YYYY-MM-DD, e.g. 2026-11-27 (got "${due}"); words such as "tomorrow" are not accepted`);
  }
}

/** Entry fields named by another flag than `--<field>`. */
const FLAG_OF_FIELD: Record<string, string> = {
  text: 'the text', goalId: '--goal', tags: '--tag', people: '--person', commits: '--commit', tickets: '--ticket',
  options: '--option', recommended: '--recommend', goalKind: '--career',
};

/** The journal's refusal of a value, said in terms of the flag that gave it. */
export function flagError(e: EntryValidationError): UsageError {
  const field = e.field.split(/[.[]/)[0];
  const problem = e.problem.replace(/^is not a field of an? (\w+) entry$/, 'does not apply to a $1');
  return new UsageError(`${FLAG_OF_FIELD[field] ?? `--${field}`} ${problem}`);
}
