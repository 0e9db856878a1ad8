/** Customize Template: copies a built-in template into your templates folder and opens it; your copy wins by name. */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_SECTION, Commands, Settings } from '../constants';
import { listTemplates } from '../draft/render';

/** Host access of the command. */
export interface CustomizeDeps {
  builtinTemplatesDir: string;
  /** The user's templates folder (absolute) when set. */
  userTemplatesDir: () => string | undefined;
  /** The journal folder: the default templates folder goes next to it. */
  journalFolder: () => string;
}

/** What the command returns: the template file opened. */
export interface CustomizeResult {
  file: string;
  /** False when the file already existed (it is opened, never overwritten). */
  created: boolean;
}

/** The templates folder offered when none is set: `templates` next to the journal folder. */
export function defaultTemplatesFolder(journalFolder: string): string {
  return join(journalFolder, '..', 'templates');
}

async function customize(deps: CustomizeDeps, raw: unknown): Promise<CustomizeResult | undefined> {
  const builtins = listTemplates(deps.builtinTemplatesDir);
  const given = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null && typeof (raw as { template?: unknown }).template === 'string' ? (raw as { template: string }).template : undefined;
  const silent = given !== undefined;
  let name = given;
  if (!name) {
    const picked = await vscode.window.showQuickPick(builtins.map(t => ({ label: t.name, detail: t.description })), {
      title: vscode.l10n.t('Customize Template'), placeHolder: vscode.l10n.t('Which built-in template to copy into your templates folder?'),
    });
    name = picked?.label;
  }
  const builtin = builtins.find(t => t.name === name);
  if (!builtin) {
    if (name) void vscode.window.showErrorMessage(vscode.l10n.t('Work Log: there is no built-in template "{0}".', name));
    return undefined;
  }
  let folder = deps.userTemplatesDir();
  if (!folder) {
    const proposed = defaultTemplatesFolder(deps.journalFolder());
    if (!silent) {
      const use = vscode.l10n.t('Use This Folder');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Work Log: your templates need a folder. Use {0} (next to your journal)?', proposed), { modal: true }, use,
      );
      if (choice !== use) return undefined;
    }
    await vscode.workspace.getConfiguration(CONFIG_SECTION).update(Settings.templatesFolder, proposed, vscode.ConfigurationTarget.Global);
    folder = proposed;
  }
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${builtin.name}.hbs`);
  const created = !existsSync(file);
  if (created) copyFileSync(builtin.file, file);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(document, { preview: false });
  if (created && !silent) {
    vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Work Log: your copy of "{0}" is used from the next draft on', builtin.name)}`, 5000);
  }
  return { file, created };
}

/** Registers `worklog.customizeTemplate` (argument: a template name, or `{ template }`). */
export function registerCustomizeTemplate(deps: CustomizeDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.customizeTemplate, (raw?: unknown) => customize(deps, raw));
}
