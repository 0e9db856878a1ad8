/** Work Log: Draft Update — pick a window and a template, mine with progress, open the draft beside. */
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { WorkLogConfig } from '../config';
import { wordBudget } from '../draft/budget';
import type { DraftDocuments } from './draftDocuments';
import type { Drafter, TemplateChoice } from './drafting';
import { reportError } from './notify';
import type { Clock } from '../time/clock';
import { localDay, startOfDay } from '../time/days';
import { PRESET_OPTIONS, parseCustomWindow } from './windowChoice';
import type { WindowSpec } from './windowChoice';

/** Arguments accepted by `worklog.draftUpdate` (scripts and tests pass them to skip the quick picks). */
export interface DraftUpdateArgs {
  /** A preset (`7d`, `last-week`, …), `since-last-sent`, or explicit dates. */
  window?: WindowSpec | 'since-last-sent';
  template?: string;
  style?: 'brief' | 'detailed';
}

/** What the command returns: the opened draft. */
export interface DraftUpdateResult {
  uri: string;
  text: string;
  window: { since: string; until: string; label: string };
  template: string;
  warnings: string[];
  /** Commit SHAs the draft tells, and their Change-Ids. */
  shas: string[];
  changeIds: string[];
  /** A user template that failed (the built-in one was used): its file and line. */
  templateError?: { file: string; line?: number; message: string };
}

/** Host access of the command. */
export interface DraftUpdateDeps {
  drafter: Drafter;
  documents: DraftDocuments;
  config: () => WorkLogConfig;
  isTrusted: () => boolean;
  nextSince: () => string | undefined;
  log: vscode.LogOutputChannel;
  now: Clock;
  onDrafted: (result: DraftUpdateResult) => void;
}

/** Keeps only well-formed arguments; a command invoked from a menu may receive a Uri or nothing. */
export function parseDraftArgs(raw: unknown): DraftUpdateArgs {
  if (typeof raw !== 'object' || raw === null || raw instanceof vscode.Uri) return {};
  const r = raw as Record<string, unknown>;
  const args: DraftUpdateArgs = {};
  if (typeof r.window === 'string') args.window = r.window as DraftUpdateArgs['window'];
  else if (typeof r.window === 'object' && r.window !== null && typeof (r.window as { since?: unknown }).since === 'string') {
    const w = r.window as { since: string; until?: unknown };
    args.window = typeof w.until === 'string' ? { since: w.since, until: w.until } : { since: w.since };
  }
  if (typeof r.template === 'string' && r.template.trim()) args.template = r.template.trim();
  if (r.style === 'brief' || r.style === 'detailed') args.style = r.style;
  return args;
}

/** Registers the command; returns its disposable. */
export function registerDraftUpdate(deps: DraftUpdateDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.draftUpdate, (raw?: unknown) => draftUpdate(deps, parseDraftArgs(raw)));
}

async function draftUpdate(deps: DraftUpdateDeps, args: DraftUpdateArgs): Promise<DraftUpdateResult | undefined> {
  if (!deps.isTrusted()) {
    // Not awaited: the command returns at once and the notification stays until the user answers.
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Work Log does not run git in Restricted Mode. Trust this workspace to draft an update from your commits.'),
      vscode.l10n.t('Manage Workspace Trust'),
    ).then(choice => choice && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  }
  const since = args.window === 'since-last-sent' ? deps.nextSince() : undefined;
  const spec = args.window === 'since-last-sent'
    ? (since ? { since } : '7d')
    : (args.window ?? (await pickWindow(deps)));
  if (!spec) return undefined;
  const template = args.template ?? (await pickTemplate(deps));
  if (!template) return undefined;

  let outcome;
  try {
    outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Work Log: drafting your update'), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          progress.report({ message: vscode.l10n.t('reading your commits…') });
          const started = performance.now();
          const result = await deps.drafter.draft({ spec, template, style: args.style, signal: abort.signal });
          deps.log.info(`Drafted "${result.template.name}" for ${result.window.label} in ${Math.round(performance.now() - started)} ms ` +
            `(${result.mining.repositories.length} repositories, ${result.mining.commitCount} commits)`);
          return result;
        } finally {
          sub.dispose();
          if (token.isCancellationRequested) deps.log.info('Draft Update cancelled');
        }
      },
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return undefined;
    reportError(deps.log, vscode.l10n.t('Drafting the update failed'), error);
    return undefined;
  }
  for (const w of outcome.warnings) deps.log.warn(w);

  const document = await openDraftDocument(outcome.template.name, outcome.text, deps.now());
  const window = { since: outcome.window.since.toISOString(), until: outcome.window.until.toISOString(), label: outcome.window.label };
  // A user template is the user's own: no budget, even when it overrides a built-in one's name.
  const words = outcome.template.source === 'builtin' ? wordBudget(outcome.template.name, outcome.style) : undefined;
  deps.documents.add({
    uri: document.uri.toString(), text: outcome.text, window, template: outcome.template.name, style: outcome.style, model: outcome.model,
    createdAt: deps.now().toISOString(),
    shas: outcome.shas, changeIds: outcome.changeIds, ...(words !== undefined ? { budget: { style: outcome.style, words } } : {}),
  });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const failedTemplate = outcome.templateError;
  if (failedTemplate) {
    showTemplateError(failedTemplate.file, failedTemplate.line, failedTemplate.message);
  } else if (outcome.warnings.length) {
    vscode.window.setStatusBarMessage(`$(warning) ${vscode.l10n.t('Work Log: {0} warning(s) while drafting — see the log', outcome.warnings.length)}`, 5000);
  }
  if (outcome.alreadyReported) deps.log.info(`Left out ${outcome.alreadyReported} accomplishment(s) already told in a sent update`);
  const result: DraftUpdateResult = {
    uri: document.uri.toString(), text: outcome.text, window, template: outcome.template.name, warnings: outcome.warnings, shas: outcome.shas, changeIds: outcome.changeIds,
    ...(failedTemplate ? { templateError: { file: failedTemplate.file, message: failedTemplate.message, ...(failedTemplate.line ? { line: failedTemplate.line } : {}) } } : {}),
  };
  deps.onDrafted(result);
  return result;
}

/** Tells the user their template failed, where, and that the built-in one was used; "Open Template" reveals the line. */
export function showTemplateError(file: string, line: number | undefined, message: string): void {
  const where = line ? `${file}:${line}` : file;
  void vscode.window.showErrorMessage(
    vscode.l10n.t('Work Log: your template {0} has an error: {1}. The built-in template was used for this draft.', where, message),
    vscode.l10n.t('Open Template'),
  ).then(async choice => {
    if (!choice) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const position = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: false });
  });
}

/** Opens the draft as an untitled Markdown document named after the template and the day (tab title). */
export async function openDraftDocument(template: string, text: string, now: Date): Promise<vscode.TextDocument> {
  const taken = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
  const base = `${template} update ${localDay(now)}`;
  let uri = vscode.Uri.from({ scheme: 'untitled', path: `${base}.md` });
  for (let n = 2; taken.has(uri.toString()); n++) uri = vscode.Uri.from({ scheme: 'untitled', path: `${base} (${n}).md` });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== 'markdown') return vscode.languages.setTextDocumentLanguage(document, 'markdown');
  return document;
}

interface WindowItem extends vscode.QuickPickItem {
  spec?: WindowSpec;
  custom?: boolean;
}

/** Describes a spec's resolved dates, or nothing when it cannot be resolved. */
function describeSpec(deps: DraftUpdateDeps, spec: WindowSpec): string | undefined {
  try {
    const w = deps.drafter.resolve(spec);
    return `${localDay(w.since)} – ${localDay(startOfDay(w.until, -1))}`;
  } catch {
    return undefined;
  }
}

async function pickWindow(deps: DraftUpdateDeps): Promise<WindowSpec | undefined> {
  const fallback = deps.drafter.defaultSpec();
  const items: WindowItem[] = [];
  const lastUntil = deps.nextSince();
  if (lastUntil) items.push({ label: `$(history) ${vscode.l10n.t('Since the last update sent')}`, spec: { since: lastUntil } });
  // PRESET_OPTIONS' labels are localization keys (the pure module cannot translate).
  for (const p of PRESET_OPTIONS) items.push({ label: vscode.l10n.t(p.label), spec: p.spec });
  for (const item of items) {
    item.description = describeSpec(deps, item.spec!);
    if (JSON.stringify(item.spec) === JSON.stringify(fallback)) item.detail = vscode.l10n.t('default');
  }
  items.sort((a, b) => Number(!!b.detail) - Number(!!a.detail));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(calendar) ${vscode.l10n.t('Custom dates…')}`, custom: true });

  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Draft Update (1/2): which period?'), placeHolder: vscode.l10n.t('The period the update covers'),
  });
  if (!picked) return undefined;
  if (!picked.custom) return picked.spec;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Draft Update: custom period'),
    prompt: vscode.l10n.t('From a date (until now), a range with both days included, or a number of days'),
    placeHolder: vscode.l10n.t('{0}..{1}  or  10d', localDay(startOfDay(deps.now(), -14)), localDay(deps.now())),
    validateInput: value => {
      const r = parseCustomWindow(value, deps.now());
      return 'error' in r ? r.error : undefined;
    },
  });
  if (text === undefined) return undefined;
  const r = parseCustomWindow(text, deps.now());
  return 'spec' in r ? r.spec : undefined;
}

async function pickTemplate(deps: DraftUpdateDeps): Promise<string | undefined> {
  const preferred = deps.config().template;
  let templates: TemplateChoice[];
  try {
    templates = deps.drafter.templates();
  } catch (error) {
    deps.log.warn('Listing templates failed:', String(error));
    return preferred;
  }
  if (templates.length <= 1) return templates[0]?.name ?? preferred;
  const items = templates
    .map(t => ({
      label: t.name,
      description: [t.name === preferred ? vscode.l10n.t('default') : '', t.source === 'user' ? vscode.l10n.t('your template') : ''].filter(Boolean).join(' · '),
      detail: t.description,
    }))
    .sort((a, b) => Number(b.label === preferred) - Number(a.label === preferred));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Draft Update (2/2): which kind of update?'), placeHolder: vscode.l10n.t('A template') });
  return picked?.label;
}
