import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildDraftModel } from '../../../src/draft/model';
import { renderDraft } from '../../../src/draft/render';
import { richDraftInput } from '../../fixtures/draft/input';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const weekly = (style: 'brief' | 'detailed', extra: object = {}) =>
  renderDraft(buildDraftModel({ ...richDraftInput(style), ...extra }), { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
const doneSection = (text: string) => text.split('## Done')[1].split(/\n## /)[0];

describe('style rules', () => {
  it('brief: one line per accomplishment, no evidence lines, capped with the rest under "Also"', () => {
    const done = doneSection(weekly('brief', { maxBriefItems: 3 }));
    // The items, before "Also:" (after it come the one-line summaries of merges and reviews).
    const bullets = done.split('Also:')[0].split('\n').filter(l => l.startsWith('- '));
    assert.equal(bullets.length, 3);
    assert.doesNotMatch(done, /^ {2}\S/m, 'an evidence line under a brief item');
    assert.doesNotMatch(done, /`[0-9a-f]{7}`/, 'SHAs in a brief update');
    assert.match(done, /^Also: .+; .+/m);
  });

  it('detailed: every accomplishment with its evidence (SHAs, lines) and no "Also"', () => {
    const done = doneSection(weekly('detailed', { maxBriefItems: 3 }));
    assert.ok(done.split('\n').filter(l => l.startsWith('- ')).length > 3);
    assert.match(done, /^ {2}`[0-9a-f]{7}`.*\+\d+\/-\d+/m);
    assert.doesNotMatch(done, /^Also:/m);
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
