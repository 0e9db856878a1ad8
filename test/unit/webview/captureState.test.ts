import assert from 'node:assert/strict';
import { parseCaptureState } from '../../../src/webview/captureState';
import type { CaptureState } from '../../../src/webview/captureState';

describe('saved capture state', () => {
  it('reads back a half-typed problem with its fields and options as saved', () => {
    const saved: CaptureState = {
      kind: 'problem',
      text: 'Staging is shared',
      values: { impact: 'releases wait', recommended: '1', ask: '' },
      options: [{ title: 'Own staging', pros: 'no waiting', cons: 'costs' }, { title: 'Calendar', pros: '', cons: 'still waiting' }],
    };
    assert.deepEqual(parseCaptureState(JSON.parse(JSON.stringify(saved))), saved);
  });

  it('keeps the entry being edited, when it is of the saved kind', () => {
    const editing = { id: '20261122T151600123Z-k3f9q2ab', kind: 'promise', text: 'Send the plan', to: 'Dana', due: '2026-12-04', status: 'open', createdAt: '2026-11-22T15:16:00.123Z' };
    assert.deepEqual(parseCaptureState({ kind: 'promise', text: 'Send the plan today', values: { due: '2026-12-03' }, editing })?.editing, editing);
    assert.equal(parseCaptureState({ kind: 'win', text: 'x', values: {}, editing })?.editing, undefined);
  });

  it('drops what is not text: a field, an option, or the options list', () => {
    const parsed = parseCaptureState({ kind: 'win', text: 'x', values: { impact: 'fast', goalId: 3, due: null }, options: [{ title: 'a', pros: 1, cons: '' }, 'b'] });
    assert.deepEqual(parsed, { kind: 'win', text: 'x', values: { impact: 'fast' }, options: [] });
    assert.equal(parseCaptureState({ kind: 'win', text: 'x', values: {}, options: 'a' })?.options, undefined);
  });

  it('rejects state of another shape: nothing saved, an unknown kind, text that is not a string', () => {
    for (const bad of [undefined, null, 'text', [], {}, { kind: 'idea', text: 'x', values: {} }, { kind: 'win', text: 3, values: {} }, { kind: 'win', text: 'x' }, { kind: 'win', text: 'x', values: [] }]) {
      assert.equal(parseCaptureState(bad), undefined, JSON.stringify(bad));
    }
  });
});
