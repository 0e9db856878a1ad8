/** The seam through which journal entries reach a draft (the journal service implements it). */
import type { Entry } from '../journal/types';

/** Provides the journal's live entries (the draft model picks the window's). */
export interface EntrySource {
  entries(): Promise<Entry[]>;
}
