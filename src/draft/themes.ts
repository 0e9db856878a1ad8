/**
 * Themes a manager recognises. Near-identical items collapse into one ("What's cooking (9 changes)",
 * "CONST migration: x86, LLVM and PTX, nir"); then items cluster by, in order, the goal they serve,
 * their Conventional Commit scope or subsystem prefix, and the part of the code they touched most.
 * A theme needs two items; routine work never joins one (it is rolled up, see rollup.ts).
 */
import type { DraftGoal, DraftWorkItem } from './model';
import { KIND_ORDER } from './rank';
import { pastTense } from './titles';
import { listText } from './words';

/** Where a theme's name comes from. */
export type ThemeSource = 'goal' | 'scope' | 'area';

/** Items that belong together, most important first. */
export interface DraftTheme {
  /** Stable id: `goal:<id>`, or `topic:<name>` for a scope or an area. */
  id: string;
  name: string;
  source: ThemeSource;
  items: DraftWorkItem[];
  /** Items a template lists (the rest are `more`). */
  shown: DraftWorkItem[];
  more: number;
  commitCount: number;
}

/** One line of Done: a theme, or an item that stands alone. */
export interface DraftDoneLine {
  theme?: DraftTheme;
  item?: DraftWorkItem;
  significance: number;
}

/** Leading words a near-identical family shares, before the part that differs ("CONST migration for" | "x86"). */
const VARYING_TAIL = /^(.{6,}?)\s+(?:for|in|on|of|to|from)\s+(\S.*)$/i;
/** A trailing counter: "(2026/08 #01)", "#09", "part 3", "v2". */
const COUNTER_TAIL = /(?:\s*[([](?:[^()[\]]*\d[^()[\]]*)[)\]]|\s+(?:#|part\s*|no\.?\s*|v)?\d+(?:[./-]\d+)*)+$/i;

/**
 * Collapses near-identical git items into one item with a count (items from the journal are the user's
 * words and stay as they are). Returns items in the original order, each family where its first member was.
 */
export function collapseSimilar(items: DraftWorkItem[]): DraftWorkItem[] {
  const families = new Map<string, DraftWorkItem[]>();
  const familyOf = new Map<DraftWorkItem, string>();
  const join = (key: string, item: DraftWorkItem) => {
    families.set(key, [...(families.get(key) ?? []), item]);
    familyOf.set(item, key);
  };
  const candidates = items.filter(i => i.source === 'git' && i.kind !== 'security');
  // Counters first ("What's cooking #01…#09"), then shared leading words ("CONST migration for x86 / nir").
  const byCounter = groupBy(candidates, i => counterStem(i.title));
  for (const [stem, members] of byCounter) if (stem && members.length > 1) members.forEach(m => join(`counter:${stem}`, m));
  const byHead = groupBy(candidates.filter(i => !familyOf.has(i)), i => VARYING_TAIL.exec(i.title)?.[1].toLowerCase());
  for (const [head, members] of byHead) if (head && members.length > 1 && wordCount(head) >= 2) members.forEach(m => join(`head:${head}`, m));

  const out: DraftWorkItem[] = [];
  const done = new Set<string>();
  for (const item of items) {
    const key = familyOf.get(item);
    if (!key) out.push(item);
    else if (!done.has(key)) {
      done.add(key);
      out.push(mergeFamily(families.get(key)!, key));
    }
  }
  return out;
}

function counterStem(title: string): string | undefined {
  const stem = title.replace(COUNTER_TAIL, '').trim();
  return stem !== title.trim() && wordCount(stem) >= 2 ? stem.toLowerCase() : undefined;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function mergeFamily(members: DraftWorkItem[], key: string): DraftWorkItem {
  const first = members[0];
  let title: string;
  if (key.startsWith('counter:')) title = `${first.title.replace(COUNTER_TAIL, '').trim()} (${members.length} changes)`;
  else {
    const head = VARYING_TAIL.exec(first.title)![1];
    title = `${head}: ${listText(members.map(m => VARYING_TAIL.exec(m.title)![2]), 5)}`;
  }
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const best = [...members].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
  return {
    ...first,
    id: `similar:${first.id}`,
    title,
    doneTitle: pastTense(title),
    kind: best.kind,
    ...(best.routine ? { routine: best.routine } : {}),
    repositories: uniq(members.flatMap(m => m.repositories)),
    tickets: uniq(members.flatMap(m => m.tickets)),
    pullRequests: uniq(members.flatMap(m => m.pullRequests)),
    breaking: members.some(m => m.breaking),
    commitCount: members.reduce((n, m) => n + m.commitCount, 0),
    shortShas: members.flatMap(m => m.shortShas),
    insertions: members.reduce((n, m) => n + m.insertions, 0),
    deletions: members.reduce((n, m) => n + m.deletions, 0),
    files: members.reduce((n, m) => n + m.files, 0),
    meaningfulLines: members.reduce((n, m) => n + m.meaningfulLines, 0),
    coAuthors: uniq(members.flatMap(m => m.coAuthors)),
    date: members.map(m => m.date).sort().pop() ?? first.date,
    accomplishments: members.flatMap(m => m.accomplishments),
    significance: Math.max(...members.map(m => m.significance)),
    similar: members.length,
  };
}

function groupBy<T>(xs: T[], key: (x: T) => string | undefined): Map<string | undefined, T[]> {
  const out = new Map<string | undefined, T[]>();
  for (const x of xs) {
    const k = key(x);
    out.set(k, [...(out.get(k) ?? []), x]);
  }
  return out;
}

/** Short names people write in capitals. */
const ACRONYMS = new Set([
  'api', 'ui', 'ux', 'ci', 'cd', 'db', 'sql', 'css', 'html', 'js', 'ts', 'cli', 'sdk', 'io', 'os', 'vm', 'gpu', 'cpu', 'ml', 'ai', 'http',
  'grpc', 'dns', 'tls', 'ssl', 'ssh', 'aws', 'gcp', 'iam', 'sso', 'mfa', 'jwt', 'rpc', 'csv', 'pdf', 'url', 'uri', 'xml', 'json', 'yaml', 'qa',
]);

/** A scope or area as a theme name: a plain word capitalised ("Search", "API"), an identifier (`pack-objects`, `net/http`) as it is. */
export function themeName(key: string): string {
  if (ACRONYMS.has(key)) return key.toUpperCase();
  return /^[a-z]+$/.test(key) ? key[0].toUpperCase() + key.slice(1) : key;
}

/**
 * Done as lines: themes (two or more items sharing a goal, scope or area) and the items that stand alone,
 * most significant first. Routine items are left out (the roll-up counts them). `perTheme` caps `shown`.
 */
export function doneLines(items: DraftWorkItem[], goals: DraftGoal[], perTheme: number): DraftDoneLine[] {
  const goalById = new Map(goals.map(g => [g.id, g]));
  const themeKeyOf = (i: DraftWorkItem): [string, string, ThemeSource] | undefined => {
    const goal = i.goalId ? goalById.get(i.goalId) : undefined;
    if (goal) return [`goal:${goal.id}`, goal.text, 'goal'];
    // A scope and a folder of the same name are one topic ("search" from `feat(search):` and from src/search/).
    if (i.scope) return [`topic:${i.scope.toLowerCase()}`, themeName(i.scope), 'scope'];
    if (i.area) return [`topic:${i.area.toLowerCase()}`, themeName(i.area), 'area'];
    return undefined;
  };
  const told = items.filter(i => i.kind !== 'routine');
  // A folder that holds most of the work (the one package of src/<name>/) tells a manager nothing: no theme.
  const byArea = groupBy(told.filter(i => !goalById.has(i.goalId ?? '') && !i.scope), i => i.area?.toLowerCase());
  const everywhere = new Set([...byArea].filter(([area, members]) => area && told.length >= 6 && members.length > told.length / 2).map(([area]) => area));
  const keyOf = (i: DraftWorkItem) => (!i.scope && !goalById.has(i.goalId ?? '') && everywhere.has(i.area?.toLowerCase()) ? undefined : themeKeyOf(i));
  const byKey = groupBy(told, i => keyOf(i)?.[0]);
  const lines: DraftDoneLine[] = [];
  const placed = new Set<string>();
  for (const item of told) {
    const key = keyOf(item);
    const members = key ? byKey.get(key[0])! : [item];
    if (members.length < 2 || !key) {
      lines.push({ item, significance: item.significance });
      continue;
    }
    if (placed.has(key[0])) continue;
    placed.add(key[0]);
    // Wins, the user's own words on an outcome, lead their theme.
    const ordered = [...members].sort((a, b) => Number(b.source !== 'git') - Number(a.source !== 'git') || b.significance - a.significance);
    const shown = ordered.slice(0, Math.max(1, perTheme));
    const source: ThemeSource = key[2] === 'goal' ? 'goal' : members.some(m => m.scope) ? 'scope' : 'area';
    const name = source === 'goal' ? key[1] : themeName(members.find(m => m.scope)?.scope ?? members[0].area!);
    lines.push({
      theme: {
        id: key[0], name, source, items: ordered, shown, more: ordered.length - shown.length,
        commitCount: ordered.reduce((n, i) => n + i.commitCount, 0),
      },
      significance: Math.max(...members.map(m => m.significance)) + members.length * 0.01,
    });
  }
  return lines.sort((a, b) => b.significance - a.significance);
}
