/**
 * What counts as done: work that landed on a landing branch in the window, dated by when it landed, each change
 * once; unlanded work is in progress, never both. Each workflow is built as it happens: pull-request merges,
 * squash and rebase merges, cherry-picked backports to stable branches (with `-x`, without, and Gerrit's
 * Change-Id), a stale local main behind origin/main, release branches, a skewed clock and a partial clone.
 */
import { strict as assert } from 'node:assert';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { reportedWork, toldChangesOf, unreportedAccomplishments } from '../../../src/draft/reported';
import { mine } from '../../../src/git/mine';
import type { Accomplishment, MineOptions, MiningResult } from '../../../src/git/types';

const NOV = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const OCT = { since: new Date('2026-10-01T00:00:00Z'), until: new Date('2026-11-01T00:00:00Z'), label: 'October' };
const BOB = { name: 'Bob Maintainer', email: 'bob@example.com' };

const run = (repo: TempRepo, extra: Partial<MineOptions> = {}) => mine({ repositories: [repo.dir], window: NOV, authors: [], ...extra });
const done = (r: MiningResult) => r.accomplishments.flatMap(a => a.commits.map(c => c.sha));
const open = (r: MiningResult) => r.inProgress.flatMap(i => (i.kind === 'branch' ? i.commits.map(c => c.sha) : []));
const itemOf = (r: MiningResult, sha: string): Accomplishment => {
  const found = r.accomplishments.filter(a => a.commits.some(c => c.sha === sha));
  assert.equal(found.length, 1, `${sha.slice(0, 7)} is in ${found.length} accomplishments`);
  return found[0];
};
/** Every commit told once, in exactly one of Done and in progress. */
function toldOnce(r: MiningResult): void {
  const all = [...done(r), ...open(r)];
  assert.equal(new Set(all).size, all.length, 'a commit is told twice');
}

/** A commit made by the maintainer (committer and author) at `date`. */
const asBob = (date: string) => ({ date, env: { GIT_AUTHOR_NAME: BOB.name, GIT_AUTHOR_EMAIL: BOB.email, GIT_COMMITTER_NAME: BOB.name, GIT_COMMITTER_EMAIL: BOB.email } });

/** Cherry-picks `sha` onto `branch` as the maintainer at `date` (`-x` adds the "(cherry picked from commit …)" line). */
function pick(repo: TempRepo, branch: string, sha: string, date: string, withX: boolean): string {
  repo.git(['checkout', '-q', branch]);
  repo.git(['cherry-pick', ...(withX ? ['-x'] : []), sha], { date, env: { GIT_COMMITTER_NAME: BOB.name, GIT_COMMITTER_EMAIL: BOB.email } });
  const copy = repo.git(['rev-parse', 'HEAD']);
  repo.git(['checkout', '-q', 'main']);
  return copy;
}

/** Merges `branch` into main as a pull request, as the forge's merge button does, at `date`. */
function mergePr(repo: TempRepo, branch: string, n: number, title: string, date: string): string {
  repo.git(['checkout', '-q', 'main']);
  repo.git(['merge', '-q', '--no-ff', branch, '-m', `Merge pull request #${n} from ada/${branch}`, '-m', title], asBob(date));
  return repo.git(['rev-parse', 'HEAD']);
}

/** A clone of `upstream` with remote-tracking branches, configured as the user. */
function cloneOf(upstream: TempRepo, name: string, options: string[] = []): TempRepo {
  const clone = makeTempRepo(name, { init: false });
  clone.git(['clone', '-q', ...options, `file://${upstream.dir}`, '.']);
  clone.git(['config', 'user.name', ME.name]);
  clone.git(['config', 'user.email', ME.email]);
  return clone;
}

describe('git mining: what counts as done', function () {
  this.timeout(60_000);

  it('a pull request merged in the window is Done then, though written the month before; never in progress', async () => {
    const repo = makeTempRepo('merged');
    repo.commit({ message: 'chore: base', date: '2026-09-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'feature/export']);
    const a = repo.commit({ message: 'Write the exporter', date: '2026-10-20T10:00:00Z' });
    const b = repo.commit({ message: 'Test the exporter', date: '2026-10-25T10:00:00Z' });
    const merge = mergePr(repo, 'feature/export', 7, 'Export entries to CSV', '2026-11-10T15:00:00Z');
    const nov = await run(repo);
    assert.deepEqual(done(nov).sort(), [a, b].sort());
    assert.deepEqual(open(nov), []);
    const item = itemOf(nov, a);
    assert.deepEqual([item.title, item.pullRequest, item.landedAt, item.landedOn, item.role], ['Export entries to CSV', 7, '2026-11-10T15:00:00.000Z', ['main'], 'author']);
    assert.ok(!done(nov).includes(merge), 'the merge is not a commit of the user\'s');
    // In October the work had not landed, and it has landed now: neither Done nor in progress then.
    const oct = await run(repo, { window: OCT });
    assert.deepEqual([done(oct), open(oct)], [[], []]);
  });

  it('a squash merge: the landed commit titles the work, the branch\'s commits are its evidence, counted once; the branch is not in progress', async () => {
    const repo = makeTempRepo('squashed');
    repo.commit({ message: 'chore: base', files: { 'app.txt': 'one\n' }, date: '2026-10-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'feature/reset']);
    const b1 = repo.commit({ message: 'start the reset form', files: { 'reset.txt': 'form\n' }, date: '2026-11-03T10:00:00Z' });
    const b2 = repo.commit({ message: 'validate the token', files: { 'reset.txt': 'form\ntoken\n' }, date: '2026-11-04T10:00:00Z' });
    const b3 = repo.commit({ message: 'wip', files: { 'app.txt': 'one\ntwo\n' }, date: '2026-11-05T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '--squash', '-q', 'feature/reset']);
    repo.git(['commit', '-q', '-m', 'Add password reset (#8)'], { date: '2026-11-06T10:00:00Z', env: { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' } });
    const squash = repo.git(['rev-parse', 'HEAD']);
    const r = await run(repo);
    toldOnce(r);
    assert.deepEqual(open(r), []);
    const item = itemOf(r, squash);
    assert.deepEqual([item.title, item.pullRequest], ['Add password reset', 8]);
    assert.deepEqual(item.commits.map(c => [c.sha, c.copyOf]).sort(), [[squash, undefined], [b1, squash], [b2, squash], [b3, squash]].sort());
    assert.deepEqual([item.insertions, item.files], [3, 2], 'the branch\'s lines were counted as well as the squash commit\'s');
  });

  it('sent history across a squash: branch commits told before they landed are told again as landed, once', async () => {
    const repo = makeTempRepo('sent-squash');
    repo.commit({ message: 'chore: base', files: { 'app.txt': 'one\n' }, date: '2026-10-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'feature/reset']);
    const b1 = repo.commit({ message: 'start the reset form', files: { 'reset.txt': 'form\n' }, date: '2026-11-03T10:00:00Z' });
    const b2 = repo.commit({ message: 'validate the token', files: { 'reset.txt': 'form\ntoken\n' }, date: '2026-11-04T10:00:00Z' });
    // An older version told the two branch commits as Done on Nov 4, before anything landed.
    const before = reportedWork([{ sentAt: '2026-11-04T16:00:00.000Z', shas: [b1, b2] }]);
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '--squash', '-q', 'feature/reset']);
    repo.git(['commit', '-q', '-m', 'Add password reset (#8)'], { date: '2026-11-06T10:00:00Z' });
    const landed = await run(repo);
    assert.deepEqual(unreportedAccomplishments(landed.accomplishments, before).map(a => a.title), ['Add password reset']);
    const after = reportedWork([{ sentAt: '2026-11-04T16:00:00.000Z', shas: [b1, b2] }, { sentAt: '2026-11-07T16:00:00.000Z', ...toldChangesOf(landed.accomplishments) }]);
    assert.deepEqual(unreportedAccomplishments((await run(repo)).accomplishments, after), []);
  });

  it('a rebase merge: the landed copies are Done, with the branch\'s commits as their evidence', async () => {
    const repo = makeTempRepo('rebased');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'feature/limits']);
    const b1 = repo.commit({ message: 'feat: rate limit headers', files: { 'limits.txt': 'headers\n' }, date: '2026-11-03T10:00:00Z' });
    const b2 = repo.commit({ message: 'feat: rate limit docs', files: { 'limits.md': 'docs\n' }, date: '2026-11-04T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    const l1 = pick(repo, 'main', b1, '2026-11-06T10:00:00Z', false);
    const l2 = pick(repo, 'main', b2, '2026-11-06T10:01:00Z', false);
    const r = await run(repo);
    toldOnce(r);
    assert.deepEqual(open(r), []);
    assert.equal(itemOf(r, b1), itemOf(r, l1));
    assert.equal(itemOf(r, b2), itemOf(r, l2));
    assert.equal(itemOf(r, l1).commits.find(c => c.sha === b1)?.copyOf, l1);
  });

  for (const how of ['with -x', 'without -x', 'with a Change-Id'] as const) {
    it(`a fix backported to two stable branches (${how}) is one accomplishment, its lines counted once`, async () => {
      const repo = makeTempRepo('backports');
      repo.commit({ message: 'chore: base', files: { 'export.c': 'int main;\n' }, date: '2026-09-01T10:00:00Z' });
      repo.git(['branch', 'stable/2025.1']);
      repo.git(['branch', 'stable/2025.2']);
      const changeId = how === 'with a Change-Id' ? '\n\nChange-Id: I8f4e2b6a1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f' : '';
      const fix = repo.commit({ message: `fix: path traversal in export${changeId}`, files: { 'export.c': 'int main;\ncheck(path);\nnormalise(path);\n' }, date: '2026-11-10T10:00:00Z' });
      const copy1 = pick(repo, 'stable/2025.2', fix, '2026-11-12T10:00:00Z', how === 'with -x');
      const copy2 = pick(repo, 'stable/2025.1', fix, '2026-11-13T10:00:00Z', how === 'with -x');
      const r = await run(repo);
      toldOnce(r);
      assert.equal(r.accomplishments.length, 1, r.accomplishments.map(a => a.title).join('; '));
      const item = itemOf(r, fix);
      assert.equal(itemOf(r, copy1), item);
      assert.equal(itemOf(r, copy2), item);
      assert.deepEqual(item.landedOn, ['main', 'stable/2025.2', 'stable/2025.1']);
      assert.equal(item.title, 'Path traversal in export (also on stable/2025.2, stable/2025.1)');
      assert.equal(item.landedAt, '2026-11-10T10:00:00.000Z');
      assert.deepEqual([item.insertions, item.deletions], [2, 0], 'a backport\'s lines were added again');
      assert.deepEqual(open(r), []);
    });
  }

  it('a backport landing a month after the original is a routine "Backported …" line then, not a new accomplishment', async () => {
    const repo = makeTempRepo('late-backport');
    repo.commit({ message: 'chore: base', files: { 'export.c': 'int main;\n' }, date: '2026-09-01T10:00:00Z' });
    repo.git(['branch', 'stable/2025.1']);
    const fix = repo.commit({ message: 'fix: path traversal in export', files: { 'export.c': 'int main;\ncheck(path);\n' }, date: '2026-10-20T10:00:00Z' });
    const copy = pick(repo, 'stable/2025.1', fix, '2026-11-12T10:00:00Z', true);
    const nov = await run(repo);
    assert.equal(nov.accomplishments.length, 1);
    const [item] = nov.accomplishments;
    assert.equal(item.title, 'Backported path traversal in export to stable/2025.1');
    assert.equal(item.backportOf, fix);
    assert.deepEqual(done(nov), [copy]);
    const oct = await run(repo, { window: OCT });
    assert.deepEqual(done(oct), [fix]);
    assert.equal(oct.accomplishments[0].title, 'Path traversal in export');
  });

  it('a stale local main: work merged on origin/main after the last fetch is Done, and its local branch is not in progress', async () => {
    const upstream = makeTempRepo('upstream');
    upstream.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    const clone = cloneOf(upstream, 'stale-clone');
    clone.git(['checkout', '-q', '-b', 'feature/audit']);
    const a = clone.commit({ message: 'feat: audit log', date: '2026-11-03T10:00:00Z' });
    clone.git(['push', '-q', 'origin', 'feature/audit']);
    mergePr(upstream, 'feature/audit', 12, 'Audit log for admin actions', '2026-11-05T10:00:00Z');
    clone.git(['fetch', '-q', 'origin']);
    assert.notEqual(clone.git(['rev-parse', 'main']), clone.git(['rev-parse', 'origin/main']), 'the local main is not stale');
    const r = await run(clone);
    assert.deepEqual(done(r), [a]);
    assert.deepEqual(open(r), []);
    assert.deepEqual([itemOf(r, a).title, itemOf(r, a).landedOn], ['Audit log for admin actions', ['main']]);
  });

  it('backports on remote-tracking stable branches only (a clone) count as landed too', async () => {
    const upstream = makeTempRepo('gerrit');
    upstream.commit({ message: 'chore: base', files: { 'x.c': 'x\n' }, date: '2026-09-01T10:00:00Z' });
    upstream.git(['branch', 'stable/2025.1']);
    const fix = upstream.commit({ message: 'fix: overflow in parser', files: { 'x.c': 'x\ny\n' }, date: '2026-11-10T10:00:00Z' });
    const copy = pick(upstream, 'stable/2025.1', fix, '2026-11-11T10:00:00Z', true);
    const clone = cloneOf(upstream, 'gerrit-clone');
    assert.deepEqual(clone.git(['branch', '--format=%(refname:short)']).split('\n'), ['main'], 'the clone has a local stable branch');
    const r = await run(clone);
    const item = itemOf(r, fix);
    assert.deepEqual(item.commits.map(c => c.sha).sort(), [fix, copy].sort());
    assert.deepEqual(item.landedOn, ['main', 'stable/2025.1']);
  });

  it('a release branch is a landing branch; a topic branch named like one is not', async () => {
    const repo = makeTempRepo('releases');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'release/2.0']);
    const onRelease = repo.commit({ message: 'fix: release blocker', date: '2026-11-04T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'release-notes-fix', 'main']);
    const onTopic = repo.commit({ message: 'docs: fix the release notes', date: '2026-11-05T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'hotfix/1', 'main']);
    const onHotfix = repo.commit({ message: 'fix: hot', date: '2026-11-06T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    const r = await run(repo);
    assert.deepEqual(done(r), [onRelease]);
    assert.deepEqual(itemOf(r, onRelease).landedOn, ['release/2.0']);
    assert.equal(itemOf(r, onRelease).title, 'Release blocker (on release/2.0)');
    assert.deepEqual(open(r).sort(), [onTopic, onHotfix].sort());
    assert.deepEqual(r.inProgress.map(i => i.kind === 'branch' && i.branch).sort(), ['hotfix/1', 'release-notes-fix']);
    // A pattern of the user's makes hotfix/* land too; an empty list leaves only the default branch.
    const custom = await run(repo, { landingPatterns: ['hotfix/*'] });
    assert.deepEqual(done(custom), [onHotfix]);
    assert.deepEqual(open(custom).sort(), [onRelease, onTopic].sort());
  });

  it('a commit with a skewed committer clock hides nothing: not on main, not on an unmerged branch', async () => {
    const repo = makeTempRepo('skewed');
    repo.commit({ message: 'chore: base', date: '2026-10-01T10:00:00Z' });
    const a = repo.commit({ message: 'feat: first', date: '2026-11-10T10:00:00Z' });
    // Rebased with --committer-date-is-author-date onto newer work: its committer date is months old.
    const skewed = repo.commit({ message: 'feat: skewed', date: '2026-11-11T10:00:00Z', committerDate: '2026-08-01T10:00:00Z' });
    const b = repo.commit({ message: 'feat: third', date: '2026-11-12T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'topic']);
    const t1 = repo.commit({ message: 'topic one', date: '2026-11-13T10:00:00Z' });
    const t2 = repo.commit({ message: 'topic two', date: '2026-11-14T10:00:00Z', committerDate: '2026-07-01T10:00:00Z' });
    const t3 = repo.commit({ message: 'topic three', date: '2026-11-15T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    const r = await run(repo);
    assert.deepEqual(done(r).sort(), [a, skewed, b].sort());
    assert.deepEqual(open(r).sort(), [t1, t2, t3].sort());
    assert.equal(itemOf(r, skewed).landedAt, '2026-11-10T10:00:00.000Z', 'the skewed commit cannot land before the commit below it');
  });

  it('a blobless partial clone is drafted without line counts or patch comparisons, fetching nothing, with a warning', async () => {
    const upstream = makeTempRepo('promisor');
    upstream.git(['config', 'uploadpack.allowFilter', 'true']);
    upstream.commit({ message: 'chore: base', files: { 'a.txt': 'a\n' }, date: '2026-10-01T10:00:00Z' });
    const landed = upstream.commit({ message: 'feat: landed work', files: { 'b.txt': 'b\n' }, date: '2026-11-03T10:00:00Z' });
    const clone = cloneOf(upstream, 'partial', ['--filter=blob:none', '--no-checkout']);
    clone.git(['checkout', '-q', 'main'], { env: { GIT_NO_LAZY_FETCH: '0' } });
    clone.git(['checkout', '-q', '-b', 'topic']);
    const local = clone.commit({ message: 'feat: local work', files: { 'c.txt': 'c\n' }, date: '2026-11-04T10:00:00Z' });
    const r = await run(clone);
    assert.equal(r.repositories[0].error, undefined);
    assert.deepEqual(done(r), [landed]);
    assert.deepEqual(open(r), [local]);
    assert.ok(r.repositories[0].warnings.some(w => /partial clone/.test(w)), r.repositories[0].warnings.join('; '));
    assert.equal(itemOf(r, landed).insertions, 0);
  });

  it('finds no landing branch in a repository without one: its work is all in progress', async () => {
    const repo = makeTempRepo('detached-only');
    repo.commit({ message: 'feat: a', date: '2026-11-03T10:00:00Z' });
    repo.git(['checkout', '-q', '--detach']);
    repo.git(['branch', '-D', 'main']);
    const b = repo.commit({ message: 'feat: b', date: '2026-11-04T10:00:00Z' });
    const r = await run(repo);
    assert.deepEqual(done(r), []);
    assert.ok(open(r).includes(b));
  });
});
