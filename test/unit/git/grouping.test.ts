import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import type { Accomplishment, MineOptions, MiningResult } from '../../../src/git/types';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const BOB = { name: 'Bob Builder', email: 'bob@example.com' };

function run(repo: TempRepo, extra: Partial<MineOptions> = {}): Promise<MiningResult> {
  return mine({ repositories: [repo.dir], window: WINDOW, authors: [], ...extra });
}

/** The accomplishment holding `sha`. */
function groupOf(result: MiningResult, sha: string): Accomplishment {
  const found = result.accomplishments.filter(a => a.commits.some(c => c.sha === sha));
  assert.equal(found.length, 1, `${sha} is in ${found.length} accomplishments`);
  return found[0];
}

/** A GitHub-style pull-request merge of `branch` into main. */
function mergePullRequest(repo: TempRepo, branch: string, n: number, title: string, date = '2026-11-20T10:00:00Z'): string {
  repo.git(['checkout', '-q', 'main']);
  repo.git(['merge', '-q', '--no-ff', branch, '-m', `Merge pull request #${n} from octo/${branch}`, '-m', title], { date });
  return repo.git(['rev-parse', 'HEAD']);
}

describe('git mining: grouping into accomplishments', () => {
  it('groups the commits a pull-request merge brought in under its number and title; the merge is not a commit', async () => {
    const repo = makeTempRepo('api');
    repo.commit({ message: 'chore: start', date: '2026-11-02T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'feature/login']);
    const a = repo.commit({ message: 'add form', date: '2026-11-03T10:00:00Z' });
    const b = repo.commit({ message: 'fix: validate input', date: '2026-11-04T10:00:00Z' });
    const merge = mergePullRequest(repo, 'feature/login', 42, 'Let users sign in with a password');
    const result = await run(repo);
    const pr = groupOf(result, a);
    assert.equal(pr, groupOf(result, b));
    assert.equal(pr.pullRequest, 42);
    assert.equal(pr.title, 'Let users sign in with a password');
    assert.equal(pr.id, 'api:pr:42');
    assert.ok(!result.accomplishments.some(x => x.commits.some(c => c.sha === merge)));
    assert.equal(result.commitCount, 3);
  });

  it('takes a squash-merged pull request number from a subject ending in (#N), which is not a ticket', async () => {
    const repo = makeTempRepo();
    const s = repo.commit({ message: 'feat(auth): add password reset (#57)\n\nCloses #12' });
    const result = await run(repo);
    const acc = groupOf(result, s);
    assert.equal(acc.pullRequest, 57);
    assert.equal(acc.title, 'Add password reset');
    assert.deepEqual(acc.tickets, ['#12']);
  });

  it('groups by ticket id across commits, and takes the title from the most significant subject', async () => {
    const repo = makeTempRepo();
    const a = repo.commit({ message: 'chore: ABC-12 bump deps', files: { 'x.txt': '1\n' } });
    const b = repo.commit({ message: 'feat: export to CSV\n\nRefs ABC-12', files: { 'y.txt': '1\n2\n' } });
    const c = repo.commit({ message: 'fix: unrelated crash' });
    const result = await run(repo);
    const t = groupOf(result, a);
    assert.equal(t, groupOf(result, b));
    assert.notEqual(t, groupOf(result, c));
    assert.deepEqual(t.tickets, ['ABC-12']);
    assert.equal(t.title, 'Export to CSV');
    assert.equal(t.type, 'feat');
  });

  it('reads Conventional Commits: type, scope and breaking changes; groups by scope', async () => {
    const repo = makeTempRepo();
    const a = repo.commit({ message: 'feat(parser)!: drop the v1 format' });
    const b = repo.commit({ message: 'fix(parser): handle empty input' });
    const c = repo.commit({ message: 'perf(cache): warm on start\n\nBREAKING CHANGE: needs more memory' });
    const result = await run(repo);
    const p = groupOf(result, a);
    assert.equal(p, groupOf(result, b));
    assert.equal(p.scope, 'parser');
    assert.equal(p.type, 'feat');
    assert.equal(p.breaking, true);
    assert.equal(p.title, 'Drop the v1 format');
    assert.equal(groupOf(result, c).breaking, true);
    assert.equal(groupOf(result, c).type, 'perf');
  });

  it('folds fixup!/squash!/amend! and WIP commits into the group they belong to', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'chore: base', date: '2026-11-02T10:00:00Z' });
    const target = repo.commit({ message: 'feat: add search', date: '2026-11-03T10:00:00Z' });
    const fix = repo.commit({ message: 'fixup! feat: add search', date: '2026-11-03T11:00:00Z' });
    const fix2 = repo.commit({ message: 'squash! fixup! feat: add search', date: '2026-11-03T12:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'topic']);
    const topic = repo.commit({ message: 'Make export faster', date: '2026-11-04T10:00:00Z' });
    const wip = repo.commit({ message: 'WIP', date: '2026-11-05T10:00:00Z' });
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '-q', '--no-ff', 'topic', '-m', "Merge branch 'topic'"], { date: '2026-11-06T10:00:00Z' });
    const result = await run(repo);
    assert.equal(groupOf(result, fix), groupOf(result, target));
    assert.equal(groupOf(result, fix2), groupOf(result, target));
    assert.equal(groupOf(result, target).title, 'Add search');
    assert.equal(groupOf(result, wip), groupOf(result, topic));
    assert.equal(groupOf(result, topic).branch, 'topic');
    assert.equal(groupOf(result, topic).title, 'Make export faster');
  });

  it('folds a WIP straight on main into the group of the nearest commit in time; a tie goes to the smaller SHA', async () => {
    const repo = makeTempRepo();
    const early = repo.commit({ message: 'Tune the importer', date: '2026-11-03T10:00:00Z' });
    const late = repo.commit({ message: 'Speed up the exporter', date: '2026-11-10T10:00:00Z' });
    const wip = repo.commit({ message: 'WIP', date: '2026-11-09T10:00:00Z' });
    const mid = repo.commit({ message: 'Reword the help', date: '2026-11-12T10:00:00Z' });
    const tied = repo.commit({ message: 'wip: more', date: '2026-11-11T10:00:00Z' });
    const result = await run(repo);
    assert.notEqual(groupOf(result, early), groupOf(result, late));
    assert.equal(groupOf(result, wip), groupOf(result, late));
    assert.equal(groupOf(result, tied), groupOf(result, late < mid ? late : mid));
    assert.equal(result.accomplishments.length, 3);
  });

  it('cancels a commit and its revert when both are in the window; a revert of older work stays', async () => {
    const repo = makeTempRepo();
    const old = repo.commit({ message: 'feat: old thing', date: '2026-10-01T10:00:00Z' });
    const keep = repo.commit({ message: 'feat: keep me', date: '2026-11-02T10:00:00Z' });
    const bad = repo.commit({ message: 'feat: bad idea', date: '2026-11-03T10:00:00Z' });
    repo.git(['revert', '--no-edit', bad], { date: '2026-11-04T10:00:00Z' });
    const revertBad = repo.git(['rev-parse', 'HEAD']);
    repo.git(['revert', '--no-edit', old], { date: '2026-11-05T10:00:00Z' });
    const revertOld = repo.git(['rev-parse', 'HEAD']);
    const result = await run(repo);
    const shas = result.accomplishments.flatMap(a => a.commits.map(c => c.sha));
    assert.ok(shas.includes(keep));
    assert.ok(shas.includes(revertOld));
    assert.ok(!shas.includes(bad));
    assert.ok(!shas.includes(revertBad));
    assert.equal(result.commitCount, 2);
  });

  it('counts a commit by someone else that names the user as co-author, and credits the others', async () => {
    const repo = makeTempRepo();
    const mineWithBob = repo.commit({ message: `feat: pair on billing\n\nCo-authored-by: ${BOB.name} <${BOB.email}>` });
    const bobsWithMe = repo.commit({ message: `fix: billing rounding\n\nCo-authored-by: ${ME.name} <${ME.email.toUpperCase()}>`, author: BOB });
    const bobsAlone = repo.commit({ message: 'fix: not mine', author: BOB });
    const result = await run(repo);
    assert.deepEqual(groupOf(result, mineWithBob).coAuthors, [BOB]);
    assert.deepEqual(groupOf(result, bobsWithMe).coAuthors, [BOB]);
    assert.ok(!result.accomplishments.some(a => a.commits.some(c => c.sha === bobsAlone)));
  });

  it('honours .mailmap: an old address mapped to the user counts as the user', async () => {
    const repo = makeTempRepo();
    writeFileSync(join(repo.dir, '.mailmap'), `${ME.name} <${ME.email}> <ada@old-job.example>\n`);
    const old = repo.commit({ message: 'feat: from my old address', author: { name: 'A. L.', email: 'ada@old-job.example' } });
    const other = repo.commit({ message: 'fix: someone else', author: BOB });
    const result = await run(repo);
    assert.ok(result.accomplishments.some(a => a.commits.some(c => c.sha === old)));
    assert.ok(!result.accomplishments.some(a => a.commits.some(c => c.sha === other)));
  });

  it('matches --author addresses case-insensitively, in addition to user.email', async () => {
    const repo = makeTempRepo();
    const alias = repo.commit({ message: 'feat: from my alias', author: { name: 'Ada', email: 'Ada.L@Work.example' } });
    const result = await run(repo, { authors: ['ada.l@work.EXAMPLE'] });
    assert.ok(result.accomplishments.some(a => a.commits.some(c => c.sha === alias)));
    assert.deepEqual(result.authors, ['ada.l@work.example', ME.email]);
  });

  it('uses configured ticket patterns instead of the defaults', async () => {
    const repo = makeTempRepo();
    const a = repo.commit({ message: 'Handle timeouts [bug 1234]' });
    const b = repo.commit({ message: 'Retry on error, ABC-1 and #7 [bug 1234]' });
    const result = await run(repo, { ticketPatterns: ['bug \\d+'] });
    assert.equal(groupOf(result, a), groupOf(result, b));
    assert.deepEqual(groupOf(result, a).tickets, ['bug 1234']);
    await assert.rejects(run(repo, { ticketPatterns: ['(unclosed'] }), /invalid ticket pattern '\(unclosed'/);
  });

  it('reports unmerged branches with the user\'s commits as in progress, and uncommitted changes as counts', async () => {
    const repo = makeTempRepo('web');
    repo.commit({ message: 'chore: base', files: { 'a.txt': 'a\n', 'b.txt': 'b\n' } });
    repo.git(['checkout', '-q', '-b', 'feature/ABC-9-dark-mode']);
    const palette = repo.commit({ message: 'feat: dark palette', date: '2026-11-17T10:00:00Z' });
    const wip = repo.commit({ message: 'wip', date: '2026-11-18T10:00:00Z' });
    repo.git(['checkout', '-q', '-b', 'merged', 'main']);
    repo.git(['checkout', '-q', 'main']);
    writeFileSync(join(repo.dir, 'a.txt'), 'changed\n');
    writeFileSync(join(repo.dir, 'b.txt'), 'staged\n');
    repo.git(['add', 'b.txt']);
    writeFileSync(join(repo.dir, 'new1.txt'), 'x');
    writeFileSync(join(repo.dir, 'new2.txt'), 'y');
    const result = await run(repo);
    assert.deepEqual(result.inProgress.map(i => (i.kind === 'branch' ? { ...i, commits: i.commits.map(c => c.sha) } : i)), [
      { kind: 'branch', repository: 'web', branch: 'feature/ABC-9-dark-mode', commitCount: 2, lastCommitAt: '2026-11-18T10:00:00.000Z', title: 'Dark palette', tickets: ['ABC-9'], commits: [wip, palette] },
      { kind: 'uncommitted', repository: 'web', staged: 1, modified: 1, untracked: 2 },
    ]);
    assert.deepEqual(result.accomplishments.map(a => a.title), ['Base'], 'unmerged work is told as Done');
    assert.equal(result.repositories[0].defaultBranch, 'main');
  });

  it('sorts accomplishments by significance, then recency, deterministically', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'docs: readme', date: '2026-11-20T10:00:00Z' });
    repo.commit({ message: 'fix: crash', date: '2026-11-19T10:00:00Z' });
    repo.commit({ message: 'feat: new report', date: '2026-11-02T10:00:00Z' });
    repo.commit({ message: 'fix: newer crash', date: '2026-11-21T10:00:00Z' });
    const first = await run(repo);
    assert.deepEqual(first.accomplishments.map(a => a.title), ['New report', 'Newer crash', 'Crash', 'Readme']);
    assert.deepEqual((await run(repo)).accomplishments, first.accomplishments);
  });
});

describe('git mining: titles for a manager', () => {
  it('drops a leading ticket id from the title (it is shown as evidence) and capitalises', async () => {
    const repo = makeTempRepo('titles');
    const a = repo.commit({ message: 'feat(auth): ABC-101 validate password strength', date: '2026-11-10T10:00:00Z' });
    const b = repo.commit({ message: '[OPS-7] rotate the deploy keys', date: '2026-11-11T10:00:00Z' });
    const c = repo.commit({ message: 'fix: ABC-12: keep ABC-123 separate', date: '2026-11-12T10:00:00Z' });
    const result = await run(repo);
    assert.equal(groupOf(result, a).title, 'Validate password strength');
    assert.deepEqual(groupOf(result, a).tickets, ['ABC-101']);
    assert.equal(groupOf(result, b).title, 'Rotate the deploy keys');
    assert.equal(groupOf(result, c).title, 'Keep ABC-123 separate');
  });

  it('keeps names, versions and code as written, and reads tags, numpy types and subsystem prefixes', async () => {
    const repo = makeTempRepo('tinygrad');
    const a = repo.commit({ message: '[pr] mnt: use alu(long, weakint) for v3.5.39', date: '2026-11-10T10:00:00Z' });
    const b = repo.commit({ message: 'pack-objects: stop leaking fds', date: '2026-11-11T10:00:00Z' });
    const c = repo.commit({ message: 'pack-objects: reuse deltas', date: '2026-11-12T10:00:00Z' });
    const d = repo.commit({ message: 'feat(ui): dark mode', date: '2026-11-13T10:00:00Z' });
    const result = await run(repo);
    const alu = groupOf(result, a);
    assert.equal(alu.title, 'Use alu(long, weakint) for v3.5.39');
    assert.equal(alu.type, 'chore');
    const fds = groupOf(result, b);
    assert.equal(fds.title, 'Stop leaking fds');
    assert.deepEqual([fds.scope, fds.scopeSource, fds.type], ['pack-objects', 'prefix', undefined]);
    // A subsystem names where work is, not one piece of work: each commit stays its own line.
    assert.notEqual(groupOf(result, c), fds);
    assert.deepEqual([groupOf(result, d).scope, groupOf(result, d).scopeSource], ['ui', 'conventional']);
  });
});
