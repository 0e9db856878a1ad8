/** Deterministic journal entries for the 10,000-entry benchmark journal: every kind, realistic mix. */
import type { NewEntry } from '../src/journal/types';
import { AUTHORS } from './people';
import { Prng } from './prng';

const WINS = ['shipped the billing export', 'cut p95 search latency', 'closed the SSO rollout', 'unblocked the data migration',
  'automated release notes', 'fixed the flaky checkout test', 'onboarded two new engineers', 'removed the legacy queue'];
const PROBLEMS = ['staging is down twice a week', 'the vendor API rate-limits us', 'reviews wait three days',
  'the migration needs a freeze window', 'no owner for the alerting rules', 'CI takes 40 minutes'];
const OPTIONS = ['add a cache', 'ask the vendor for a higher quota', 'split the work', 'hire a contractor',
  'move to the new cluster', 'pair on it for a week'];
const PEOPLE = AUTHORS.slice(0, 12).map(a => a.name);

/** The i-th entry of the benchmark journal (same on every machine). */
export function journalEntry(i: number): NewEntry {
  const rng = new Prng(31_000 + i);
  const tickets = rng.chance(0.3) ? [`API-${rng.int(1, 9999)}`] : [];
  const tags = rng.chance(0.4) ? [rng.pick(['q3', 'oncall', 'hiring', 'perf', 'security'])] : [];
  const day = (offset: number) => new Date(Date.UTC(2025, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const k = rng.weighted([35, 25, 10, 15, 10, 5]);
  switch (k) {
    case 0: return { kind: 'win', text: `${rng.pick(WINS)} (${i})`, impact: rng.chance(0.7) ? 'saves the team about a day a week' : undefined, tags, tickets, people: rng.chance(0.3) ? [rng.pick(PEOPLE)] : [] };
    case 1: return { kind: 'note', text: `context on ${rng.pick(WINS)} (${i})`, tags, tickets };
    case 2: {
      const options = Array.from({ length: rng.int(0, 3) }, () => ({ title: rng.pick(OPTIONS), pros: ['fast'], cons: ['costs money'] }));
      return { kind: 'problem', text: `${rng.pick(PROBLEMS)} (${i})`, impact: 'slows every release', options,
        recommended: options.length ? 0 : undefined, ask: options.length ? 'a decision by Friday' : undefined,
        status: rng.chance(0.8) ? 'resolved' : 'open', tags, tickets };
    }
    case 3: return { kind: 'promise', text: `deliver ${rng.pick(WINS)} (${i})`, to: rng.pick(PEOPLE), due: day(rng.int(-400, 30)),
      status: rng.pick(['open', 'done', 'done', 'done', 'at-risk', 'dropped'] as const), tags };
    case 4: return { kind: 'feedback', text: `more detail in design docs (${i})`, from: rng.pick(PEOPLE), action: 'added a template', tags };
    default: return { kind: 'goal', text: `own the ${rng.pick(['search', 'billing', 'platform'])} roadmap (${i})`, goalKind: rng.chance(0.7) ? 'manager' : 'career', status: 'active', tags };
  }
}
