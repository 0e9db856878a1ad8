import { strict as assert } from 'node:assert';
import { parseWindowSpec, resolveWindow } from '../../../src/git/window';

/** Local date-time, so the expectations hold in any time zone. */
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);

describe('git windows', () => {
  it('last working day on a Monday reaches back to the whole Friday', () => {
    const w = resolveWindow('last-working-day', { now: local(2026, 11, 16, 9) }); // a Monday
    assert.deepEqual([w.since, w.until], [local(2026, 11, 13), local(2026, 11, 14)]);
    assert.equal(w.label, 'the last working day (Fri, Nov 13, 2026)');
  });

  it('last working day midweek is yesterday, and follows a configured work week', () => {
    const wed = resolveWindow('last-working-day', { now: local(2026, 11, 18, 9) });
    assert.deepEqual([wed.since, wed.until], [local(2026, 11, 17), local(2026, 11, 18)]);
    // Sunday–Thursday week: on Sunday the last working day is Thursday.
    const sun = resolveWindow('last-working-day', { now: local(2026, 11, 22, 9), workWeek: [0, 1, 2, 3, 4] });
    assert.deepEqual([sun.since, sun.until], [local(2026, 11, 19), local(2026, 11, 20)]);
  });

  it('this week starts on the first working day and runs to the end of today; last week is the 7 days before', () => {
    const now = local(2026, 11, 19, 15); // Thursday
    const tw = resolveWindow('this-week', { now });
    assert.deepEqual([tw.since, tw.until], [local(2026, 11, 16), local(2026, 11, 20)]);
    const lw = resolveWindow('last-week', { now });
    assert.deepEqual([lw.since, lw.until], [local(2026, 11, 9), local(2026, 11, 16)]);
    const weekend = resolveWindow('this-week', { now: local(2026, 11, 22, 12) }); // Sunday belongs to the week that began Monday
    assert.deepEqual(weekend.since, local(2026, 11, 16));
  });

  it('<N>d is since local midnight N days ago until the end of today; quarter is this calendar quarter', () => {
    const now = local(2026, 11, 19, 15);
    const d7 = resolveWindow('7d', { now });
    assert.deepEqual([d7.since, d7.until], [local(2026, 11, 12), local(2026, 11, 20)]);
    const q = resolveWindow('quarter', { now });
    assert.deepEqual([q.since, q.until], [local(2026, 10, 1), local(2026, 11, 20)]);
    assert.match(q.label, /Q4 2026/);
  });

  it('explicit dates: YYYY-MM-DD is local midnight, ISO is exact, until defaults to the end of today', () => {
    const now = local(2026, 11, 19, 15);
    const w = resolveWindow({ since: '2026-11-01', until: '2026-11-08' }, { now });
    assert.deepEqual([w.since, w.until], [local(2026, 11, 1), local(2026, 11, 8)]);
    assert.equal(w.label, 'Nov 1 – 7, 2026');
    const iso = resolveWindow({ since: '2026-11-01T12:00:00+14:00' }, { now });
    assert.deepEqual([iso.since, iso.until], [new Date('2026-10-31T22:00:00Z'), local(2026, 11, 20)]);
    assert.throws(() => resolveWindow({ since: '2026-11-08', until: '2026-11-01' }, { now }), /until \(2026-11-01\) must be after since \(2026-11-08\)/);
    assert.throws(() => resolveWindow({ since: '2026-02-30' }, { now }), /no such day/);
  });

  it('every preset is labelled with the local days it includes, the last one before its exclusive end', () => {
    const now = local(2026, 12, 2, 15); // Wednesday
    const labels = Object.fromEntries((['last-working-day', 'this-week', 'last-week', '1d', '7d', '14d', 'quarter'] as const)
      .map(spec => [spec, resolveWindow(spec, { now }).label]));
    assert.deepEqual(labels, {
      'last-working-day': 'the last working day (Tue, Dec 1, 2026)',
      'this-week': 'this week (Nov 30 – Dec 2, 2026)',
      'last-week': 'last week (Nov 23 – 29, 2026)',
      '1d': 'since yesterday (Dec 1 – 2, 2026)',
      '7d': 'the last 7 days (Nov 25 – Dec 2, 2026)',
      '14d': 'the last 14 days (Nov 18 – Dec 2, 2026)',
      quarter: 'this quarter (Q4 2026)',
    });
    // The first working day of 2027: last week crosses the year, the standup looks back to before New Year.
    const jan4 = local(2027, 1, 4, 9);
    assert.equal(resolveWindow('last-week', { now: jan4 }).label, 'last week (Dec 28, 2026 – Jan 3, 2027)');
    assert.equal(resolveWindow('last-working-day', { now: jan4 }).label, 'the last working day (Fri, Jan 1, 2027)');
    assert.equal(resolveWindow('this-week', { now: jan4 }).label, 'this week (Jan 4, 2027)');
  });

  it('explicit windows, as days or ISO instants, and since the last sent update, are labelled with human days', () => {
    const now = local(2026, 12, 2, 15);
    const field = { since: local(2026, 8, 1).toISOString(), until: local(2026, 8, 23).toISOString() };
    const labels = [
      resolveWindow({ since: '2026-08-01', until: '2026-08-23' }, { now }).label,
      resolveWindow(field, { now }).label,
      resolveWindow({ since: '2026-07-28', until: '2026-08-04' }, { now }).label,
      resolveWindow({ since: '2026-12-29', until: '2027-01-05' }, { now }).label,
      resolveWindow({ since: '2026-11-20', until: '2026-11-21' }, { now }).label,
      // Since the last sent update: an instant in the afternoon, open to the end of today.
      resolveWindow({ since: local(2026, 11, 20, 16).toISOString() }, { now }).label,
      resolveWindow({ since: local(2026, 11, 20, 16), until: local(2026, 11, 23, 9) }, { now }).label,
    ];
    assert.deepEqual(labels, [
      'Aug 1 – 22, 2026', 'Aug 1 – 22, 2026', 'Jul 28 – Aug 3, 2026', 'Dec 29, 2026 – Jan 4, 2027', 'Nov 20, 2026',
      'Nov 20 – Dec 2, 2026', 'Nov 20 – 23, 2026',
    ]);
    for (const label of labels) assert.doesNotMatch(label, /\d{4}-\d{2}|T\d{2}:|Z\b/, label);
  });

  it('parseWindowSpec accepts presets, <N>d and ranges, and rejects nonsense with a clear message', () => {
    assert.equal(parseWindowSpec('last-week'), 'last-week');
    assert.equal(parseWindowSpec(' 14d '), '14d');
    assert.deepEqual(parseWindowSpec('2026-11-01..2026-11-08'), { since: '2026-11-01', until: '2026-11-08' });
    assert.deepEqual(parseWindowSpec('2026-11-01..'), { since: '2026-11-01' });
    assert.throws(() => parseWindowSpec('fortnight'), /unknown window 'fortnight': use last-working-day/);
    assert.throws(() => parseWindowSpec('0d'), /N from 1/);
    assert.throws(() => parseWindowSpec('yesterday..today'), /invalid since date 'yesterday'/);
  });
});
