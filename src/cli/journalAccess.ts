/** The CLI's way into the journal: which folder, and loading it with its problems reported. */
import { resolve } from 'node:path';
import { JournalStore } from '../journal/store';
import type { Entry } from '../journal/types';
import type { CliEnv } from './draftCommand';
import { UsageError } from './usage';

/** The journal folder: `--journal DIR`, else `$WORKLOG_JOURNAL`; never guessed. */
export function journalDir(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string {
  const dir = optionalJournalDir(flag, cwd, env);
  if (!dir) {
    throw new UsageError('no journal folder: pass --journal DIR or set WORKLOG_JOURNAL (in VS Code, "Work Log: Open Journal Folder" shows it)');
  }
  return dir;
}

/** Like journalDir, but undefined when neither names a folder (a draft without journal sections). */
export function optionalJournalDir(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = flag ?? env.WORKLOG_JOURNAL;
  return dir ? resolve(cwd, dir) : undefined;
}

/** Loads the journal's live entries; every file that could not be read is reported on stderr. */
export async function loadJournalEntries(dir: string, host: Pick<CliEnv, 'now' | 'stderr'>): Promise<Entry[]> {
  const snapshot = await openJournal(dir, host).load();
  for (const issue of snapshot.issues) {
    host.stderr(`worklog: ${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}${issue.keptAt ? ` (kept a copy at ${issue.keptAt})` : ''}`);
  }
  return snapshot.entries;
}

/** The journal store of `dir`, on the invocation's clock. */
export function openJournal(dir: string, host: Pick<CliEnv, 'now'>): JournalStore {
  return JournalStore.open(dir, { now: () => host.now });
}
