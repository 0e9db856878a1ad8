/** When a repository or setting change may trigger a git scan: debounced, and never more often than a minimum interval. Pure. */
import { CONFIG_SECTION, Settings } from '../constants';

/** The timing rules. */
export interface ScanTiming {
  /** Quiet time after the last change before scanning (a rebase writes many refs). */
  debounceMs: number;
  /** The least time between two scans started by changes. */
  minIntervalMs: number;
}

/** Default timing: 2 s of quiet, at most one change-driven scan every 3 minutes. */
export const DEFAULT_SCAN_TIMING: ScanTiming = { debounceMs: 2_000, minIntervalMs: 3 * 60_000 };

/**
 * How long to wait, from `now`, before scanning for a change last seen at `lastChangeAt`, given the last scan
 * started at `lastScanAt` (undefined: none yet). Zero means scan now.
 */
export function scanDelay(now: number, lastChangeAt: number, lastScanAt: number | undefined, timing: ScanTiming = DEFAULT_SCAN_TIMING): number {
  const quietAt = lastChangeAt + timing.debounceMs;
  const allowedAt = lastScanAt === undefined ? 0 : lastScanAt + timing.minIntervalMs;
  return Math.max(0, quietAt - now, allowedAt - now);
}

/** The settings a scan's result depends on: repositories, identity, tickets, the window (the journal folder holds the sent updates). */
const MINING_SETTINGS = [
  Settings.include, Settings.exclude, Settings.scanDepth, Settings.authors, Settings.ticketPatterns, Settings.landingBranches, Settings.integrationBranches, Settings.bots,
  Settings.workWeek, Settings.defaultWindow, Settings.gitPath, Settings.journalFolder,
];

/** Whether a configuration change (`affects` answers for a full setting key) calls for a rescan. */
export function affectsMining(affects: (key: string) => boolean): boolean {
  return MINING_SETTINGS.some(s => affects(`${CONFIG_SECTION}.${s}`));
}
