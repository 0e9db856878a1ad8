/** The progress line `worklog draft` keeps on a terminal's stderr while it reads many repositories. */

/** Erases the progress line: back to the start of the line, clear to its end. */
export const CLEAR_PROGRESS = '\r\u001b[K';

/** The progress line after `done` of `total` repositories, drawn over the previous one. */
export function progressLine(done: number, total: number): string {
  return `\r[worklog] ${done}/${total} repositories…`;
}

/** How many updates at most a run draws, however many repositories: the terminal is not flooded. */
const MAX_UPDATES = 200;

/**
 * A progress reporter writing to `write` (a terminal's stderr, as is): `update` redraws the line at most
 * MAX_UPDATES times and always at the end, `clear` erases it once anything was drawn.
 */
export function repositoryProgress(write: (text: string) => void): { update: (done: number, total: number) => void; clear: () => void } {
  let drawn = false;
  return {
    update(done, total) {
      const step = Math.max(1, Math.ceil(total / MAX_UPDATES));
      if (done % step !== 0 && done !== total) return;
      write(progressLine(done, total));
      drawn = true;
    },
    clear() {
      if (drawn) write(CLEAR_PROGRESS);
      drawn = false;
    },
  };
}
