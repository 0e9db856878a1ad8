/** Filter and text search over a large journal, done on the host in slices so the extension host stays responsive. Pure: no vscode. */
import type { Entry } from '../journal/types';
import type { JournalQuery } from '../webview/protocol';

/** Entries handled between two yields to the event loop. */
const SLICE = 5_000;

/** Lets other work run (timers, messages) between slices of a long loop. */
export const yieldToEventLoop = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

const wordsOf = (query: JournalQuery): string[] => query.text.toLowerCase().split(/\s+/).filter(Boolean);

/** The matching rule of both answers: the query's kind (or all), and every word found in the entry's search text. */
function isMatch(e: Entry, kind: JournalQuery['kind'], words: readonly string[], text: () => string): boolean {
  if (kind !== 'all' && e.kind !== kind) return false;
  if (!words.length) return true;
  const haystack = text();
  return words.every(w => haystack.includes(w));
}

/** The newest `query.limit` entries matching a query, and how many match in all. */
export interface QueryResult {
  entries: Entry[];
  matches: number;
}

/**
 * Answers journal queries over one snapshot's entries (newest first). The lower-case search text of each entry is
 * built once, on the first text search, in slices; a new snapshot gets a new instance.
 */
export class JournalSearch {
  private haystacks: Promise<string[]> | undefined;

  constructor(readonly entries: readonly Entry[]) {}

  /** Every field of an entry as lower-case text, so any of them can be searched (text, impact, options, people…). */
  static textOf(entry: Entry): string {
    return JSON.stringify(entry).toLowerCase();
  }

  /** Matching entries, newest first: `kind` (or all) and every word of `text` found in the entry. */
  async query(query: JournalQuery): Promise<QueryResult> {
    const words = wordsOf(query);
    const texts = words.length ? await this.texts() : undefined;
    const out: Entry[] = [];
    let matches = 0;
    for (let i = 0; i < this.entries.length; i++) {
      if (i > 0 && i % SLICE === 0) await yieldToEventLoop();
      const e = this.entries[i];
      if (!isMatch(e, query.kind, words, () => texts![i])) continue;
      matches++;
      if (out.length < query.limit) out.push(e);
    }
    return { entries: out, matches };
  }

  /** The same answer computed at once, blocking (the test API's synchronous snapshot of the sidebar). */
  queryNow(query: JournalQuery): QueryResult {
    const words = wordsOf(query);
    const out: Entry[] = [];
    let matches = 0;
    for (const e of this.entries) {
      if (!isMatch(e, query.kind, words, () => JournalSearch.textOf(e))) continue;
      matches++;
      if (out.length < query.limit) out.push(e);
    }
    return { entries: out, matches };
  }

  private texts(): Promise<string[]> {
    this.haystacks ??= (async () => {
      const texts: string[] = new Array<string>(this.entries.length);
      for (let i = 0; i < this.entries.length; i++) {
        if (i > 0 && i % SLICE === 0) await yieldToEventLoop();
        texts[i] = JournalSearch.textOf(this.entries[i]);
      }
      return texts;
    })();
    return this.haystacks;
  }
}
