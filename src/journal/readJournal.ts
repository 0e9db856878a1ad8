/** Reads a journal folder's month logs into the latest state of every entry, reporting bad lines. */
import type { Stats } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMonthFile } from './journalFiles';
import { keepAside } from './keepAside';
import { endOfLine, parseLog } from './logRecord';
import type { LogRecord, ParsedLog } from './logRecord';
import type { Entry, JournalIssue } from './types';

/** Where a record sits in the journal's history: later time wins, then later file, then later line. */
export interface Version {
  time: number;
  file: number;
  line: number;
}

/** The record that currently decides an id, and where it came from. */
export interface Winner {
  record: LogRecord;
  version: Version;
}

/** One month log as read. */
export interface FileRead {
  name: string;
  path: string;
  parsed: ParsedLog;
  /** Identity of the bytes read (inode, size, mtime): a rewrite must check the file is unchanged. */
  stamp: string;
}

/** Everything known after reading the folder. */
export interface JournalState {
  files: FileRead[];
  winners: Map<string, Winner>;
  issues: JournalIssue[];
}

/** Whether version `a` is later than `b`. */
export function isLater(a: Version, b: Version): boolean {
  return a.time !== b.time ? a.time > b.time : a.file !== b.file ? a.file > b.file : a.line > b.line;
}

/** The time a record claims: the entry's updatedAt for a put, the deletion time for a delete. */
export function recordTime(r: LogRecord): number {
  return Date.parse(r.op === 'put' ? r.entry.updatedAt : r.at);
}

/** The id a record is about. */
export function recordId(r: LogRecord): string {
  return r.op === 'put' ? r.entry.id : r.id;
}

/** A file's identity for caching and for compaction's "unchanged since read" check: every user must build it alike. */
export function statStamp(st: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

/** The live entries of a state, newest first (created time, then id). */
export function liveEntries(state: JournalState): Entry[] {
  const keyed: { t: number; e: Entry }[] = [];
  for (const w of state.winners.values()) if (w.record.op === 'put') keyed.push({ t: Date.parse(w.record.entry.createdAt), e: w.record.entry });
  keyed.sort((a, b) => (a.t !== b.t ? b.t - a.t : a.e.id < b.e.id ? 1 : a.e.id > b.e.id ? -1 : 0));
  return keyed.map(k => k.e);
}

interface Cached {
  stamp: string;
  parsed: ParsedLog;
  keptAt?: string;
}

/** Reads month logs, re-parsing only files whose bytes changed since the last read. */
export class JournalReader {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly dir: string, private readonly now: () => Date) {}

  /** Reads every month log; unreadable lines are reported and their file copied aside (once). */
  async read(): Promise<JournalState> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter(isMonthFile).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') names = [];
      else throw e;
    }
    const state: JournalState = { files: [], winners: new Map(), issues: [] };
    // Files are read at once; their records are applied in name order, so the outcome is the same.
    const reads = await Promise.all(names.map(async name => {
      const issues: JournalIssue[] = [];
      return { file: await this.readFile(name, issues), issues };
    }));
    for (const { file, issues } of reads) {
      state.issues.push(...issues);
      if (!file) continue;
      const index = state.files.push(file) - 1;
      for (const { record, line } of file.parsed.records) {
        const version = { time: recordTime(record), file: index, line };
        const id = recordId(record);
        const prev = state.winners.get(id);
        if (!prev || isLater(version, prev.version)) state.winners.set(id, { record, version });
      }
    }
    for (const gone of [...this.cache.keys()].filter(n => !names.includes(n))) this.cache.delete(gone);
    return state;
  }

  private async readFile(name: string, issues: JournalIssue[]): Promise<FileRead | undefined> {
    const path = join(this.dir, name);
    let bytes: Buffer;
    let stamp: string;
    try {
      const fh = await open(path, 'r');
      try {
        const st = await fh.stat();
        stamp = statStamp(st);
        const hit = this.cache.get(name);
        if (hit && hit.stamp === stamp) {
          this.report(path, hit, issues);
          return { name, path, parsed: hit.parsed, stamp };
        }
        bytes = await fh.readFile();
      } finally { await fh.close(); }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      issues.push({ file: path, message: `cannot be read: ${(e as Error).message}` });
      return undefined;
    }
    const parsed = parseLog(bytes.toString('utf8'));
    const cached: Cached = { stamp, parsed };
    if (parsed.bad.length > 0) {
      const needed = endOfLine(bytes, parsed.bad[parsed.bad.length - 1].line);
      cached.keptAt = await keepAside(path, bytes, needed, this.now()).catch(() => undefined);
    }
    this.cache.set(name, cached);
    this.report(path, cached, issues);
    return { name, path, parsed, stamp };
  }

  private report(path: string, c: Cached, issues: JournalIssue[]): void {
    for (const b of c.parsed.bad) {
      const kept = c.keptAt ? `; a copy is kept at ${c.keptAt}` : '';
      issues.push({
        file: path, line: b.line, ...(c.keptAt ? { keptAt: c.keptAt } : {}),
        message: `line ${b.line} cannot be read (${b.message}); it is skipped and the file is left untouched${kept}`,
      });
    }
  }
}
