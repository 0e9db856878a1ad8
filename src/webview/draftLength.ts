/** The draft area's length line: "182 words · 1 min read", and whether the draft is over its budget. Pure. */
import type { DraftView } from './protocol';
import type { Translate } from './strings';

/** What the draft area says about a draft's length. */
export interface DraftLengthText {
  /** E.g. "182 words · 1 min read". */
  length: string;
  /** E.g. "Over the brief budget of 250 words", when the draft has more words than its budget. */
  overBudget?: string;
}

/** The length line of `draft` in the view's language. */
export function draftLengthText(draft: Pick<DraftView, 'words' | 'minutes' | 'budget'>, t: Translate): DraftLengthText {
  const words = t(draft.words === 1 ? 'wordsOne' : 'wordsMany', draft.words);
  const minutes = t(draft.minutes === 1 ? 'minutesReadOne' : 'minutesReadMany', draft.minutes);
  const { budget } = draft;
  const over = budget && draft.words > budget.words
    ? t(budget.style === 'brief' ? 'overBriefBudget' : 'overDetailedBudget', budget.words)
    : undefined;
  return { length: t('draftLength', words, minutes), ...(over ? { overBudget: over } : {}) };
}
