import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { discoverRepositories } from '../../../src/git/discover';

describe('git discovery', () => {
  it('finds the root repo and nested repos, skipping node_modules, ignored and excluded folders, within the depth', async () => {
    const outer = makeTempRepo('outer');
    writeFileSync(join(outer.dir, '.gitignore'), 'build/\n');
    const nest = (rel: string) => {
      const dir = join(outer.dir, rel);
      mkdirSync(dir, { recursive: true });
      outer.git(['init', '-q', dir]);
      return dir;
    };
    const libs = nest('libs/core');
    nest('node_modules/pkg');
    nest('build/generated/repo');
    nest('vendor/thing');
    nest('a/b/c/d/too-deep');
    const found = await discoverRepositories([outer.dir], { exclude: ['vendor'] });
    assert.deepEqual(found, [outer.dir, libs].sort());
    const deeper = await discoverRepositories([outer.dir], { exclude: ['vendor'], maxDepth: 5 });
    assert.ok(deeper.includes(join(outer.dir, 'a/b/c/d/too-deep')));
  });

  it('maps a root inside a repository to its top, and finds repos below a plain folder', async () => {
    const repo = makeTempRepo('top');
    mkdirSync(join(repo.dir, 'src', 'deep'), { recursive: true });
    assert.deepEqual(await discoverRepositories([join(repo.dir, 'src', 'deep')]), [repo.dir]);
    const plain = makeTempDir('workspace');
    const a = join(plain, 'a');
    const b = join(plain, 'group', 'b');
    for (const d of [a, b]) {
      mkdirSync(d, { recursive: true });
      repo.git(['init', '-q', d]);
    }
    assert.deepEqual(await discoverRepositories([plain]), [a, b].sort());
  });
});
