/** How the sidebar names and draws each entry kind. Pure. */
import type { EntryKind } from '../journal/types';

/** Label, codicon and the text field's placeholder of each kind, in the order the kind selector lists them. */
export const KINDS: readonly { kind: EntryKind; label: string; plural: string; icon: string; placeholder: string }[] = [
  { kind: 'win', label: 'Win', plural: 'Wins', icon: 'star-full', placeholder: 'What did you achieve?' },
  { kind: 'problem', label: 'Problem', plural: 'Problems', icon: 'warning', placeholder: 'What is the problem?' },
  { kind: 'promise', label: 'Promise', plural: 'Promises', icon: 'calendar', placeholder: 'What did you promise?' },
  { kind: 'feedback', label: 'Feedback', plural: 'Feedback', icon: 'comment-discussion', placeholder: 'What was said?' },
  { kind: 'note', label: 'Note', plural: 'Notes', icon: 'note', placeholder: 'Work in progress, context…' },
  { kind: 'goal', label: 'Goal', plural: 'Goals', icon: 'target', placeholder: 'A priority of your manager, or a career goal' },
];

/** The entry of KINDS for a kind. */
export function kindInfo(kind: EntryKind): (typeof KINDS)[number] {
  return KINDS.find(k => k.kind === kind) ?? KINDS[0];
}
