/** Add Entry, Add Problem, Add Promise, Export Journal, Open Journal Folder, and the entry actions behind the sidebar. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { buildDraftModel } from '../draft/model';
import { renderDraft } from '../draft/render';
import type { MiningResult, TimeWindow } from '../git/types';
import { JournalReadOnlyError } from '../journal/store';
import type { Entry, EntryKind, GoalEntry, JournalIssue } from '../journal/types';
import { ENTRY_KINDS } from '../journal/types';
import { EntryValidationError } from '../journal/validateEntry';
import type { Drafter } from './drafting';
import { openDraftDocument } from './draftUpdate';
import { askEdit, askImpact, askNewEntry, askPlan, KIND_LABELS, pickEntry, pickKind } from './entryFlows';
import { EXPORT_PERIODS, exportWindow, parseExportPeriod } from './exportPeriod';
import type { ExportPeriod } from './exportPeriod';
import type { JournalService } from './journalService';
import { describeIssue } from './journalService';
import { errorSentence, reportError } from './notify';
import { parseCustomWindow } from './windowChoice';

/** Host access of the journal commands. */
export interface JournalCommandDeps {
  journal: JournalService;
  drafter: Drafter;
  isTrusted: () => boolean;
  builtinTemplatesDir: string;
  now: () => Date;
  log: vscode.LogOutputChannel;
}

/** What Export Journal returns: the opened brag document. */
export interface ExportJournalResult {
  uri: string;
  text: string;
  window: { since: string; until: string; label: string };
  /** Whether git accomplishments are in it (not in Restricted Mode or without a repository). */
  withGit: boolean;
}

/** The one sentence a user sees for a failed journal write; validation errors name the field. */
export function journalErrorSentence(error: unknown): string {
  if (error instanceof EntryValidationError) return error.message.replace(/^Invalid journal entry: /, '');
  return errorSentence(error);
}

/** Tells the user, once per batch, which journal files could not be read; the rest of the journal still loads. */
export function notifyJournalIssues(issues: JournalIssue[], folder: string): void {
  const first = describeIssue(issues[0]);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more, see the log)` : '';
  void vscode.window.showWarningMessage(
    `Work Log: part of your journal in ${folder} could not be read — ${first}${more}. Everything else loaded; nothing was overwritten.`,
    'Open Journal Folder', 'Show Log',
  ).then(choice => {
    if (choice === 'Open Journal Folder') void vscode.commands.executeCommand(Commands.openJournalFolder);
    else if (choice === 'Show Log') void vscode.commands.executeCommand(Commands.showLog);
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof vscode.Uri);
const idOf = (raw: unknown): string | undefined => (isRecord(raw) && typeof raw.id === 'string' ? raw.id : typeof raw === 'string' ? raw : undefined);

const activeGoals = (journal: JournalService): GoalEntry[] =>
  journal.current.entries.filter((e): e is GoalEntry => e.kind === 'goal' && e.status === 'active');

/** Adds `input`, or runs the quick input flow for `kind` (picked first when not given). */
async function addEntry(deps: JournalCommandDeps, raw: unknown, fixedKind?: EntryKind): Promise<Entry | undefined> {
  if (isRecord(raw)) return deps.journal.add(fixedKind ? { ...raw, kind: fixedKind } : raw);
  const preset = typeof raw === 'string' && (ENTRY_KINDS as readonly string[]).includes(raw) ? (raw as EntryKind) : undefined;
  const kind = fixedKind ?? preset ?? (await pickKind());
  if (!kind) return undefined;
  await deps.journal.ready();
  const input = await askNewEntry(kind, activeGoals(deps.journal));
  if (!input) return undefined;
  try {
    const entry = await deps.journal.add(input);
    vscode.window.setStatusBarMessage(`$(${KIND_LABELS[entry.kind].icon}) Work Log: ${entry.kind} saved`, 3000);
    return entry;
  } catch (error) {
    void vscode.window.showErrorMessage(`Work Log: the ${kind} was not saved: ${journalErrorSentence(error)}`);
    return undefined;
  }
}

/** The entry named by the arguments, or one the user picks. */
async function entryFor(deps: JournalCommandDeps, raw: unknown, title: string, filter: (e: Entry) => boolean = () => true): Promise<Entry | undefined> {
  await deps.journal.ready();
  const id = idOf(raw);
  if (id) {
    const found = deps.journal.find(id);
    if (!found) throw new Error(`No journal entry with id "${id}"`);
    return found;
  }
  return pickEntry(deps.journal.current.entries.filter(filter), title);
}

async function editEntry(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  if (isRecord(raw) && typeof raw.id === 'string' && isRecord(raw.patch)) return deps.journal.update(raw.id, raw.patch);
  const entry = await entryFor(deps, raw, 'Edit which entry?');
  if (!entry) return undefined;
  const patch = await askEdit(entry);
  return patch ? deps.journal.update(entry.id, patch) : undefined;
}

const STATUS_CHOICES: Record<string, { label: string; status: string }[]> = {
  promise: [
    { label: '$(check) Done', status: 'done' }, { label: '$(warning) At risk…', status: 'at-risk' },
    { label: '$(close) Dropped', status: 'dropped' }, { label: '$(circle-outline) Open', status: 'open' },
  ],
  problem: [{ label: '$(pass) Resolved', status: 'resolved' }, { label: '$(issues) Open', status: 'open' }],
  goal: [{ label: '$(pass) Done', status: 'done' }, { label: '$(close) Dropped', status: 'dropped' }, { label: '$(target) Active', status: 'active' }],
};

/** Changes the status of a promise, problem or goal; a promise at risk needs its recovery plan (asked when missing). */
export async function setEntryStatus(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  const entry = await entryFor(deps, raw, 'Change the status of which entry?', e => e.kind in STATUS_CHOICES);
  if (!entry) return undefined;
  let status = isRecord(raw) && typeof raw.status === 'string' ? raw.status : undefined;
  if (!status) {
    const picked = await vscode.window.showQuickPick(STATUS_CHOICES[entry.kind] ?? [], { title: `Status of "${entry.text.split('\n')[0]}"` });
    status = picked?.status;
  }
  if (!status) return undefined;
  const patch: Record<string, unknown> = { status };
  if (entry.kind === 'promise' && status === 'at-risk') {
    const given = isRecord(raw) && typeof raw.plan === 'string' && raw.plan.trim() ? raw.plan : undefined;
    const plan = given ?? (await askPlan(entry.plan));
    if (!plan) return undefined;
    patch.plan = plan;
  }
  return deps.journal.update(entry.id, patch);
}

/** Asks for the missing impact of a win and saves it. */
export async function fillImpact(deps: JournalCommandDeps, id: string): Promise<Entry | undefined> {
  const entry = await entryFor(deps, id, 'Win');
  if (!entry || entry.kind !== 'win') return undefined;
  const impact = await askImpact(entry);
  return impact ? deps.journal.update(entry.id, { impact }) : undefined;
}

async function deleteEntry(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  const entry = await entryFor(deps, raw, 'Delete which entry?');
  if (!entry) return undefined;
  const removed = await deps.journal.remove(entry.id);
  void vscode.window.showInformationMessage(`Work Log: deleted the ${removed.kind} "${removed.text.split('\n')[0]}".`, 'Undo').then(choice => {
    if (choice) void vscode.commands.executeCommand(Commands.restoreEntry, { id: removed.id });
  });
  return removed;
}

async function pickPeriod(): Promise<ExportPeriod | undefined> {
  const items: (vscode.QuickPickItem & { period?: ExportPeriod })[] = [
    ...EXPORT_PERIODS.map(p => ({ label: p.label, period: p.period as ExportPeriod })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(calendar) Custom dates…' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Export Journal: which period?', placeHolder: 'The brag document covers this period' });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const text = await vscode.window.showInputBox({
    title: 'Export Journal: custom period', prompt: 'YYYY-MM-DD (until today) or YYYY-MM-DD..YYYY-MM-DD (both days included)',
    validateInput: v => {
      const r = parseCustomWindow(v, new Date());
      return 'error' in r ? r.error : typeof r.spec === 'string' ? 'Give dates' : undefined;
    },
  });
  const r = text === undefined ? undefined : parseCustomWindow(text, new Date());
  return r && 'spec' in r && typeof r.spec === 'object' ? r.spec : undefined;
}

/** Git accomplishments of the window when git may run and finds repositories; none otherwise. */
async function miningFor(deps: JournalCommandDeps, window: TimeWindow): Promise<{ mining: MiningResult; withGit: boolean }> {
  const empty: MiningResult = { window, authors: [], repositories: [], accomplishments: [], inProgress: [], commitCount: 0 };
  if (!deps.isTrusted()) return { mining: empty, withGit: false };
  try {
    return { mining: await deps.drafter.mine(window), withGit: true };
  } catch (error) {
    deps.log.info(`Export Journal: without git accomplishments (${errorSentence(error)})`);
    return { mining: empty, withGit: false };
  }
}

async function exportJournal(deps: JournalCommandDeps, raw: unknown): Promise<ExportJournalResult | undefined> {
  const period = parseExportPeriod(isRecord(raw) ? raw.period : raw) ?? (await pickPeriod());
  if (!period) return undefined;
  const entries = await deps.journal.entries();
  const now = deps.now();
  const earliest = entries.reduce((min, e) => Math.min(min, Date.parse(e.createdAt)), now.getTime());
  const window = exportWindow(period, now, new Date(earliest));
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Work Log: exporting your journal' },
    async () => {
      const { mining, withGit } = await miningFor(deps, window);
      const model = buildDraftModel({ mining, entries, now, style: 'detailed' });
      const rendered = renderDraft(model, {
        template: 'brag', format: 'markdown', builtinTemplatesDir: deps.builtinTemplatesDir, userTemplatesDir: deps.drafter.userTemplatesDir(),
      });
      return { text: rendered.text, withGit };
    },
  );
  const document = await openDraftDocument('brag', outcome.text);
  await vscode.window.showTextDocument(document, { preview: false });
  deps.log.info(`Exported the journal for ${window.label}${outcome.withGit ? ' with git accomplishments' : ''}`);
  return {
    uri: document.uri.toString(), text: outcome.text, withGit: outcome.withGit,
    window: { since: window.since.toISOString(), until: window.until.toISOString(), label: window.label },
  };
}

/** Reveals the journal folder in the OS file manager where that works; otherwise shows the path with Copy Path. */
async function openJournalFolder(deps: JournalCommandDeps): Promise<string> {
  const folder = deps.journal.folder;
  const uri = vscode.Uri.file(folder);
  await vscode.workspace.fs.createDirectory(uri);
  // In a browser (code-server, vscode.dev) or a remote window the OS file manager is not reachable.
  if (vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName) {
    try {
      await vscode.commands.executeCommand('revealFileInOS', uri);
      return folder;
    } catch (error) {
      deps.log.info(`revealFileInOS failed: ${errorSentence(error)}`);
    }
  }
  void vscode.window.showInformationMessage(`Work Log: your journal is in ${folder}`, 'Copy Path', 'Open in New Window').then(choice => {
    if (choice === 'Copy Path') void vscode.env.clipboard.writeText(folder);
    else if (choice === 'Open in New Window') void vscode.commands.executeCommand('vscode.openFolder', uri, { forceNewWindow: true });
  });
  return folder;
}

/** Wraps a palette command: failures become one notification (and the log), never an unhandled rejection. */
function guarded<T>(deps: JournalCommandDeps, what: string, run: (raw: unknown) => Promise<T>): (raw?: unknown) => Promise<T | undefined> {
  return async raw => {
    try {
      return await run(raw);
    } catch (error) {
      // Scripts and tests that pass arguments get the error itself.
      if (isRecord(raw) || typeof raw === 'string') throw error;
      if (error instanceof EntryValidationError || error instanceof JournalReadOnlyError) {
        void vscode.window.showErrorMessage(`Work Log: ${what}: ${journalErrorSentence(error)}`);
      } else reportError(deps.log, what, error);
      return undefined;
    }
  };
}

/** Registers the journal commands. Each accepts arguments so scripts and tests can run it without UI. */
export function registerJournalCommands(deps: JournalCommandDeps): vscode.Disposable[] {
  const reg = <T>(id: string, what: string, run: (raw: unknown) => Promise<T>) => vscode.commands.registerCommand(id, guarded(deps, what, run));
  return [
    reg(Commands.addEntry, 'Adding the entry failed', raw => addEntry(deps, raw)),
    reg(Commands.addProblem, 'Adding the problem failed', raw => addEntry(deps, raw, 'problem')),
    reg(Commands.addPromise, 'Adding the promise failed', raw => addEntry(deps, raw, 'promise')),
    reg(Commands.editEntry, 'Editing the entry failed', raw => editEntry(deps, raw)),
    reg(Commands.setEntryStatus, 'Changing the status failed', raw => setEntryStatus(deps, raw)),
    reg(Commands.deleteEntry, 'Deleting the entry failed', raw => deleteEntry(deps, raw)),
    reg(Commands.restoreEntry, 'Restoring the entry failed', async raw => {
      const id = idOf(raw);
      return id ? deps.journal.restore(id) : undefined;
    }),
    reg(Commands.exportJournal, 'Exporting the journal failed', raw => exportJournal(deps, raw)),
    reg(Commands.openJournalFolder, 'Opening the journal folder failed', () => openJournalFolder(deps)),
  ];
}
