import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGLISH, localizedWebviewStrings, webviewStrings } from '../../../src/views/webviewStrings';
import type { Translator } from '../../../src/views/webviewStrings';
import { STRING_KEYS } from '../../../src/webview/stringKeys';
import { repoRoot } from '../../helpers/paths';

/** Formats like `vscode.l10n.t`: each `{n}` replaced by its argument, the text as is without arguments. */
const formatting = (lookup: (message: string) => string): Translator => ({
  t: (message, ...args) => lookup(message).replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
});

describe('webview string table', () => {
  const english = webviewStrings(ENGLISH);

  it('covers every key of the view, and nothing else', () => {
    assert.equal(new Set(STRING_KEYS).size, STRING_KEYS.length, 'a key is listed twice');
    assert.deepEqual(Object.keys(english).sort(), [...STRING_KEYS].sort());
    for (const key of STRING_KEYS) assert.ok(english[key].trim(), `${key} is empty`);
  });

  it('asks l10n for every string, each one in the bundle', () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot(), 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    const asked: string[] = [];
    webviewStrings({ t: message => (asked.push(message), message) });
    assert.equal(asked.length, STRING_KEYS.length);
    assert.deepEqual(asked.filter(m => !(m in bundle)), []);
  });

  it('keeps the placeholders for the view to fill when l10n formats its arguments', () => {
    assert.deepEqual(webviewStrings(formatting(m => m)), english);
    assert.equal(english.showMore, 'Show more ({0} left)');
    assert.equal(english.periodSummary, '{0} – {1} · {2} · {3}');
  });

  it('words counts as whole one/many strings', () => {
    const pairs = STRING_KEYS.filter(k => k.endsWith('One')).map(k => [k, k.replace(/One$/, 'Many')] as const);
    assert.ok(pairs.length >= 6);
    for (const [one, many] of pairs) {
      assert.ok(many in english, `${one} has no ${many}`);
      assert.match(english[many as keyof typeof english], /\{0\}/, many);
    }
  });

  it('sends translations, and English where a translation is empty or brings placeholders of its own', () => {
    const translated = localizedWebviewStrings(formatting(m => `«${m}»`));
    for (const key of STRING_KEYS) assert.equal(translated[key], `«${english[key]}»`, key);

    const broken = localizedWebviewStrings(formatting(m => (m === 'Refresh' ? ' ' : m === 'Show more ({0} left)' ? 'Mehr {0} {1}' : m === 'Draft Update' ? 'Entwurf' : m)));
    assert.equal(broken.refresh, 'Refresh');
    assert.equal(broken.showMore, 'Show more ({0} left)');
    assert.equal(broken.draftUpdate, 'Entwurf');
  });
});
