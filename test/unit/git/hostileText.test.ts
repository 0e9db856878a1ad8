import { strict as assert } from 'node:assert';
import { makeTempRepo, ME } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import type { MiningResult } from '../../../src/git/types';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

function commitsOf(result: MiningResult) {
  return result.accomplishments.flatMap(a => a.commits);
}

describe('git mining: hostile commit text is carried literally and never breaks parsing', () => {
  it('keeps HTML, {{ }}, control characters and newlines in subjects, bodies and names', async () => {
    const repo = makeTempRepo();
    const subject = 'fix: <img src=x onerror=alert(1)> {{constructor.constructor}} \u0007\u001b[31m \u202e bidi';
    const body = '</script>{{#each}}\n\t<!channel> | table | break\nsecond line\u0001';
    const sha = repo.commit({ message: `${subject}\n\n${body}\n`, author: { name: '<b>Eve</b> {{x}}', email: 'ada@example.com' } });
    const after = repo.commit({ message: 'fix: the next commit still parses' });
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    const c = commitsOf(result).find(x => x.sha === sha);
    assert.equal(c?.subject, subject);
    assert.ok(commitsOf(result).some(x => x.sha === after));
    assert.equal(result.accomplishments.find(a => a.commits.some(x => x.sha === sha))?.title, '<img src=x onerror=alert(1)> {{constructor.constructor}} \u0007\u001b[31m \u202e bidi');
  });

  it('reads a 1 MB message', async () => {
    const repo = makeTempRepo();
    const big = 'x'.repeat(1024 * 1024);
    const sha = repo.commit({ message: `feat: huge\n\n${big}\n` });
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    assert.equal(commitsOf(result).find(x => x.sha === sha)?.subject, 'feat: huge');
  });

  it('re-encodes a Latin-1 message to UTF-8, and replaces invalid bytes instead of failing', async () => {
    const repo = makeTempRepo();
    repo.git(['config', 'i18n.commitEncoding', 'ISO-8859-1']);
    const latin1 = repo.commit({ message: Buffer.from('fix: caf\xe9 cr\xe8me\n', 'latin1') });
    repo.git(['config', '--unset', 'i18n.commitEncoding']);
    // `git commit` would repair invalid UTF-8, so the commit object is written by hand.
    const when = Math.floor(Date.parse('2026-11-16T10:00:00Z') / 1000);
    const header = `tree ${repo.git(['write-tree'])}\nparent ${repo.git(['rev-parse', 'HEAD'])}\nauthor ${ME.name} <${ME.email}> ${when} +0000\ncommitter ${ME.name} <${ME.email}> ${when} +0000\n\n`;
    const object = Buffer.concat([Buffer.from(header), Buffer.from('fix: bad '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' bytes\n')]);
    const raw = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: object });
    repo.git(['update-ref', 'refs/heads/main', raw]);
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    const bySha = new Map(commitsOf(result).map(c => [c.sha, c.subject]));
    assert.equal(bySha.get(latin1), 'fix: café crème');
    assert.match(bySha.get(raw) ?? '', /^fix: bad \ufffd+ bytes$/);
  });
});
