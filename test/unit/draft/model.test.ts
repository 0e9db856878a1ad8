import assert from 'node:assert/strict';
import { budgetFor } from '../../../src/draft/budget';
import { buildDraftModel } from '../../../src/draft/model';
import { accomplishment, base, emptyDraftInput, evidence, mining, NOW, richDraftInput, WINDOW } from '../../fixtures/draft/input';

describe('buildDraftModel', () => {
  it('merges a win with the accomplishment whose ticket it names, under the win goal', () => {
    const model = buildDraftModel(richDraftInput('detailed'));
    const win = model.done.all.find(i => i.entryId === 'w1')!;
    assert.equal(win.source, 'both');
    assert.deepEqual(win.accomplishments.map(a => a.id), ['api:pr:42']);
    assert.equal(win.goalId, 'g1');
    assert.equal(model.done.all.filter(i => i.accomplishments.some(a => a.id === 'api:pr:42')).length, 1, 'told once');
    assert.deepEqual(model.wins.find(w => w.id === 'w1')!.accomplishmentIds, ['api:pr:42']);
  });

  it('links a win to an accomplishment by a commit SHA prefix', () => {
    const a = accomplishment({ id: 'api:scope:x', title: 'Tidy logging', repository: 'api', commits: [evidence('tidy logging', '2026-11-17T10:00:00Z', 5, 5)] });
    const input = { ...emptyDraftInput('brief'), mining: mining([a]) };
    input.entries = [{ ...base('w', 'Logs are readable again', '2026-11-18T10:00:00Z'), kind: 'win', commits: [a.commits[0].sha.slice(0, 8).toUpperCase()] }];
    const model = buildDraftModel(input);
    assert.equal(model.done.count, 1);
    assert.equal(model.done.all[0].title, 'Logs are readable again');
    assert.equal(model.done.all[0].commitCount, 1);
  });

  it('groups an accomplishment under a goal that names its ticket', () => {
    const model = buildDraftModel(richDraftInput('detailed'));
    const search = model.done.all.find(i => i.id === 'web:ticket:SEARCH-7')!;
    assert.equal(search.goalId, 'g2');
    assert.deepEqual(model.done.groups.map(g => g.heading), ['Grow checkout conversion to 5%', 'Search p95 under 200 ms', 'Other work']);
  });

  it('brief style tells the top lines, most important kind first, and rolls the rest up with counts by kind', () => {
    const limits = { ...budgetFor('weekly', 'brief').limits, doneLines: 3 };
    const model = buildDraftModel({ ...richDraftInput('brief'), limits });
    assert.equal(model.done.top.length, 3);
    assert.equal(model.done.top[0].item?.entryId, 'w1', 'the win linked to a goal leads');
    assert.deepEqual(model.done.all.filter(i => i.kind === 'routine').map(i => [i.id, i.routine]).sort(), [
      ['api:scope:ci', 'ci'], ['api:ticket:SHOP-120', 'docs'], ['web:branch:main', 'dependencies'],
    ]);
    const told = model.done.top.flatMap(l => (l.theme ? l.theme.items : [l.item!]));
    assert.ok(told.every(i => i.kind !== 'routine'), 'routine work is never a Done line');
    assert.equal(model.done.rollup!.count, model.done.count - told.length);
    assert.match(model.done.rollup!.text, /^\d+ more: .*1 CI change/);
    assert.deepEqual(model.routine, { count: 3, byType: [{ type: 'ci', count: 1 }, { type: 'dependencies', count: 1 }, { type: 'docs', count: 1 }] });
    const detailed = buildDraftModel(richDraftInput('detailed'));
    assert.equal(detailed.done.groups.flatMap(g => g.items).length, detailed.done.count, 'detailed groups still hold every item (user templates)');
  });

  it('splits promises into kept, due, at risk, slipped and open', () => {
    const { promises } = buildDraftModel(richDraftInput('brief'));
    assert.deepEqual(promises.kept.map(p => p.id), ['pr3']);
    assert.deepEqual(promises.due.map(p => p.id), ['pr1']);
    assert.deepEqual(promises.atRisk.map(p => [p.id, p.plan !== undefined]), [['pr2', true]]);
    assert.deepEqual(promises.slipped.map(p => p.id), ['pr4']);
    assert.deepEqual(promises.open.map(p => p.id), ['pr6', 'pr7'], 'an open promise without a due date is listed too');
    assert.equal(promises.count, 6);
    assert.equal(promises.slipped[0].dueInDays, -2);
  });

  it('a promise dropped within the window has slipped', () => {
    const input = emptyDraftInput('brief');
    input.entries = [{ ...base('d', 'Migrate the wiki', '2026-11-01T10:00:00Z'), kind: 'promise', status: 'dropped', closedAt: '2026-11-19T10:00:00Z' }];
    assert.deepEqual(buildDraftModel(input).promises.slipped.map(p => p.id), ['d']);
  });

  it('keeps open problems whenever recorded, flags those without a proposal, and collects the asks', () => {
    const model = buildDraftModel(richDraftInput('brief'));
    assert.deepEqual(model.problems.map(p => [p.id, p.hasProposal]), [['p1', true], ['p2', false]]);
    assert.deepEqual(model.problemsWithoutProposal.map(p => p.id), ['p2']);
    assert.equal(model.problems[0].recommendation?.title, 'Quarantine the 6 flaky tests and fix them one by one');
    assert.deepEqual(model.support.map(s => s.ask), ['OK to quarantine for one week?']);
    assert.deepEqual(model.resolvedProblems.map(p => p.id), ['p3']);
  });

  it('a problem is resolved in the week it was resolved, not the week it was last edited', () => {
    const input = emptyDraftInput('brief');
    input.entries = [{
      ...base('p', 'Flaky deploys', '2026-11-02T10:00:00Z'), kind: 'problem', status: 'resolved', options: [],
      resolvedAt: '2026-11-12T10:00:00Z', updatedAt: '2026-11-18T10:00:00Z',
    }];
    const lastWeek = { since: new Date('2026-11-09T00:00:00Z'), until: WINDOW.since, label: 'last week' };
    assert.deepEqual(buildDraftModel({ ...input, mining: { ...input.mining, window: lastWeek } }).resolvedProblems.map(p => p.id), ['p']);
    assert.deepEqual(buildDraftModel(input).resolvedProblems, []);
  });

  it('filters wins, feedback and notes to the window', () => {
    const model = buildDraftModel(richDraftInput('brief'));
    assert.deepEqual(model.wins.map(w => w.id), ['w1', 'w2']);
    assert.deepEqual(model.feedback.map(f => f.id), ['f1', 'f2']);
    assert.deepEqual(model.notes.map(n => n.id), ['n2', 'n1']);
    assert.deepEqual(model.winsMissingImpact.map(i => i.entryId), ['w2']);
  });

  it('credits co-authors and people named in wins, never the user', () => {
    const input = richDraftInput('brief');
    input.entries.push({ ...base('w9', 'Paired on the release', '2026-11-20T09:00:00Z'), kind: 'win', impact: 'on time', people: ['ada lovelace', 'Grace Hopper'] });
    const model = buildDraftModel(input);
    assert.deepEqual(model.team.map(t => t.name), ['Grace Hopper', 'Priya Nair', 'Sam Lee', 'Linus Park']);
    assert.equal(model.team[0].credits.length, 2);
  });

  it('in progress comes from branches, uncommitted changes and notes; career goals carry their progress', () => {
    const model = buildDraftModel(richDraftInput('detailed'));
    assert.deepEqual(model.inProgress.map(p => p.kind), ['branch', 'uncommitted', 'note', 'note']);
    assert.equal(model.inProgress[1].detail, '1 staged, 2 modified');
    assert.deepEqual(model.goals.career.map(c => [c.goal.id, c.progress]), [['g3', ['Ran the checkout design review']]]);
  });

  it('brief style leaves uncommitted-change counts out of in progress', () => {
    const model = buildDraftModel(richDraftInput('brief'));
    assert.deepEqual(model.inProgress.map(p => p.kind), ['branch', 'note', 'note']);
  });

  it('an empty input gives empty sections', () => {
    const model = buildDraftModel(emptyDraftInput('detailed'));
    assert.equal(model.done.count, 0);
    for (const list of [model.inProgress, model.problems, model.support, model.feedback, model.team, model.timeline, model.done.groups]) assert.deepEqual(list, []);
    assert.equal(model.promises.count, 0);
    assert.equal(model.today, '2026-11-20');
    assert.equal(model.generatedAt, NOW.toISOString());
  });
});
