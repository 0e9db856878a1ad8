import assert from 'node:assert/strict';
import { ENGLISH, webviewStrings } from '../../../src/views/webviewStrings';
import { STRING_KEYS } from '../../../src/webview/stringKeys';
import { createTranslate, formatString } from '../../../src/webview/strings';

const english = webviewStrings(ENGLISH);

describe('webview strings accessor', () => {
  it('uses the host table and fills the placeholders', () => {
    const t = createTranslate({ ...english, showMore: 'Mehr anzeigen (noch {0})', openCommit: 'Commit {0} öffnen: {1}' });
    assert.equal(t('showMore', 7), 'Mehr anzeigen (noch 7)');
    assert.equal(t('openCommit', 'abc1234', 'Fix it'), 'Commit abc1234 öffnen: Fix it');
    assert.equal(t('draftUpdate'), 'Draft Update');
  });

  it('falls back to English for a missing or non-text entry, and for no table at all', () => {
    const partial = createTranslate({ draftUpdate: 'Entwurf', refresh: 42, showMore: null });
    assert.equal(partial('draftUpdate'), 'Entwurf');
    assert.equal(partial('refresh'), 'Refresh');
    assert.equal(partial('showMore', 3), 'Show more (3 left)');
    assert.equal(partial('commitsMany', 2), '2 commits');
    for (const received of [undefined, null, 'text', 12]) {
      const t = createTranslate(received);
      for (const key of STRING_KEYS) assert.equal(t(key), english[key], `${String(received)}: ${key}`);
    }
  });

  it('never takes a key from the prototype chain', () => {
    const t = createTranslate(Object.create({ draftUpdate: 'inherited' }));
    assert.equal(t('draftUpdate'), 'Draft Update');
  });

  it('inserts arguments as they are: no replacement patterns, no second pass', () => {
    assert.equal(formatString('{0} and {1}', ['$& $1 $$', '{0}']), '$& $1 $$ and {0}');
    assert.equal(formatString('{1} before {0}', ['a', 'b']), 'b before a');
    assert.equal(formatString('{0} of {2}', [1]), '1 of {2}');
  });
});
