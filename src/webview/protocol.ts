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
  | { type: 'showHistory' }
  /** Open a sent update read-only. */
  | { type: 'openSent'; id: string }
  /** List the newest entries matching a kind and a text (filter, search, "Show more"); answered with `journalPage`. */
  | { type: 'queryJournal'; requestId: number; query: JournalQuery };

/** Statuses a one-click action can set. */
export type EntryStatus = 'open' | 'done' | 'at-risk' | 'dropped' | 'resolved';

/** The type of every view message that carries nothing but its type. */
export type SimpleViewType<M = ViewMessage> = M extends { type: infer T } ? (Exclude<keyof M, 'type'> extends never ? T : never) : never;

// A record, not a list: the compiler rejects a simple message left out.
const SIMPLE_TYPES: Record<SimpleViewType, true> = {
  ready: true, draftUpdate: true, refresh: true, openSettings: true, manageTrust: true, showLog: true,
  openJournalFolder: true, exportJournal: true, markSent: true, showHistory: true,
};
/** Every simple view message type. */
export const SIMPLE_VIEW_TYPES = Object.keys(SIMPLE_TYPES) as SimpleViewType[];
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

/** Checks the shape of a message from the webview; anything unexpected is `undefined` (and ignored). */
export function parseViewMessage(value: unknown): ViewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  const type = value.type;
  if (Object.hasOwn(SIMPLE_TYPES, type)) return { type } as ViewMessage;
  if (type === 'openCommit') {
    const { repositoryPath, sha } = value;
    if (typeof repositoryPath !== 'string' || !repositoryPath || typeof sha !== 'string' || !SHA.test(sha)) return undefined;
    return { type, repositoryPath, sha };
  }
  if (type === 'copySha') {
    return typeof value.sha === 'string' && SHA.test(value.sha) ? { type, sha: value.sha } : undefined;
  }
  // Entry contents are only shape-checked here; the journal's own validation judges them on the host.
  if (type === 'addEntry') {
    return isRequestId(value.requestId) && isRecord(value.entry) ? { type, requestId: value.requestId, entry: value.entry } : undefined;
  }
  if (type === 'updateEntry') {
    const { requestId, id, patch } = value;
    return isRequestId(requestId) && isId(id) && isRecord(patch) ? { type, requestId, id, patch } : undefined;
  }
  if (type === 'setStatus') {
    const { id, status } = value;
    return isId(id) && typeof status === 'string' && STATUSES.includes(status) ? { type, id, status: status as EntryStatus } : undefined;
  }
  if (type === 'fillImpact' || type === 'deleteEntry' || type === 'restoreEntry') {
    return isId(value.id) ? { type, id: value.id } : undefined;
  }
  if (type === 'copied') {
    const { requestId, ok, message } = value;
    if (typeof ok !== 'boolean' || (requestId !== undefined && !isRequestId(requestId)) || (message !== undefined && typeof message !== 'string')) return undefined;
    return { type, ok, ...(requestId !== undefined ? { requestId } : {}), ...(message !== undefined ? { message: message.slice(0, 300) } : {}) };
  }
  if (type === 'copyDraft') {
    return typeof value.format === 'string' && COPY_FORMATS.includes(value.format) ? { type, format: value.format as CopyFormat } : undefined;
  }
  if (type === 'queryJournal') {
    const query = parseJournalQuery(value.query);
    return isRequestId(value.requestId) && query ? { type, requestId: value.requestId, query } : undefined;
  }
  if (type === 'openSent') {
    return typeof value.id === 'string' && SENT_ID.test(value.id) ? { type, id: value.id } : undefined;
  }
  return undefined;
}
