import assert from 'node:assert/strict';
import { parseViewMessage } from '../../../src/webview/protocol';

describe('parseViewMessage', () => {
  it('accepts every simple message', () => {
    for (const type of ['ready', 'draftUpdate', 'refresh', 'openSettings', 'manageTrust', 'showLog']) {
      assert.deepEqual(parseViewMessage({ type }), { type });
    }
  });

  it('keeps only the known fields of openCommit', () => {
    assert.deepEqual(
      parseViewMessage({ type: 'openCommit', repositoryPath: '/r', sha: 'abc1234', extra: 1 }),
      { type: 'openCommit', repositoryPath: '/r', sha: 'abc1234' },
    );
  });

  it('rejects malformed messages', () => {
    for (const bad of [
      null, 'ready', [], {}, { type: 'nope' }, { type: 42 },
      { type: 'openCommit', repositoryPath: '/r' },
      { type: 'openCommit', repositoryPath: '/r', sha: 'HEAD; rm -rf /' },
      { type: 'openCommit', repositoryPath: '', sha: 'abcdef1' },
      { type: 'copySha', sha: '--all' },
    ]) {
      assert.equal(parseViewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
