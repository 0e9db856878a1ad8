import { strict as assert } from 'node:assert';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import { walkStats } from '../../../src/git/history';
import { FULL_FORMAT, parseFullLog } from '../../../src/git/logParser';

const NOV = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };
const BOB = { name: 'Bob', email: 'bob@example.com' };

describe('git mining: numstat printed by the walk itself', () => {
  it('a repository walked again (now known to be small) gives the same commits, counts and merges with one git call fewer', async () => {
    const repo = makeTempRepo();
    repo.commit({ message: 'root', date: '2026-10-01T10:00:00Z', files: { 'a.txt': 'a\n' } });
    repo.git(['checkout', '-q', '-b', 'topic']);
    repo.commit({ message: 'feat(api): two files ABC-1', date: '2026-11-02T10:00:00Z', files: { 'b.txt': 'one\ntwo\n', 'c.bin': 'x\0y' } });
    repo.git(['mv', 'a.txt', 'renamed.txt']);
    repo.commit({ message: 'refactor: rename ABC-1', date: '2026-11-03T10:00:00Z', files: { 'renamed.txt': 'a\nb\n' } });
    repo.commit({ message: `fix: paired\n\nCo-authored-by: ${ME.name} <${ME.email}>`, date: '2026-11-04T10:00:00Z', author: BOB, files: { 'd.txt': 'd\n' } });
    repo.git(['checkout', '-q', 'main']);
    repo.git(['merge', '-q', '--no-ff', 'topic', '-m', 'Merge pull request #7 from o/topic', '-m', 'Billing API'], { date: '2026-11-05T10:00:00Z' });
    repo.commit({ message: 'not mine', date: '2026-11-06T10:00:00Z', author: BOB });

    const before = { ...walkStats };
    const first = await mine({ repositories: [repo.dir], window: NOV, authors: [] });
    const second = await mine({ repositories: [repo.dir], window: NOV, authors: [] });
    assert.equal(walkStats.batched - before.batched, 1, 'the first walk diffs only the user\'s commits');
    assert.equal(walkStats.inline - before.inline, 1, 'the second walk prints numstat itself');
    assert.deepEqual(second.accomplishments, first.accomplishments);
    const commits = first.accomplishments.flatMap(a => a.commits);
    assert.equal(commits.length, 3);
    const bySubject = new Map(commits.map(c => [c.subject, c]));
    assert.deepEqual(['feat(api): two files ABC-1', 'refactor: rename ABC-1', 'fix: paired'].map(s => {
      const c = bySubject.get(s)!;
      return [c.insertions, c.deletions, c.files];
    }), [[2, 0, 2], [1, 0, 1], [1, 0, 1]]);
    assert.ok(first.accomplishments.some(a => a.pullRequest === 7));
  });

  it('a packed repository small enough is read in one pass from its first walk, with the same counts', async () => {
    const build = () => {
      const repo = makeTempRepo();
      repo.commit({ message: 'root', date: '2026-10-01T10:00:00Z', files: { 'a.txt': 'a\n' } });
      repo.commit({ message: 'feat: two files', date: '2026-11-02T10:00:00Z', files: { 'b.txt': 'one\ntwo\n', 'c.txt': 'c\n' } });
      repo.commit({ message: 'not mine', date: '2026-11-03T10:00:00Z', author: BOB, files: { 'd.txt': 'd\n' } });
      return repo;
    };
    const loose = build();
    const packed = build();
    packed.git(['gc', '-q']);
    const before = { ...walkStats };
    const fromLoose = await mine({ repositories: [loose.dir], window: NOV, authors: [] });
    assert.deepEqual([walkStats.batched - before.batched, walkStats.inline - before.inline], [1, 0], 'a repository of loose objects only was read in one pass');
    const fromPacked = await mine({ repositories: [packed.dir], window: NOV, authors: [] });
    assert.deepEqual([walkStats.batched - before.batched, walkStats.inline - before.inline], [1, 1], 'the small packed repository was not read in one pass');
    const counts = (r: typeof fromLoose) => r.accomplishments.flatMap(a => a.commits).map(c => [c.subject, c.insertions, c.deletions, c.files]);
    assert.deepEqual(counts(fromPacked), [['feat: two files', 3, 0, 2]]);
    assert.deepEqual(counts(fromPacked), counts(fromLoose));
  });
});

describe('parseFullLog', () => {
  it('takes message text that looks like a header or a numstat entry as text, and skips both paths of a rename', () => {
    const repo = makeTempRepo();
    const fake = `\x01${'a'.repeat(40)}`;
    repo.commit({ message: `feat: odd\n\n${fake}\n3\t4\tnot-a-file`, files: { 'x.txt': 'x\n' } });
    repo.git(['mv', 'x.txt', `${fake}.txt`]);
    const sha = repo.commit({ message: 'refactor: move', files: { [`${fake}.txt`]: 'x\ny\n' } });
    const out = repo.git(['log', '--numstat', '-z', '-M', FULL_FORMAT]);
    const records = parseFullLog(out);
    assert.deepEqual(records.map(r => r.record.subject), ['refactor: move', 'feat: odd']);
    assert.equal(records[0].record.sha, sha);
    const counts = ({ insertions, deletions, files }: { insertions: number; deletions: number; files: number }) => ({ insertions, deletions, files });
    assert.deepEqual(counts(records[0].stat), { insertions: 1, deletions: 0, files: 1 });
    assert.deepEqual(counts(records[1].stat), { insertions: 1, deletions: 0, files: 1 });
    assert.equal(records[0].stat.shape, `1\t0\t\tx.txt\t${fake}.txt`, 'a rename keeps both paths in its shape');
    assert.match(records[1].record.body, /3\t4\tnot-a-file$/);
  });
});
