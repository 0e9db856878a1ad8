import { strict as assert } from 'node:assert';
import { encodeRecord, parseLog } from '../../../src/journal/logRecord';
import type { LogRecord } from '../../../src/journal/logRecord';

const put = (id: string): LogRecord => ({
  op: 'put',
  entry: { id, kind: 'note', text: `note ${id}`, createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', tags: [], commits: [], tickets: [], people: [] },
});

describe('journal: reading a month log', () => {
  it('reads a file of good lines (the one-array fast path) with their line numbers', () => {
    const text = [encodeRecord(put('a')), '\n', encodeRecord(put('b')), encodeRecord({ op: 'delete', id: 'a', at: '2026-11-03T10:00:00.000Z' })].join('');
    const parsed = parseLog(text);
    assert.deepEqual(parsed.records.map(r => [r.line, r.record.op]), [[1, 'put'], [3, 'put'], [4, 'delete']]);
    assert.deepEqual(parsed.bad, []);
  });

  it('never lets lines that are only valid joined together pass: each line must hold exactly one record', () => {
    const a = encodeRecord(put('a')).trim();
    const b = encodeRecord(put('b')).trim();
    // Line 1 holds two records; lines 2-3 are one record split in two. Together: three values for three lines.
    const half = b.indexOf('"tags"');
    const text = `${a},${a}\n${b.slice(0, half)}\n${b.slice(half)}\n${encodeRecord(put('c'))}`;
    const parsed = parseLog(text);
    assert.deepEqual(parsed.records.map(r => [r.line, r.record.op === 'put' && r.record.entry.id]), [[4, 'c']]);
    assert.deepEqual(parsed.bad.map(b => b.line), [1, 2, 3]);
  });

  it('skips a torn last line and reports a bad line in the middle', () => {
    const text = `${encodeRecord(put('a'))}{"op":"put",\n${encodeRecord(put('b'))}{"op":"pu`;
    const parsed = parseLog(text);
    assert.deepEqual(parsed.records.map(r => r.line), [1, 3]);
    assert.deepEqual(parsed.bad.map(b => b.line), [2]);
    assert.equal(parsed.torn, 1);
  });
});
