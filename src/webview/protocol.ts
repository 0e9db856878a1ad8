/** Messages between the sidebar webview and the extension host; imported by both sides. Pure. */
import type { OpenReason } from '../journal/openItems';
import { ENTRY_KINDS } from '../journal/types';
import type { Entry, EntryKind } from '../journal/types';

/** A commit shown as evidence under an accomplishment. */
export interface CommitView {
  sha: string;
  shortSha: string;
  subject: string;
}

/** One accomplishment as the sidebar shows it. */
export interface AccomplishmentView {
  id: string;
  title: string;
  repository: string;
  repositoryPath: string;
  tickets: string[];
  pullRequest?: number;
  insertions: number;
  deletions: number;
  commits: CommitView[];
}

/** Work not finished: a branch or uncommitted changes. */
export type InProgressView =
  | { kind: 'branch'; repository: string; branch: string; title: string; commitCount: number; lastCommitAt: string; tickets: string[] }
  | { kind: 'uncommitted'; repository: string; staged: number; modified: number; untracked: number };

/** A scanned repository and whether it could be read. */
export interface RepositoryView {
  name: string;
  path: string;
  error?: string;
}

/** Everything the sidebar can show; one variant per situation so the view never guesses. */
export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'untrusted' }
  | { kind: 'noFolder' }
  | { kind: 'noRepository'; folders: number }
  | { kind: 'gitMissing'; gitPath: string }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      /** The host's clock when the state was made: what "3 days ago" counts from. */
      now: string;
      period: { label: string; since: string; until: string };
      reminder: string;
      repositories: RepositoryView[];
      accomplishments: AccomplishmentView[];
      inProgress: InProgressView[];
      tickets: string[];
      commitCount: number;
    };

/** One open item of the journal: the entry it is about, why it is open, and a short sentence. */
export interface OpenItemView {
  id: string;
  reason: OpenReason;
  message: string;
  /** The entry itself: the view holds no other copy of the journal. */
  entry: Entry;
}

/** A journal file that could not be read. */
export interface JournalIssueView {
  file: string;
  line?: number;
  message: string;
  keptAt?: string;
}

/** Entries the sidebar lists per page; "Show more" asks for one more page. */
export const JOURNAL_PAGE = 50;
/** The most entries one answer carries, so a page never grows into the whole journal. */
export const JOURNAL_MAX_LIMIT = 1000;
/** Open items the sidebar lists; the rest are counted. */
export const OPEN_ITEMS_SHOWN = 50;
/** Longest search text the host accepts. */
export const MAX_QUERY_TEXT = 200;

/** What the sidebar's entry list asks for: a kind (or all), a search text, and how many of the newest matches. */
export interface JournalQuery {
  kind: EntryKind | 'all';
  text: string;
  limit: number;
}

/** The host's answer to a query: the newest `query.limit` matching entries and how many match in all. */
export interface JournalPage {
  /** The request answered (0: the default query, before the view asked anything). */
  requestId: number;
  query: JournalQuery;
  entries: Entry[];
  matches: number;
}

/** The journal as the sidebar shows it: counts, open items, one page of entries; never the whole journal. */
export interface JournalView {
  folder: string;
  /** False until the first read finished. */
  loaded: boolean;
  /** Why capture is disabled (e.g. written by a newer version), when it is. */
  readOnly?: string;
  issues: JournalIssueView[];
  /** Live entries in the journal. */
  total: number;
  /** Live entries per kind (kinds with none are left out). */
  counts: Partial<Record<EntryKind, number>>;
  /** The most urgent open items, at most OPEN_ITEMS_SHOWN. */
  openItems: OpenItemView[];
  /** Every open item, listed or not. */
  openTotal: number;
  /** The entries of the view's current query. */
  page: JournalPage;
  /** Active goals, for the "link to a goal" choice. */
  goals: { id: string; text: string }[];
  /** Every goal's text by id, so an entry linked to a finished goal still names it. */
  goalNames: { id: string; text: string }[];
}

/** The few fields of an entry a confirmation needs. */
export interface EntryRef {
  id: string;
  kind: EntryKind;
  text: string;
}

/** The most words a draft should have, and the style that sets it. */
export interface WordBudgetView {
  style: 'brief' | 'detailed';
  words: number;
}

/** The latest draft of this window, as the sidebar's draft area shows and copies it. */
export interface DraftView {
  title: string;
  /** The period, e.g. "since the last update (Nov 20, 16:00)". */
  label: string;
  template: string;
  /** The draft converted to HTML (escaped, safe) for rich-text copy. */
  html: string;
  /** The draft as plain text, put on the clipboard alongside the HTML. */
  text: string;
  /** Words a reader sees (Markdown syntax not counted) and the minutes they take to read. */
  words: number;
  minutes: number;
  /** Its template's budget in its style, when it has one. */
  budget?: WordBudgetView;
  /** A language model is there to polish it with. */
  canPolish?: boolean;
}

/** One sent update in the history list. */
export interface SentView {
  id: string;
  label: string;
  template: string;
  sentAt: string;
}

/** Formats the sidebar's draft area copies through the host (rich text is copied by the view itself). */
export type CopyFormat = 'markdown' | 'slack' | 'text';

/** Host -> view. */
export type HostMessage =
  | { type: 'state'; state: SidebarState }
  | { type: 'journal'; journal: JournalView }
  /** The answer to `queryJournal`. */
  | { type: 'journalPage'; page: JournalPage }
  /** The entry of request `requestId` was saved (added or edited). */
  | { type: 'saved'; requestId: number; entry: EntryRef }
  /** It was not: `field` names the offending form field (dotted path, e.g. `options[1].title`) when known. */
  | { type: 'saveFailed'; requestId: number; field?: string; message: string }
  /** An entry was deleted from the sidebar: the view offers Undo. */
  | { type: 'deleted'; entry: EntryRef }
  /** The latest draft (undefined: none yet) for the draft area. */
  | { type: 'draft'; draft?: DraftView }
  /** The last sent updates, newest first. */
  | { type: 'history'; items: SentView[] }
  /** Copy this as rich text (HTML with plain text alongside); answer with `copied` and the same requestId. */
  | { type: 'copyRich'; requestId: number; html: string; text: string };

/** View -> host. */
export type ViewMessage =
  | { type: 'ready' }
  | { type: 'draftUpdate' }
  | { type: 'refresh' }
  | { type: 'openSettings' }
  | { type: 'manageTrust' }
  | { type: 'showLog' }
  | { type: 'openCommit'; repositoryPath: string; sha: string }
  | { type: 'copySha'; sha: string }
  | { type: 'openJournalFolder' }
  | { type: 'exportJournal' }
  /** Add an entry; the host validates `entry` (kind, text, the kind's fields) and answers saved/saveFailed. */
  | { type: 'addEntry'; requestId: number; entry: Record<string, unknown> }
  /** Edit an entry; `null` clears a field. Validated on the host. */
  | { type: 'updateEntry'; requestId: number; id: string; patch: Record<string, unknown> }
  /** One-click status change; `at-risk` makes the host ask for the recovery plan. */
  | { type: 'setStatus'; id: string; status: EntryStatus }
  /** Ask for the missing impact of a win. */
  | { type: 'fillImpact'; id: string }
  | { type: 'deleteEntry'; id: string }
  /** Undo of a delete made in this window. */
  | { type: 'restoreEntry'; id: string }
  /** The outcome of a rich-text copy: asked by the host (`requestId`) or by the view's own button. */
  | { type: 'copied'; requestId?: number; ok: boolean; message?: string }
  /** Copy the latest draft in a text format (the host writes the clipboard). */
  | { type: 'copyDraft'; format: CopyFormat }
  | { type: 'markSent' }
  | { type: 'polishDraft' }
  | { type: 'showHistory' }
  /** Open a sent update read-only. */
  | { type: 'openSent'; id: string }
  /** List the newest entries matching a kind and a text (filter, search, "Show more"); answered with `journalPage`. */
  | { type: 'queryJournal'; requestId: number; query: JournalQuery };

/** Statuses a one-click action can set. */
export type EntryStatus = 'open' | 'done' | 'at-risk' | 'dropped' | 'resolved';

const COPY_FORMATS: readonly string[] = ['markdown', 'slack', 'text'];
const SENT_ID = /^\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+)?$/;
const SHA = /^[0-9a-f]{4,64}$/;
const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const STATUSES: readonly string[] = ['open', 'done', 'at-risk', 'dropped', 'resolved'];
const isId = (v: unknown): v is string => typeof v === 'string' && ENTRY_ID.test(v);
const isRequestId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a journal query from the view: a known kind, a short text, a limit within one answer's bound. */
export function parseJournalQuery(value: unknown): JournalQuery | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, text, limit } = value;
  if (typeof kind !== 'string' || (kind !== 'all' && !(ENTRY_KINDS as readonly string[]).includes(kind))) return undefined;
  if (typeof text !== 'string' || text.length > MAX_QUERY_TEXT) return undefined;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1 || limit > JOURNAL_MAX_LIMIT) return undefined;
  return { kind: kind as EntryKind | 'all', text, limit };
}

/** The type of a view message. */
export type ViewMessageType = ViewMessage['type'];
/** Checks one type's fields (`value.type` is already known to be `T`); `undefined` rejects the message. */
type ViewParser<T extends ViewMessageType> = (value: Record<string, unknown>) => Extract<ViewMessage, { type: T }> | undefined;

/** A parser for a message that carries nothing but its type. */
const only = <T extends ViewMessageType>(type: T): ViewParser<T> => () => ({ type }) as Extract<ViewMessage, { type: T }>;
/** A parser for a message that carries an entry id and nothing else. */
const withEntryId = <T extends 'fillImpact' | 'deleteEntry' | 'restoreEntry'>(type: T): ViewParser<T> =>
  value => (isId(value.id) ? ({ type, id: value.id } as Extract<ViewMessage, { type: T }>) : undefined);

// One parser per message type, keyed by type: a message type added to ViewMessage without a parser fails to compile.
// Entry contents are only shape-checked here; the journal's own validation judges them on the host.
const PARSERS: { readonly [T in ViewMessageType]: ViewParser<T> } = {
  ready: only('ready'),
  draftUpdate: only('draftUpdate'),
  refresh: only('refresh'),
  openSettings: only('openSettings'),
  manageTrust: only('manageTrust'),
  showLog: only('showLog'),
  openJournalFolder: only('openJournalFolder'),
  exportJournal: only('exportJournal'),
  markSent: only('markSent'),
  polishDraft: only('polishDraft'),
  showHistory: only('showHistory'),
  openCommit: ({ repositoryPath, sha }) =>
    typeof repositoryPath === 'string' && repositoryPath && typeof sha === 'string' && SHA.test(sha) ? { type: 'openCommit', repositoryPath, sha } : undefined,
  copySha: ({ sha }) => (typeof sha === 'string' && SHA.test(sha) ? { type: 'copySha', sha } : undefined),
  addEntry: ({ requestId, entry }) => (isRequestId(requestId) && isRecord(entry) ? { type: 'addEntry', requestId, entry } : undefined),
  updateEntry: ({ requestId, id, patch }) => (isRequestId(requestId) && isId(id) && isRecord(patch) ? { type: 'updateEntry', requestId, id, patch } : undefined),
  setStatus: ({ id, status }) => (isId(id) && typeof status === 'string' && STATUSES.includes(status) ? { type: 'setStatus', id, status: status as EntryStatus } : undefined),
  fillImpact: withEntryId('fillImpact'),
  deleteEntry: withEntryId('deleteEntry'),
  restoreEntry: withEntryId('restoreEntry'),
  copied: ({ requestId, ok, message }) => {
    if (typeof ok !== 'boolean' || (requestId !== undefined && !isRequestId(requestId)) || (message !== undefined && typeof message !== 'string')) return undefined;
    return { type: 'copied', ok, ...(requestId !== undefined ? { requestId } : {}), ...(message !== undefined ? { message: message.slice(0, 300) } : {}) };
  },
  copyDraft: ({ format }) => (typeof format === 'string' && COPY_FORMATS.includes(format) ? { type: 'copyDraft', format: format as CopyFormat } : undefined),
  queryJournal: ({ requestId, query }) => {
    const parsed = parseJournalQuery(query);
    return isRequestId(requestId) && parsed ? { type: 'queryJournal', requestId, query: parsed } : undefined;
  },
  openSent: ({ id }) => (typeof id === 'string' && SENT_ID.test(id) ? { type: 'openSent', id } : undefined),
};

/** Every view message type, in the order of the parsers. */
export const VIEW_MESSAGE_TYPES = Object.keys(PARSERS) as ViewMessageType[];

/** Whether `type` names a view message (own keys only: `toString` or `__proto__` are not types). */
export const isViewMessageType = (type: string): type is ViewMessageType => Object.hasOwn(PARSERS, type);

/** Checks the shape of a message from the webview; anything unexpected (an unknown type included) is `undefined`. */
export function parseViewMessage(value: unknown): ViewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string' || !isViewMessageType(value.type)) return undefined;
  // The parser of `value.type` itself: TypeScript cannot tie the key to its parser's type, the record's type does.
  const parse = PARSERS[value.type] as (value: Record<string, unknown>) => ViewMessage | undefined;
  return parse(value);
}
