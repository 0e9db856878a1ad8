import assert from 'node:assert/strict';
import { join } from 'node:path';
import { budgetFor } from '../../../src/draft/budget';
import { buildDraftModel } from '../../../src/draft/model';
import { renderDraft } from '../../../src/draft/render';
import { richDraftInput } from '../../fixtures/draft/input';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const weekly = (style: 'brief' | 'detailed', extra: object = {}) =>
  renderDraft(buildDraftModel({ ...richDraftInput(style), ...extra }), { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
const doneSection = (text: string) => text.split('## Done')[1].split(/\n## /)[0];

describe('style rules', () => {
  it('brief: one line per Done line, no evidence lines, the rest in one roll-up line', () => {
    const done = doneSection(weekly('brief', { limits: { ...budgetFor('weekly', 'brief').limits, doneLines: 3 } }));
    // After the roll-up come the one-line summaries of merges and reviews.
    const bullets = done.split('\n').filter(l => l.startsWith('- ') && !/^- (Merged|Reviewed)/.test(l));
    assert.equal(bullets.length, 4, done);
    assert.match(bullets[3], /^- \d+ more: .+ and .+/);
    assert.doesNotMatch(done, /^ {2}\S/m, 'an evidence line under a brief item');
    assert.doesNotMatch(done, /`[0-9a-f]{7}`/, 'SHAs in a brief update');
    assert.doesNotMatch(done, /Also:/);
  });

  it('detailed: the Done lines with their evidence (SHAs, lines)', () => {
    const done = doneSection(weekly('detailed'));
    assert.ok(done.split('\n').filter(l => l.startsWith('- ')).length > 3);
    assert.match(done, /`[0-9a-f]{7}`.*\+\d+\/-\d+/m);
    assert.doesNotMatch(done, /Also:/);
  });

  it('greets the manager named in the profile', () => {
    assert.match(weekly('brief', { profile: { managerName: 'Mei' } }), /^Hi Mei,/);
    assert.doesNotMatch(weekly('brief', { profile: {} }), /^Hi /);
  });

  it('shows an open promise without a due date', () => {
    for (const style of ['brief', 'detailed'] as const) {
      assert.match(weekly(style), /^- Open: Send the staging plan \(to Dana\)$/m);
      const agenda = renderDraft(buildDraftModel(richDraftInput(style)), { template: 'one-on-one', format: 'markdown', builtinTemplatesDir }).text;
      assert.match(agenda, /Send the staging plan/);
    }
  });
});
