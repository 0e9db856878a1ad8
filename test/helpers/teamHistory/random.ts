/** A small seeded pseudo-random generator (mulberry32), so the team history is the same on every run. */

/** Deterministic random choices from one seed. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `n` lower-case hex digits. */
  hex(n: number): string;
}

/** A generator seeded with `seed`. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: items => items[Math.floor(next() * items.length)],
    chance: p => next() < p,
    hex: n => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join(''),
  };
}
