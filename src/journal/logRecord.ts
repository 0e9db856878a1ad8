/** One line of a month log: a full entry snapshot or a deletion, and parsing of a whole log file. */
import type { Entry } from './types';
import { validateEntry } from './validateEntry';

/** A log line: `put` stores the entry's whole current state, `delete` removes the id. */
export type LogRecord = { op: 'put'; entry: Entry } | { op: 'delete'; id: string; at: string };

/**
 * Ends a line left unterminated by a crashed writer. The reader skips lines ending with it, so
 * the torn residue is neither read nor reported as corruption.
 */
export const TORN_MARK = '#torn';

/** A record as one complete JSON line, newline included. */
export function encodeRecord(record: LogRecord): string {
  return JSON.stringify(record) + '\n';
}

/** A record read back, with its 1-based line number. */
export interface ReadRecord {
  record: LogRecord;
  line: number;
}

/** A line that could not be read. */
export interface BadLine {
  line: number;
  message: string;
}

/** The outcome of reading one log file. */
export interface ParsedLog {
  records: ReadRecord[];
  bad: BadLine[];
  /** Torn lines skipped (crash residue or a write in flight). */
  torn: number;
}

function recordOf(v: unknown): LogRecord {
  if (typeof v !== 'object' || v === null) throw new Error('not a JSON object');
  const r = v as Record<string, unknown>;
  if (r.op === 'put') return { op: 'put', entry: validateEntry(r.entry) };
  if (r.op === 'delete') {
    if (typeof r.id !== 'string' || r.id === '') throw new Error('delete without an id');
    if (typeof r.at !== 'string' || Number.isNaN(Date.parse(r.at))) throw new Error('delete without a valid "at" time');
    return { op: 'delete', id: r.id, at: r.at };
  }
  throw new Error(`unknown op ${JSON.stringify(r.op)}`);
}

/**
 * Reads a log file's text. A final line without its newline that is not complete JSON is a write in
 * flight or cut by a crash: skipped as torn. Every other unreadable line is `bad`, the last one too when it
 * is complete JSON that is not a valid record (a hand edit: VS Code adds no final newline by default).
 */
export function parseLog(text: string): ParsedLog {
  const out: ParsedLog = { records: [], bad: [], torn: 0 };
  const lines = text.split('\n');
  const last = lines.length - 1;
  // The usual file is all good lines: parsed as one JSON array, much cheaper than a JSON.parse per
  // line. Lines are joined with ",\n" (a raw newline cannot sit inside a JSON string) and must each
  // look like one object, and the array must hold one value per line; else it is read line by line.
  const numbers: number[] = [];
  const json: string[] = [];
  let objects = true;
  for (let i = 0; i <= last; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (line.endsWith(TORN_MARK)) { out.torn++; continue; }
    numbers.push(i);
    json.push(line);
    objects &&= line.charCodeAt(0) === 123 && line.charCodeAt(line.length - 1) === 125;
  }
  let values: unknown[] | undefined;
  if (objects) {
    try {
      values = JSON.parse(`[${json.join(',\n')}]`) as unknown[];
      if (values.length !== json.length) values = undefined;
    } catch {
      values = undefined;
    }
  }
  for (let k = 0; k < json.length; k++) {
    const i = numbers[k];
    try {
      out.records.push({ record: recordOf(values ? values[k] : JSON.parse(json[k])), line: i + 1 });
    } catch (e) {
      if (i === last && !values && !isCompleteJson(json[k])) out.torn++;
      else out.bad.push({ line: i + 1, message: (e as Error).message });
    }
  }
  return out;
}

/** Whether `text` parses as JSON: a line cut short by a crash never does (a record is one object). */
export function isCompleteJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Byte offset just past line `line` (1-based) of `bytes`, to know how much of a file a copy must hold. */
export function endOfLine(bytes: Buffer, line: number): number {
  let at = -1;
  for (let n = 0; n < line; n++) {
    at = bytes.indexOf(10, at + 1);
    if (at < 0) return bytes.length;
  }
  return at + 1;
}
