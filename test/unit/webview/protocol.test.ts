import assert from 'node:assert/strict';
import { SIMPLE_VIEW_TYPES, parseViewMessage } from '../../../src/webview/protocol';

describe('parseViewMessage', () => {
  it('accepts every simple message', () => {
    const simple = ['ready', 'draftUpdate', 'refresh', 'openSettings', 'manageTrust', 'showLog', 'openJournalFolder', 'exportJournal', 'markSent', 'showHistory'];
    // SIMPLE_VIEW_TYPES is checked by the compiler against ViewMessage: a new simple message is listed there or the build fails.
    assert.deepEqual([...SIMPLE_VIEW_TYPES].sort(), [...simple].sort());
    for (const type of SIMPLE_VIEW_TYPES) assert.deepEqual(parseViewMessage({ type }), { type });
  });

  it('keeps only the known fields of openCommit', () => {
    assert.deepEqual(
      parseViewMessage({ type: 'openCommit', repositoryPath: '/r', sha: 'abc1234', extra: 1 }),
      { type: 'openCommit', repositoryPath: '/r', sha: 'abc1234' },
    );
  });

  it('passes journal messages with a valid id, request id and status', () => {
    const id = '20261122T151600123Z-k3f9q2ab';
    assert.deepEqual(parseViewMessage({ type: 'addEntry', requestId: 1, entry: { kind: 'win', text: 'x' } }), { type: 'addEntry', requestId: 1, entry: { kind: 'win', text: 'x' } });
    assert.deepEqual(parseViewMessage({ type: 'updateEntry', requestId: 2, id, patch: { impact: null }, extra: 1 }), { type: 'updateEntry', requestId: 2, id, patch: { impact: null } });
    assert.deepEqual(parseViewMessage({ type: 'setStatus', id, status: 'at-risk' }), { type: 'setStatus', id, status: 'at-risk' });
    for (const type of ['deleteEntry', 'restoreEntry', 'fillImpact']) assert.deepEqual(parseViewMessage({ type, id }), { type, id });
  });

  it('rejects journal messages with a bad id, status, request id or body', () => {
    for (const bad of [
      { type: 'addEntry', requestId: -1, entry: {} },
      { type: 'addEntry', requestId: 1.5, entry: {} },
      { type: 'addEntry', requestId: 1, entry: [] },
      { type: 'addEntry', requestId: 1 },
      { type: 'updateEntry', requestId: 1, id: '../journal.json', patch: {} },
      { type: 'updateEntry', requestId: 1, id: 'a', patch: 'text' },
      { type: 'setStatus', id: 'a', status: 'archived' },
      { type: 'setStatus', id: '', status: 'done' },
      { type: 'deleteEntry', id: 42 },
      { type: 'restoreEntry' },
    ]) {
      assert.equal(parseViewMessage(bad), undefined, JSON.stringify(bad));
    }
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
