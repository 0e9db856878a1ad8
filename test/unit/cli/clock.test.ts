/**
 * The CLI around "now": every date here is built from the unit tests' clock (test/helpers/clock.ts), and the
 * CLI is pinned to the same instant with WORKLOG_NOW. On the real clock this checks today; the pinned runs of
 * `npm test` check the first working day of 2027 (Tokyo), a DST change (Berlin) and a quarter's last evening
 * (Los Angeles), where a window, a due date or a stamp computed in UTC or by adding 24 hours goes wrong.
 */
import assert from 'node:assert/strict';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { testClock } from '../../helpers/clock';
import { resolveWindow } from '../../../src/git/window';
import type { WindowPreset } from '../../../src/git/window';
import { daysBetween, localDay, startOfDay } from '../../../src/time/days';
import { worklog } from './runCli';

const PRESETS: WindowPreset[] = ['last-working-day', 'this-week', 'last-week', 'quarter', '7d', '1d'];

describe('the CLI around now (dates built from the test clock)', function () {
  this.timeout(60_000);
  const now = testClock();
  const env = { WORKLOG_NOW: now.toISOString() };
  const day = (offset: number) => localDay(startOfDay(now, offset));

  it('each window preset is whole local days that end as expected, and holds exactly the commits dated inside it', () => {
    const repo = makeTempRepo('around-now');
    // For each preset: a commit at its first second, its last second, and one second either side.
    const planned: { preset: WindowPreset; what: string; ms: number; inside: boolean }[] = [];
    for (const preset of PRESETS) {
      const w = resolveWindow(preset, { now });
      assert.equal(w.since.getHours() + w.since.getMinutes() + w.since.getSeconds(), 0, `${preset} starts at ${w.since.toString()}, not at a local midnight`);
      assert.equal(w.until.getHours() + w.until.getMinutes() + w.until.getSeconds(), 0, `${preset} ends at ${w.until.toString()}, not at a local midnight`);
      assert.ok(w.since < w.until, preset);
      if (preset === '7d') assert.equal(daysBetween(w.since, now), 7);
      if (preset === '1d') assert.equal(daysBetween(w.since, now), 1);
      if (preset === 'quarter') assert.ok(w.since.getDate() === 1 && w.since.getMonth() % 3 === 0 && w.since <= now, `quarter starts ${w.since.toString()}`);
      if (preset === 'last-working-day') assert.ok(w.until <= startOfDay(now) && [1, 2, 3, 4, 5].includes(w.since.getDay()), `last working day ${w.since.toString()}`);
      if (preset === 'last-week') assert.ok(w.until <= now && daysBetween(w.since, w.until) === 7 && w.since.getDay() === 1, `last week ${w.since.toString()}`);
      if (preset !== 'last-working-day' && preset !== 'last-week') assert.equal(localDay(w.until), day(1), `${preset} does not end with today`);
      planned.push(
        { preset, what: 'first second', ms: w.since.getTime(), inside: true }, { preset, what: 'last second', ms: w.until.getTime() - 1000, inside: true },
        { preset, what: 'second before', ms: w.since.getTime() - 1000, inside: false }, { preset, what: 'second after', ms: w.until.getTime(), inside: false },
      );
    }
    // Committed oldest first, as history is written (a skewed history is another test's business).
    const shas = new Map(planned.sort((a, b) => a.ms - b.ms)
      .map(p => [p, repo.commit({ message: `chore: ${p.preset} ${p.what}`, date: new Date(p.ms).toISOString() })]));
    for (const preset of PRESETS) {
      const r = worklog(['draft', '--window', preset, '--format', 'json', '--no-cache'], repo.dir, env);
      assert.equal(r.code, 0, `${preset}: ${r.stderr}`);
      const json = JSON.parse(r.stdout);
      const told = new Set<string>(json.accomplishments.flatMap((a: { commits: { sha: string }[] }) => a.commits.map(c => c.sha)));
      for (const [p, sha] of shas) {
        if (p.preset !== preset) continue;
        assert.equal(told.has(sha), p.inside, `${preset} (${json.window.label}) ${p.inside ? 'leaves out' : 'tells'} the commit of its ${p.what}`);
      }
    }
  });

  it('promises due yesterday, today, tomorrow and in eight days are slipped, due (0 and 1 days) and open', () => {
    const journal = makeTempDir('promises-around-now');
    const add = (text: string, due: string) => {
      const r = worklog(['add', 'promise', text, '--due', due, '--journal', journal], journal, env);
      assert.equal(r.code, 0, r.stderr);
    };
    add('Due yesterday', day(-1));
    add('Due today', day(0));
    add('Due tomorrow', day(1));
    add('Due in eight days', day(8));
    const repo = makeTempRepo('promises-repo');
    repo.commit({ message: 'feat: something', date: now.toISOString() });
    const r = worklog(['draft', '--window', '7d', '--format', 'json', '--journal', journal, '--no-cache'], repo.dir, env);
    assert.equal(r.code, 0, r.stderr);
    const { promises } = JSON.parse(r.stdout);
    assert.deepEqual(promises.map((p: { text: string; bucket: string; dueInDays: number }) => `${p.text}: ${p.bucket}, ${p.dueInDays}`), [
      'Due yesterday: slipped, -1', 'Due today: due, 0', 'Due tomorrow: due, 1', 'Due in eight days: open, 8',
    ]);
  });

  it('an entry written now is stamped with now and is in the draft of a window that ends today, and in the export', () => {
    const journal = makeTempDir('entry-now');
    const added = worklog(['add', 'win', 'Written this very instant', '--format', 'json', '--journal', journal], journal, env);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(JSON.parse(added.stdout).createdAt, now.toISOString());
    const repo = makeTempRepo('entry-now-repo');
    repo.commit({ message: 'feat: something', date: now.toISOString() });
    for (const window of [['--window', '1d'], ['--window', 'this-week'], ['--since', day(0)]]) {
      const r = worklog(['draft', ...window, '--format', 'json', '--journal', journal, '--no-cache'], repo.dir, env);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).wins.map((w: { text: string }) => w.text), ['Written this very instant'], window.join(' '));
    }
    const exported = worklog(['export', '--journal', journal], journal, env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Written this very instant/);
  });
});
