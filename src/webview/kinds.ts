/** How the sidebar names and draws each entry kind. Pure. */
import type { EntryKind } from '../journal/types';
import type { StringKey } from './stringKeys';

/** How the view names one kind: each a key of the string table (whole sentences per kind, never a lower-cased label). */
export interface KindInfo {
  kind: EntryKind;
  icon: string;
  label: StringKey;
  plural: StringKey;
  /** The text field's placeholder. */
  placeholder: StringKey;
  /** The capture form's title while editing an entry of this kind. */
  edit: StringKey;
  saved: StringKey;
  updated: StringKey;
  /** The undo bar's sentence, `{0}` the entry's first line. */
  deleted: StringKey;
}

/** Each kind's strings and codicon, in the order the kind selector lists them. */
export const KINDS: readonly KindInfo[] = [
  { kind: 'win', icon: 'star-full', label: 'kindWin', plural: 'kindWinPlural', placeholder: 'placeholderWin', edit: 'editWin', saved: 'savedWin', updated: 'updatedWin', deleted: 'deletedWin' },
  { kind: 'problem', icon: 'warning', label: 'kindProblem', plural: 'kindProblemPlural', placeholder: 'placeholderProblem', edit: 'editProblem', saved: 'savedProblem', updated: 'updatedProblem', deleted: 'deletedProblem' },
  { kind: 'promise', icon: 'calendar', label: 'kindPromise', plural: 'kindPromisePlural', placeholder: 'placeholderPromise', edit: 'editPromise', saved: 'savedPromise', updated: 'updatedPromise', deleted: 'deletedPromise' },
  { kind: 'feedback', icon: 'comment-discussion', label: 'kindFeedback', plural: 'kindFeedbackPlural', placeholder: 'placeholderFeedback', edit: 'editFeedback', saved: 'savedFeedback', updated: 'updatedFeedback', deleted: 'deletedFeedback' },
  { kind: 'note', icon: 'note', label: 'kindNote', plural: 'kindNotePlural', placeholder: 'placeholderNote', edit: 'editNote', saved: 'savedNote', updated: 'updatedNote', deleted: 'deletedNote' },
  { kind: 'goal', icon: 'target', label: 'kindGoal', plural: 'kindGoalPlural', placeholder: 'placeholderGoal', edit: 'editGoal', saved: 'savedGoal', updated: 'updatedGoal', deleted: 'deletedGoal' },
];

/** The entry of KINDS for a kind. */
export function kindInfo(kind: EntryKind): KindInfo {
  return KINDS.find(k => k.kind === kind) ?? KINDS[0];
}
