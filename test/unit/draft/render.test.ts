import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetFor } from '../../../src/draft/budget';
import { buildDraftModel } from '../../../src/draft/model';
import { listTemplates, renderDraft, TemplateError } from '../../../src/draft/render';
import { formatDay, localDay } from '../../../src/time/days';
import { accomplishment, base, emptyDraftInput, evidence, mining, NOW, richDraftInput, WINDOW } from '../../fixtures/draft/input';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const BUILTINS = ['brag', 'one-on-one', 'problem-report', 'standup', 'weekly'];
/** What every template says when the window has nothing to tell. */
const EMPTY_WINDOW = 'No commits landed in this window. Add a win or a note?';

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'worklog-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('renderDraft', () => {
  it('lists the built-in templates with their descriptions', () => {
    const list = listTemplates(builtinTemplatesDir);
    assert.deepEqual(list.map(t => t.name), BUILTINS);
    for (const t of list) {
      assert.equal(t.source, 'builtin');
      assert.ok(t.description && t.description.length > 20, `${t.name} has a description`);
    }
  });

  it('leaves empty sections out of every template', () => {
    for (const template of BUILTINS) {
      for (const style of ['brief', 'detailed'] as const) {
        const text = renderDraft(buildDraftModel(emptyDraftInput(style)), { template, format: 'markdown', builtinTemplatesDir }).text;
        // Standup's sections are whole-line bold, not '#' headings.
        const headings = text.split('\n').filter(l => /^#|^\*\*[^*]+\*\*$/.test(l));
        assert.ok(headings.length <= 1, `${template} ${style} has only its title: ${headings.join(' | ')}`);
        assert.doesNotMatch(text, /\n\n\n/);
        assert.ok(text.trim().length > 0);
      }
    }
  });

  it('an empty window prints one line after the header in every template, and only then', () => {
    for (const template of BUILTINS) {
      for (const style of ['brief', 'detailed'] as const) {
        const text = renderDraft(buildDraftModel(emptyDraftInput(style)), { template, format: 'markdown', builtinTemplatesDir }).text;
        const lines = text.split('\n').filter(l => l.trim());
        assert.equal(lines.length, 2, `${template} ${style}: ${text}`);
        assert.equal(lines[1], EMPTY_WINDOW, `${template} ${style}`);
      }
    }
    // Anything to tell, and the line is gone: a commit, a merge of someone else's work, a journal note or win.
    const merge = { title: 'Their fix', authors: [{ name: 'Grace Hopper', email: 'grace@example.com' }], sha: 'f'.repeat(40), repository: 'api', bot: false };
    const inputs = [
      { ...emptyDraftInput('brief'), mining: mining([accomplishment({ id: 'a', title: 'Ship it', repository: 'api', commits: [evidence('feat: ship it', '2026-11-17T10:00:00Z', 1, 1)] })]) },
      { ...emptyDraftInput('brief'), mining: { ...mining([]), merged: [merge] } },
      { ...emptyDraftInput('brief'), entries: [{ ...base('n1', 'Pairing on the cache', '2026-11-18T10:00:00Z'), kind: 'note' as const }] },
    ];
    for (const [k, input] of inputs.entries()) {
      for (const template of ['weekly', 'brag', 'one-on-one', 'problem-report']) {
        if (k === 2 && template !== 'weekly') continue; // notes are told in progress: the weekly's section
        const text = renderDraft(buildDraftModel(input), { template, format: 'markdown', builtinTemplatesDir }).text;
        assert.ok(!text.includes(EMPTY_WINDOW), `${template}, input ${k}: ${text}`);
        if (template === 'problem-report') assert.match(text, /^No open problems\.$/m);
      }
    }
  });

  it('heads a standup with the last day of its window, not with today', () => {
    const past = { since: new Date(2026, 7, 1), until: new Date(2026, 7, 23), label: 'Aug 1 – 22, 2026' };
    const model = buildDraftModel({ ...emptyDraftInput('brief'), mining: { ...mining([]), window: past } });
    assert.equal(model.window.firstDay, '2026-08-01');
    assert.equal(model.window.lastDay, '2026-08-22');
    const text = renderDraft(model, { template: 'standup', format: 'markdown', builtinTemplatesDir }).text;
    assert.match(text, /^\*\*Standup, Sat, Aug 22\*\*$/m);
    assert.ok(!text.includes(formatDay(NOW, 'long')), text);
  });

  it('shows only the sections that have content', () => {
    const input = emptyDraftInput('brief');
    input.entries = [{ ...base('f', 'Nice demo', '2026-11-18T10:00:00Z'), kind: 'feedback', from: 'Dana' }];
    const text = renderDraft(buildDraftModel(input), { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
    assert.deepEqual(text.split('\n').filter(l => l.startsWith('## ')), ['## Feedback']);
    assert.match(text, /^- From Dana: Nice demo$/m);
  });

  it('brief style opens with the headline, lists the top lines and rolls the rest into one line', () => {
    const limits = { ...budgetFor('weekly', 'brief').limits, doneLines: 2 };
    const model = buildDraftModel({ ...richDraftInput('brief'), limits });
    const text = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
    assert.equal(text.split('\n')[2], model.headline.replace(/\*/g, '\\*'), 'the headline comes right after the greeting');
    const done = text.split('## Done')[1].split('## In progress')[0];
    const bullets = done.split('\n').filter(l => l.startsWith('- '));
    assert.match(bullets[2], /^- \d+ more: /, 'one roll-up line after the two top lines');
    assert.doesNotMatch(done, /Also:/);
    assert.doesNotMatch(done, /`[0-9a-f]{7}`/, 'no evidence in brief style');
  });

  it('detailed style carries evidence: short SHAs, tickets, repository, lines', () => {
    const text = renderDraft(buildDraftModel(richDraftInput('detailed')), { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
    assert.match(text, /`[0-9a-f]{7}` .*· SHOP-117 · api · \+58\/-12/);
  });

  it('flags a problem with no proposed solution', () => {
    for (const template of ['weekly', 'one-on-one', 'problem-report', 'standup']) {
      const text = renderDraft(buildDraftModel(richDraftInput('brief')), { template, format: 'text', builtinTemplatesDir }).text;
      assert.match(text, /The refunds service has no owner[\s\S]{0,10}[—\n ]+no proposed solution yet/i, template);
    }
  });

  it('a user template overrides the built-in of the same name, and edits apply on the next render', () => {
    const dir = userDir({ 'weekly.hbs': '{{!-- description: mine --}}\nMine: {{done.count}}\n' });
    const model = buildDraftModel(richDraftInput('brief'));
    const first = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir });
    assert.equal(first.text, 'Mine: 8\n');
    assert.equal(first.template.source, 'user');
    assert.equal(first.template.file, join(dir, 'weekly.hbs'));
    writeFileSync(join(dir, 'weekly.hbs'), 'Edited: {{problems.length}}\n');
    assert.equal(renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir }).text, 'Edited: 2\n');
    const listed = listTemplates(builtinTemplatesDir, dir).find(t => t.name === 'weekly')!;
    assert.equal(listed.source, 'user');
  });

  it('a user folder adds new templates', () => {
    const dir = userDir({ 'okr.hbs': '{{!-- description: OKR check-in --}}\n{{#each goals.manager}}- {{text}}\n{{/each}}' });
    assert.deepEqual(listTemplates(builtinTemplatesDir, dir).map(t => t.name), [...BUILTINS, 'okr'].sort());
    const text = renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'okr', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir }).text;
    assert.equal(text, '- Grow checkout conversion to 5%\n- Search p95 under 200 ms\n');
  });

  it('a user template with a syntax error falls back to the built-in, with file and line in a warning', () => {
    const dir = userDir({ 'weekly.hbs': 'line one\nline two\n{{#each done.all}}\n- {{title}}\n' });
    const result = renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'weekly', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir });
    assert.equal(result.template.source, 'builtin');
    assert.equal(result.warnings.length, 1);
    assert.ok(result.warnings[0].includes(join(dir, 'weekly.hbs') + ':'), result.warnings[0]);
    assert.match(result.warnings[0], /weekly\.hbs:\d+/);
    assert.match(result.text, /^## Done$/m);
  });

  it('reports the line of an unknown helper in a user template', () => {
    const dir = userDir({ 'weekly.hbs': 'ok\n\n{{nosuchhelper done.count}}\n' });
    const result = renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'weekly', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir });
    assert.match(result.warnings[0], /weekly\.hbs:3(:\d+)?: .*nosuchhelper/);
  });

  it('a broken user-only template throws a TemplateError with file and line', () => {
    const dir = userDir({ 'mine.hbs': 'a\n{{#if x}}\n' });
    assert.throws(
      () => renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'mine', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir }),
      (e: unknown) => e instanceof TemplateError && e.file === join(dir, 'mine.hbs') && typeof e.line === 'number',
    );
  });

  it('an unknown template name is a clear error listing the available ones', () => {
    for (const name of ['nope', '../templates/weekly', '/etc/passwd']) {
      assert.throws(
        () => renderDraft(buildDraftModel(richDraftInput('brief')), { template: name, format: 'markdown', builtinTemplatesDir }),
        (e: unknown) => e instanceof Error && e.message.includes(`"${name}"`) && e.message.includes(BUILTINS.join(', ')),
      );
    }
  });

  it('user templates cannot reach prototypes or run code', () => {
    const dir = userDir({ 'evil.hbs': '[{{constructor.constructor}}][{{done.constructor.name}}][{{__proto__}}][{{lookup this "constructor"}}]\n', 'call.hbs': '{{constructor.constructor "return process.exit(3)"}}\n' });
    const text = renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'evil', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir }).text;
    assert.equal(text, '[][][][]\n');
    assert.throws(
      () => renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'call', format: 'markdown', builtinTemplatesDir, userTemplatesDir: dir }),
      (e: unknown) => e instanceof TemplateError && /Missing helper/.test(e.message),
    );
  });

  it('data is never compiled: Handlebars syntax in a commit subject is printed literally', () => {
    const a = accomplishment({ id: 'x', title: '{{constructor.constructor "return process"}} {{#each}}', repository: 'api', commits: [evidence('s', '2026-11-17T10:00:00Z', 1, 1)] });
    const model = buildDraftModel({ ...emptyDraftInput('brief'), mining: mining([a]) });
    const md = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir }).text;
    assert.match(md, /^- \{\{constructor\.constructor "return process"\}\} \{\{#each\}\}$/m);
    const text = renderDraft(model, { template: 'weekly', format: 'text', builtinTemplatesDir }).text;
    assert.match(text, /^- \{\{constructor\.constructor "return process"\}\} \{\{#each\}\}$/m);
  });

  it('the json format carries the public fields', () => {
    const json = JSON.parse(renderDraft(buildDraftModel(richDraftInput('brief')), { template: 'weekly', format: 'json', builtinTemplatesDir }).text);
    assert.deepEqual(json.window, { since: '2026-11-16T00:00:00.000Z', until: '2026-11-21T00:00:00.000Z', label: 'the week of Nov 16', firstDay: localDay(WINDOW.since), lastDay: localDay(new Date(WINDOW.until.getTime() - 1)) });
    assert.equal(json.repositories[2].error, 'not a git repository: /home/ada/src/legacy');
    const acc = json.accomplishments[0];
    for (const key of ['title', 'repository', 'tickets', 'pullRequest', 'type', 'scope', 'coAuthors', 'commits']) assert.ok(key in acc, key);
    assert.match(acc.commits[0].sha, /^[0-9a-f]{40}$/);
    for (const key of ['subject', 'authoredAt', 'insertions', 'deletions', 'files']) assert.ok(key in acc.commits[0], key);
    for (const key of ['inProgress', 'wins', 'problems', 'promises', 'feedback', 'notes', 'goals']) assert.ok(Array.isArray(json[key]), key);
    const p1 = json.problems.find((p: { id: string }) => p.id === 'p1');
    assert.deepEqual([p1.hasProposal, p1.recommendation.index, p1.ask, p1.options.length], [true, 0, 'OK to quarantine for one week?', 2]);
    assert.equal(json.problems.find((p: { id: string }) => p.id === 'p2').hasProposal, false);
    assert.deepEqual(json.promises.map((p: { id: string; status: string; due: string }) => [p.id, p.status, p.due]).sort(), [
      ['pr1', 'open', '2026-11-24'], ['pr2', 'at-risk', '2026-11-27'], ['pr3', 'done', '2026-11-19'], ['pr4', 'open', '2026-11-18'], ['pr6', 'open', '2026-12-15'], ['pr7', 'open', null],
    ]);
  });
});
