/** Quick input flows that capture or edit a journal entry step by step; Escape at any step cancels. */
import * as vscode from 'vscode';
import { localDay, startOfDay } from '../time/days';
import { isDay } from '../journal/validateEntry';
import type { Entry, EntryKind, GoalEntry, ProblemOption } from '../journal/types';

/** How each kind is named and drawn in pickers; `label` and `detail` are localization keys (translate when shown). */
export const KIND_LABELS: Readonly<Record<EntryKind, { label: string; icon: string; detail: string }>> = {
  win: { label: 'Win', icon: 'star-full', detail: 'Something you achieved, and why it matters' },
  problem: { label: 'Problem', icon: 'warning', detail: 'A blocker, with the options you propose and what you need' },
  promise: { label: 'Promise', icon: 'calendar', detail: 'Something you committed to, to whom, by when' },
  feedback: { label: 'Feedback', icon: 'comment-discussion', detail: 'What someone told you, and what you did about it' },
  note: { label: 'Note', icon: 'note', detail: 'Work in progress and context' },
  goal: { label: 'Goal', icon: 'target', detail: 'A priority of your manager, or a career goal' },
};

// Whole titles per kind (localization keys), so translators never assemble "Add" + a noun.
const ADD_TITLES: Readonly<Record<EntryKind, string>> = {
  win: 'Add Win', problem: 'Add Problem', promise: 'Add Promise', feedback: 'Add Feedback', note: 'Add Note', goal: 'Add Goal',
};
const EDIT_TITLES: Readonly<Record<EntryKind, string>> = {
  win: 'Edit Win', problem: 'Edit Problem', promise: 'Edit Promise', feedback: 'Edit Feedback', note: 'Edit Note', goal: 'Edit Goal',
};

const CANCELLED = Symbol('cancelled');
type Step<T> = T | typeof CANCELLED;

/** One input box; `undefined` result means Escape. */
async function ask(title: string, prompt: string, opts: { value?: string; placeHolder?: string; required?: boolean; validate?: (v: string) => string | undefined } = {}): Promise<Step<string>> {
  const value = await vscode.window.showInputBox({
    title, prompt, value: opts.value, placeHolder: opts.placeHolder, ignoreFocusOut: true,
    validateInput: v => (opts.required && !v.trim() ? vscode.l10n.t('Required') : opts.validate?.(v.trim())),
  });
  return value === undefined ? CANCELLED : value.trim();
}

const list = (s: string): string[] => s.split(';').map(x => x.trim()).filter(Boolean);


/** `YYYY-MM-DD`, `today`, `tomorrow` or `+N` (days from today) -> a day; an error sentence otherwise. */
export function parseDueInput(text: string, now: Date): { day?: string; error?: string } {
  const dayFromNow = (days: number) => localDay(startOfDay(now, days));
  const t = text.trim().toLowerCase();
  if (!t) return {};
  if (t === 'today') return { day: dayFromNow(0) };
  if (t === 'tomorrow') return { day: dayFromNow(1) };
  const plus = /^\+(\d{1,3})d?$/.exec(t);
  if (plus) return { day: dayFromNow(Number(plus[1])) };
  return isDay(t) ? { day: t } : { error: vscode.l10n.t('A date YYYY-MM-DD, "today", "tomorrow" or "+N" days') };
}

/** Asks for the kind of a new entry. */
export async function pickKind(title = vscode.l10n.t('Add Entry')): Promise<EntryKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    (Object.keys(KIND_LABELS) as EntryKind[]).map(kind => ({
      label: `$(${KIND_LABELS[kind].icon}) ${vscode.l10n.t(KIND_LABELS[kind].label)}`, detail: vscode.l10n.t(KIND_LABELS[kind].detail), entryKind: kind,
    })),
    { title: vscode.l10n.t('{0}: what kind of entry?', title), ignoreFocusOut: true },
  );
  return picked?.entryKind;
}

/** Asks for a goal to link to, when there are active goals; `null` = none chosen. */
async function pickGoal(title: string, goals: GoalEntry[], current?: string): Promise<Step<string | null>> {
  if (!goals.length) return null;
  const items = [
    { label: `$(circle-slash) ${vscode.l10n.t('No goal')}`, id: null as string | null },
    ...goals.map(g => ({
      label: `$(target) ${g.text}`, description: g.goalKind === 'career' ? vscode.l10n.t('career') : vscode.l10n.t('manager priority'),
      id: g.id as string | null, picked: g.id === current,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('{0}: serves a goal?', title), ignoreFocusOut: true });
  return picked ? picked.id : CANCELLED;
}

/** Asks for options one by one (at least one is asked for), each with pros and cons. */
async function askOptions(title: string): Promise<Step<ProblemOption[]>> {
  const options: ProblemOption[] = [];
  for (;;) {
    const n = options.length + 1;
    const prompt = n === 1
      ? vscode.l10n.t('Option {0}: a way out you propose (leave empty if you have none yet: the problem is then flagged)', n)
      : vscode.l10n.t('Option {0}: a way out you propose', n);
    const optTitle = await ask(title, prompt, { placeHolder: vscode.l10n.t('e.g. Add a read replica') });
    if (optTitle === CANCELLED) return CANCELLED;
    if (!optTitle) return options;
    const pros = await ask(title, vscode.l10n.t('Option {0} "{1}": pros, separated by ";"', n, optTitle), { placeHolder: vscode.l10n.t('cheap; fast to do') });
    if (pros === CANCELLED) return CANCELLED;
    const cons = await ask(title, vscode.l10n.t('Option {0} "{1}": cons, separated by ";"', n, optTitle), { placeHolder: vscode.l10n.t('adds ops work') });
    if (cons === CANCELLED) return CANCELLED;
    options.push({ title: optTitle, pros: list(pros), cons: list(cons) });
    const more = await vscode.window.showQuickPick(
      [{ label: `$(check) ${vscode.l10n.t('Done with options')}`, more: false }, { label: `$(add) ${vscode.l10n.t('Add another option')}`, more: true }],
      { title: vscode.l10n.t('{0}: {1} option(s)', title, options.length), ignoreFocusOut: true },
    );
    if (!more) return CANCELLED;
    if (!more.more) return options;
  }
}

/** Asks for the kind's fields of a new entry after its text; the result goes to the journal's validation. */
async function askKindFields(kind: EntryKind, title: string, goals: GoalEntry[], now: Date): Promise<Step<Record<string, unknown>>> {
  const f: Record<string, unknown> = {};
  const optional = async (key: string, prompt: string, placeHolder?: string): Promise<boolean> => {
    const v = await ask(title, prompt, { placeHolder });
    if (v === CANCELLED) return false;
    if (v) f[key] = v;
    return true;
  };
  switch (kind) {
    case 'win':
      if (!(await optional('impact', vscode.l10n.t('Impact: why it matters (leave empty to fill in later)'), vscode.l10n.t('e.g. checkout is 30% faster')))) return CANCELLED;
      break;
    case 'problem': {
      if (!(await optional('impact', vscode.l10n.t('Impact: what it costs or blocks'), vscode.l10n.t('e.g. releases slip a day')))) return CANCELLED;
      const options = await askOptions(title);
      if (options === CANCELLED) return CANCELLED;
      f.options = options;
      if (options.length) {
        const rec = await vscode.window.showQuickPick(
          [...options.map((o, i) => ({ label: `$(star-full) ${o.title}`, index: i as number | undefined })), { label: `$(circle-slash) ${vscode.l10n.t('No recommendation yet')}`, index: undefined }],
          { title: vscode.l10n.t('{0}: which option do you recommend?', title), ignoreFocusOut: true },
        );
        if (!rec) return CANCELLED;
        if (rec.index !== undefined) f.recommended = rec.index;
      }
      if (!(await optional('ask', vscode.l10n.t('The ask: what you need (a decision, a resource, by a date)'), vscode.l10n.t('e.g. approve the replica by Friday')))) return CANCELLED;
      break;
    }
    case 'promise': {
      if (!(await optional('to', vscode.l10n.t('To whom?'), vscode.l10n.t('e.g. Dana (PM)')))) return CANCELLED;
      const due = await ask(title, vscode.l10n.t('Due date (YYYY-MM-DD, "today", "tomorrow", "+3"; empty for none)'), { validate: v => parseDueInput(v, now).error });
      if (due === CANCELLED) return CANCELLED;
      const day = parseDueInput(due, now).day;
      if (day) f.due = day;
      break;
    }
    case 'feedback':
      if (!(await optional('from', vscode.l10n.t('From whom?')))) return CANCELLED;
      if (!(await optional('action', vscode.l10n.t('What you did about it (the action taken)')))) return CANCELLED;
      break;
    case 'goal': {
      const g = await vscode.window.showQuickPick(
        [
          { label: `$(target) ${vscode.l10n.t('Manager priority')}`, description: vscode.l10n.t('KRA / OKR'), goalKind: 'manager' },
          { label: `$(rocket) ${vscode.l10n.t('Career goal')}`, goalKind: 'career' },
        ],
        { title: vscode.l10n.t('{0}: which kind of goal?', title), ignoreFocusOut: true },
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
export async function askNewEntry(kind: EntryKind, goals: GoalEntry[], now: Date): Promise<Record<string, unknown> | undefined> {
  const title = vscode.l10n.t(ADD_TITLES[kind]);
  const prompts: Record<EntryKind, string> = {
    win: vscode.l10n.t('What did you achieve?'), problem: vscode.l10n.t('What is the problem?'), promise: vscode.l10n.t('What did you promise?'),
    feedback: vscode.l10n.t('What was said?'), note: vscode.l10n.t('The note'), goal: vscode.l10n.t('The goal'),
  };
  const text = await ask(title, prompts[kind], { required: true });
  if (text === CANCELLED) return undefined;
  const fields = await askKindFields(kind, title, goals, now);
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
export async function askEdit(entry: Entry, now: Date): Promise<Record<string, unknown> | undefined> {
  const title = vscode.l10n.t(EDIT_TITLES[entry.kind]);
  const patch: Record<string, unknown> = {};
  const text = await ask(title, vscode.l10n.t('Text'), { value: entry.text, required: true });
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
      if (!(await field('impact', vscode.l10n.t('Impact (empty: fill in later)'), entry.impact))) return undefined;
      break;
    case 'problem':
      if (!(await field('impact', vscode.l10n.t('Impact'), entry.impact))) return undefined;
      if (!(await field('ask', vscode.l10n.t('The ask'), entry.ask))) return undefined;
      break;
    case 'promise':
      if (!(await field('to', vscode.l10n.t('To whom?'), entry.to))) return undefined;
      if (!(await field('due', vscode.l10n.t('Due date (YYYY-MM-DD; empty for none)'), entry.due, v => parseDueInput(v, now).error))) return undefined;
      if (typeof patch.due === 'string') patch.due = parseDueInput(patch.due, now).day ?? null;
      break;
    case 'feedback':
      if (!(await field('from', vscode.l10n.t('From whom?'), entry.from))) return undefined;
      if (!(await field('action', vscode.l10n.t('The action taken'), entry.action))) return undefined;
      break;
    case 'note':
    case 'goal':
      break;
  }
  return patch;
}

/** Asks for the recovery plan of a promise at risk; `undefined` when cancelled. */
export async function askPlan(current?: string): Promise<string | undefined> {
  const plan = await ask(vscode.l10n.t('Promise at risk'), vscode.l10n.t('The recovery plan: what you will do, and the new date if any'), { value: current ?? '', required: true });
  return plan === CANCELLED ? undefined : plan;
}

/** Asks for the impact of a win; `undefined` when cancelled. */
export async function askImpact(entry: Entry): Promise<string | undefined> {
  const impact = await ask(vscode.l10n.t('Win impact'), vscode.l10n.t('Why "{0}" matters', entry.text.split('\n')[0]), { required: true });
  return impact === CANCELLED ? undefined : impact;
}
