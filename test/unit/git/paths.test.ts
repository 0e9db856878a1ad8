import { strict as assert } from 'node:assert';
import { makeTempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import { globToRegExp } from '../../../src/git/landing';
import { changeProfile, parsePathAttributes, pathKind } from '../../../src/git/paths';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

describe('git mining: what the changed files say (paths.ts)', () => {
  it('knows lockfiles, vendored, generated, test, docs and CI files by their usual paths', () => {
    const kinds = Object.fromEntries([
      'package-lock.json', 'sub/go.sum', 'vendor/lib/x.go', 'third_party/z.c', 'dist/app.min.js', 'api/x.pb.go', 'src/__generated__/t.ts',
      'test/a.ts', 'src/a.test.ts', 'pkg/a_test.go', 'docs/guide.md', 'README.md', '.github/workflows/ci.yml', 'src/search/index.ts',
    ].map(p => [p, pathKind(p)]));
    assert.deepEqual(kinds, {
      'package-lock.json': 'lockfile', 'sub/go.sum': 'lockfile', 'vendor/lib/x.go': 'vendored', 'third_party/z.c': 'vendored',
      'dist/app.min.js': 'generated', 'api/x.pb.go': 'generated', 'src/__generated__/t.ts': 'generated', 'test/a.ts': 'test',
      'src/a.test.ts': 'test', 'pkg/a_test.go': 'test', 'docs/guide.md': 'docs', 'README.md': 'docs', '.github/workflows/ci.yml': 'ci',
      'src/search/index.ts': 'code',
    });
  });

  it('reads linguist-generated and linguist-vendored marks, and their negations, from .gitattributes', () => {
    const attrs = parsePathAttributes('# marks\napi/schema/** linguist-generated\n*.gen.ts linguist-generated=true\nlibs/ linguist-vendored\nlibs/ours/** -linguist-vendored\n"odd name" x\n');
    assert.equal(pathKind('api/schema/v1/types.ts', attrs), 'generated');
    assert.equal(pathKind('src/deep/model.gen.ts', attrs), 'generated');
    assert.equal(pathKind('libs/theirs/a.c', attrs), 'vendored');
    assert.equal(pathKind('libs/ours/a.c', attrs), 'code');
    assert.equal(pathKind('api/handler.ts', attrs), 'code');
  });

  it('counts lines outside lockfiles and generated files, names the area, and tells a change that only touched one routine kind', () => {
    assert.deepEqual(changeProfile('3\t1\tsrc/search/index.ts\n900\t900\tpackage-lock.json\n10\t0\ttest/search.test.ts'), { meaningfulLines: 14, area: 'search' });
    assert.deepEqual(changeProfile('40\t2\tdocs/a.md\n1\t1\tREADME.md'), { meaningfulLines: 44, only: 'docs' });
    assert.deepEqual(changeProfile('500\t480\tyarn.lock'), { meaningfulLines: 0, only: 'lockfile' });
    assert.deepEqual(changeProfile('-\t-\tsrc/img/logo.png'), { meaningfulLines: 0, area: 'img' });
  });

  it('gives each mined accomplishment its meaningful lines and area, on a real repository with a .gitattributes', async () => {
    const repo = makeTempRepo('app');
    repo.commit({ message: 'chore: start', files: { '.gitattributes': 'schema/** linguist-generated\n', 'src/billing/a.ts': 'a\n' }, date: '2026-11-02T10:00:00Z' });
    const schema = Array.from({ length: 300 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const feat = repo.commit({ message: 'feat: invoices', files: { 'src/billing/invoice.ts': 'x\ny\n', 'schema/types.ts': schema }, date: '2026-11-03T10:00:00Z' });
    const bump = repo.commit({ message: 'chore(deps): bump left-pad', files: { 'package-lock.json': schema }, date: '2026-11-04T10:00:00Z' });
    const result = await mine({ repositories: [repo.dir], window: WINDOW, authors: [] });
    const of = (sha: string) => result.accomplishments.find(a => a.commits.some(c => c.sha === sha))!;
    assert.equal(of(feat).insertions, 302);
    assert.equal(of(feat).meaningfulLines, 2);
    assert.equal(of(feat).area, 'billing');
    assert.equal(of(bump).meaningfulLines, 0);
    assert.equal(of(bump).only, 'lockfile');
  });

  it('lets ** cross folders in a glob, and a leading **/ match nothing', () => {
    const re = globToRegExp('**/gen/*.ts', 'attribute pattern');
    assert.ok(re.test('gen/a.ts') && re.test('x/y/gen/a.ts'));
    assert.ok(!re.test('gen/sub/a.ts'));
    assert.ok(globToRegExp('docs/**').test('docs/a/b/c.md'));
  });
});
