import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expandPath, isExcluded } from '../../../src/commands/repositories';

describe('repositories', () => {
  it('expands ~ and relative paths', () => {
    assert.equal(expandPath('~/code/api', '/ws'), join(homedir(), 'code/api'));
    assert.equal(expandPath('../other', '/ws/main'), '/ws/other');
    assert.equal(expandPath('/abs/x/', '/ws'), '/abs/x');
  });

  it('excludes by folder name or by path and below', () => {
    assert.equal(isExcluded('/ws/vendor', ['vendor'], '/ws'), true);
    assert.equal(isExcluded('/ws/vendored', ['vendor'], '/ws'), false);
    assert.equal(isExcluded('/ws/libs/a', ['libs/'], '/ws'), true);
    assert.equal(isExcluded('/ws/libs', ['/ws/libs'], '/ws'), true);
    assert.equal(isExcluded('/ws/libsx', ['/ws/libs'], '/ws'), false);
    assert.equal(isExcluded('/ws/app', [], '/ws'), false);
  });
});
