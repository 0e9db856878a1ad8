import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo, ME, settle } from '../../helpers/gitRepo';
import { worklog } from './runCli';

const WINDOW = ['--since', '2026-11-01', '--until', '2026-11-21'];

describe('worklog draft (CLI)', () => {
  it('drafts a grouped Markdown update of a repository', () => {
    const repo = makeTempRepo('api');
    repo.commit({ message: 'feat(auth): add login form\n\nRefs ABC-12', date: '2026-11-10T10:00:00Z' });
    repo.commit({ message: 'fix(auth): handle expired sessions ABC-12', date: '2026-11-11T10:00:00Z' });
    repo.commit({ message: 'docs: explain the release process', date: '2026-11-12T10:00:00Z' });
    const r = worklog(['draft', ...WINDOW], repo.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Added login form/);
    assert.match(r.stdout, /ABC-12/);
    // The two ABC-12 commits are one accomplishment, not two bullets (the headline names it too).
    assert.equal(r.stdout.split('## Done')[1].match(/login form/gi)?.length, 1);
    assert.match(r.stdout.split('\n')[0], /^Added login form/, 'the headline comes first');
  });

  it('prints the JSON interface scripts depend on', () => {
    const repo = makeTempRepo('web');
    const sha = repo.commit({ message: 'feat: dark mode (#7)', date: '2026-11-10T10:00:00Z' });
    const r = worklog(['draft', ...WINDOW, '--format', 'json', '--repo', repo.dir], makeTempDir());
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.window.since, new Date(2026, 10, 1).toISOString());
    assert.equal(json.window.until, new Date(2026, 10, 21).toISOString());
    assert.ok(json.authors.includes(ME.email));
    assert.deepEqual(json.repositories.map((x: { name: string; commitCount: number }) => [x.name, x.commitCount]), [['web', 1]]);
    assert.equal(json.accomplishments.length, 1);
    const a = json.accomplishments[0];
    assert.equal(a.pullRequest, 7);
    assert.equal(a.repository, 'web');
    assert.equal(a.commits[0].sha, sha);
    assert.match(a.commits[0].sha, /^[0-9a-f]{40}$/);
    for (const k of ['subject', 'authoredAt', 'insertions', 'deletions', 'files']) assert.ok(k in a.commits[0], k);
    assert.ok(Array.isArray(json.inProgress));
  });

  it('a past window is told with its own days: labelled by the days it includes, a standup headed with its last day', () => {
    const repo = makeTempRepo('past-window');
    repo.commit({ message: 'feat: export to CSV', date: new Date(2026, 7, 10, 12).toISOString() });
    const env = { WORKLOG_NOW: new Date(2026, 11, 2, 10).toISOString() };
    const past = ['draft', '--since', '2026-08-01', '--until', '2026-08-23', '--no-cache'];
    const weekly = worklog([...past, '--template', 'weekly'], repo.dir, env);
    assert.equal(weekly.code, 0, weekly.stderr);
    assert.match(weekly.stdout, /^Here is my update for Aug 1 – 22, 2026\. /m);
    const standup = worklog([...past, '--template', 'standup'], repo.dir, env);
    assert.equal(standup.code, 0, standup.stderr);
    assert.match(standup.stdout, /^\*\*Standup, Sat, Aug 22\*\*$/m);
    assert.match(standup.stdout, /Exported to CSV/);
    const json = JSON.parse(worklog([...past, '--format', 'json'], repo.dir, env).stdout);
    assert.deepEqual(json.window, {
      since: new Date(2026, 7, 1).toISOString(), until: new Date(2026, 7, 23).toISOString(),
      label: 'Aug 1 – 22, 2026', firstDay: '2026-08-01', lastDay: '2026-08-22',
    });
    // A window with nothing in it says so in one line under its header.
    const empty = worklog(['draft', '--since', '2026-09-01', '--until', '2026-09-02', '--no-cache'], repo.dir, env);
    assert.equal(empty.code, 0, empty.stderr);
    assert.deepEqual(empty.stdout.split('\n').filter(l => l.trim()), ['Here is my update for Sep 1, 2026.', 'No commits landed in this window. Add a win or a note?']);
  });

  it('exits 2 with one clear line on bad usage', () => {
    for (const args of [['draft', '--format', 'pdf'], ['draft', '--window', 'fortnight'], ['draft', '--bogus'], ['frobnicate'], ['draft', '--window', '7d', '--since', '2026-01-01'], ['draft', '--ticket-pattern', '(unclosed']]) {
      const r = worklog(args, makeTempDir());
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^worklog: /);
      assert.equal(r.stdout, '');
    }
  });

  it('exits 1 with one line per failure when no repository can be read', () => {
    const dir = makeTempDir('plain');
    const missing = join(dir, 'nope');
    const r = worklog(['draft', '--repo', dir, '--repo', missing, ...WINDOW], dir);
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.ok(lines.some(l => l.startsWith('worklog: ') && l.includes('not a git repository') && l.includes(dir)), r.stderr);
    assert.ok(lines.some(l => l.includes(missing)), r.stderr);
  });

  it('still drafts the readable repositories when one is broken', () => {
    const good = makeTempRepo('good');
    good.commit({ message: 'feat: ship it', date: '2026-11-10T10:00:00Z' });
    const bad = makeTempDir('bad');
    const r = worklog(['draft', '--repo', good.dir, '--repo', bad, ...WINDOW, '--format', 'json'], good.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /not a git repository/);
    const json = JSON.parse(r.stdout);
    assert.equal(json.accomplishments.length, 1);
    assert.ok(json.repositories.find((x: { error?: string }) => x.error));
  });

  it('renders every format', () => {
    const repo = makeTempRepo('fmt');
    repo.commit({ message: 'feat: export to <b>CSV</b> {{x}}', date: '2026-11-10T10:00:00Z' });
    for (const format of ['markdown', 'slack', 'text', 'html']) {
      const r = worklog(['draft', ...WINDOW, '--format', format], repo.dir);
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      assert.match(r.stdout, /CSV/, format);
      assert.match(r.stdout, /\{\{x\}\}/, `${format} keeps template syntax as text`);
      if (format === 'html') assert.doesNotMatch(r.stdout, /<b>CSV/);
    }
  });

  it('reuses what an unchanged repository gave the last run, never what it gave before a commit', () => {
    const repo = makeTempRepo('kept');
    const cacheDir = join(makeTempDir('cache'), 'worklog');
    const draft = (extra: string[] = []) => {
      const r = worklog(['draft', ...WINDOW, '--format', 'json', ...extra], repo.dir, { WORKLOG_CACHE_DIR: cacheDir });
      assert.equal(r.code, 0, r.stderr);
      const { generatedAt: _at, ...json } = JSON.parse(r.stdout);
      return json;
    };
    const shas = (json: { accomplishments: { commits: { sha: string }[] }[] }) => json.accomplishments.flatMap(a => a.commits.map(c => c.sha)).sort();
    const a = repo.commit({ message: 'feat: first', date: '2026-11-10T10:00:00Z' });
    settle(repo);
    assert.equal(readdirSync(join(cacheDir, '..')).length, 0);
    const first = draft(['--no-cache']);
    assert.throws(() => readdirSync(cacheDir), '--no-cache wrote the cache');
    const second = draft();
    const kept = readdirSync(cacheDir).filter(n => n.endsWith('.json')).map(n => join(cacheDir, n));
    assert.equal(kept.length, 1, 'the run kept nothing');
    const written = statSync(kept[0]).mtimeMs;
    assert.deepEqual(draft(), second);
    assert.equal(statSync(kept[0]).mtimeMs, written, 'the third run read git again instead of the cache');
    assert.deepEqual(second, first);
    const b = repo.commit({ message: 'fix: second', date: '2026-11-11T10:00:00Z' });
    settle(repo);
    assert.deepEqual(shas(draft()), [a, b].sort());
  });

  it('prints help and exits 0', () => {
    const r = worklog(['--help'], makeTempDir());
    assert.equal(r.code, 0);
    assert.match(r.stdout, /worklog draft/);
    assert.match(r.stdout, /--format/);
  });
  it('drafts a blobless partial clone (fetching nothing) without its line counts, and says so', () => {
    const upstream = makeTempRepo('upstream');
    upstream.git(['config', 'uploadpack.allowFilter', 'true']);
    upstream.commit({ message: 'feat: old work', files: { 'a.txt': 'a\n' }, date: '2026-11-03T10:00:00Z' });
    const sha = upstream.commit({ message: 'feat: newer work', files: { 'a.txt': 'a\nb\n', 'b.txt': 'b\n' }, date: '2026-11-04T10:00:00Z' });
    const clone = makeTempRepo('partial', { init: false });
    // Only this clone may use the file protocol; Work Log's own git calls never can (protocol.allow=never).
    clone.git(['-c', 'protocol.file.allow=always', 'clone', '-q', '--filter=blob:none', `file://${upstream.dir}`, '.']);
    clone.write('b.txt', 'changed\n');
    const r = worklog(['draft', ...WINDOW, '--format', 'json', '--author', ME.email, '--no-cache'], clone.dir);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.repositories[0].error, undefined);
    assert.ok(json.repositories[0].warnings.some((w: string) => /^partial clone: .*nothing is fetched/.test(w)), json.repositories[0].warnings.join('; '));
    assert.ok(json.accomplishments.some((a: { commits: { sha: string }[] }) => a.commits.some(c => c.sha === sha)));
    assert.ok(json.inProgress.some((i: { kind: string; modified?: number }) => i.kind === 'uncommitted' && i.modified === 1));
    // Nothing was fetched: the old blob is still missing.
    const missing = clone.git(['rev-list', '--objects', '--missing=print', '--all']).split('\n').filter(l => l.startsWith('?'));
    assert.ok(missing.length > 0, 'the clone is missing blobs');
  });
});
