/** Messages between the sidebar webview and the extension host; imported by both sides. Pure. */

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
      period: { label: string; since: string; until: string };
      reminder: string;
      repositories: RepositoryView[];
      accomplishments: AccomplishmentView[];
      inProgress: InProgressView[];
      tickets: string[];
      commitCount: number;
    };

/** Host -> view. */
export type HostMessage = { type: 'state'; state: SidebarState } | { type: 'busy'; busy: boolean };

/** View -> host. */
export type ViewMessage =
  | { type: 'ready' }
  | { type: 'draftUpdate' }
  | { type: 'refresh' }
  | { type: 'openSettings' }
  | { type: 'manageTrust' }
  | { type: 'showLog' }
  | { type: 'openCommit'; repositoryPath: string; sha: string }
  | { type: 'copySha'; sha: string };

const SIMPLE: readonly ViewMessage['type'][] = ['ready', 'draftUpdate', 'refresh', 'openSettings', 'manageTrust', 'showLog'];
const SHA = /^[0-9a-f]{4,64}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape of a message from the webview; anything unexpected is `undefined` (and ignored). */
export function parseViewMessage(value: unknown): ViewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  const type = value.type;
  if ((SIMPLE as readonly string[]).includes(type)) return { type } as ViewMessage;
  if (type === 'openCommit') {
    const { repositoryPath, sha } = value;
    if (typeof repositoryPath !== 'string' || !repositoryPath || typeof sha !== 'string' || !SHA.test(sha)) return undefined;
    return { type, repositoryPath, sha };
  }
  if (type === 'copySha') {
    return typeof value.sha === 'string' && SHA.test(value.sha) ? { type, sha: value.sha } : undefined;
  }
  return undefined;
}
