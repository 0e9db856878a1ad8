/** The journal's entry model: what the user records between updates. Plain data, JSON-safe. */

export type EntryKind = 'win' | 'problem' | 'promise' | 'feedback' | 'note' | 'goal';

export const ENTRY_KINDS: readonly EntryKind[] = ['win', 'problem', 'promise', 'feedback', 'note', 'goal'];

/** Fields every entry has. Times are ISO 8601 strings. */
export interface EntryBase {
  /** Unique, sortable id (time-ordered, then random), e.g. "20261122T151600123Z-k3f9q2ab". */
  id: string;
  kind: EntryKind;
  /** The main text: what was achieved / the problem / the promise / what was said / the note / the goal. */
  text: string;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  /** Repository name or path the entry is about, when known. */
  repo?: string;
  /** Workspace name it was captured in. */
  workspace?: string;
  /** Linked commit SHAs (full or short) and ticket ids. */
  commits: string[];
  tickets: string[];
  /** Id of a goal entry this entry serves. */
  goalId?: string;
  /** People credited or involved (for team wins). */
  people: string[];
}

export interface WinEntry extends EntryBase {
  kind: 'win';
  /** Why it matters; empty/undefined means "to fill in later". */
  impact?: string;
}

/** One proposed way out of a problem. */
export interface ProblemOption {
  title: string;
  pros: string[];
  cons: string[];
}

export type ProblemStatus = 'open' | 'resolved';

export interface ProblemEntry extends EntryBase {
  kind: 'problem';
  impact?: string;
  options: ProblemOption[];
  /** Index into options of the recommended one. */
  recommended?: number;
  /** What the user needs: a decision, a resource, by a date. */
  ask?: string;
  status: ProblemStatus;
  /** When the status last became resolved, ISO. */
  resolvedAt?: string;
}

export type PromiseStatus = 'open' | 'done' | 'at-risk' | 'dropped';

export interface PromiseEntry extends EntryBase {
  kind: 'promise';
  /** Whom it was promised to. */
  to?: string;
  /** Due date, `YYYY-MM-DD` (local). */
  due?: string;
  status: PromiseStatus;
  /** Recovery plan when at risk. */
  plan?: string;
  /** When the status last became done/dropped, ISO. */
  closedAt?: string;
}

export interface FeedbackEntry extends EntryBase {
  kind: 'feedback';
  from?: string;
  /** What the user did about it. */
  action?: string;
}

export interface NoteEntry extends EntryBase {
  kind: 'note';
}

export type GoalKind = 'manager' | 'career';

export type GoalStatus = 'active' | 'done' | 'dropped';

export interface GoalEntry extends EntryBase {
  kind: 'goal';
  goalKind: GoalKind;
  status: GoalStatus;
}

export type Entry = WinEntry | ProblemEntry | PromiseEntry | FeedbackEntry | NoteEntry | GoalEntry;

/** A problem reading the journal: which file, which line, what was wrong. */
export interface JournalIssue {
  file: string;
  line?: number;
  message: string;
  /** Where the unreadable file was copied aside, if it was. */
  keptAt?: string;
}

/** The entry of one kind, e.g. `EntryOf<'promise'>` is `PromiseEntry`. */
export type EntryOf<K extends EntryKind> = Extract<Entry, { kind: K }>;

/** Fields the store fills on add: never part of the input. */
type AutoFields = 'id' | 'createdAt' | 'updatedAt' | 'closedAt' | 'resolvedAt';
/** Fields with a default per kind (arrays empty, status open/active, goalKind manager). */
type DefaultedFields = 'tags' | 'commits' | 'tickets' | 'people' | 'options' | 'status' | 'goalKind';

type NewEntryOf<E extends Entry> = Omit<E, AutoFields | DefaultedFields> & Partial<Pick<E, DefaultedFields & keyof E>>;

/** What a caller gives to add an entry: kind, text and the kind's fields; ids, times and defaults are filled in. */
export type NewEntry = { [K in EntryKind]: NewEntryOf<EntryOf<K>> }[EntryKind];

/**
 * A change to an entry: any field of its kind except id, kind and times. `null` clears an optional
 * field (JSON has no `undefined`); a field the entry's kind does not have is refused.
 */
export interface EntryPatch {
  text?: string;
  tags?: string[];
  repo?: string | null;
  workspace?: string | null;
  commits?: string[];
  tickets?: string[];
  goalId?: string | null;
  people?: string[];
  impact?: string | null;
  options?: ProblemOption[];
  recommended?: number | null;
  ask?: string | null;
  status?: ProblemStatus | PromiseStatus | GoalStatus;
  to?: string | null;
  due?: string | null;
  plan?: string | null;
  from?: string | null;
  action?: string | null;
  goalKind?: GoalKind;
}

/** What `JournalStore.load()` returns: the live entries, newest first, and anything that could not be read. */
export interface JournalSnapshot {
  entries: Entry[];
  issues: JournalIssue[];
  /** Set (one clear sentence) when the journal cannot be written, e.g. written by a newer version. */
  readOnly?: string;
  /** Set (the same sentence) when the journal was not read at all, e.g. written by a newer version: `entries` is empty unread. */
  unread?: string;
}
