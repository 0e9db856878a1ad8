/** The 40 synthetic authors every benchmark repository draws from, and the one whose draft is measured. */

/** A commit author with a fixed time-zone offset (`+0100`), as written into fast-import streams. */
export interface Author {
  name: string;
  email: string;
  tz: string;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Ken', 'Dennis', 'Margaret', 'Linus', 'Donald',
  'Frances', 'John', 'Radia', 'Niklaus', 'Sophie', 'Tim', 'Hedy', 'Bjarne', 'Katherine', 'Guido'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Thompson', 'Ritchie', 'Hamilton',
  'Torvalds', 'Knuth', 'Allen', 'Backus', 'Perlman', 'Wirth', 'Wilson', 'Berners-Lee', 'Lamarr',
  'Stroustrup', 'Johnson', 'van Rossum'];
const ZONES = ['+0000', '+0100', '+0200', '-0500', '-0800', '+0530', '+0900', '-0300'];

/** 40 distinct authors, deterministic. */
export const AUTHORS: readonly Author[] = Array.from({ length: 40 }, (_, i) => {
  const first = FIRST[i % FIRST.length];
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length];
  const name = `${first} ${last}`;
  const email = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `${i}@example.com`;
  return { name, email, tz: ZONES[i % ZONES.length] };
});

/** Index of the author whose drafts are measured: a typically active one, not the busiest. */
export const MEASURED_AUTHOR_INDEX = 5;

/** The measured author. */
export const MEASURED: Author = AUTHORS[MEASURED_AUTHOR_INDEX];

/** Relative activity of each author (a gentle long tail, like a real team). */
export const AUTHOR_WEIGHTS: readonly number[] = AUTHORS.map((_, i) => 1 / (1 + i / 12));
