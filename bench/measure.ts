/** Interleaved timing: every case runs once per round (A, B, A, B…) after warm-up rounds; medians decide. */

/** A named thing to time. */
export interface Case {
  name: string;
  /** Resolves with a number when the case timed itself (e.g. inside a child process); that time is used. */
  run: () => Promise<void | number>;
}

/** Runs `warmups` untimed rounds, then `runs` timed rounds of all cases in turn; returns each case's times (ms). */
export async function interleaved(cases: readonly Case[], runs: number, warmups = 1): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(cases.map(c => [c.name, []]));
  for (let round = 0; round < warmups + runs; round++) {
    // Rotating the start keeps any case from always running right after a particular other one.
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(k + round) % cases.length];
      const t = performance.now();
      const own = await c.run();
      const ms = typeof own === 'number' ? own : performance.now() - t;
      if (round >= warmups) times.get(c.name)!.push(ms);
    }
  }
  return times;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
