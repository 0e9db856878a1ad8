/** Where the journal lives: the setting, else the extension's global storage. Pure: no vscode. */
import { join } from 'node:path';
import { expandPath } from './repositories';

/**
 * The absolute journal folder: `setting` (`~` and paths relative to the first workspace folder accepted)
 * when set, else `journal/` in the extension's global storage.
 */
export function journalFolderPath(setting: string, globalStorage: string, firstFolder: string | undefined): string {
  return setting.trim() ? expandPath(setting.trim(), firstFolder) : join(globalStorage, 'journal');
}
