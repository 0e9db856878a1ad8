/** Set Up Manager Profile: the manager's name, style, cadence (with its day and time), current goals, default template. */
import * as vscode from 'vscode';
import { CADENCES, DAY_NAMES } from '../config';
import type { ReminderCadence, WorkLogConfig } from '../config';
import { CONFIG_SECTION, Commands, Settings } from '../constants';
import type { GoalEntry } from '../journal/types';
import type { JournalService } from './journalService';

/** What the profile sets; scripts and tests pass it to skip the steps. */
export interface ProfileAnswers {
  managerName: string;
  style: 'brief' | 'detailed';
  cadence: ReminderCadence;
  /** Weekday name of the weekly/biweekly update, or of the 1:1. */
  day?: string;
  /** `HH:MM`, 24-hour. */
  time?: string;
  goals: string[];
  /** The default template of the chosen cadence. */
  template?: string;
}

/** Host access of the command. */
export interface ProfileDeps {
  config: () => WorkLogConfig;
  journal: JournalService;
  templates: () => { name: string; description?: string }[];
}

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;
const CANCEL = Symbol('cancel');

/** Keeps the well-formed fields of the command's argument; undefined when it is not an answer object. */
export function parseProfileArgs(raw: unknown): ProfileAnswers | undefined {
  if (typeof raw !== 'object' || raw === null || raw instanceof vscode.Uri) return undefined;
  const r = raw as Record<string, unknown>;
  const cadence = CADENCES.includes(r.cadence as ReminderCadence) ? (r.cadence as ReminderCadence) : undefined;
  if (!cadence) return undefined;
  return {
    managerName: typeof r.managerName === 'string' ? r.managerName.trim() : '',
    style: r.style === 'brief' ? 'brief' : 'detailed',
    cadence,
    ...(typeof r.day === 'string' && (DAY_NAMES as readonly string[]).includes(r.day.toLowerCase()) ? { day: r.day.toLowerCase() } : {}),
    ...(typeof r.time === 'string' && TIME.test(r.time) ? { time: r.time } : {}),
    goals: Array.isArray(r.goals) ? r.goals.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map(g => g.trim()) : [],
    ...(typeof r.template === 'string' && r.template.trim() ? { template: r.template.trim() } : {}),
  };
}

const CADENCE_LABELS: Record<ReminderCadence, string> = {
  daily: 'Daily (every working day)', weekly: 'Weekly, on a day and time', biweekly: 'Every two weeks, on a day and time',
  'one-on-one': 'Before each 1:1', off: 'No reminder',
};

// Weekday labels in DAY_NAMES order (localization keys).
const DAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const titled = (step: number, total: number) => vscode.l10n.t('Set Up Manager Profile ({0}/{1})', step, total);
const pad = (n: number) => String(n).padStart(2, '0');

async function ask(deps: ProfileDeps): Promise<ProfileAnswers | typeof CANCEL> {
  const config = deps.config();
  const total = 6;
  const managerName = await vscode.window.showInputBox({
    title: titled(1, total), prompt: vscode.l10n.t("Your manager's name, for the greeting (empty: no greeting)"),
    value: config.managerName, ignoreFocusOut: true,
  });
  if (managerName === undefined) return CANCEL;

  const style = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Brief'), detail: vscode.l10n.t('One line per accomplishment, the most significant first, the rest under "Also"'), style: 'brief' as const },
      { label: vscode.l10n.t('Detailed'), detail: vscode.l10n.t('Each accomplishment with its evidence and context'), style: 'detailed' as const },
    ].map(i => ({ ...i, picked: i.style === config.style, description: i.style === config.style ? vscode.l10n.t('current') : '' })),
    { title: titled(2, total), placeHolder: vscode.l10n.t('How does your manager like to read?'), ignoreFocusOut: true },
  );
  if (!style) return CANCEL;

  const cadence = await vscode.window.showQuickPick(
    CADENCES.map(c => ({ label: vscode.l10n.t(CADENCE_LABELS[c]), cadence: c, description: c === config.reminder.cadence ? vscode.l10n.t('current') : '' })),
    { title: titled(3, total), placeHolder: vscode.l10n.t('How often is your update due?'), ignoreFocusOut: true },
  );
  if (!cadence) return CANCEL;

  let day: string | undefined;
  let time: string | undefined;
  if (cadence.cadence === 'weekly' || cadence.cadence === 'biweekly' || cadence.cadence === 'one-on-one') {
    const current = cadence.cadence === 'one-on-one' ? config.oneOnOne : config.reminder;
    const pickedDay = await vscode.window.showQuickPick(
      DAY_NAMES.map((d, i) => ({ label: vscode.l10n.t(DAY_LABELS[i]), day: d, description: i === current.day ? vscode.l10n.t('current') : '' })),
      { title: titled(4, total), placeHolder: cadence.cadence === 'one-on-one' ? vscode.l10n.t('Which day is your 1:1?') : vscode.l10n.t('Which day is the update due?'), ignoreFocusOut: true },
    );
    if (!pickedDay) return CANCEL;
    day = pickedDay.day;
    time = await vscode.window.showInputBox({
      title: titled(4, total), prompt: cadence.cadence === 'one-on-one' ? vscode.l10n.t('What time is the 1:1? (24-hour HH:MM)') : vscode.l10n.t('What time is the update due? (24-hour HH:MM)'),
      value: `${pad(current.hour)}:${pad(current.minute)}`, ignoreFocusOut: true,
      validateInput: v => (TIME.test(v.trim()) ? undefined : vscode.l10n.t('Use 24-hour HH:MM, e.g. 16:00.')),
    });
    if (time === undefined) return CANCEL;
    time = time.trim();
  }

  await deps.journal.ready();
  const goalEntries = deps.journal.current.entries.filter((e): e is GoalEntry => e.kind === 'goal' && e.status === 'active' && e.goalKind === 'manager');
  const known = [...new Set([...config.goals, ...goalEntries.map(g => g.text)])];
  let goals: string[] = [];
  if (known.length) {
    const picked = await vscode.window.showQuickPick(
      known.map(text => ({ label: text, picked: config.goals.length ? config.goals.includes(text) : true, description: goalEntries.some(g => g.text === text) ? vscode.l10n.t('journal goal') : '' })),
      { title: titled(5, total), placeHolder: vscode.l10n.t("Your manager's current goals (journal goals are offered)"), canPickMany: true, ignoreFocusOut: true },
    );
    if (!picked) return CANCEL;
    goals = picked.map(p => p.label);
  }
  const more = await vscode.window.showInputBox({
    title: titled(5, total), prompt: vscode.l10n.t('Other goals of your manager, separated by ";" (added to your journal as goals; empty: none)'), ignoreFocusOut: true,
  });
  if (more === undefined) return CANCEL;
  goals.push(...more.split(';').map(g => g.trim()).filter(Boolean));

  const templates = deps.templates();
  const preferred = config.templateByCadence[cadence.cadence];
  const template = await vscode.window.showQuickPick(
    templates.map(t => ({ label: t.name, detail: t.description, description: t.name === preferred ? vscode.l10n.t('current') : '' }))
      .sort((a, b) => Number(b.label === preferred) - Number(a.label === preferred)),
    { title: titled(6, total), placeHolder: vscode.l10n.t('The template this cadence drafts by default'), ignoreFocusOut: true },
  );
  if (!template) return CANCEL;
  return { managerName: managerName.trim(), style: style.style, cadence: cadence.cadence, ...(day ? { day } : {}), ...(time ? { time } : {}), goals, template: template.label };
}

/** Writes the answers to the user settings, and adds goals not yet in the journal as manager goals. */
async function save(deps: ProfileDeps, answers: ProfileAnswers): Promise<void> {
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const global = vscode.ConfigurationTarget.Global;
  await settings.update(Settings.managerName, answers.managerName, global);
  await settings.update(Settings.style, answers.style, global);
  await settings.update(Settings.reminderCadence, answers.cadence, global);
  if (answers.day) await settings.update(answers.cadence === 'one-on-one' ? Settings.oneOnOneDay : Settings.reminderDay, answers.day, global);
  if (answers.time) await settings.update(answers.cadence === 'one-on-one' ? Settings.oneOnOneTime : Settings.reminderTime, answers.time, global);
  await settings.update(Settings.goals, answers.goals, global);
  if (answers.template) {
    const byCadence = { ...deps.config().templateByCadence, [answers.cadence]: answers.template };
    await settings.update(Settings.templateByCadence, byCadence, global);
    // The explicit template setting would win over the cadence's: the profile decides now.
    if (settings.inspect(Settings.template)?.globalValue !== undefined) await settings.update(Settings.template, undefined, global);
  }
  await deps.journal.ready();
  const existing = new Set(deps.journal.current.entries.filter(e => e.kind === 'goal').map(e => e.text));
  for (const text of answers.goals.filter(g => !existing.has(g))) await deps.journal.add({ kind: 'goal', text, goalKind: 'manager' });
}

/** Registers `worklog.setUpProfile`; with an answers argument it saves them without asking. */
export function registerProfileCommand(deps: ProfileDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.setUpProfile, async (raw?: unknown): Promise<ProfileAnswers | undefined> => {
    const given = parseProfileArgs(raw);
    const answers = given ?? (await ask(deps));
    if (answers === CANCEL) return undefined;
    await save(deps, answers);
    if (!given) void vscode.window.showInformationMessage(vscode.l10n.t('Work Log: your manager profile is saved. The next draft follows it.'));
    return answers;
  });
}
