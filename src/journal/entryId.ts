/** Entry ids: time-sortable (millisecond UTC stamp) and unique across processes (random suffix). */
import { randomBytes } from 'node:crypto';

let lastMs = 0;

/**
 * A new id like "20261122T151600123Z-k3f9q2ab". Within a process ids strictly increase even when
 * the clock stands still or steps back; across processes 8 random base-36 characters keep them apart.
 */
export function newEntryId(now: Date): string {
  const ms = Math.max(now.getTime(), lastMs + 1);
  lastMs = ms;
  const stamp = new Date(ms).toISOString().replace(/[-:]/g, '').replace('.', '');
  const bytes = randomBytes(8);
  let suffix = '';
  for (const b of bytes) suffix += (b % 36).toString(36);
  return `${stamp}-${suffix}`;
}
