import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';

const WINDOW = { since: new Date('2026-11-10T00:00:00Z'), until: new Date('2026-11-20T00:00:00Z'), label: 'window' };
const BOB = { name: 'Bob', email: 'bob@example.com' };
const SUBJECTS = ['feat(api): add endpoint', 'fix: crash ABC-1', 'WIP', 'fixup! feat(api): add endpoint', 'docs: readme', 'Tidy up', 'refactor(db)!: new schema #5', 'chore: release (#9)'];
const BRANCHES = ['main', 'topic-a', 'topic-b'];

type Step =
  | { kind: 'commit'; branch: number; subject: number; day: number; byBob: boolean; coAuthorMe: boolean }
  | { kind: 'merge'; branch: number; day: number; pr: boolean }
  | { kind: 'revert'; day: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('commit' as const), branch: fc.nat(2), subject: fc.nat(SUBJECTS.length - 1), day: fc.integer({ min: 5, max: 25 }), byBob: fc.boolean(), coAuthorMe: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), branch: fc.integer({ min: 1, max: 2 }), day: fc.integer({ min: 5, max: 25 }), pr: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('revert' as const), day: fc.integer({ min: 5, max: 25 }) }) },
);

const iso = (day: number) => `2026-11-${String(day).padStart(2, '0')}T12:00:00+05:00`;

/** A user's commit: authored by ME, or naming ME as co-author. */
function isMine(repo: TempRepo, sha: string): boolean {
  const [email, coAuthors] = repo.git(['log', '-1', '--format=%aE%x09%(trailers:key=Co-authored-by,valueonly,separator=%x2C)', sha]).split('\t');
  return email.toLowerCase() === ME.email || (coAuthors ?? '').includes(ME.email);
}

/**
 * The oracle, from plain git, one commit at a time: main's first-parent line oldest first, each commit bringing in
 * what its first parent did not reach, at the latest committer time at or below it; the rest of the branches is
 * unlanded, counted by author or committer date. A commit and its revert on the same side cancel out.
 */
function oracle(repo: TempRepo): { landed: Set<string>; unlanded: Set<string> } {
  const inWindow = (seconds: number) => seconds * 1000 >= WINDOW.since.getTime() && seconds * 1000 < WINDOW.until.getTime();
  const line = repo.git(['rev-list', '--first-parent', '--reverse', '--timestamp', 'main']).split('\n').map(l => l.split(' '));
  const landed = new Set<string>();
  let latest = 0;
  for (const [time, sha] of line) {
    latest = Math.max(latest, Number(time));
    const parent = repo.git(['rev-list', '--parents', '-1', sha]).split(' ')[1];
    const brought = repo.git(['rev-list', '--no-merges', sha, ...(parent ? ['--not', parent] : [])]).split('\n').filter(Boolean);
    if (inWindow(latest)) for (const c of brought) if (isMine(repo, c)) landed.add(c);
  }
  const unlanded = new Set<string>();
  for (const row of repo.git(['log', '--branches', '--no-merges', '--format=%H %at %ct', '--not', 'main']).split('\n').filter(Boolean)) {
    const [sha, at, ct] = row.split(' ');
    if ((inWindow(Number(at)) || inWindow(Number(ct))) && isMine(repo, sha)) unlanded.add(sha);
  }
  for (const side of [landed, unlanded]) {
    const reverts = [...side].map(sha => [sha, /This reverts commit ([0-9a-f]{40})/.exec(repo.git(['log', '-1', '--format=%b', sha]))?.[1]] as const);
    for (const [r, target] of reverts) if (target && side.has(target) && side.has(r)) {
      side.delete(r);
      side.delete(target);
    }
  }
  return { landed, unlanded };
}

describe('git mining: the invariant', () => {
  it('every non-merge commit of the user\'s is Done (landed in the window) or in progress (unlanded, dated in it), never both, except revert pairs', async function () {
    this.timeout(180_000);
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 14 }), async steps => {
      const repo = makeTempRepo();
      repo.commit({ message: 'root', date: iso(1) });
      for (const b of BRANCHES.slice(1)) repo.git(['branch', b]);
      let n = 0;
      // Author dates jump around (rebases keep them); committer dates only move forward, as on one clock.
      let clock = Date.parse(iso(1));
      const committed = (day: number) => new Date((clock = Math.max(clock + 60_000, Date.parse(iso(day))))).toISOString();
      for (const s of steps) {
        if (s.kind === 'commit') {
          repo.git(['checkout', '-q', BRANCHES[s.branch]]);
          const trailer = s.coAuthorMe ? `\n\nCo-authored-by: ${ME.name} <${ME.email}>` : '';
          repo.commit({ message: `${SUBJECTS[s.subject]}${trailer}`, date: iso(s.day), committerDate: committed(s.day), author: s.byBob ? BOB : ME, files: { [`f${n++}.txt`]: `${n}\n` } });
        } else if (s.kind === 'merge') {
          repo.git(['checkout', '-q', 'main']);
          const msg = s.pr ? [`Merge pull request #${n++} from o/${BRANCHES[s.branch]}`, '-m', 'A title'] : [`Merge branch '${BRANCHES[s.branch]}'`];
          repo.git(['merge', '-q', '--no-ff', BRANCHES[s.branch], '-m', ...msg], { date: iso(s.day), env: { GIT_COMMITTER_DATE: committed(s.day) } });
        } else {
          repo.git(['checkout', '-q', 'main']);
          const isMerge = repo.git(['rev-list', '--parents', '-1', 'HEAD']).split(' ').length > 2;
          if (!isMerge) repo.git(['revert', '--no-edit', 'HEAD'], { date: iso(s.day), env: { GIT_COMMITTER_DATE: committed(s.day) } });
        }
      }
      const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
      const { landed, unlanded } = oracle(repo);
      const done = result.accomplishments.flatMap(a => a.commits.map(c => c.sha));
      const open = result.inProgress.flatMap(i => (i.kind === 'branch' ? i.commits.map(c => c.sha) : []));
      assert.equal(new Set(done).size, done.length, 'a commit is in two accomplishments');
      assert.equal(new Set(open).size, open.length, 'a commit is in progress twice');
      assert.deepEqual(new Set(done), landed, 'Done is not exactly the landed work of the window');
      assert.deepEqual(new Set(open), unlanded, 'in progress is not exactly the unlanded work of the window');
      assert.equal(result.commitCount, landed.size + unlanded.size);
    }), { numRuns: 10, seed: 20261116 });
  });
});
