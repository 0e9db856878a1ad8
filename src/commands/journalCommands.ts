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
  const message = issues.length > 1
    ? vscode.l10n.t('Work Log: part of your journal in {0} could not be read — {1} (and {2} more, see the log). Everything else loaded; nothing was overwritten.', folder, first, issues.length - 1)
    : vscode.l10n.t('Work Log: part of your journal in {0} could not be read — {1}. Everything else loaded; nothing was overwritten.', folder, first);
  const openFolder = vscode.l10n.t('Open Journal Folder');
  const showLog = vscode.l10n.t('Show Log');
  void vscode.window.showWarningMessage(message, openFolder, showLog).then(choice => {
    if (choice === openFolder) void vscode.commands.executeCommand(Commands.openJournalFolder);
    else if (choice === showLog) void vscode.commands.executeCommand(Commands.showLog);
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
  const input = await askNewEntry(kind, activeGoals(deps.journal), deps.now());
  if (!input) return undefined;
  try {
    const entry = await deps.journal.add(input);
    vscode.window.setStatusBarMessage(`$(${KIND_LABELS[entry.kind].icon}) ${vscode.l10n.t('Work Log: {0} saved', entry.kind)}`, 3000);
    return entry;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Work Log: the {0} was not saved: {1}', kind, journalErrorSentence(error)));
    return undefined;
  }
}

/** The entry named by the arguments, or one the user picks. */
async function entryFor(deps: JournalCommandDeps, raw: unknown, title: string, filter: (e: Entry) => boolean = () => true): Promise<Entry | undefined> {
  await deps.journal.ready();
  const id = idOf(raw);
  if (id) {
    const found = deps.journal.find(id);
    if (!found) throw new Error(vscode.l10n.t('No journal entry with id "{0}"', id));
    return found;
  }
  return pickEntry(deps.journal.current.entries.filter(filter), title);
}

async function editEntry(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  if (isRecord(raw) && typeof raw.id === 'string' && isRecord(raw.patch)) return deps.journal.update(raw.id, raw.patch);
  const entry = await entryFor(deps, raw, vscode.l10n.t('Edit which entry?'));
  if (!entry) return undefined;
  const patch = await askEdit(entry, deps.now());
  return patch ? deps.journal.update(entry.id, patch) : undefined;
}

// Labels are localization keys, translated when the quick pick is shown.
const STATUS_CHOICES: Record<string, { icon: string; label: string; status: string }[]> = {
  promise: [
    { icon: 'check', label: 'Done', status: 'done' }, { icon: 'warning', label: 'At risk…', status: 'at-risk' },
    { icon: 'close', label: 'Dropped', status: 'dropped' }, { icon: 'circle-outline', label: 'Open', status: 'open' },
  ],
  problem: [{ icon: 'pass', label: 'Resolved', status: 'resolved' }, { icon: 'issues', label: 'Open', status: 'open' }],
  goal: [{ icon: 'pass', label: 'Done', status: 'done' }, { icon: 'close', label: 'Dropped', status: 'dropped' }, { icon: 'target', label: 'Active', status: 'active' }],
};

/** Changes the status of a promise, problem or goal; a promise at risk needs its recovery plan (asked when missing). */
export async function setEntryStatus(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  const entry = await entryFor(deps, raw, vscode.l10n.t('Change the status of which entry?'), e => e.kind in STATUS_CHOICES);
  if (!entry) return undefined;
  let status = isRecord(raw) && typeof raw.status === 'string' ? raw.status : undefined;
  if (!status) {
    const choices = (STATUS_CHOICES[entry.kind] ?? []).map(c => ({ label: `$(${c.icon}) ${vscode.l10n.t(c.label)}`, status: c.status }));
    const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Status of "{0}"', entry.text.split('\n')[0]) });
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
async function fillImpact(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  const entry = await entryFor(deps, raw, vscode.l10n.t('Win'), e => e.kind === 'win');
  if (!entry || entry.kind !== 'win') return undefined;
  const impact = await askImpact(entry);
  return impact ? deps.journal.update(entry.id, { impact }) : undefined;
}

async function deleteEntry(deps: JournalCommandDeps, raw: unknown): Promise<Entry | undefined> {
  const entry = await entryFor(deps, raw, vscode.l10n.t('Delete which entry?'));
  if (!entry) return undefined;
  const removed = await deps.journal.remove(entry.id);
  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(vscode.l10n.t('Work Log: deleted the {0} "{1}".', removed.kind, removed.text.split('\n')[0]), undo).then(choice => {
    if (choice) void vscode.commands.executeCommand(Commands.restoreEntry, { id: removed.id });
  });
  return removed;
}

async function pickPeriod(now: () => Date): Promise<ExportPeriod | undefined> {
  const items: (vscode.QuickPickItem & { period?: ExportPeriod })[] = [
    // EXPORT_PERIODS' labels are localization keys (the pure module cannot translate).
    ...EXPORT_PERIODS.map(p => ({ label: vscode.l10n.t(p.label), period: p.period as ExportPeriod })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(calendar) ${vscode.l10n.t('Custom dates…')}` },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Export Journal: which period?'), placeHolder: vscode.l10n.t('The brag document covers this period'),
  });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Export Journal: custom period'),
    prompt: vscode.l10n.t('YYYY-MM-DD (until today) or YYYY-MM-DD..YYYY-MM-DD (both days included)'),
    validateInput: v => {
      const r = parseCustomWindow(v, now());
      return 'error' in r ? r.error : typeof r.spec === 'string' ? vscode.l10n.t('Give dates') : undefined;
    },
  });
  const r = text === undefined ? undefined : parseCustomWindow(text, now());
  return r && 'spec' in r && typeof r.spec === 'object' ? r.spec : undefined;
}

/** Git accomplishments of the window when git may run and finds repositories; none otherwise. */
async function miningFor(deps: JournalCommandDeps, window: TimeWindow): Promise<{ mining: MiningResult; withGit: boolean }> {
  const empty: MiningResult = { window, authors: [], repositories: [], accomplishments: [], inProgress: [], merged: [], reviewed: [], commitCount: 0 };
  if (!deps.isTrusted()) return { mining: empty, withGit: false };
  try {
    return { mining: await deps.drafter.mine(window), withGit: true };
  } catch (error) {
    deps.log.info(`Export Journal: without git accomplishments (${errorSentence(error)})`);
    return { mining: empty, withGit: false };
  }
}

async function exportJournal(deps: JournalCommandDeps, raw: unknown): Promise<ExportJournalResult | undefined> {
  const period = parseExportPeriod(isRecord(raw) ? raw.period : raw) ?? (await pickPeriod(deps.now));
  if (!period) return undefined;
  const entries = await deps.journal.entries();
  const now = deps.now();
  const earliest = entries.reduce((min, e) => Math.min(min, Date.parse(e.createdAt)), now.getTime());
  const window = exportWindow(period, now, new Date(earliest));
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Work Log: exporting your journal') },
    async () => {
      const { mining, withGit } = await miningFor(deps, window);
      // An export is the record itself: every entry of the period, no cap.
      const model = buildDraftModel({ mining, entries, now, style: 'detailed', journalCap: Infinity });
      const rendered = renderDraft(model, {
        template: 'brag', format: 'markdown', builtinTemplatesDir: deps.builtinTemplatesDir, userTemplatesDir: deps.drafter.userTemplatesDir(),
      });
      return { text: rendered.text, withGit };
    },
  );
  const document = await openDraftDocument('brag', outcome.text, deps.now());
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
  const copyPath = vscode.l10n.t('Copy Path');
  const newWindow = vscode.l10n.t('Open in New Window');
  void vscode.window.showInformationMessage(vscode.l10n.t('Work Log: your journal is in {0}', folder), copyPath, newWindow).then(choice => {
    if (choice === copyPath) void vscode.env.clipboard.writeText(folder);
    else if (choice === newWindow) void vscode.commands.executeCommand('vscode.openFolder', uri, { forceNewWindow: true });
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
        void vscode.window.showErrorMessage(vscode.l10n.t('Work Log: {0}: {1}', what, journalErrorSentence(error)));
      } else reportError(deps.log, what, error);
      return undefined;
    }
  };
}

/** Registers the journal commands. Each accepts arguments so scripts and tests can run it without UI. */
export function registerJournalCommands(deps: JournalCommandDeps): vscode.Disposable[] {
  const reg = <T>(id: string, what: string, run: (raw: unknown) => Promise<T>) => vscode.commands.registerCommand(id, guarded(deps, what, run));
  return [
    reg(Commands.addEntry, vscode.l10n.t('Adding the entry failed'), raw => addEntry(deps, raw)),
    reg(Commands.addProblem, vscode.l10n.t('Adding the problem failed'), raw => addEntry(deps, raw, 'problem')),
    reg(Commands.addPromise, vscode.l10n.t('Adding the promise failed'), raw => addEntry(deps, raw, 'promise')),
    reg(Commands.editEntry, vscode.l10n.t('Editing the entry failed'), raw => editEntry(deps, raw)),
    reg(Commands.setEntryStatus, vscode.l10n.t('Changing the status failed'), raw => setEntryStatus(deps, raw)),
    reg(Commands.addImpact, vscode.l10n.t('Saving the impact failed'), raw => fillImpact(deps, raw)),
    reg(Commands.deleteEntry, vscode.l10n.t('Deleting the entry failed'), raw => deleteEntry(deps, raw)),
    reg(Commands.restoreEntry, vscode.l10n.t('Restoring the entry failed'), async raw => {
      const id = idOf(raw);
      return id ? deps.journal.restore(id) : undefined;
    }),
    reg(Commands.exportJournal, vscode.l10n.t('Exporting the journal failed'), raw => exportJournal(deps, raw)),
    reg(Commands.openJournalFolder, vscode.l10n.t('Opening the journal folder failed'), () => openJournalFolder(deps)),
  ];
}
