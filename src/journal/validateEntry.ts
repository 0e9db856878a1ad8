/** Strict validation of journal entries: the one gate for data from disk, the webview and the CLI. */
import { ENTRY_KINDS } from './types';
import type { Entry, EntryKind, ProblemOption } from './types';

const BASE_FIELDS = ['id', 'kind', 'text', 'createdAt', 'updatedAt', 'tags', 'repo', 'workspace', 'commits', 'tickets', 'goalId', 'people'];

/** The fields each kind adds to the base ones, in the order they are written. */
export const KIND_FIELDS: Readonly<Record<EntryKind, readonly string[]>> = {
  win: ['impact'],
  problem: ['impact', 'options', 'recommended', 'ask', 'status', 'resolvedAt'],
  promise: ['to', 'due', 'status', 'plan', 'closedAt'],
  feedback: ['from', 'action'],
  note: [],
  goal: ['goalKind', 'status'],
};

const allowedSet = (k: EntryKind): ReadonlySet<string> => new Set([...BASE_FIELDS, ...KIND_FIELDS[k]]);
const ALLOWED: Readonly<Record<EntryKind, ReadonlySet<string>>> = {
  win: allowedSet('win'), problem: allowedSet('problem'), promise: allowedSet('promise'),
  feedback: allowedSet('feedback'), note: allowedSet('note'), goal: allowedSet('goal'),
};

/** Every field a kind's entries may have (base + kind), for patch and input checks. */
export function fieldsOf(kind: EntryKind): readonly string[] {
  return [...ALLOWED[kind]];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
// Checked by pattern only (no Date.parse): validation runs for every line of every load.
const ISO_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEXT = 100_000;

/** Thrown for an invalid entry; `field` names the offending field (dotted path), `problem` what is wrong with it. */
export class EntryValidationError extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`Invalid journal entry: "${field}" ${problem}`);
    this.name = 'EntryValidationError';
  }
}

function fail(field: string, problem: string): never {
  throw new EntryValidationError(field, problem);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? s.slice(0, 40) + '…' : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NON_BLANK = /\S/;

function text(v: unknown, field: string): string {
  if (typeof v !== 'string') fail(field, `must be a string (got ${show(v)})`);
  if (!NON_BLANK.test(v)) fail(field, 'must not be empty');
  if (v.length > MAX_TEXT) fail(field, `is longer than ${MAX_TEXT} characters`);
  return v;
}

/** Optional text: absent, null or blank all mean "not set". */
function optText(v: unknown, field: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(field, `must be a string (got ${show(v)})`);
  if (v.length > MAX_TEXT) fail(field, `is longer than ${MAX_TEXT} characters`);
  return NON_BLANK.test(v) ? v : undefined;
}

function strings(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) fail(field, `must be a list of strings (got ${show(v)})`);
  const out: string[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    // Field names are built only on failure: this runs for every line of every load.
    out[i] = typeof s === 'string' && NON_BLANK.test(s) && s.length <= MAX_TEXT ? s : text(s, `${field}[${i}]`);
  }
  return out;
}

function id(v: unknown, field: string): string {
  if (typeof v !== 'string' || !ID.test(v)) fail(field, `must be an id of letters, digits, ".", ":", "_" or "-" (got ${show(v)})`);
  return v;
}

function time(v: unknown, field: string): string {
  if (typeof v !== 'string' || !ISO_TIME.test(v)) {
    fail(field, `must be an ISO 8601 time like 2026-11-22T15:16:00.000Z (got ${show(v)})`);
  }
  return v;
}

function optTime(v: unknown, field: string): string | undefined {
  return v === undefined || v === null ? undefined : time(v, field);
}

/** Validates a calendar day `YYYY-MM-DD` (a real date, not 2026-02-30). */
export function isDay(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = DAY.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

function oneOf<T extends string>(v: unknown, field: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(field, `must be one of ${allowed.join(', ')} (got ${show(v)})`);
  }
  return v as T;
}

function options(v: unknown, field: string): ProblemOption[] {
  if (!Array.isArray(v)) fail(field, `must be a list of options (got ${show(v)})`);
  return v.map((o, i) => {
    const f = `${field}[${i}]`;
    if (!isRecord(o)) fail(f, `must be an object with title, pros and cons (got ${show(o)})`);
    for (const k of Object.keys(o)) if (!['title', 'pros', 'cons'].includes(k)) fail(`${f}.${k}`, 'is not a field of an option');
    return { title: text(o.title, `${f}.title`), pros: strings(o.pros, `${f}.pros`), cons: strings(o.cons, `${f}.cons`) };
  });
}

/** Sets an optional field only when it has a value, so the written JSON has no empty keys. */
function opt(o: Record<string, unknown>, key: string, v: unknown): void {
  if (v !== undefined) o[key] = v;
}

/**
 * Checks that `value` is a complete, well-formed entry and returns a clean copy (known fields only,
 * blank optional text dropped). Throws an `EntryValidationError` naming the field otherwise.
 */
export function validateEntry(value: unknown): Entry {
  if (!isRecord(value)) fail('entry', `must be an object (got ${show(value)})`);
  const kind = oneOf(value.kind, 'kind', ENTRY_KINDS);
  const allowed = ALLOWED[kind];
  for (const k in value) if (!allowed.has(k)) fail(k, `is not a field of a ${kind} entry`);
  // One object built in the written field order: this runs for every line of every load.
  const e: Record<string, unknown> = {
    id: id(value.id, 'id'),
    kind,
    text: text(value.text, 'text'),
    createdAt: time(value.createdAt, 'createdAt'),
    updatedAt: time(value.updatedAt, 'updatedAt'),
    tags: strings(value.tags, 'tags'),
  };
  opt(e, 'repo', optText(value.repo, 'repo'));
  opt(e, 'workspace', optText(value.workspace, 'workspace'));
  e.commits = strings(value.commits, 'commits');
  e.tickets = strings(value.tickets, 'tickets');
  opt(e, 'goalId', value.goalId === undefined || value.goalId === null ? undefined : id(value.goalId, 'goalId'));
  e.people = strings(value.people, 'people');
  switch (kind) {
    case 'win':
      opt(e, 'impact', optText(value.impact, 'impact'));
      break;
    case 'problem': {
      opt(e, 'impact', optText(value.impact, 'impact'));
      const opts = options(value.options, 'options');
      e.options = opts;
      if (value.recommended !== undefined && value.recommended !== null) {
        const r = value.recommended;
        if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r >= opts.length) {
          fail('recommended', `must be the index of one of the ${opts.length} options (got ${show(r)})`);
        }
        e.recommended = r;
      }
      opt(e, 'ask', optText(value.ask, 'ask'));
      e.status = oneOf(value.status, 'status', ['open', 'resolved'] as const);
      opt(e, 'resolvedAt', optTime(value.resolvedAt, 'resolvedAt'));
      break;
    }
    case 'promise': {
      opt(e, 'to', optText(value.to, 'to'));
      const due = value.due === undefined || value.due === null || value.due === '' ? undefined : value.due;
      if (due !== undefined && !isDay(due)) fail('due', `must be a date YYYY-MM-DD (got ${show(due)})`);
      opt(e, 'due', due);
      e.status = oneOf(value.status, 'status', ['open', 'done', 'at-risk', 'dropped'] as const);
      opt(e, 'plan', optText(value.plan, 'plan'));
      opt(e, 'closedAt', optTime(value.closedAt, 'closedAt'));
      break;
    }
    case 'feedback':
      opt(e, 'from', optText(value.from, 'from'));
      opt(e, 'action', optText(value.action, 'action'));
      break;
    case 'note':
      break;
    case 'goal':
      e.goalKind = oneOf(value.goalKind, 'goalKind', ['manager', 'career'] as const);
      e.status = oneOf(value.status, 'status', ['active', 'done', 'dropped'] as const);
      break;
  }
  return e as unknown as Entry;
}
