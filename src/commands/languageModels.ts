/**
 * The editor's language models, for the AI polish. Looked up only once a draft opens, never at activation:
 * asking VS Code 1.100 for models starts every extension that provides one. Sets `worklog:aiAvailable`.
 */
import * as vscode from 'vscode';
import { ContextKeys } from '../constants';

/** The one seam to a model: what the polish needs of a `vscode.LanguageModelChat`. */
export type PolishModel = Pick<vscode.LanguageModelChat, 'name' | 'vendor' | 'family' | 'sendRequest'>;

/** Finds the model the settings name (`vendor`, `family`; neither: the first offered), and says whether there is one. */
export class LanguageModels implements vscode.Disposable {
  private watching: vscode.Disposable | undefined;
  private available = false;
  private lookups = 0;
  private readonly changed = new vscode.EventEmitter<boolean>();
  /** Fires when a model comes or goes, once looked up. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly selector: () => vscode.LanguageModelChatSelector, private readonly log: vscode.LogOutputChannel) {}

  /** Whether a model was there when last looked up. */
  get isAvailable(): boolean {
    return this.available;
  }

  /** How many times models were looked up (the test API checks none is at activation). */
  get lookupCount(): number {
    return this.lookups;
  }

  /** Whether models are looked up (a draft has opened). */
  get isWatching(): boolean {
    return !!this.watching;
  }

  /** Looks the models up the first time it is called, then follows their changes. */
  watch(): void {
    if (this.watching) return;
    this.watching = vscode.lm.onDidChangeChatModels(() => void this.refresh());
    void this.refresh();
  }

  /** Looks the models up again (the setting or the models changed). */
  async refresh(): Promise<boolean> {
    const available = !!(await this.select());
    if (available !== this.available) this.log.info(available ? 'A language model is available: AI polish is offered' : 'No language model: AI polish is hidden');
    this.available = available;
    await vscode.commands.executeCommand('setContext', ContextKeys.aiAvailable, available);
    this.changed.fire(available);
    return available;
  }

  /** The model to polish with, or undefined when there is none. */
  async select(): Promise<PolishModel | undefined> {
    this.lookups++;
    try {
      const [model] = await vscode.lm.selectChatModels(this.selector());
      return model;
    } catch (error) {
      this.log.warn(`Looking up language models failed: ${String(error)}`);
      return undefined;
    }
  }

  dispose(): void {
    this.watching?.dispose();
    this.changed.dispose();
  }
}
