/** Applies an edit to an entry: the kind's fields only, times and closing stamps kept consistent. */
import type { Entry } from './types';
import { EntryValidationError, fieldsOf, validateEntry } from './validateEntry';

const FIXED = ['id', 'kind', 'createdAt', 'updatedAt', 'closedAt', 'resolvedAt'];

/** The later of `now` and `floor` as ISO: a clock that steps back never makes an edit look older than its source. */
export function notBefore(now: Date, floor: string): string {
  return new Date(Math.max(now.getTime(), Date.parse(floor))).toISOString();
}

/**
 * Returns `entry` changed by `patch` (an `EntryPatch`, but any value is checked): `null` clears an
 * optional field; promise `closedAt` and problem `resolvedAt` follow status changes; `updatedAt`
 * becomes `now`. Throws an `EntryValidationError` naming the field for a wrong patch.
 */
export function applyPatch(entry: Entry, patch: unknown, now: Date): Entry {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new EntryValidationError('patch', 'must be an object of fields to change');
  }
  const allowed = fieldsOf(entry.kind);
  const next: Record<string, unknown> = { ...entry };
  for (const [k, v] of Object.entries(patch)) {
    if (FIXED.includes(k)) throw new EntryValidationError(k, 'cannot be changed');
    if (!allowed.includes(k)) throw new EntryValidationError(k, `is not a field of a ${entry.kind} entry`);
    if (v === null || v === undefined) delete next[k];
    else next[k] = v;
  }
  const at = notBefore(now, entry.updatedAt);
  next.updatedAt = at;
  if (entry.kind === 'promise' && next.status !== entry.status) {
    if (next.status === 'done' || next.status === 'dropped') next.closedAt = at;
    else delete next.closedAt;
  }
  if (entry.kind === 'problem' && next.status !== entry.status) {
    if (next.status === 'resolved') next.resolvedAt = at;
    else delete next.resolvedAt;
  }
  return validateEntry(next);
}
