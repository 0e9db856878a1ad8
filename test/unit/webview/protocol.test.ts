import assert from 'node:assert/strict';
import { VIEW_MESSAGE_TYPES, parseViewMessage } from '../../../src/webview/protocol';
import type { ViewMessage, ViewMessageType } from '../../../src/webview/protocol';

const ID = '20261122T151600123Z-k3f9q2ab';

// One valid message of every type, keyed by type: a message type added without an example fails to compile here too.
const EXAMPLES: { [T in ViewMessageType]: Extract<ViewMessage, { type: T }> } = {
  ready: { type: 'ready' },
  draftUpdate: { type: 'draftUpdate' },
  refresh: { type: 'refresh' },
  openSettings: { type: 'openSettings' },
  manageTrust: { type: 'manageTrust' },
  showLog: { type: 'showLog' },
  openJournalFolder: { type: 'openJournalFolder' },
  exportJournal: { type: 'exportJournal' },
  markSent: { type: 'markSent' },
  polishDraft: { type: 'polishDraft' },
  showHistory: { type: 'showHistory' },
  openCommit: { type: 'openCommit', repositoryPath: '/r', sha: 'abc1234' },
  copySha: { type: 'copySha', sha: 'abc1234' },
  addEntry: { type: 'addEntry', requestId: 1, entry: { kind: 'win', text: 'x' } },
  updateEntry: { type: 'updateEntry', requestId: 2, id: ID, patch: { impact: null } },
  setStatus: { type: 'setStatus', id: ID, status: 'done' },
  fillImpact: { type: 'fillImpact', id: ID },
  deleteEntry: { type: 'deleteEntry', id: ID },
  restoreEntry: { type: 'restoreEntry', id: ID },
  copied: { type: 'copied', requestId: 3, ok: false, message: 'denied' },
  copyDraft: { type: 'copyDraft', format: 'slack' },
  queryJournal: { type: 'queryJournal', requestId: 4, query: { kind: 'problem', text: 'staging', limit: 50 } },
  openSent: { type: 'openSent', id: '2026-11-20T16-00-00Z' },
};

describe('parseViewMessage', () => {
  it('has a parser for every message type, and each accepts a valid message as it is', () => {
    assert.deepEqual([...VIEW_MESSAGE_TYPES].sort(), Object.keys(EXAMPLES).sort());
    for (const type of VIEW_MESSAGE_TYPES) assert.deepEqual(parseViewMessage(EXAMPLES[type]), EXAMPLES[type], type);
  });

  it('rejects a message of an unknown type, or named after an inherited property', () => {
    for (const type of ['nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'READY', '']) {
      assert.equal(parseViewMessage({ type }), undefined, type);
    }
  });

  it('keeps only the type of a message that carries nothing else', () => {
    assert.deepEqual(parseViewMessage({ type: 'ready', requestId: 1, html: '<b>' }), { type: 'ready' });
  });

  it('keeps only the known fields of openCommit', () => {
    assert.deepEqual(
      parseViewMessage({ type: 'openCommit', repositoryPath: '/r', sha: 'abc1234', extra: 1 }),
      { type: 'openCommit', repositoryPath: '/r', sha: 'abc1234' },
    );
  });

  it('passes journal messages with a valid id, request id and status', () => {
    const id = ID;
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
