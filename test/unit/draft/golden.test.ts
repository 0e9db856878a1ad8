import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { DraftStyle } from '../../../src/draft/model';
import { buildDraftModel } from '../../../src/draft/model';
import type { OutputFormat } from '../../../src/draft/render';
import { renderDraft } from '../../../src/draft/render';
import { richDraftInput } from '../../fixtures/draft/input';
import { checkGolden } from '../../helpers/golden';
import { repoRoot } from '../../helpers/paths';

const builtinTemplatesDir = join(repoRoot(), 'templates');
const templates = ['weekly', 'standup', 'one-on-one', 'brag', 'problem-report'];
const styles: DraftStyle[] = ['brief', 'detailed'];
const formats: Array<[OutputFormat, string]> = [['markdown', 'md'], ['slack', 'slack'], ['text', 'txt'], ['html', 'html']];

describe('draft golden files', () => {
  // Drafts show local days: the golden files are the drafts of a reader in UTC, whatever TZ the run has.
  const tz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });
  for (const template of templates) {
    for (const style of styles) {
      for (const [format, ext] of formats) {
        it(`${template} ${style} as ${format}`, () => {
          const model = buildDraftModel(richDraftInput(style));
          const result = renderDraft(model, { template, format, builtinTemplatesDir });
          assert.deepEqual(result.warnings, []);
          assert.equal(result.template.source, 'builtin');
          checkGolden(`${template}.${style}.${ext}`, result.text);
        });
      }
    }
  }
  for (const style of styles) {
    it(`json ${style} (the same for every template)`, () => {
      const model = buildDraftModel(richDraftInput(style));
      const texts = templates.map(template => renderDraft(model, { template, format: 'json', builtinTemplatesDir }).text);
      assert.equal(new Set(texts).size, 1);
      checkGolden(`model.${style}.json`, texts[0]);
    });
  }
});
