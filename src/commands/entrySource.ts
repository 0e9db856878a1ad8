/** The seam through which journal entries reach a draft (the journal service implements it). */
import type { TimeWindow } from '../git/types';
import type { Entry } from '../journal/types';

/** Provides the journal entries relevant to a window. */
export interface EntrySource {
  entries(window: TimeWindow): Promise<Entry[]>;
}
