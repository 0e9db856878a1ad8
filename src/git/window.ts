/** Time windows for a draft (stub: contract only; implemented in the foundation work). */
import type { TimeWindow } from './types';

/** Presets accepted by `--window` and the `worklog.draft.defaultWindow` setting; also any `<N>d`. */
export type WindowPreset = 'last-working-day' | 'this-week' | 'last-week' | 'quarter' | `${number}d`;

/** What a window is resolved against: the clock, the work week, the end of the last sent update. */
export interface WindowContext {
  now: Date;
  /** Working days, 0 = Sunday … 6 = Saturday; default Monday–Friday. */
  workWeek?: number[];
}

/** Resolves a preset, or explicit since/until (`YYYY-MM-DD` = local midnight, or ISO), to a window. */
export function resolveWindow(_spec: WindowPreset | { since: string | Date; until?: string | Date }, _ctx: WindowContext): TimeWindow {
  throw new Error('not implemented');
}
