/** The one line that counts what Done does not list: "31 more: 9 fixes, 8 test changes, 6 docs changes and 8 other". */
import type { DraftWorkItem } from './model';
import { KIND_LABELS } from './rank';
import type { RoutineKind, WorkKind } from './rank';
import { countText, listText } from './words';

/** What a roll-up line says. */
export interface DraftRollup {
  count: number;
  /** Items by kind (routine work by its routine kind), most first. */
  byType: Array<{ type: WorkKind | RoutineKind; count: number }>;
  text: string;
}

/** The roll-up of `items`, or undefined when there are none; "N more: …" when it follows listed lines. */
export function rollupOf(items: readonly DraftWorkItem[], afterLines: boolean): DraftRollup | undefined {
  if (!items.length) return undefined;
  const counts = new Map<WorkKind | RoutineKind, number>();
  for (const i of items) {
    const type = i.kind === 'routine' ? (i.routine ?? 'routine') : i.kind;
    counts.set(type, (counts.get(type) ?? 0) + (i.similar ?? 1));
  }
  const byType = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
  const count = byType.reduce((n, t) => n + t.count, 0);
  const parts = byType.slice(0, 4).map(t => countText(t.count, KIND_LABELS[t.type]));
  const other = byType.slice(4).reduce((n, t) => n + t.count, 0);
  if (other) parts.push(`${other.toLocaleString('en-US')} other`);
  const list = listText(parts, 5);
  return { count, byType, text: afterLines ? `${count.toLocaleString('en-US')} more: ${list}` : list[0].toUpperCase() + list.slice(1) };
}
