import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../../src/config';
import type { GitAccess } from '../../../src/commands/gitAccess';
import { RepositoryService, expandPath, isExcluded } from '../../../src/commands/repositories';

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

  it('a discovery shared by two callers and cancelled by the first still answers the second', async () => {
    let runs = 0;
    const git = {
      discover: async (_roots: string[], options: { signal?: AbortSignal }) => {
        runs++;
        await new Promise(resolve => setTimeout(resolve, 10));
        options.signal?.throwIfAborted();
        return ['/ws/app'];
      },
    } as unknown as GitAccess;
    const service = new RepositoryService(git, () => ['/ws']);
    const config = readConfig({ get: () => undefined });
    const first = new AbortController();
    const cancelled = service.list(config, first.signal);
    const second = service.list(config, new AbortController().signal);
    first.abort();
    await assert.rejects(cancelled);
    assert.deepEqual((await second).repositories, ['/ws/app']);
    assert.equal(runs, 2);
    assert.deepEqual((await service.list(config)).repositories, ['/ws/app'], 'the second discovery is cached');
    assert.equal(runs, 2);
  });
});
