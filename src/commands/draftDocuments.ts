/** The drafts opened in this window: which documents are Work Log drafts, and what they were made from. */
import * as vscode from 'vscode';
import { ContextKeys } from '../constants';
import type { DraftModel, DraftStyle } from '../draft/model';
import type { WordBudgetView } from '../webview/protocol';

/** A draft document and its origin. */
export interface DraftRecord {
  uri: string;
  /** The latest known text (kept in step with edits, so it survives closing the document). */
  text: string;
  window: { since: string; until: string; label: string };
  template: string;
  style: DraftStyle;
  /** The model the draft was rendered from: the facts an AI polish is checked against. */
  model?: DraftModel;
  /** The word budget of its built-in template in its style; none for the brag document, problem report and user templates. */
  budget?: WordBudgetView;
  createdAt: string;
  /** The commit SHAs and Change-Ids the draft tells: kept with the sent record so they are not told again. */
  shas?: string[];
  changeIds?: string[];
}

/** Tracks draft documents, their edited text, and the `worklog:activeDraft` / `worklog:hasDraft` context keys. */
export class DraftDocuments implements vscode.Disposable {
  private readonly drafts = new Map<string, DraftRecord>();
  private lastUri: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<DraftRecord>();
  /** Fires when a draft is added or its text is edited. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(editor => this.updateActive(editor)),
      vscode.workspace.onDidChangeTextDocument(e => {
        const record = this.drafts.get(e.document.uri.toString());
        // Saving or a dirty-flag change fires with no content change: the draft's text is the same.
        if (!record || e.contentChanges.length === 0) return;
        record.text = e.document.getText();
        this.changed.fire(record);
      }),
    );
    void vscode.commands.executeCommand('setContext', ContextKeys.hasDraft, false);
    void vscode.commands.executeCommand('setContext', ContextKeys.activeDraft, false);
  }

  /** Registers a newly opened draft. */
  add(record: DraftRecord): void {
    this.drafts.set(record.uri, record);
    this.lastUri = record.uri;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasDraft, true);
    this.updateActive(vscode.window.activeTextEditor);
    this.changed.fire(record);
  }

  /** The most recent draft. */
  get last(): DraftRecord | undefined {
    return this.lastUri ? this.drafts.get(this.lastUri) : undefined;
  }

  /**
   * The draft a command acts on: the one named by `uri` (editor title actions pass it), else the active
   * editor's, else the most recent one.
   */
  resolve(uri?: unknown): DraftRecord | undefined {
    if (uri instanceof vscode.Uri) {
      const named = this.drafts.get(uri.toString());
      if (named) return named;
    }
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    return (active && this.drafts.get(active)) || this.last;
  }

  /** The draft's current text: the open document's (with the user's edits), else the last known. */
  currentText(record: DraftRecord): string {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === record.uri && !d.isClosed);
    return open ? open.getText() : record.text;
  }

  private updateActive(editor: vscode.TextEditor | undefined): void {
    const active = !!editor && this.drafts.has(editor.document.uri.toString());
    void vscode.commands.executeCommand('setContext', ContextKeys.activeDraft, active);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
