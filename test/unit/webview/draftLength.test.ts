import assert from 'node:assert/strict';
import { ENGLISH, webviewStrings } from '../../../src/views/webviewStrings';
import { draftLengthText } from '../../../src/webview/draftLength';
import { createTranslate } from '../../../src/webview/strings';

const t = createTranslate(webviewStrings(ENGLISH));

describe('draft length line', () => {
  it('says the words and the reading time, one and many', () => {
    assert.deepEqual(draftLengthText({ words: 182, minutes: 1 }, t), { length: '182 words · 1 min read' });
    assert.deepEqual(draftLengthText({ words: 1, minutes: 1 }, t), { length: '1 word · 1 min read' });
    assert.deepEqual(draftLengthText({ words: 640, minutes: 3 }, t), { length: '640 words · 3 min read' });
  });

  it('says when a draft is over its style’s budget, and only then', () => {
    assert.equal(draftLengthText({ words: 251, minutes: 1, budget: { style: 'brief', words: 250 } }, t).overBudget, 'Over the brief budget of 250 words');
    assert.equal(draftLengthText({ words: 601, minutes: 3, budget: { style: 'detailed', words: 600 } }, t).overBudget, 'Over the detailed budget of 600 words');
    assert.equal(draftLengthText({ words: 250, minutes: 1, budget: { style: 'brief', words: 250 } }, t).overBudget, undefined);
    assert.equal(draftLengthText({ words: 5000, minutes: 25 }, t).overBudget, undefined);
  });

  it('uses the host’s translation, joined as the translation says', () => {
    const de = createTranslate({ ...webviewStrings(ENGLISH), wordsMany: '{0} Wörter', minutesReadOne: '1 Min. Lesezeit', draftLength: '{1} – {0}' });
    assert.equal(draftLengthText({ words: 182, minutes: 1 }, de).length, '1 Min. Lesezeit – 182 Wörter');
  });
});
