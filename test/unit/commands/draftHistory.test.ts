import assert from 'node:assert/strict';
import { DraftHistory } from '../../../src/commands/draftHistory';
import type { SentDraft, StateStore } from '../../../src/commands/draftHistory';

/** An in-memory store with globalState's get/update contract (JSON round trip like the real one). */
function memoryStore(): StateStore {
  const data = new Map<string, string>();
  return {
    get: <T>(key: string) => (data.has(key) ? (JSON.parse(data.get(key)!) as T) : undefined),
    update: async (key: string, value: unknown) => void data.set(key, JSON.stringify(value)),
  };
}

const sent = (sentAt: string, until: string): SentDraft => ({
  text: `# Update ${sentAt}`, template: 'weekly', sentAt, window: { since: '2026-11-01T00:00:00.000Z', until, label: 'x' },
});

describe('DraftHistory', () => {
  it('is empty at first', () => {
    const h = new DraftHistory(memoryStore());
    assert.deepEqual(h.all(), []);
    assert.equal(h.last(), undefined);
  });

  it('returns the latest sent draft as last', async () => {
    const h = new DraftHistory(memoryStore());
    await h.add(sent('2026-11-13T16:00:00.000Z', '2026-11-13T16:00:00.000Z'));
    await h.add(sent('2026-11-20T16:00:00.000Z', '2026-11-20T15:59:00.000Z'));
    assert.equal(h.all().length, 2);
    assert.equal(h.last()?.window.until, '2026-11-20T15:59:00.000Z');
  });

  it('starts the next update at the end of the last window, or when it was sent if earlier', async () => {
    const h = new DraftHistory(memoryStore());
    assert.equal(h.nextSince(), undefined);
    await h.add(sent('2026-11-13T16:00:00.000Z', '2026-11-13T12:00:00.000Z'));
    assert.equal(h.nextSince(), '2026-11-13T12:00:00.000Z');
    await h.add(sent('2026-11-20T16:00:00.000Z', '2026-11-21T00:00:00.000Z'));
    assert.equal(h.nextSince(), '2026-11-20T16:00:00.000Z');
  });

  it('skips malformed records instead of failing', async () => {
    const store = memoryStore();
    await store.update('worklog.sentDrafts', [{ text: 1 }, sent('2026-11-13T16:00:00.000Z', 'u'), null]);
    assert.equal(new DraftHistory(store).all().length, 1);
  });

  it('keeps at most 200 drafts', async () => {
    const h = new DraftHistory(memoryStore());
    for (let i = 0; i < 205; i++) await h.add(sent(`2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z`, 'u'));
    assert.equal(h.all().length, 200);
  });
});
