/** Titles for a manager (placeholder until the past-tense rules land). */

/** The title in the past tense, for Done. */
export function pastTense(title: string): string {
  return title;
}
