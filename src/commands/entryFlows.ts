/** Quick input flows that capture or edit a journal entry step by step; Escape at any step cancels. */
import * as vscode from 'vscode';
import { isDay } from '../journal/validateEntry';
import type { Entry, EntryKind, GoalEntry, ProblemOption } from '../journal/types';

/** How each kind is named and drawn in pickers. */
export const KIND_LABELS: Readonly<Record<EntryKind, { label: string; icon: string; detail: string }>> = {
  win: { label: 'Win', icon: 'star-full', detail: 'Something you achieved, and why it matters' },
  problem: { label: 'Problem', icon: 'warning', detail: 'A blocker, with the options you propose and what you need' },
  promise: { label: 'Promise', icon: 'calendar', detail: 'Something you committed to, to whom, by when' },
  feedback: { label: 'Feedback', icon: 'comment-discussion', detail: 'What someone told you, and what you did about it' },
  note: { label: 'Note', icon: 'note', detail: 'Work in progress and context' },
  goal: { label: 'Goal', icon: 'target', detail: 'A priority of your manager, or a career goal' },
};

const CANCELLED = Symbol('cancelled');
type Step<T> = T | typeof CANCELLED;

/** One input box; `undefined` result means Escape. */
async function ask(title: string, prompt: string, opts: { value?: string; placeHolder?: string; required?: boolean; validate?: (v: string) => string | undefined } = {}): Promise<Step<string>> {
  const value = await vscode.window.showInputBox({
    title, prompt, value: opts.value, placeHolder: opts.placeHolder, ignoreFocusOut: true,
    validateInput: v => (opts.required && !v.trim() ? 'Required' : opts.validate?.(v.trim())),
  });
  return value === undefined ? CANCELLED : value.trim();
}

const list = (s: string): string[] => s.split(';').map(x => x.trim()).filter(Boolean);

/** Today plus `days` as YYYY-MM-DD (local). */
function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** `YYYY-MM-DD`, `today`, `tomorrow` or `+N` (days from today) -> a day; an error sentence otherwise. */
export function parseDueInput(text: string): { day?: string; error?: string } {
  const t = text.trim().toLowerCase();
  if (!t) return {};
  if (t === 'today') return { day: dayFromNow(0) };
  if (t === 'tomorrow') return { day: dayFromNow(1) };
  const plus = /^\+(\d{1,3})d?$/.exec(t);
  if (plus) return { day: dayFromNow(Number(plus[1])) };
  return isDay(t) ? { day: t } : { error: 'A date YYYY-MM-DD, "today", "tomorrow" or "+N" days' };
}

/** Asks for the kind of a new entry. */
export async function pickKind(title = 'Add Entry'): Promise<EntryKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    (Object.keys(KIND_LABELS) as EntryKind[]).map(kind => ({
      label: `$(${KIND_LABELS[kind].icon}) ${KIND_LABELS[kind].label}`, detail: KIND_LABELS[kind].detail, entryKind: kind,
    })),
    { title: `${title}: what kind of entry?`, ignoreFocusOut: true },
  );
  return picked?.entryKind;
}

/** Asks for a goal to link to, when there are active goals; `null` = none chosen. */
async function pickGoal(title: string, goals: GoalEntry[], current?: string): Promise<Step<string | null>> {
  if (!goals.length) return null;
  const items = [
    { label: '$(circle-slash) No goal', id: null as string | null },
    ...goals.map(g => ({ label: `$(target) ${g.text}`, description: g.goalKind === 'career' ? 'career' : 'manager priority', id: g.id as string | null, picked: g.id === current })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `${title}: serves a goal?`, ignoreFocusOut: true });
  return picked ? picked.id : CANCELLED;
}

/** Asks for options one by one (at least one is asked for), each with pros and cons. */
async function askOptions(title: string): Promise<Step<ProblemOption[]>> {
  const options: ProblemOption[] = [];
  for (;;) {
    const n = options.length + 1;
    const optTitle = await ask(title, `Option ${n}: a way out you propose${n === 1 ? ' (leave empty if you have none yet: the problem is then flagged)' : ''}`, { placeHolder: 'e.g. Add a read replica' });
    if (optTitle === CANCELLED) return CANCELLED;
    if (!optTitle) return options;
    const pros = await ask(title, `Option ${n} "${optTitle}": pros, separated by ";"`, { placeHolder: 'cheap; fast to do' });
    if (pros === CANCELLED) return CANCELLED;
    const cons = await ask(title, `Option ${n} "${optTitle}": cons, separated by ";"`, { placeHolder: 'adds ops work' });
    if (cons === CANCELLED) return CANCELLED;
    options.push({ title: optTitle, pros: list(pros), cons: list(cons) });
    const more = await vscode.window.showQuickPick(
      [{ label: '$(check) Done with options', more: false }, { label: '$(add) Add another option', more: true }],
      { title: `${title}: ${options.length} option(s)`, ignoreFocusOut: true },
    );
    if (!more) return CANCELLED;
    if (!more.more) return options;
  }
}

/** Asks for the kind's fields of a new entry after its text; the result goes to the journal's validation. */
async function askKindFields(kind: EntryKind, title: string, goals: GoalEntry[]): Promise<Step<Record<string, unknown>>> {
  const f: Record<string, unknown> = {};
  const optional = async (key: string, prompt: string, placeHolder?: string): Promise<boolean> => {
    const v = await ask(title, prompt, { placeHolder });
    if (v === CANCELLED) return false;
    if (v) f[key] = v;
    return true;
  };
  switch (kind) {
    case 'win':
      if (!(await optional('impact', 'Impact: why it matters (leave empty to fill in later)', 'e.g. checkout is 30% faster'))) return CANCELLED;
      break;
    case 'problem': {
      if (!(await optional('impact', 'Impact: what it costs or blocks', 'e.g. releases slip a day'))) return CANCELLED;
      const options = await askOptions(title);
      if (options === CANCELLED) return CANCELLED;
      f.options = options;
      if (options.length) {
        const rec = await vscode.window.showQuickPick(
          [...options.map((o, i) => ({ label: `$(star-full) ${o.title}`, index: i as number | undefined })), { label: '$(circle-slash) No recommendation yet', index: undefined }],
          { title: `${title}: which option do you recommend?`, ignoreFocusOut: true },
        );
        if (!rec) return CANCELLED;
        if (rec.index !== undefined) f.recommended = rec.index;
      }
      if (!(await optional('ask', 'The ask: what you need (a decision, a resource, by a date)', 'e.g. approve the replica by Friday'))) return CANCELLED;
      break;
    }
    case 'promise': {
      if (!(await optional('to', 'To whom?', 'e.g. Dana (PM)'))) return CANCELLED;
      const due = await ask(title, 'Due date (YYYY-MM-DD, "today", "tomorrow", "+3"; empty for none)', { validate: v => parseDueInput(v).error });
      if (due === CANCELLED) return CANCELLED;
      const day = parseDueInput(due).day;
      if (day) f.due = day;
      break;
    }
    case 'feedback':
      if (!(await optional('from', 'From whom?'))) return CANCELLED;
      if (!(await optional('action', 'What you did about it (the action taken)'))) return CANCELLED;
      break;
    case 'goal': {
      const g = await vscode.window.showQuickPick(
        [{ label: '$(target) Manager priority', description: 'KRA / OKR', goalKind: 'manager' }, { label: '$(rocket) Career goal', goalKind: 'career' }],
        { title: `${title}: which kind of goal?`, ignoreFocusOut: true },
      );
      if (!g) return CANCELLED;
      f.goalKind = g.goalKind;
      break;
    }
    case 'note':
      break;
  }
  if (kind === 'win' || kind === 'problem' || kind === 'note') {
    const goal = await pickGoal(title, goals);
    if (goal === CANCELLED) return CANCELLED;
    if (goal) f.goalId = goal;
  }
  return f;
}

/** The full capture flow for a kind: text, then the kind's fields. `undefined` when cancelled. */
export async function askNewEntry(kind: EntryKind, goals: GoalEntry[]): Promise<Record<string, unknown> | undefined> {
  const title = `Add ${KIND_LABELS[kind].label}`;
  const prompts: Record<EntryKind, string> = {
    win: 'What did you achieve?', problem: 'What is the problem?', promise: 'What did you promise?',
    feedback: 'What was said?', note: 'The note', goal: 'The goal',
  };
  const text = await ask(title, prompts[kind], { required: true });
  if (text === CANCELLED) return undefined;
  const fields = await askKindFields(kind, title, goals);
  if (fields === CANCELLED) return undefined;
  return { kind, text, ...fields };
}

/** Picks one of the entries (newest first) for commands run from the palette. */
export async function pickEntry(entries: Entry[], title: string): Promise<Entry | undefined> {
  const picked = await vscode.window.showQuickPick(
    entries.map(e => ({ label: `$(${KIND_LABELS[e.kind].icon}) ${e.text.split('\n')[0]}`, description: `${e.kind} · ${e.createdAt.slice(0, 10)}`, entry: e })),
    { title, matchOnDescription: true, ignoreFocusOut: true },
  );
  return picked?.entry;
}

/** Edits an entry's text and key fields, each prefilled; returns the patch (`null` clears), or `undefined`. */
export async function askEdit(entry: Entry): Promise<Record<string, unknown> | undefined> {
  const title = `Edit ${KIND_LABELS[entry.kind].label}`;
  const patch: Record<string, unknown> = {};
  const text = await ask(title, 'Text', { value: entry.text, required: true });
  if (text === CANCELLED) return undefined;
  patch.text = text;
  const field = async (key: string, prompt: string, value: string | undefined, validate?: (v: string) => string | undefined): Promise<boolean> => {
    const v = await ask(title, prompt, { value: value ?? '', validate });
    if (v === CANCELLED) return false;
    patch[key] = v || null;
    return true;
  };
  switch (entry.kind) {
    case 'win':
      if (!(await field('impact', 'Impact (empty: fill in later)', entry.impact))) return undefined;
      break;
    case 'problem':
      if (!(await field('impact', 'Impact', entry.impact))) return undefined;
      if (!(await field('ask', 'The ask', entry.ask))) return undefined;
      break;
    case 'promise':
      if (!(await field('to', 'To whom?', entry.to))) return undefined;
      if (!(await field('due', 'Due date (YYYY-MM-DD; empty for none)', entry.due, v => parseDueInput(v).error))) return undefined;
      if (typeof patch.due === 'string') patch.due = parseDueInput(patch.due).day ?? null;
      break;
    case 'feedback':
      if (!(await field('from', 'From whom?', entry.from))) return undefined;
      if (!(await field('action', 'The action taken', entry.action))) return undefined;
      break;
    case 'note':
    case 'goal':
      break;
  }
  return patch;
}

/** Asks for the recovery plan of a promise at risk; `undefined` when cancelled. */
export async function askPlan(current?: string): Promise<string | undefined> {
  const plan = await ask('Promise at risk', 'The recovery plan: what you will do, and the new date if any', { value: current ?? '', required: true });
  return plan === CANCELLED ? undefined : plan;
}

/** Asks for the impact of a win; `undefined` when cancelled. */
export async function askImpact(entry: Entry): Promise<string | undefined> {
  const impact = await ask('Win impact', `Why "${entry.text.split('\n')[0]}" matters`, { required: true });
  return impact === CANCELLED ? undefined : impact;
}
