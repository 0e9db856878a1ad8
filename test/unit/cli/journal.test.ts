import assert from 'node:assert/strict';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { worklog } from './runCli';
import { JournalStore } from '../../../src/journal/store';

describe('worklog add | list | set | export (CLI)', () => {
  it('round-trips every kind through the journal and into the draft JSON', () => {
    const journal = makeTempDir('journal');
    const j = ['--journal', journal];
    // The promise is marked done "now", and the draft's window is fixed: "now" is pinned inside that window.
    const pinned = { WORKLOG_NOW: '2026-11-25T12:00:00Z' };
    const ok = (args: string[]) => {
      const r = worklog(args, journal, pinned);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    ok(['add', 'win', 'Cut p95 latency by 40%', '--impact', 'Checkout feels instant', ...j]);
    ok(['add', 'problem', 'Flaky CI blocks merges', '--option', 'Quarantine flaky tests|fast;cheap|hides bugs',
      '--option', 'Fix the runner|root cause|two weeks', '--recommend', '2', '--ask', 'Approve two weeks', ...j]);
    ok(['add', 'problem', 'Staging is slow', ...j]);
    const promise = JSON.parse(ok(['add', 'promise', 'Ship the export API', '--to', 'Grace', '--due', '2026-11-20', '--format', 'json', ...j]));
    ok(['add', 'feedback', 'Write shorter updates', '--from', 'Grace', '--action', 'Switched to brief style', ...j]);
    ok(['add', 'note', 'Exploring a new cache', ...j]);
    ok(['add', 'goal', 'Become a tech lead', '--career', ...j]);

    const listed = JSON.parse(ok(['list', '--format', 'json', ...j]));
    assert.equal(listed.length, 7);
    assert.deepEqual(JSON.parse(ok(['list', '--kind', 'problem', '--format', 'json', ...j])).map((e: { kind: string }) => e.kind), ['problem', 'problem']);

    assert.match(ok(['set', promise.id, '--status', 'done', ...j]), /done/);

    const repo = makeTempRepo('svc');
    repo.commit({ message: 'feat: export API', date: '2026-11-18T10:00:00Z' });
    const draft = JSON.parse(ok(['draft', '--repo', repo.dir, '--since', '2026-11-01', '--until', '2026-12-01', '--format', 'json', ...j]));
    const flaky = draft.problems.find((p: { text: string }) => p.text === 'Flaky CI blocks merges');
    assert.equal(flaky.hasProposal, true);
    assert.equal(flaky.options.length, 2);
    assert.equal(flaky.ask, 'Approve two weeks');
    assert.ok(flaky.recommendation, 'recommendation present');
    assert.equal(draft.problems.find((p: { text: string }) => p.text === 'Staging is slow').hasProposal, false);
    assert.equal(draft.promises.find((p: { text: string }) => p.text === 'Ship the export API').status, 'done');
    for (const k of ['wins', 'feedback', 'notes', 'goals']) assert.ok(Array.isArray(draft[k]), k);

    const md = ok(['export', ...j]);
    assert.match(md, /Cut p95 latency by 40%/);
    assert.match(md, /Checkout feels instant/);
  });

  it('exports an entry written at the very instant the clock is pinned to: a window that ends now includes now', () => {
    const journal = makeTempDir('journal-frozen');
    const frozen = { WORKLOG_NOW: '2027-03-28T01:59:59+01:00', TZ: 'Europe/Berlin' };
    const added = worklog(['add', 'win', 'Written at the frozen instant', '--format', 'json', '--journal', journal], journal, frozen);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(JSON.parse(added.stdout).createdAt, '2027-03-28T00:59:59.000Z', 'the entry is not stamped with the pinned clock');
    const exported = worklog(['export', '--journal', journal], journal, frozen);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Written at the frozen instant/);
  });

  it('exports an empty journal without complaining about a window nobody gave', () => {
    const journal = makeTempDir('journal-empty');
    const r = worklog(['export', '--journal', journal], journal);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /window/);
  });

  it('says on stderr, once, that WORKLOG_NOW pins the clock, and refuses a value that is not an instant', () => {
    const journal = makeTempDir('journal-pinned');
    const pinned = worklog(['list', '--journal', journal], journal, { WORKLOG_NOW: '2027-01-04T08:00:00+09:00' });
    assert.equal(pinned.code, 0, pinned.stderr);
    assert.equal(pinned.pinnedWarning,
      'worklog: warning: WORKLOG_NOW pins the clock to 2027-01-03T23:00:00.000Z; windows, due dates and the times stamped on entries follow it');
    assert.equal(pinned.stderr, '', 'more than the one warning line');
    const unpinned = worklog(['list', '--journal', journal], journal, { WORKLOG_NOW: '' });
    assert.equal(unpinned.pinnedWarning, undefined);
    assert.equal(unpinned.stderr, '');
    for (const bad of ['2027-01-04', 'monday', '2027-02-30T10:00:00Z', '2027-01-04T08:00:00']) {
      const r = worklog(['list', '--journal', journal], journal, { WORKLOG_NOW: bad });
      assert.equal(r.code, 2, `${bad}: ${r.stderr}`);
      assert.match(r.stderr, /^worklog: WORKLOG_NOW must be an ISO instant/, bad);
    }
  });

  it('refuses bad entries with exit 2 and writes nothing', () => {
    const journal = makeTempDir('journal2');
    for (const args of [['add', 'idea', 'x'], ['add', 'win'], ['add', 'promise', 'x', '--due', 'friday'],
      ['add', 'problem', 'x', '--option', 'A|b', '--recommend', '3'], ['add', 'note', 'x', '--due', '2026-01-01']]) {
      const r = worklog([...args, '--journal', journal], journal);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    }
    assert.equal(worklog(['list', '--journal', journal], journal).stdout.trim(), 'no entries');
  });

  it('drafts with the journal WORKLOG_JOURNAL names, as add and list use it', () => {
    const env = { WORKLOG_JOURNAL: makeTempDir('journal-env') };
    const added = worklog(['add', 'win', 'Shipped the env journal'], makeTempDir(), env);
    assert.equal(added.code, 0, added.stderr);
    const repo = makeTempRepo('env');
    repo.commit({ message: 'feat: something', date: '2026-11-18T10:00:00Z' });
    const r = worklog(['draft', '--since', '2020-01-01', '--format', 'json'], repo.dir, env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).wins.map((w: { text: string }) => w.text), ['Shipped the env journal']);
  });

  it('asks for a journal folder rather than guessing one', () => {
    const r = worklog(['list'], makeTempDir(), { WORKLOG_JOURNAL: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--journal/);
  });

  it('exports every entry, however many: the per-section cap of drafts does not apply to an export', async () => {
    const journal = makeTempDir('journal-export');
    const store = JournalStore.open(journal);
    for (let i = 1; i <= 40; i++) await store.add({ kind: 'win', text: `Exported win number ${i}` });
    const r = worklog(['export', '--journal', journal], journal);
    assert.equal(r.code, 0, r.stderr);
    for (let i = 1; i <= 40; i++) assert.match(r.stdout, new RegExp(`Exported win number ${i}\\b`), `win ${i} is missing`);
    assert.doesNotMatch(r.stdout, /more wins in the journal/);
  });
});
