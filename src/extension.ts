import type * as vscode from 'vscode';

/** Activation entry point: builds services and registers features. */
export function activate(_context: vscode.ExtensionContext): void {
  // Stub: the editor surfaces arrive with the extension issue.
}

/** Nothing to release beyond the context's disposables. */
export function deactivate(): void {}
