/** `worklog add | list | set | export`: the journal from a terminal. */
import { parseArgs } from 'node:util';
import { buildDraftModel } from '../draft/model';
import { renderDraft } from '../draft/render';
import { displayText } from '../draft/sanitize';
import { resolveWindow } from '../git/window';
import { EntryNotFoundError, JournalReadOnlyError } from '../journal/store';
import type { JournalStore } from '../journal/store';
import { ENTRY_KINDS } from '../journal/types';
import type { Entry, EntryKind, EntryPatch } from '../journal/types';
import { EntryValidationError } from '../journal/validateEntry';
import type { CliEnv } from './draftCommand';
import { checkDue, ENTRY_FLAGS, entryFromFlags, flagError } from './entryFlags';
import type { EntryFlagValues } from './entryFlags';
import { journalFolder, openJournal, readJournalEntries } from './journalAccess';
import type { JournalFolder } from './journalAccess';
import { builtinTemplatesDir, userTemplatesDir } from './paths';
import { strictText } from './renderTemplate';
import { RunError, UsageError } from './usage';

/** The journal sub-commands. */
export const JOURNAL_COMMANDS = ['add', 'list', 'set', 'export'] as const;
type JournalCommand = (typeof JOURNAL_COMMANDS)[number];

/** Longest text `list` shows of an entry. */
const LIST_TEXT_LENGTH = 100;

/** Runs one journal sub-command; returns what to print. */
export async function journalCommand(command: string, args: string[], host: CliEnv): Promise<string> {
  switch (command as JournalCommand) {
    case 'add': return add(args, host);
    case 'list': return list(args, host);
    case 'set': return set(args, host);
    case 'export': return exportJournal(args, host);
  }
  throw new UsageError(`unknown command "${command}"`);
}

async function add(args: string[], host: CliEnv): Promise<string> {
  const { values, positionals } = parseArgs({
    args, strict: true, allowPositionals: true,
    options: { ...ENTRY_FLAGS, journal: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  const [kind, ...words] = positionals;
  if (!ENTRY_KINDS.includes(kind as EntryKind)) throw new UsageError(`worklog add needs a kind: ${ENTRY_KINDS.join(', ')}`);
  const text = words.join(' ').trim();
  if (!text) throw new UsageError(`worklog add ${kind} needs the text of the entry`);
  const { journal, format, ...fields } = values;
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const input = entryFromFlags(kind as EntryKind, text, fields as EntryFlagValues);
  const entry = await write(journalFolder(journal, host.cwd, host.env), host, store => store.add(input));
  return format === 'json' ? JSON.stringify(entry, null, 2) : `added ${entry.kind} ${entry.id}`;
}

async function list(args: string[], host: CliEnv): Promise<string> {
  const { values } = parseArgs({
    args, strict: true,
    options: { journal: { type: 'string' }, kind: { type: 'string' }, status: { type: 'string' }, format: { type: 'string', default: 'text' } },
  });
  if (values.kind && !ENTRY_KINDS.includes(values.kind as EntryKind)) throw new UsageError(`--kind must be one of ${ENTRY_KINDS.join(', ')}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  const entries = (await readJournalEntries(journalFolder(values.journal, host.cwd, host.env), host))
    .filter(e => !values.kind || e.kind === values.kind)
    .filter(e => !values.status || ('status' in e && e.status === values.status));
  if (values.format === 'json') return JSON.stringify(entries, null, 2);
  if (!entries.length) return 'no entries';
  return entries.map(describe).join('\n');
}

/** One line per entry: id, kind, status, day, text (control characters made visible, as in drafts). */
function describe(e: Entry): string {
  const status = 'status' in e ? e.status : '';
  return `${e.id}  ${e.kind.padEnd(8)}  ${status.padEnd(8)}  ${e.createdAt.slice(0, 10)}  ${displayText(e.text, LIST_TEXT_LENGTH)}`;
}

async function set(args: string[], host: CliEnv): Promise<string> {
  const { values, positionals } = parseArgs({
    args, strict: true, allowPositionals: true,
    options: { journal: { type: 'string' }, status: { type: 'string' }, plan: { type: 'string' }, impact: { type: 'string' }, action: { type: 'string' }, due: { type: 'string' }, text: { type: 'string' } },
  });
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new UsageError('worklog set needs exactly one entry id');
  const { journal, ...fields } = values;
  const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as EntryPatch;
  if (!Object.keys(patch).length) throw new UsageError('worklog set needs a change, e.g. --status done');
  checkDue(fields.due);
  const entry = await write(journalFolder(journal, host.cwd, host.env), host, store => store.update(id, patch));
  return `updated ${entry.kind} ${entry.id}${'status' in entry ? ` (${entry.status})` : ''}`;
}

async function exportJournal(args: string[], host: CliEnv): Promise<string> {
  const { values } = parseArgs({
    args, strict: true,
    options: { journal: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, templates: { type: 'string' } },
  });
  const templates = userTemplatesDir(values.templates, host.cwd);
  const folder = journalFolder(values.journal, host.cwd, host.env);
  const entries = await readJournalEntries(folder, host);
  if (!entries.length) host.stderr(`worklog: the journal at ${folder.dir} has no entries yet`);
  const earliest = entries.reduce((min, e) => (e.createdAt < min ? e.createdAt : min), host.now.toISOString());
  let window;
  try {
    // Without --until the export ends with today, as a draft's window does: an entry written now is in it.
    window = resolveWindow({ since: values.since ?? new Date(earliest), until: values.until }, { now: host.now });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const mining = { window, authors: [], repositories: [], accomplishments: [], inProgress: [], merged: [], reviewed: [], commitCount: 0 };
  const model = buildDraftModel({ mining, entries, now: host.now, style: 'detailed', journalCap: Infinity });
  return strictText(renderDraft(model, { template: 'brag', format: 'markdown', builtinTemplatesDir: builtinTemplatesDir(), userTemplatesDir: templates }), host.stderr);
}

/**
 * Runs one write on the journal (which it may create). A value the journal refuses or an unknown id is the
 * caller's mistake (exit 2); a journal that must not be changed (a newer Work Log's) is left untouched (exit 1).
 */
async function write<T>(folder: JournalFolder, host: CliEnv, change: (store: JournalStore) => Promise<T>): Promise<T> {
  try {
    return await change(openJournal(folder.dir, host));
  } catch (e) {
    if (e instanceof EntryValidationError) throw flagError(e);
    if (e instanceof EntryNotFoundError) throw new UsageError(`no entry with id "${e.id}" in the journal at ${folder.dir} (worklog list shows the ids)`);
    if (e instanceof JournalReadOnlyError) throw new RunError([e.message]);
    throw e;
  }
}
