import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exportWindow, parseExportPeriod } from '../../../src/commands/exportPeriod';
import { journalFolderPath } from '../../../src/commands/journalFolder';

const now = new Date(2026, 7, 14, 15, 30); // 14 Aug 2026, local
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('exportWindow', () => {
  it('runs from the start of this quarter, half or year to the end of today', () => {
    const end = day(2026, 8, 15);
    const cases: [Parameters<typeof exportWindow>[0], number, string][] = [
      ['quarter', day(2026, 7, 1), 'Q3 2026'],
      ['half', day(2026, 7, 1), 'H2 2026'],
      ['year', day(2026, 1, 1), '2026'],
    ];
    for (const [period, since, label] of cases) {
      const w = exportWindow(period, now, now);
      assert.equal(w.since.getTime(), since, String(period));
      assert.equal(w.until.getTime(), end, String(period));
      assert.equal(w.label, label);
    }
    assert.equal(exportWindow('half', new Date(2026, 2, 3), now).since.getTime(), day(2026, 1, 1));
  });

  it('covers the whole journal from its earliest entry', () => {
    const w = exportWindow('all', now, new Date(2025, 1, 3, 18));
    assert.equal(w.since.getTime(), day(2025, 2, 3));
    assert.equal(w.until.getTime(), day(2026, 8, 15));
  });

  it('takes explicit days as given and refuses an empty or reversed range', () => {
    const w = exportWindow({ since: '2026-01-01', until: '2026-04-01' }, now, now);
    assert.equal(w.since.getTime(), day(2026, 1, 1));
    assert.equal(w.until.getTime(), day(2026, 4, 1));
    assert.equal(w.label, 'Jan 1 – Mar 31, 2026');
    assert.throws(() => exportWindow({ since: '2026-04-01', until: '2026-01-01' }, now, now));
    assert.throws(() => exportWindow({ since: 'soon' }, now, now));
  });
});

describe('parseExportPeriod', () => {
  it('keeps named periods and explicit dates, nothing else', () => {
    assert.equal(parseExportPeriod('year'), 'year');
    assert.deepEqual(parseExportPeriod({ since: '2026-01-01', extra: 1 }), { since: '2026-01-01' });
    assert.equal(parseExportPeriod('decade'), undefined);
    assert.equal(parseExportPeriod({ until: '2026-01-01' }), undefined);
    assert.equal(parseExportPeriod(undefined), undefined);
  });
});

describe('journalFolderPath', () => {
  it('defaults to journal/ in the global storage and expands the setting', () => {
    assert.equal(journalFolderPath('', '/storage/worklog', '/ws'), join('/storage/worklog', 'journal'));
    assert.equal(journalFolderPath('  ', '/storage/worklog', undefined), join('/storage/worklog', 'journal'));
    assert.equal(journalFolderPath('~/sync/worklog', '/s', '/ws'), join(homedir(), 'sync/worklog'));
    assert.equal(journalFolderPath('notes/journal', '/s', '/ws'), '/ws/notes/journal');
    assert.equal(journalFolderPath('/abs/j', '/s', '/ws'), '/abs/j');
  });
});
