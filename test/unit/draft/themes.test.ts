import assert from 'node:assert/strict';
import { buildDraftModel } from '../../../src/draft/model';
import { accomplishment, emptyDraftInput, evidence, mining } from '../../fixtures/draft/input';

/** A model of accomplishments titled and placed as given (`scope` or `area`). */
function modelOf(items: Array<{ title: string; area?: string; scope?: string }>) {
  const accs = items.map((x, k) => accomplishment({
    id: `api:${k}`, title: x.title, repository: 'api', type: 'feat', ...(x.area ? { area: x.area } : {}), ...(x.scope ? { scope: x.scope } : {}),
    commits: [evidence(`feat: ${x.title} ${k}`, '2026-11-17T10:00:00Z', 10 + k, 1)],
  }));
  return buildDraftModel({ ...emptyDraftInput('detailed'), mining: mining(accs) });
}

describe('themes', () => {
  it('clusters by folder, and a scope and a folder of the same name are one theme', () => {
    const model = modelOf([
      { title: 'Add fuzzy search', area: 'search' }, { title: 'Rank exact matches first', scope: 'search' }, { title: 'Add invoices', area: 'billing' },
      { title: 'Add refunds', area: 'billing' }, { title: 'Add SSO', area: 'auth' },
    ]);
    assert.deepEqual(model.done.themes.map(t => [t.name, t.source, t.items.length]).sort(), [['Billing', 'area', 2], ['Search', 'scope', 2]]);
    assert.equal(model.done.lines.filter(l => l.item).length, 1, 'an item alone stays an item');
  });

  it('makes no theme of a folder that holds most of the work (the one package under src/)', () => {
    const model = modelOf(['Add a pager', 'Add colours', 'Add prompts', 'Add shell completion', 'Add a test runner', 'Add docs search'].map(title => ({ title, area: 'click' })));
    assert.deepEqual(model.done.themes, []);
    assert.equal(model.done.lines.length, 6);
  });

  it('collapses near-identical titles into one item with a count, named by what they share', () => {
    const model = modelOf([
      ...['x86', 'LLVM and PTX', 'nir'].map(t => ({ title: `CONST migration for ${t}` })),
      ...['01', '02', '03'].map(n => ({ title: `What's cooking (2026/11 #${n})` })),
      { title: 'Add SSO' },
    ]);
    const titles = model.done.lines.map(l => l.item!.title).sort();
    assert.equal(titles.length, 3);
    assert.equal(titles[0], 'Add SSO');
    assert.match(titles[1], /^CONST migration: (?=.*x86)(?=.*LLVM and PTX)(?=.*nir)/);
    assert.equal(titles[2], "What's cooking (3 changes)");
    assert.equal(model.done.lines.find(l => l.item!.title.startsWith('CONST'))!.item!.similar, 3);
  });
});
