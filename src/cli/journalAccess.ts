/** The CLI's way into the journal: which folder, checking it exists before reading, and loading it. */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMonthFile, META_FILE } from '../journal/journalFiles';
import { JournalStore } from '../journal/store';
import type { Entry } from '../journal/types';
import type { CliEnv } from './draftCommand';
import { RunError, UsageError } from './usage';

/** A journal folder and what named it (`--journal` or `WORKLOG_JOURNAL`), for messages. */
export interface JournalFolder {
  dir: string;
  from: string;
}

/** The journal folder: `--journal DIR`, else `$WORKLOG_JOURNAL`; never guessed. */
export function journalFolder(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): JournalFolder {
  const folder = optionalJournalFolder(flag, cwd, env);
  if (!folder) {
    throw new UsageError('no journal folder: pass --journal DIR or set WORKLOG_JOURNAL (in VS Code, "Work Log: Open Journal Folder" shows it)');
  }
  return folder;
}

/** Like journalFolder, but undefined when neither names a folder (a draft without journal sections). */
export function optionalJournalFolder(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): JournalFolder | undefined {
  const dir = flag ?? env.WORKLOG_JOURNAL;
  return dir ? { dir: resolve(cwd, dir), from: flag !== undefined ? '--journal' : 'WORKLOG_JOURNAL' } : undefined;
}

/**
 * Checks, before a read, that the folder is there and is a journal (or empty): a mistyped path is a usage
 * error, never an empty journal, and reading never creates it.
 */
export function checkJournalFolder({ dir, from }: JournalFolder): void {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`the journal folder ${dir} (${from}) is not a folder`);
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`no journal folder at ${dir} (${from}): check the path; reading never creates it`);
  }
  if (names.length && !names.some(n => n === META_FILE || isMonthFile(n))) {
    throw new UsageError(`${dir} (${from}) is not a journal folder: it has no ${META_FILE} and no entries-YYYY-MM.jsonl`);
  }
}

/**
 * Loads the journal's live entries; every file that could not be read is reported on stderr. A journal
 * that cannot be read at all (written by a newer Work Log) is a RunError, its one line saying why.
 */
export async function readJournalEntries(folder: JournalFolder, host: Pick<CliEnv, 'now' | 'stderr'>): Promise<Entry[]> {
  checkJournalFolder(folder);
  const snapshot = await openJournal(folder.dir, host).load();
  if (snapshot.unread) throw new RunError([snapshot.unread]);
  for (const issue of snapshot.issues) {
    host.stderr(`worklog: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}${issue.keptAt ? ` (kept a copy at ${issue.keptAt})` : ''}`);
  }
  return snapshot.entries;
}

/** The journal store of `dir`, on the invocation's clock. */
export function openJournal(dir: string, host: Pick<CliEnv, 'now'>): JournalStore {
  return JournalStore.open(dir, { now: () => host.now });
}
