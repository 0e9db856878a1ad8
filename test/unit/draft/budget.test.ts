import assert from 'node:assert/strict';
import { join } from 'node:path';
import { composeDraft } from '../../../src/draft/compose';
import { budgetFor, tighter } from '../../../src/draft/budget';
import { countWords } from '../../../src/draft/length';
import { buildDraftModel } from '../../../src/draft/model';
import type { DraftStyle } from '../../../src/draft/model';
import { renderDraft } from '../../../src/draft/render';
import { mine } from '../../../src/git/mine';
import type { MiningResult } from '../../../src/git/types';
import { checkGolden } from '../../helpers/golden';
import { makeTeamHistory } from '../../helpers/teamHistory';
import type { TeamHistory } from '../../helpers/teamHistory';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const STYLES: DraftStyle[] = ['brief', 'detailed'];
const TEMPLATES = ['weekly', 'standup', 'one-on-one', 'brag', 'problem-report'];

describe('a draft a manager reads in a minute (the team history: 5 weeks, 6 subsystems, a bot, a release, a security fix)', function () {
  this.timeout(180_000);
  let history: TeamHistory;
  let week: MiningResult;
  let whole: MiningResult;
  const draft = (mining: MiningResult, template: string, style: DraftStyle) =>
    composeDraft({ mining, entries: [], now: history.end, style }, { template, format: 'markdown', builtinTemplatesDir });

  before(async () => {
    history = makeTeamHistory();
    [week, whole] = await Promise.all([history.window.lastWeek, history.window.whole].map(window => mine({ repositories: [history.dir], window, authors: [history.user.email] })));
  });

  it('the brief weekly of the last week reads as the README shows it (golden file)', () => {
    // The weekly draft names no day (a standup's heading is the window's last local day: it depends on TZ).
    checkGolden('team-history.weekly.brief.md', draft(week, 'weekly', 'brief').text);
  });

  it('the brief weekly of a week (about 60 commits) fits in 150 words, and of the whole span (300 commits) in 250', () => {
    assert.ok(week.accomplishments.flatMap(a => a.commits).length >= 55, 'the week holds about 60 of the user\'s commits');
    assert.ok(whole.accomplishments.flatMap(a => a.commits).length >= 300);
    const weekly = draft(week, 'weekly', 'brief');
    assert.ok(weekly.words <= 150, `${weekly.words} words:\n${weekly.text}`);
    assert.equal(weekly.words, countWords(weekly.text));
    const span = draft(whole, 'weekly', 'brief');
    assert.ok(span.words <= 250, `${span.words} words:\n${span.text}`);
  });

  it('both lead with the security fix, then features; routine work (formatter, bumps, bot, docs) is never a Done line', () => {
    for (const mining of [week, whole]) {
      const { model, text } = draft(mining, 'weekly', 'brief');
      assert.match(model.headline, /path traversal/i, 'the headline names the security fix');
      const done = text.split('## Done')[1].split('\n## ')[0].split('\n').filter(l => l.startsWith('- '));
      assert.match(done[0], /path traversal/i, 'the security fix leads Done');
      const kinds = model.done.top.map(l => (l.theme ? l.theme.items[0] : l.item!).kind);
      assert.deepEqual(kinds.slice(1).filter(k => k !== 'feature' && k !== 'fix'), [], `after security come features: ${kinds}`);
      assert.doesNotMatch(done.slice(0, -2).join('\n'), /prettier|bump|What's cooking|renovate/i);
      const rollup = model.done.rollup!;
      assert.match(done.find(l => /^- \d+ more: /.test(l))!, /\d+ more: .*(docs changes|dependency updates|formatting)/);
      assert.equal(rollup.count + model.done.top.reduce((n, l) => n + (l.theme ? l.theme.items.reduce((k, i) => k + (i.similar ?? 1), 0) : l.item!.similar ?? 1), 0), model.done.count, 'every item is told or counted');
    }
  });

  it('every template keeps its budget in both styles: update templates in words, brag and problem report in lines', () => {
    for (const mining of [week, whole]) {
      for (const template of TEMPLATES) {
        for (const style of STYLES) {
          const result = draft(mining, template, style);
          const budget = budgetFor(template, style).words;
          if (budget) assert.ok(result.words <= budget, `${template} ${style}: ${result.words} words > ${budget}`);
          else assert.equal(result.budget, undefined);
          for (const line of result.text.split('\n')) {
            assert.ok(line.length <= 260, `${template} ${style}: a line of ${line.length} characters: ${line.slice(0, 120)}…`);
            assert.ok(line.split('; ').length <= 6, `${template} ${style}: a line listing more than 5 items: ${line}`);
          }
        }
      }
    }
  });

  it('themes cluster by scope or folder, and near-identical subjects collapse into one item with a count', () => {
    const model = buildDraftModel({ mining: whole, entries: [], now: history.end, style: 'detailed' });
    const names = model.done.themes.map(t => t.name);
    for (const subsystem of ['Search', 'Billing', 'Auth', 'Export', 'UI', 'API']) assert.ok(names.includes(subsystem), `no ${subsystem} theme in ${names}`);
    assert.equal(new Set(names).size, names.length, 'one theme per name (a scope and a folder of the same name are one)');
    const items = model.done.lines.flatMap(l => (l.theme ? l.theme.items : [l.item!]));
    const migration = items.filter(i => /CONST migration/.test(i.title));
    assert.equal(migration.length, 1, migration.map(i => i.title).join(' | '));
    assert.match(migration[0].title, /^CONST migration: .*x86.*nir/);
    assert.equal(migration[0].similar, 5);
  });

  it('tightens limits one knob at a time down to a floor, and a tighter draft is never longer', () => {
    let limits = budgetFor('weekly', 'brief').limits;
    let words = Infinity;
    let rendered = Infinity;
    let steps = 0;
    for (let next: typeof limits | undefined = limits; next; next = tighter(limits)) {
      limits = next;
      const model = buildDraftModel({ mining: whole, entries: [], now: history.end, style: 'brief', limits });
      const { text } = renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir });
      assert.ok(text.length > 0 && model.done.top.length <= limits.doneLines);
      const count = countWords(JSON.stringify(model.done.top.map(l => l.theme?.shown.map(i => i.doneTitle) ?? l.item!.doneTitle)));
      assert.ok(count <= words, 'a tighter step told more');
      assert.ok(countWords(text) <= rendered, 'a tighter step rendered a longer draft');
      words = count;
      rendered = countWords(text);
      steps++;
    }
    assert.ok(steps > 3 && steps < 30, `${steps} steps`);
  });
});
