/** Turns a journal snapshot into the plain data the sidebar renders. Pure: no vscode. */
import { openItems } from '../journal/openItems';
import type { EntryKind, JournalSnapshot } from '../journal/types';
import { OPEN_ITEMS_SHOWN } from '../webview/protocol';
import type { JournalPage, JournalView } from '../webview/protocol';

/**
 * The sidebar's view of the journal at `now`: counts, the most urgent open items with their entries, active goals,
 * and `page` (the entries of the view's query). Never the whole journal: a 50,000-entry journal stays a small message.
 */
export function journalViewOf(snapshot: JournalSnapshot, folder: string, loaded: boolean, now: Date, page: JournalPage): JournalView {
  const open = openItems(snapshot.entries, now);
  const counts: Partial<Record<EntryKind, number>> = {};
  const goals: { id: string; text: string }[] = [];
  const goalNames: { id: string; text: string }[] = [];
  for (const e of snapshot.entries) {
    counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    if (e.kind !== 'goal') continue;
    goalNames.push({ id: e.id, text: e.text });
    if (e.status === 'active') goals.push({ id: e.id, text: e.text });
  }
  return {
    folder,
    loaded,
    ...(snapshot.readOnly ? { readOnly: snapshot.readOnly } : {}),
    issues: snapshot.issues.map(i => ({ file: i.file, message: i.message, ...(i.line ? { line: i.line } : {}), ...(i.keptAt ? { keptAt: i.keptAt } : {}) })),
    total: snapshot.entries.length,
    counts,
    openItems: open.items.slice(0, OPEN_ITEMS_SHOWN).map(i => ({ id: i.entry.id, reason: i.reason, message: i.message, entry: i.entry })),
    openTotal: open.items.length,
    page,
    goals,
    goalNames,
  };
}
