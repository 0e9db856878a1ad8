/** Settings -> one typed, frozen config object. The only place that reads `worklog.*` settings. */
import { Settings } from './constants';
import type { WindowPreset } from './git/window';

/** Where setting values come from: `vscode.workspace.getConfiguration('worklog')` satisfies it. */
export interface ConfigSource {
  get<T>(key: string): T | undefined;
}

/** The default window of Draft Update: a preset, or since the end of the last sent update. */
export type DefaultWindow = WindowPreset | 'since-last-sent';

/** How often an update is due. */
export type ReminderCadence = 'daily' | 'weekly' | 'biweekly' | 'off';

/** Everything the extension reads from settings, validated and with defaults applied. */
export interface WorkLogConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly scanDepth: number;
  readonly authors: readonly string[];
  readonly ticketPatterns: readonly string[];
  /** Working days, 0 = Sunday … 6 = Saturday. */
  readonly workWeek: readonly number[];
  readonly defaultWindow: DefaultWindow;
  readonly template: string;
  readonly style: 'brief' | 'detailed';
  readonly reminder: {
    readonly cadence: ReminderCadence;
    /** 0 = Sunday … 6 = Saturday. */
    readonly day: number;
    readonly hour: number;
    readonly minute: number;
  };
  /** Absolute or `~`-relative folder of the user's templates; empty when unset. */
  readonly templatesFolder: string;
  readonly gitPath: string;
  /** Absolute or `~`-relative journal folder; empty means the extension's global storage. */
  readonly journalFolder: string;
}

/** Day names as the settings spell them, index = day number. */
export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const DEFAULT_TICKETS = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];
const PRESETS = ['since-last-sent', 'last-working-day', 'this-week', 'last-week', 'quarter'];

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim()) : [];

const dayIndex = (v: unknown): number => {
  const i = typeof v === 'string' ? DAY_NAMES.findIndex(d => d.startsWith(v.trim().toLowerCase().slice(0, 3))) : -1;
  return i;
};

function validPattern(p: string): boolean {
  try {
    new RegExp(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates every setting; invalid values fall back to their defaults rather than failing. */
export function readConfig(source: ConfigSource): WorkLogConfig {
  const get = <T>(key: string): T | undefined => source.get<T>(key);

  const depth = get<number>(Settings.scanDepth);
  const workWeek = [...new Set(strings(get(Settings.workWeek)).map(dayIndex).filter(i => i >= 0))].sort((a, b) => a - b);
  const window = get<string>(Settings.defaultWindow) ?? '';
  const cadence = get<string>(Settings.reminderCadence);
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(get<string>(Settings.reminderTime) ?? '');
  const day = dayIndex(get(Settings.reminderDay));
  const tickets = strings(get(Settings.ticketPatterns)).filter(validPattern);

  const config: WorkLogConfig = {
    include: strings(get(Settings.include)),
    exclude: strings(get(Settings.exclude)),
    scanDepth: typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 && depth <= 10 ? depth : 3,
    authors: strings(get(Settings.authors)).map(a => a.toLowerCase()),
    ticketPatterns: tickets.length ? tickets : DEFAULT_TICKETS,
    workWeek: workWeek.length ? workWeek : [1, 2, 3, 4, 5],
    defaultWindow: (PRESETS.includes(window) || /^\d+d$/.test(window) ? window : 'since-last-sent') as DefaultWindow,
    template: (get<string>(Settings.template) ?? '').trim() || 'weekly',
    style: get<string>(Settings.style) === 'brief' ? 'brief' : 'detailed',
    reminder: Object.freeze({
      cadence: (['daily', 'weekly', 'biweekly', 'off'].includes(cadence ?? '') ? cadence : 'weekly') as ReminderCadence,
      day: day >= 0 ? day : 5,
      hour: time ? Number(time[1]) : 16,
      minute: time ? Number(time[2]) : 0,
    }),
    templatesFolder: (get<string>(Settings.templatesFolder) ?? '').trim(),
    gitPath: (get<string>(Settings.gitPath) ?? '').trim() || 'git',
    journalFolder: (get<string>(Settings.journalFolder) ?? '').trim(),
  };
  Object.freeze(config.include);
  Object.freeze(config.exclude);
  Object.freeze(config.authors);
  Object.freeze(config.ticketPatterns);
  Object.freeze(config.workWeek);
  return Object.freeze(config);
}
