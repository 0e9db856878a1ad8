import assert from 'node:assert/strict';
import { affectsMining, scanDelay } from '../../../src/views/scanSchedule';

const timing = { debounceMs: 2_000, minIntervalMs: 180_000 };

describe('scan schedule after repository changes', () => {
  it('waits for the burst of ref updates to settle', () => {
    assert.equal(scanDelay(10_000, 10_000, undefined, timing), 2_000);
    assert.equal(scanDelay(11_500, 10_000, undefined, timing), 500);
    assert.equal(scanDelay(13_000, 10_000, undefined, timing), 0);
  });

  it('never scans again within the minimum interval after the last scan', () => {
    assert.equal(scanDelay(60_000, 60_000, 0, timing), 120_000);
    assert.equal(scanDelay(200_000, 199_000, 0, timing), 1_000);
  });
});

describe('rescan after a setting change', () => {
  const changed = (...keys: string[]) => (key: string) => keys.some(k => k === key || k.startsWith(`${key}.`));

  it('rescans for the settings the scan reads', () => {
    for (const key of ['worklog.repositories.include', 'worklog.repositories.exclude', 'worklog.repositories.scanDepth', 'worklog.authors',
      'worklog.ticketPatterns', 'worklog.workWeek', 'worklog.draft.defaultWindow', 'worklog.git.path', 'worklog.journal.folder']) {
      assert.equal(affectsMining(changed(key)), true, key);
    }
  });

  it('does not rescan for the profile, templates, style or reminder', () => {
    for (const key of ['worklog.profile.managerName', 'worklog.profile.goals', 'worklog.draft.template', 'worklog.draft.style',
      'worklog.reminder.cadence', 'worklog.reminder.day', 'worklog.templates.folder']) {
      assert.equal(affectsMining(changed(key)), false, key);
    }
  });
});
