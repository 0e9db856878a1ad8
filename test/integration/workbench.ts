/** What the integration tests share inside the extension host: the test API, settings, waiting and cleanup. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CONFIG_SECTION, EXTENSION_ID } from '../../src/constants';
import type { WorkLogTestApi } from '../../src/extension';

/** Activates the extension (once) and returns its test API. */
export async function api(): Promise<WorkLogTestApi> {
  const ext = vscode.extensions.getExtension<WorkLogTestApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Reverts and closes every untitled editor: drafts are dirty, and a "save changes?" dialog would block the run. */
export async function closeUntitled(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter(d => d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Waits until `check` holds, polling every `pollMs` (settings and the journal apply asynchronously). */
export async function until(what: string, check: () => boolean, timeoutMs: number, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, pollMs));
  }
}

/** Sets a Work Log setting in the user settings; undefined removes it. */
export function setting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration(CONFIG_SECTION).update(key, value, vscode.ConfigurationTarget.Global);
}
