import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
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

describe('git mining: the invariant', () => {
  it('every non-merge commit by the user in the window, on a local branch, is in exactly one accomplishment, except revert pairs', async function () {
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
      // The oracle: plain git over local branches.
      const lines = repo.git(['log', '--branches', '--no-merges', '--format=%H%x09%aE%x09%at%x09%(trailers:key=Co-authored-by,valueonly,separator=%x2C)%x09%b']).split('\n').filter(l => /^[0-9a-f]{40}\t/.test(l));
      const expected = new Set<string>();
      const reverts = new Map<string, string>();
      for (const line of lines) {
        const [sha, email, at, coAuthors, body] = line.split('\t');
        const t = Number(at) * 1000;
        const mineCommit = email.toLowerCase() === ME.email || coAuthors.includes(ME.email);
        if (!mineCommit || t < WINDOW.since.getTime() || t >= WINDOW.until.getTime()) continue;
        expected.add(sha);
        const reverted = /This reverts commit ([0-9a-f]{40})/.exec(body ?? '')?.[1];
        if (reverted) reverts.set(sha, reverted);
      }
      for (const [r, target] of reverts) if (expected.has(target) && expected.has(r)) {
        expected.delete(r);
        expected.delete(target);
      }
      const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
      const seen = result.accomplishments.flatMap(a => a.commits.map(c => c.sha));
      assert.equal(new Set(seen).size, seen.length, 'a commit is in two accomplishments');
      assert.deepEqual(new Set(seen), expected);
      assert.equal(result.commitCount, expected.size);
    }), { numRuns: 10, seed: 20261116 });
  });
});
