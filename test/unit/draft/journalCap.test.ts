import assert from 'node:assert/strict';
import { budgetFor } from '../../../src/draft/budget';
import { buildDraftModel, DEFAULT_JOURNAL_CAP, MORE_ID_PREFIX } from '../../../src/draft/model';
import { renderDraft } from '../../../src/draft/render';
import type { Entry } from '../../../src/journal/types';
import type { MiningResult } from '../../../src/git/types';
import { repoRoot } from '../../helpers/paths';
import { BIG_JOURNAL_KINDS, bigJournalEntries } from '../hostile/bigJournal';
import { join } from 'node:path';

const NOW = new Date('2025-11-21T15:00:00Z');
const mining: MiningResult = {
  window: { since: new Date('2025-11-14T15:00:00Z'), until: new Date('2025-11-21T16:00:00Z'), label: 'the last 7 days' },
  authors: [], repositories: [], accomplishments: [], inProgress: [], merged: [], reviewed: [], commitCount: 0,
};

/** `n` entries of each kind, one a minute ending at NOW, newest first like the store gives them. */
function bigJournal(n: number): Entry[] {
  return bigJournalEntries(n * BIG_JOURNAL_KINDS.length, NOW).reverse();
}

describe('journal caps of the draft model', () => {
  const entries = bigJournal(400);
  // The limits of a complete draft (a brag document): DEFAULT_JOURNAL_CAP entries a section.
  const model = buildDraftModel({ mining, entries, now: NOW, style: 'detailed', limits: budgetFor('brag', 'detailed').limits });

  it('tells at most the cap of each journal section, newest entries, and counts the rest', () => {
    const real = <T extends { id: string }>(xs: T[]) => xs.filter(x => !x.id.startsWith(MORE_ID_PREFIX));
    assert.equal(real(model.done.all.filter(i => i.source === 'journal')).length, DEFAULT_JOURNAL_CAP);
    assert.equal(real(model.feedback).length, DEFAULT_JOURNAL_CAP);
    assert.equal(model.notes.length, DEFAULT_JOURNAL_CAP);
    assert.equal(model.problems.length, DEFAULT_JOURNAL_CAP);
    assert.equal(real(model.promises.kept).length, DEFAULT_JOURNAL_CAP);
    assert.deepEqual(model.omitted, { wins: 375, notes: 375, problems: 375, promises: 375, feedback: 375 });
    assert.equal(model.promises.count, 400, 'the promise count is the true total');
    // The newest of each kind is told: entries[0] is the newest.
    const newestFeedback = entries.find(e => e.kind === 'feedback')!;
    assert.ok(model.feedback.some(f => f.id === newestFeedback.id));
  });

  it('ends each cut list with one "…and N more" line that the weekly draft prints', () => {
    assert.equal(model.feedback.at(-1)?.text, '…and 375 more feedback entries in the journal');
    assert.equal(model.inProgress.at(-1)?.title, '…and 375 more notes in the journal');
    const rendered = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir: join(repoRoot(), 'templates') });
    for (const what of ['wins', 'notes', 'feedback entries', 'promises', 'open problems']) {
      assert.ok(rendered.text.includes(`…and 375 more ${what} in the journal`), `no "and N more" line for ${what}`);
    }
    assert.ok(rendered.text.length < 20_000, `the weekly draft is ${rendered.text.length} characters`);
  });

  it('counts the open problems left out in the standup and the problem report too', () => {
    for (const template of ['standup', 'problem-report']) {
      const rendered = renderDraft(model, { template, format: 'markdown', builtinTemplatesDir: join(repoRoot(), 'templates') });
      assert.ok(rendered.text.includes('…and 375 more open problems in the journal'), `${template} does not count the problems left out`);
    }
  });

  it('keeps everything with journalCap Infinity (an export)', () => {
    const all = buildDraftModel({ mining, entries, now: NOW, style: 'detailed', journalCap: Infinity });
    assert.equal(all.feedback.length, 400);
    assert.equal(all.problems.length, 400);
    assert.deepEqual(all.omitted, { wins: 0, notes: 0, problems: 0, promises: 0, feedback: 0 });
  });
});
