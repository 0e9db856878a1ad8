/** Turns user input (sidebar, command, CLI, webview message) into a complete, valid entry. */
import { ENTRY_KINDS } from './types';
import type { Entry } from './types';
import { EntryValidationError, fieldsOf, validateEntry } from './validateEntry';

/** Fields the journal sets itself; input carrying them is refused so nothing spoofs ids or times. */
const AUTO_FIELDS = ['id', 'createdAt', 'updatedAt', 'closedAt', 'resolvedAt'];
const LIST_FIELDS = ['tags', 'commits', 'tickets', 'people'];

function cleanList(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const out = v.map(s => (typeof s === 'string' ? s.trim() : s)).filter(s => s !== '');
  return out.every(s => typeof s === 'string') ? [...new Set(out)] : out;
}

function cleanOption(o: unknown): unknown {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return o;
  const r = o as Record<string, unknown>;
  return { ...r, title: typeof r.title === 'string' ? r.title.trim() : r.title, pros: cleanList(r.pros ?? []), cons: cleanList(r.cons ?? []) };
}

/**
 * Builds a new entry from `input` (typed as `NewEntry`, but any value is checked): fills id and
 * times, the per-kind defaults (lists empty, status open/active, goalKind manager), trims text,
 * and validates the result. Throws an `EntryValidationError` naming the field when the input is wrong.
 */
export function normalizeNewEntry(input: unknown, now: Date, id: string): Entry {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EntryValidationError('entry', 'must be an object with at least kind and text');
  }
  const raw = input as Record<string, unknown>;
  if (typeof raw.kind !== 'string' || !(ENTRY_KINDS as readonly string[]).includes(raw.kind)) {
    throw new EntryValidationError('kind', `must be one of ${ENTRY_KINDS.join(', ')} (got ${JSON.stringify(raw.kind)})`);
  }
  const kind = raw.kind as Entry['kind'];
  const allowed = fieldsOf(kind);
  for (const k of Object.keys(raw)) {
    if (AUTO_FIELDS.includes(k)) throw new EntryValidationError(k, 'is set by the journal and cannot be given');
    if (!allowed.includes(k)) throw new EntryValidationError(k, `is not a field of a ${kind} entry`);
  }
  const at = now.toISOString();
  const e: Record<string, unknown> = { ...raw, id, createdAt: at, updatedAt: at };
  if (typeof e.text === 'string') e.text = e.text.trim();
  for (const f of LIST_FIELDS) e[f] = e[f] === undefined ? [] : cleanList(e[f]);
  if (kind === 'problem') {
    e.options = Array.isArray(e.options) ? e.options.map(cleanOption) : (e.options ?? []);
    e.status ??= 'open';
    if (e.status === 'resolved') e.resolvedAt = at;
  } else if (kind === 'promise') {
    e.status ??= 'open';
    if (e.status === 'done' || e.status === 'dropped') e.closedAt = at;
  } else if (kind === 'goal') {
    e.goalKind ??= 'manager';
    e.status ??= 'active';
  }
  return validateEntry(e);
}
