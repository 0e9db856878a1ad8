/** Turns a journal snapshot into the plain data the sidebar renders. Pure: no vscode. */
import { openItems } from '../journal/openItems';
import type { JournalSnapshot } from '../journal/types';
import type { JournalView } from '../webview/protocol';

/** The sidebar's view of the journal at `now`: entries, open items (most urgent first), active goals. */
export function journalViewOf(snapshot: JournalSnapshot, folder: string, loaded: boolean, now: Date): JournalView {
  const open = openItems(snapshot.entries, now);
  return {
    folder,
    loaded,
    ...(snapshot.readOnly ? { readOnly: snapshot.readOnly } : {}),
    issues: snapshot.issues.map(i => ({ file: i.file, message: i.message, ...(i.line ? { line: i.line } : {}), ...(i.keptAt ? { keptAt: i.keptAt } : {}) })),
    entries: snapshot.entries,
    openItems: open.items.map(i => ({ id: i.entry.id, reason: i.reason, message: i.message })),
    goals: snapshot.entries.flatMap(e => (e.kind === 'goal' && e.status === 'active' ? [{ id: e.id, text: e.text }] : [])),
  };
}
