/**
 * Who did what: long-lived branches never name work, every common merge style gives its pull request, a
 * maintainer's merges and reviews count, credit goes to the right people (never to a bot), a revert of older work
 * is routine, and dataset names are not tickets while advisories are listed.
 */
import { strict as assert } from 'node:assert';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { buildDraftModel } from '../../../src/draft/model';
import { mine } from '../../../src/git/mine';
import type { Accomplishment, MineOptions, MiningResult } from '../../../src/git/types';

const NOV = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const GRACE = { name: 'Grace Hopper', email: 'grace@example.com' };
const LINUS = { name: 'Linus Park', email: 'linus@example.com' };
const ALAN = { name: 'Alan Turing', email: 'alan@example.com' };
const RENOVATE = { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' };
const GITHUB = { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };

const run = (repo: TempRepo, extra: Partial<MineOptions> = {}) => mine({ repositories: [repo.dir], window: NOV, authors: [], ...extra });
const itemOf = (r: MiningResult, sha: string): Accomplishment => {
  const found = r.accomplishments.filter(a => a.commits.some(c => c.sha === sha));
  assert.equal(found.length, 1, `${sha.slice(0, 7)} is in ${found.length} accomplishments: ${r.accomplishments.map(a => a.title).join('; ')}`);
  return found[0];
};

/** A branch off main with commits `subjects` by `author`, back on main afterwards. */
function topic(repo: TempRepo, name: string, subjects: string[], day: number, author: { name: string; email: string } = ME): string[] {
  repo.git(['checkout', '-q', '-b', name, 'main']);
  const shas = subjects.map((s, i) => repo.commit({ message: s, author, date: `2026-11-${String(day).padStart(2, '0')}T1${i}:00:00Z` }));
  repo.git(['checkout', '-q', 'main']);
  return shas;
}

/** Merges `branch` into main with `message` (subject, then body paragraphs), by `author`, at `date`. */
function merge(repo: TempRepo, branch: string, message: string[], date: string, author: { name: string; email: string } = ME): string {
  repo.git(['checkout', '-q', 'main']);
  repo.git(['merge', '-q', '--no-ff', branch, ...message.flatMap(m => ['-m', m])],
    { date, env: { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, ...GITHUB } });
  return repo.git(['rev-parse', 'HEAD']);
}

describe('git mining: who did what', function () {
  this.timeout(60_000);

  it('long-lived branches never name work: a maintenance branch, a next branch and an integration branch of three people', async () => {
    const repo = makeTempRepo('long-lived');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    // The maintenance branch: a security fix and a release, merged up into main.
    repo.git(['checkout', '-q', '-b', 'stable']);
    const security = repo.commit({ message: 'fix: reject path traversal in the archive extractor', date: '2026-11-02T10:00:00Z' });
    const release = repo.commit({ message: 'release version 3.1.3', date: '2026-11-02T11:00:00Z' });
    const deps = repo.commit({ message: 'chore: update dev dependencies', date: '2026-11-02T12:00:00Z' });
    merge(repo, 'stable', ["Merge branch 'stable'"], '2026-11-03T10:00:00Z');
    // The next branch, where topics are merged before main.
    repo.git(['checkout', '-q', '-b', 'next']);
    const onNext = repo.commit({ message: 'feat: faster index', date: '2026-11-04T10:00:00Z' });
    merge(repo, 'next', ["Merge branch 'next'"], '2026-11-05T10:00:00Z');
    // An integration branch holding three people's merges of their topics.
    repo.git(['checkout', '-q', '-b', 'integration-q4', 'main']);
    const mine3 = [GRACE, LINUS, ME].map((who, i) => {
      const [sha] = topic(repo, `t${i}`, [`feat: part ${i}`], 6 + i, who);
      repo.git(['checkout', '-q', 'integration-q4']);
      repo.git(['merge', '-q', '--no-ff', `t${i}`, '-m', `Merge branch 't${i}' into integration-q4`],
        { date: `2026-11-0${6 + i}T20:00:00Z`, env: { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email } });
      return sha;
    });
    merge(repo, 'integration-q4', ["Merge branch 'integration-q4'"], '2026-11-10T10:00:00Z');
    const r = await run(repo);
    for (const a of r.accomplishments) assert.ok(!['stable', 'next', 'integration-q4'].includes(a.branch ?? ''), `"${a.title}" is named after ${a.branch}`);
    assert.notEqual(itemOf(r, security), itemOf(r, deps));
    assert.equal(itemOf(r, release).title, 'Released 3.1.3');
    assert.equal(itemOf(r, release).type, 'release');
    // It landed on stable first, and on main with the merge up.
    assert.equal(itemOf(r, security).title, 'Reject path traversal in the archive extractor (on stable)');
    assert.equal(itemOf(r, onNext).title, 'Faster index');
    assert.equal(itemOf(r, mine3[2]).title, 'Part 2');
  });

  it('every common merge style gives its pull request, and its title names its commits', async () => {
    const repo = makeTempRepo('merge-styles');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    const styles: { branch: string; message: string[]; pr?: number; title: string }[] = [
      { branch: 'gh', message: ['Merge pull request #1 from ada/gh', 'Export invoices as CSV'], pr: 1, title: 'Export invoices as CSV' },
      { branch: 'titled', message: ['Speed up the search page (#2)'], pr: 2, title: 'Speed up the search page' },
      { branch: 'feature-x', message: ["Merge branch 'feature-x'"], title: 'Second part of feature-x' },
      { branch: 'gl', message: ["Merge branch 'gl' into 'main'", 'Add the audit log', 'See merge request team/app!3'], pr: 3, title: 'Add the audit log' },
      { branch: 'gerrit', message: ['Merge "Cache the session tokens"'], title: 'Cache the session tokens' },
      { branch: 'feature/bb', message: ['Merged in feature/bb (pull request #4)', 'Retry failed uploads'], pr: 4, title: 'Retry failed uploads' },
    ];
    const shas = styles.map((s, i) => {
      const commits = topic(repo, s.branch, [`First part of ${s.branch}`, `Second part of ${s.branch}`], 2 + i);
      merge(repo, s.branch, s.message, `2026-11-${String(2 + i).padStart(2, '0')}T20:00:00Z`);
      return commits;
    });
    const r = await run(repo);
    styles.forEach((s, i) => {
      const item = itemOf(r, shas[i][0]);
      assert.equal(itemOf(r, shas[i][1]), item, `${s.branch}: its two commits are apart`);
      assert.equal(item.title, s.title, s.branch);
      assert.equal(item.pullRequest, s.pr, s.branch);
    });
    assert.equal(r.accomplishments.length, styles.length);
  });

  it('a maintainer\'s merges of three people\'s pull requests and a bot\'s are counted, apart from a merge of main into a topic', async () => {
    const repo = makeTempRepo('maintainer');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    [GRACE, LINUS, ALAN, RENOVATE].forEach((who, i) => {
      topic(repo, `pr${i}`, [`feat: contribution ${i}`], 2 + i, who);
      merge(repo, `pr${i}`, [`Merge pull request #${10 + i} from fork/pr${i}`, `Contribution ${i}`], `2026-11-0${2 + i}T20:00:00Z`);
    });
    // The maintainer's own topic, where main was merged in to stay up to date: not a merge of others' work.
    topic(repo, 'mine', ['feat: my own change'], 8);
    repo.git(['checkout', '-q', 'mine']);
    repo.git(['merge', '-q', '--no-ff', 'main', '-m', "Merge branch 'main' into mine"], { date: '2026-11-09T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    const r = await run(repo);
    assert.deepEqual(r.merged.map(m => [m.pullRequest, m.title, m.authors.map(a => a.name), m.bot]), [
      [10, 'Contribution 0', ['Grace Hopper'], false], [11, 'Contribution 1', ['Linus Park'], false],
      [12, 'Contribution 2', ['Alan Turing'], false], [13, 'Contribution 3', ['renovate[bot]'], true],
    ]);
    const model = buildDraftModel({ mining: r, entries: [], now: new Date('2026-11-20T12:00:00Z'), style: 'brief' });
    assert.equal(model.merged.summary, 'Merged 3 pull requests from 3 contributors, and 1 dependency update');
    assert.deepEqual(r.accomplishments, [], 'others\' work is told as the maintainer\'s own');
  });

  it('reviews: landed commits whose Reviewed-by, Acked-by, Tested-by or Helped-by names the user', async () => {
    const repo = makeTempRepo('reviews');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    repo.commit({ message: `fix(parser): handle empty input\n\nReviewed-by: ${ME.name} <${ME.email}>\nSigned-off-by: Grace <grace@example.com>`, author: GRACE, date: '2026-11-03T10:00:00Z' });
    repo.commit({ message: `Speed up the loader\n\nAcked-by: ${ME.name} <${ME.email.toUpperCase()}>`, author: LINUS, date: '2026-11-04T10:00:00Z' });
    repo.commit({ message: 'Unrelated work\n\nReviewed-by: Alan Turing <alan@example.com>', author: ALAN, date: '2026-11-05T10:00:00Z' });
    const r = await run(repo);
    assert.deepEqual(r.reviewed.map(x => [x.title, x.author.name, x.trailer]).sort(), [
      ['Handle empty input', 'Grace Hopper', 'Reviewed-by'], ['Speed up the loader', 'Linus Park', 'Acked-by'],
    ]);
  });

  it('honest credit: work the user only co-authored is the author\'s, with the user helping, and never leads; bots and machines are never thanked', async () => {
    const repo = makeTempRepo('credit');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    const own = repo.commit({ message: `feat: small own change\n\nCo-authored-by: tiny <tiny@local>\nCo-authored-by: Mona <1234+mona@users.noreply.github.com>`, date: '2026-11-02T10:00:00Z' });
    const helped = repo.commit({ message: `feat!: restore lost tests\n\nCo-authored-by: ${ME.name} <${ME.email}>`, author: GRACE, date: '2026-11-03T10:00:00Z' });
    const botCommit = repo.commit({ message: `chore(deps): bump lodash\n\nCo-authored-by: ${ME.name} <${ME.email}>`, author: RENOVATE, date: '2026-11-04T10:00:00Z' });
    const r = await run(repo);
    const helpedItem = itemOf(r, helped);
    assert.deepEqual([helpedItem.role, helpedItem.title], ['co-author', 'Restore lost tests — by Grace Hopper, with you']);
    assert.equal(r.accomplishments[0], itemOf(r, own), 'work the user only co-authored leads Done');
    assert.deepEqual(itemOf(r, own).coAuthors.map(p => p.name), ['Mona'], 'a machine identity is credited');
    assert.deepEqual([itemOf(r, botCommit).type, itemOf(r, botCommit).title, itemOf(r, botCommit).coAuthors], ['chore', 'Bump lodash', []]);
    const model = buildDraftModel({ mining: r, entries: [], now: new Date('2026-11-20T12:00:00Z'), style: 'detailed' });
    assert.deepEqual(model.team.map(m => m.name).sort(), ['Grace Hopper', 'Mona']);
  });

  it('a revert of work from before the window is a routine "Reverted …" line; a revert inside it still cancels out', async () => {
    const repo = makeTempRepo('reverts');
    const old = repo.commit({ message: 'feat: experimental cache', date: '2026-10-10T10:00:00Z' });
    repo.git(['revert', '--no-edit', old], { date: '2026-11-03T10:00:00Z' });
    const revert = repo.git(['rev-parse', 'HEAD']);
    const bad = repo.commit({ message: 'feat: bad idea', date: '2026-11-04T10:00:00Z' });
    repo.git(['revert', '--no-edit', bad], { date: '2026-11-05T10:00:00Z' });
    const r = await run(repo);
    assert.deepEqual(r.accomplishments.map(a => [a.title, a.type]), [['Reverted experimental cache', 'revert']]);
    assert.deepEqual(r.accomplishments[0].commits.map(c => c.sha), [revert]);
  });

  it('dataset, model and standard names are not tickets, nor keys in the middle of prose; real keys are, and advisories are listed', async () => {
    const repo = makeTempRepo('tickets');
    const datasets = repo.commit({ message: 'Train on CIFAR-10 and MNIST-1, compare with GPT-4 per RFC-2119', date: '2026-11-02T10:00:00Z' });
    const prose = repo.commit({ message: 'Explain why ABC-7 needed a rewrite in the docs', date: '2026-11-03T10:00:00Z' });
    const keyed = repo.commit({ message: 'feat: B2B-12 add invoices', date: '2026-11-04T10:00:00Z' });
    const referenced = repo.commit({ message: 'fix: totals\n\nRefs: B2B-12', date: '2026-11-05T10:00:00Z' });
    const security = repo.commit({ message: 'fix: escape archive paths\n\nFixes CVE-2026-12345 and GHSA-4vx2-9m7q-xwr8.', date: '2026-11-06T10:00:00Z' });
    const r = await run(repo);
    assert.deepEqual(itemOf(r, datasets).tickets, []);
    assert.deepEqual(itemOf(r, prose).tickets, []);
    assert.equal(itemOf(r, keyed), itemOf(r, referenced));
    assert.deepEqual(itemOf(r, keyed).tickets, ['B2B-12']);
    assert.deepEqual(itemOf(r, security).advisories, ['CVE-2026-12345', 'GHSA-4vx2-9m7q-xwr8']);
    assert.deepEqual(itemOf(r, security).tickets, []);
  });
});
