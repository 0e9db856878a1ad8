/**
 * Work Log: Polish Draft with AI. Sends the draft as the user left it, with the facts behind it, to the
 * language model the settings name; checks the answer (src/draft/polish/check.ts); shows a diff of the draft
 * against the checked polish, and what the check changed; Accept Polish replaces the draft, Discard Polish drops it.
 * Nothing is sent until the user runs the command.
 */
import * as vscode from 'vscode';
import { Commands, ContextKeys } from '../constants';
import type { WorkLogConfig } from '../config';
import { countWords } from '../draft/length';
import type { CheckedPolish, PolishFinding, PolishReason, PolishRefusal } from '../draft/polish/check';
import { checkPolish } from '../draft/polish/check';
import { polishEvidence } from '../draft/polish/evidence';
import { polishPrompt } from '../draft/polish/prompt';
import { MAX_RESPONSE_CHARS } from '../draft/polish/response';
import type { DraftDocuments, DraftRecord } from './draftDocuments';
import type { LanguageModels, PolishModel } from './languageModels';

/** The scheme of the read-only polished documents the diff shows. */
export const POLISH_SCHEME = 'worklog-polish';

/** How a polish ended; what the command returns (tests and scripts read it). */
export interface PolishResult {
  status: 'polished' | 'unchanged' | 'refused' | 'failed' | 'cancelled' | 'no-model' | 'no-draft';
  /** The polished document the diff shows, while it waits to be accepted or discarded. */
  polishUri?: string;
  markdown?: string;
  findings?: PolishFinding[];
  /** The model's name. */
  model?: string;
  /** What the user was told, when it did not end in a diff. */
  message?: string;
}

/** Host access of the commands. */
export interface PolishDeps {
  documents: DraftDocuments;
  models: LanguageModels;
  config: () => WorkLogConfig;
  isTrusted: () => boolean;
  log: vscode.LogOutputChannel;
}

interface Pending {
  record: DraftRecord;
  /** The draft's text the polish was made from: accepting replaces only that. */
  base: string;
  checked: CheckedPolish;
}

/** Registers the three commands and the polished documents' provider. */
export function registerPolish(deps: PolishDeps): vscode.Disposable[] {
  const pending = new Map<string, Pending>();
  let count = 0;
  const setPending = () => void vscode.commands.executeCommand('setContext', ContextKeys.pendingPolish, pending.size > 0);

  const find = (raw: unknown): [string, Pending] | undefined => {
    const named = raw instanceof vscode.Uri ? raw.toString() : typeof raw === 'string' ? raw : undefined;
    // A polish named but no longer pending (its diff restored from an old session) is nothing to act on.
    if (named?.startsWith(`${POLISH_SCHEME}:`)) return pending.has(named) ? [named, pending.get(named)!] : undefined;
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active && pending.has(active)) return [active, pending.get(active)!];
    return [...pending.entries()].pop();
  };
  const close = async (key: string) => {
    pending.delete(key);
    setPending();
    const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === key);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  };

  const accept = async (raw?: unknown): Promise<boolean> => {
    const found = find(raw);
    if (!found) return false;
    const [key, p] = found;
    if (deps.documents.currentText(p.record) !== p.base) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Work Log: the draft was edited after it was polished, so the polish was not applied. Polish it again.'));
      return false;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(p.record.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), p.checked.markdown);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    await close(key);
    await vscode.window.showTextDocument(document, { preview: false });
    deps.log.info(`Polish accepted for ${p.record.uri}`);
    return true;
  };
  const discard = async (raw?: unknown): Promise<boolean> => {
    const found = find(raw);
    if (!found) return false;
    await close(found[0]);
    deps.log.info(`Polish discarded for ${found[1].record.uri}`);
    return true;
  };

  const polish = async (raw?: unknown): Promise<PolishResult> => {
    const told = (status: PolishResult['status'], message: string, warn = false): PolishResult => {
      void (warn ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
      return { status, message };
    };
    if (!deps.isTrusted()) return told('failed', vscode.l10n.t('Work Log does not polish drafts in Restricted Mode. Trust this workspace first.'), true);
    const record = deps.documents.resolve(raw);
    if (!record) return told('no-draft', vscode.l10n.t('Work Log: draft an update first, then polish it.'));
    if (!vscode.workspace.textDocuments.some(d => d.uri.toString() === record.uri && !d.isClosed)) {
      return told('no-draft', vscode.l10n.t('Work Log: the draft was closed. Draft the update again, then polish it.'));
    }
    const model = await deps.models.select();
    if (!model) {
      return told('no-model', vscode.l10n.t('Work Log: no language model is available to polish with. Install and sign in to an extension that provides one, or check the "worklog.ai.model" setting.'));
    }
    const base = deps.documents.currentText(record);
    const config = deps.config();
    const evidence = polishEvidence(base, record.model, config.ai.include);
    // The style's budget, or, for a template of the user's or a draft already over it, the draft's own length.
    const budgetWords = Math.max(record.budget?.words ?? 0, countWords(base));
    const prompt = polishPrompt(evidence, {
      style: record.style, template: record.template, budgetWords, ...(config.managerName ? { managerName: config.managerName } : {}),
    });
    deps.log.info(`Polishing ${record.uri} with ${model.vendor}/${model.family} ("${model.name}"): sending ${prompt.length} characters`);
    let answer: string;
    try {
      answer = await ask(model, prompt);
    } catch (error) {
      return failed(model, error);
    }
    const checked = checkPolish(answer, evidence, budgetWords);
    for (const f of checked.findings) deps.log.info(`Polish check: ${f.reason}${f.sentence ? `: "${f.sentence}"` : ''}${f.restored.length ? ` (kept: ${f.restored.join(' | ')})` : ''}`);
    if (checked.refused) {
      deps.log.warn(`Polish refused: ${checked.refused}`);
      return told('refused', vscode.l10n.t('Work Log: the polish was not used: {0}. Your draft is unchanged.', refusalLabel(checked.refusal!)), true);
    }
    if (checked.markdown.trim() === base.trim()) {
      return { ...told('unchanged', vscode.l10n.t('Work Log: the checked polish is the same as your draft.')), findings: checked.findings, model: model.name };
    }
    const polishUri = vscode.Uri.from({ scheme: POLISH_SCHEME, path: `/${vscode.Uri.parse(record.uri).path.replace(/^\//, '').replace(/\.md$/, '')} (polished).md`, query: String(++count) });
    pending.set(polishUri.toString(), { record, base, checked });
    setPending();
    const title = vscode.l10n.t('Your draft ↔ polished by {0}, checked', model.name);
    await vscode.commands.executeCommand('vscode.diff', vscode.Uri.parse(record.uri), polishUri, title, { preview: false });
    void offer(polishUri.toString(), checked, model.name);
    return { status: 'polished', polishUri: polishUri.toString(), markdown: checked.markdown, findings: checked.findings, model: model.name };
  };

  /** Sends the prompt; resolves with the answer's text. Cancellable from the progress notification, at any point. */
  const ask = (model: PolishModel, prompt: string) => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Work Log: polishing the draft with {0}…', model.name), cancellable: true },
    async (_progress, token) => {
      const answer = async () => {
        const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], {
          justification: vscode.l10n.t('Work Log sends the draft you asked it to polish, with the facts behind it (titles, counts, tickets, names), to rewrite it in better prose. No code or diff is sent.'),
        }, token);
        let text = '';
        for await (const part of response.text) {
          if (token.isCancellationRequested) break;
          text += part;
          if (text.length > MAX_RESPONSE_CHARS) break;
        }
        return text;
      };
      // Cancel ends the wait at once, even while the model is silent (in 1.100 it never reaches a provider mid-answer).
      let stop: vscode.Disposable | undefined;
      const cancelled = new Promise<never>((_, reject) => {
        stop = token.onCancellationRequested(() => reject(new vscode.CancellationError()));
      });
      try {
        return await Promise.race([answer(), cancelled]);
      } catch (error) {
        throw token.isCancellationRequested ? new vscode.CancellationError() : error;
      } finally {
        stop?.dispose();
      }
    },
  );

  const failed = (model: PolishModel, error: unknown): PolishResult => {
    if (error instanceof vscode.CancellationError) {
      deps.log.info('Polish cancelled');
      vscode.window.setStatusBarMessage(vscode.l10n.t('Work Log: polish cancelled; your draft is unchanged'), 4000);
      return { status: 'cancelled' };
    }
    const detail = error instanceof Error ? error.message : String(error);
    const code = error instanceof vscode.LanguageModelError ? error.code : undefined;
    deps.log.warn(`Polish failed (${code ?? 'error'}): ${detail}`);
    const message = code === vscode.LanguageModelError.NoPermissions.name
      ? vscode.l10n.t('Work Log may not use {0}: access was not allowed. Run the command again to be asked, or allow it in the language model access settings. Your draft is unchanged.', model.name)
      : code === vscode.LanguageModelError.Blocked.name
        ? vscode.l10n.t('Work Log: {0} turned the request down ({1}). Its quota may be used up. Your draft is unchanged.', model.name, detail)
        : code === vscode.LanguageModelError.NotFound.name
          ? vscode.l10n.t('Work Log: {0} is no longer available. Your draft is unchanged.', model.name)
          : vscode.l10n.t('Work Log: polishing with {0} failed: {1}. Your draft is unchanged.', model.name, detail);
    void vscode.window.showWarningMessage(message);
    return { status: 'failed', message, model: model.name };
  };

  /** The notification beside the diff: what the check changed, Accept or Discard. */
  const offer = async (key: string, checked: CheckedPolish, model: string): Promise<void> => {
    const taken = checked.findings.filter(f => f.sentence);
    const message = taken.length
      ? vscode.l10n.t('Work Log: polished by {0}. The check took out {1} sentence(s) and kept your lines instead — first: {2}. The log lists each.', model, taken.length, `“${taken[0].sentence}”: ${reasonLabel(taken[0].why)}`)
      : vscode.l10n.t('Work Log: polished by {0}. Every sentence checked against its evidence.', model);
    const acceptLabel = vscode.l10n.t('Accept Polish');
    const showLog = vscode.l10n.t('Show Check');
    const discardLabel = vscode.l10n.t('Discard');
    const choice = await vscode.window.showInformationMessage(message, acceptLabel, discardLabel, showLog);
    if (!pending.has(key)) return;
    if (choice === acceptLabel) await accept(key);
    else if (choice === discardLabel) await discard(key);
    else if (choice === showLog) deps.log.show(true);
  };

  return [
    // Closing the diff is discarding the polish.
    vscode.window.tabGroups.onDidChangeTabs(e => {
      for (const tab of e.closed) {
        if (tab.input instanceof vscode.TabInputTextDiff && pending.delete(tab.input.modified.toString())) setPending();
      }
    }),
    vscode.workspace.registerTextDocumentContentProvider(POLISH_SCHEME, { provideTextDocumentContent: uri => pending.get(uri.toString())?.checked.markdown ?? '' }),
    vscode.commands.registerCommand(Commands.polishDraft, polish),
    vscode.commands.registerCommand(Commands.acceptPolish, accept),
    vscode.commands.registerCommand(Commands.discardPolish, discard),
    { dispose: () => pending.clear() },
  ];
}

/** Why the check took a sentence out, in the user's language. */
function reasonLabel(r: PolishReason): string {
  switch (r.code) {
    case 'no-cites': return vscode.l10n.t('it cites no line of the draft');
    case 'unrelated': return vscode.l10n.t('it tells nothing of the lines it cites');
    case 'left-out': return vscode.l10n.t('the polish left this line out');
    case 'unknown-cites': return vscode.l10n.t('it cites {0}, which the draft does not have', r.value);
    case 'reference': return vscode.l10n.t('it names {0}, which the lines it cites do not', r.value);
    case 'number': case 'date': return vscode.l10n.t('it says {0}, which the lines it cites do not', r.value);
    case 'link': return vscode.l10n.t('it links {0}, which the lines it cites do not', r.value);
    case 'person': return vscode.l10n.t('it names {0}, who is not in the lines it cites', r.value);
    case 'heading': return vscode.l10n.t('it is under “{0}”, a heading the draft does not have', r.value);
    case 'lost-ask': return vscode.l10n.t('it changes or leaves out the ask “{0}”', r.value);
    case 'lost-due': return vscode.l10n.t('it changes or leaves out the due date {0}', r.value);
    case 'lost-flag': return vscode.l10n.t('it changes or leaves out the flag “{0}”', r.value);
  }
}

/** Why a polish was refused as a whole, in the user's language (a parser's detail stays as it is). */
function refusalLabel(r: PolishRefusal): string {
  return r.code === 'malformed'
    ? vscode.l10n.t("the model's answer is malformed: {0}", r.value)
    : vscode.l10n.t("the polish is {0} words, over this draft's budget of {1}", r.words, r.budget);
}
