/** Settings -> one typed, frozen config object. The only place that reads `worklog.*` settings. */
import { Settings } from './constants';
import { DEFAULT_LANDING_PATTERNS, globToRegExp } from './git/landing';
import { POLISH_INCLUDES } from './draft/polish/evidence';
import type { PolishInclude } from './draft/polish/evidence';
import { parseWindowSpec } from './git/window';
import type { WindowPreset } from './git/window';

/** Where setting values come from: `vscode.workspace.getConfiguration('worklog')` satisfies it. */
export interface ConfigSource {
  get<T>(key: string): T | undefined;
}

/** The default window of Draft Update: a preset, or since the end of the last sent update. */
export type DefaultWindow = WindowPreset | 'since-last-sent';

/** How often an update is due: every working day, weekly or every two weeks on a day, before each 1:1, or never. */
export type ReminderCadence = 'daily' | 'weekly' | 'biweekly' | 'one-on-one' | 'off';

/** Every cadence, in the order settings and pickers list them. */
export const CADENCES: readonly ReminderCadence[] = ['daily', 'weekly', 'biweekly', 'one-on-one', 'off'];

/** The built-in template each cadence drafts by default (the standup for daily updates, the agenda before a 1:1). */
export const DEFAULT_TEMPLATE_BY_CADENCE: Readonly<Record<ReminderCadence, string>> = Object.freeze({
  daily: 'standup', weekly: 'weekly', biweekly: 'weekly', 'one-on-one': 'one-on-one', off: 'weekly',
});

/** Everything the extension reads from settings, validated and with defaults applied. */
export interface WorkLogConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly scanDepth: number;
  readonly authors: readonly string[];
  readonly ticketPatterns: readonly string[];
  /** Landing branch globs (the default branch always lands too). */
  readonly landingBranches: readonly string[];
  /** Integration branch globs besides the usual names. */
  readonly integrationBranches: readonly string[];
  /** Bot globs (names or e-mails) besides the known bots. */
  readonly bots: readonly string[];
  /** Working days, 0 = Sunday … 6 = Saturday. */
  readonly workWeek: readonly number[];
  readonly defaultWindow: DefaultWindow;
  /** The template Draft Update proposes: the explicit setting, else the one of the cadence. */
  readonly template: string;
  /** The template per cadence (settings merged over the defaults). */
  readonly templateByCadence: Readonly<Record<ReminderCadence, string>>;
  /** The manager's name, for the greeting; empty when unset. */
  readonly managerName: string;
  /** The manager's current priorities (profile). */
  readonly goals: readonly string[];
  /** The 1:1 day and time (used by the `one-on-one` cadence). */
  readonly oneOnOne: { readonly day: number; readonly hour: number; readonly minute: number };
  readonly style: 'brief' | 'detailed';
  readonly reminder: {
    readonly cadence: ReminderCadence;
    /** When the update is due: the reminder day, or the 1:1 day for the `one-on-one` cadence. 0 = Sunday … 6 = Saturday. */
    readonly day: number;
    readonly hour: number;
    readonly minute: number;
  };
  /** Absolute or `~`-relative folder of the user's templates; empty when unset. */
  readonly templatesFolder: string;
  readonly gitPath: string;
  /**
   * Read repositories owned by another user too. Machine-scoped: only the user's own settings can turn it on,
   * never a workspace's (VS Code leaves a workspace value of a machine setting out of what `get` returns).
   */
  readonly allowForeignOwners: boolean;
  /** Absolute or `~`-relative journal folder; empty means the extension's global storage. */
  readonly journalFolder: string;
  /** AI polish: the model to ask (vendor and family; neither, the first offered) and what else it may be sent. */
  readonly ai: { readonly model: { readonly vendor?: string; readonly family?: string }; readonly include: readonly PolishInclude[] };
}

/** Day names as the settings spell them, index = day number. */
export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const DEFAULT_TICKETS = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim()) : [];

const dayIndex = (v: unknown): number => {
  const i = typeof v === 'string' ? DAY_NAMES.findIndex(d => d.startsWith(v.trim().toLowerCase().slice(0, 3))) : -1;
  return i;
};

/** The preset a setting names (normalised, e.g. "14d"), or undefined when it names none. */
function presetOf(text: string): WindowPreset | undefined {
  try {
    const spec = parseWindowSpec(text);
    return typeof spec === 'string' ? spec : undefined;
  } catch {
    return undefined;
  }
}

function validPattern(p: string): boolean {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}

function validGlob(p: string): boolean {
  try {
    globToRegExp(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates every setting; invalid values fall back to their defaults rather than failing. */
/** `vendor/family`, or a vendor alone, as a model selector; anything else selects the first model offered. */
function modelSelector(value: unknown): { vendor?: string; family?: string } {
  const [vendor, family] = (typeof value === 'string' ? value : '').split('/', 2).map(s => s.trim());
  return { ...(vendor ? { vendor } : {}), ...(vendor && family ? { family } : {}) };
}

export function readConfig(source: ConfigSource): WorkLogConfig {
  const get = <T>(key: string): T | undefined => source.get<T>(key);

  const depth = get<number>(Settings.scanDepth);
  const workWeek = [...new Set(strings(get(Settings.workWeek)).map(dayIndex).filter(i => i >= 0))].sort((a, b) => a - b);
  const window = get<string>(Settings.defaultWindow) ?? '';
  const cadence = get<string>(Settings.reminderCadence);
  const clock = (key: string) => /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(get<string>(key) ?? '');
  const time = clock(Settings.reminderTime);
  const day = dayIndex(get(Settings.reminderDay));
  const oneTime = clock(Settings.oneOnOneTime);
  const oneDay = dayIndex(get(Settings.oneOnOneDay));
  const oneOnOne = Object.freeze({ day: oneDay >= 0 ? oneDay : 2, hour: oneTime ? Number(oneTime[1]) : 10, minute: oneTime ? Number(oneTime[2]) : 0 });
  const effectiveCadence = (CADENCES.includes(cadence as ReminderCadence) ? cadence : 'weekly') as ReminderCadence;
  const byCadenceRaw = get<Record<string, unknown>>(Settings.templateByCadence);
  const templateByCadence = Object.freeze(Object.fromEntries(CADENCES.map(c => {
    const v = byCadenceRaw && typeof byCadenceRaw === 'object' ? byCadenceRaw[c] : undefined;
    return [c, typeof v === 'string' && v.trim() ? v.trim() : DEFAULT_TEMPLATE_BY_CADENCE[c]];
  })) as Record<ReminderCadence, string>);
  const tickets = strings(get(Settings.ticketPatterns)).filter(validPattern);
  const landingSetting = get<unknown>(Settings.landingBranches);
  const landing = strings(landingSetting).filter(validGlob);

  const config: WorkLogConfig = {
    include: strings(get(Settings.include)),
    exclude: strings(get(Settings.exclude)),
    scanDepth: typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 && depth <= 10 ? depth : 3,
    authors: strings(get(Settings.authors)).map(a => a.toLowerCase()),
    ticketPatterns: tickets.length ? tickets : DEFAULT_TICKETS,
    // An explicitly empty list means: only the default branch lands.
    landingBranches: Array.isArray(landingSetting) ? landing : [...DEFAULT_LANDING_PATTERNS],
    integrationBranches: strings(get(Settings.integrationBranches)).filter(validGlob),
    bots: strings(get(Settings.bots)),
    workWeek: workWeek.length ? workWeek : [1, 2, 3, 4, 5],
    defaultWindow: presetOf(window) ?? 'since-last-sent',
    template: (get<string>(Settings.template) ?? '').trim() || templateByCadence[effectiveCadence],
    templateByCadence,
    managerName: (get<string>(Settings.managerName) ?? '').trim(),
    goals: Object.freeze(strings(get(Settings.goals))),
    oneOnOne,
    style: get<string>(Settings.style) === 'brief' ? 'brief' : 'detailed',
    reminder: Object.freeze(effectiveCadence === 'one-on-one'
      ? { cadence: effectiveCadence, ...oneOnOne }
      : { cadence: effectiveCadence, day: day >= 0 ? day : 5, hour: time ? Number(time[1]) : 16, minute: time ? Number(time[2]) : 0 }),
    templatesFolder: (get<string>(Settings.templatesFolder) ?? '').trim(),
    gitPath: (get<string>(Settings.gitPath) ?? '').trim() || 'git',
    allowForeignOwners: get<unknown>(Settings.allowForeignOwners) === true,
    journalFolder: (get<string>(Settings.journalFolder) ?? '').trim(),
    ai: Object.freeze({
      model: Object.freeze(modelSelector(get<string>(Settings.aiModel))),
      include: Object.freeze(POLISH_INCLUDES.filter(i => strings(get(Settings.aiInclude)).includes(i))),
    }),
  };
  Object.freeze(config.include);
  Object.freeze(config.exclude);
  Object.freeze(config.authors);
  Object.freeze(config.ticketPatterns);
  Object.freeze(config.landingBranches);
  Object.freeze(config.integrationBranches);
  Object.freeze(config.bots);
  Object.freeze(config.workWeek);
  return Object.freeze(config);
}
