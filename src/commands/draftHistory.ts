/** Sent updates, kept in global state so the next default window starts where the last one ended. */
import { StateKeys } from '../constants';

/** One update the user marked as sent. */
export interface SentDraft {
  text: string;
  window: { since: string; until: string; label: string };
  template: string;
  sentAt: string;
}

/** The part of `vscode.Memento` the history needs (globalState satisfies it). */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

const MAX_KEPT = 200;

const isSentDraft = (v: unknown): v is SentDraft => {
  const d = v as SentDraft;
  return typeof d === 'object' && d !== null && typeof d.text === 'string' && typeof d.sentAt === 'string' &&
    typeof d.template === 'string' && typeof d.window?.since === 'string' && typeof d.window?.until === 'string';
};

/** The list of sent drafts, oldest first, capped to the latest MAX_KEPT. */
export class DraftHistory {
  constructor(private readonly store: StateStore) {}

  /** Every kept draft, oldest first; malformed records are skipped. */
  all(): SentDraft[] {
    const raw = this.store.get<unknown[]>(StateKeys.history);
    return Array.isArray(raw) ? raw.filter(isSentDraft) : [];
  }

  /** The most recently sent draft. */
  last(): SentDraft | undefined {
    const all = this.all();
    return all.sort((a, b) => a.sentAt.localeCompare(b.sentAt))[all.length - 1];
  }

  /**
   * Where the next update starts: the end of the last sent one's window, or when it was sent if that is
   * earlier (a window may run to the end of the day; work done after sending belongs to the next update).
   */
  nextSince(): string | undefined {
    const last = this.last();
    if (!last) return undefined;
    return new Date(last.window.until) < new Date(last.sentAt) ? last.window.until : last.sentAt;
  }

  /** Records a sent draft. */
  async add(draft: SentDraft): Promise<void> {
    await this.store.update(StateKeys.history, [...this.all(), draft].slice(-MAX_KEPT));
  }
}
