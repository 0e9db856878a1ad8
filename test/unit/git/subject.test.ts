import { strict as assert } from 'node:assert';
import { capitalise, titleFrom } from '../../../src/git/group';
import { parseSubject } from '../../../src/git/subject';
import type { ParsedSubject } from '../../../src/git/subject';

/** The parts of a parsed subject a case states (breaking and wip only when true). */
function parts(subject: string): Partial<ParsedSubject> {
  const { breaking, wip, ...rest } = parseSubject(subject);
  return { ...rest, ...(breaking ? { breaking } : {}), ...(wip ? { wip } : {}) };
}

describe('commit subjects: tags, types and subsystems', () => {
  it('strips known tags at the start and the end, in any case', () => {
    const cases: [string, string][] = [
      ['[pr] speed up the scheduler', 'speed up the scheduler'],
      ['[skip ci] bump version', 'bump version'],
      ['update docs [ci skip]', 'update docs'],
      ['update docs [skip ci] [no ci]', 'update docs'],
      ['[RFC] new allocator', 'new allocator'],
      ['[PATCH] mm: fix leak', 'fix leak'],
      ['[PATCH v2 3/7] mm: fix leak', 'fix leak'],
      ['[RFC PATCH net-next v3 2/5] tcp: tune buffers', 'tune buffers'],
      ['[draft] login page', 'login page'],
      ['[Minor] tidy imports', 'tidy imports'],
      ['[release-1.28] Fix API server crash', 'Fix API server crash'],
      ['login page (WIP)', 'login page'],
      ['[1/3] split the parser', 'split the parser'],
    ];
    for (const [subject, text] of cases) assert.equal(parseSubject(subject).text, text, subject);
    assert.equal(parseSubject('[WIP] parser').wip, true);
    assert.equal(parseSubject('parser (wip)').wip, true);
    assert.equal(parseSubject('wip').text, '');
    assert.equal(parseSubject('wipe the cache').wip, false);
  });

  it('keeps tickets and brackets that are not tags; a leading bracketed area becomes the subsystem', () => {
    assert.deepEqual(parts('[ABC-12] rotate keys'), { text: '[ABC-12] rotate keys' });
    assert.deepEqual(parts('[compiler] Infer effect dependencies'), { text: 'Infer effect dependencies', subsystem: 'compiler' });
    assert.deepEqual(parts('[DevTools] Fix tree crash'), { text: 'Fix tree crash', subsystem: 'DevTools' });
    assert.deepEqual(parts('Fix crash on start [Android]'), { text: 'Fix crash on start [Android]' });
    assert.deepEqual(parts('(docs) explain x'), { text: '(docs) explain x' });
  });

  it('reads Conventional Commit, numpy-style, misspelled and bracketed types', () => {
    assert.deepEqual(parts('feat(ui)!: dark mode'), { text: 'dark mode', type: 'feat', scope: 'ui', breaking: true });
    assert.deepEqual(parts('fix(x): y'), { text: 'y', type: 'fix', scope: 'x' });
    assert.deepEqual(parts('chore!: drop node 16'), { text: 'drop node 16', type: 'chore', breaking: true });
    assert.deepEqual(parts('mnt: use alu'), { text: 'use alu', type: 'chore' });
    assert.deepEqual(parts('ci: cache wheels'), { text: 'cache wheels', type: 'ci' });
    assert.deepEqual(parts('MNT: Remove unused import'), { text: 'Remove unused import', type: 'chore' });
    assert.deepEqual(parts('BUG: fix ufunc override'), { text: 'fix ufunc override', type: 'fix' });
    assert.deepEqual(parts('DOC: mention the new flag'), { text: 'mention the new flag', type: 'docs' });
    assert.deepEqual(parts('ENH: add np.unique_values'), { text: 'add np.unique_values', type: 'feat' });
    assert.deepEqual(parts('TST: add a test for gh-123'), { text: 'add a test for gh-123', type: 'test' });
    assert.deepEqual(parts('BLD: use meson'), { text: 'use meson', type: 'build' });
    assert.deepEqual(parts('DEP: deprecate np.round_'), { text: 'deprecate np.round_', type: 'chore' });
    assert.deepEqual(parts('API: new keyword for sort'), { text: 'new keyword for sort', type: 'feat' });
    assert.deepEqual(parts('api: retry on 503'), { text: 'retry on 503', subsystem: 'api' });
    assert.deepEqual(parts('reafactor(parser): split lexer'), { text: 'split lexer', type: 'refactor', scope: 'parser' });
    assert.deepEqual(parts('refactr: split lexer'), { text: 'split lexer', type: 'refactor' });
    assert.deepEqual(parts('update(deps): bump lodash'), { text: 'bump lodash', scope: 'deps' });
    assert.deepEqual(parts('Fix: crash on start'), { text: 'crash on start', type: 'fix' });
    assert.deepEqual(parts('[FEATURE] Add search'), { text: 'Add search', type: 'feat' });
    assert.deepEqual(parts('[TASK] Raise PHP version'), { text: 'Raise PHP version', type: 'chore' });
    assert.deepEqual(parts(':sparkles: add dark mode'), { text: 'add dark mode', type: 'feat' });
    assert.deepEqual(parts('🐛 fix the login'), { text: 'fix the login' });
    assert.deepEqual(parts('revert: add cache'), { text: 'Revert add cache', type: 'revert' });
    assert.deepEqual(parts('feat: [pr] wip dark mode'), { text: 'dark mode', type: 'feat', wip: true });
  });

  it('takes subsystem prefixes from git, linux, go and mesa style subjects', () => {
    assert.deepEqual(parts('pack-objects: stop leaking fds'), { text: 'stop leaking fds', subsystem: 'pack-objects' });
    assert.deepEqual(parts('css: fix the grid'), { text: 'fix the grid', subsystem: 'css' });
    assert.deepEqual(parts('net/http: reject bad headers'), { text: 'reject bad headers', subsystem: 'net/http' });
    assert.deepEqual(parts('drm/i915: Fix GuC loading'), { text: 'Fix GuC loading', subsystem: 'drm/i915' });
    assert.deepEqual(parts('x86/mm: Fix PTI for i386'), { text: 'Fix PTI for i386', subsystem: 'x86/mm' });
    assert.deepEqual(parts('nir: lower fsign'), { text: 'lower fsign', subsystem: 'nir' });
    assert.deepEqual(parts('Documentation/git-log: mention --since'), { text: 'mention --since', subsystem: 'Documentation/git-log' });
    assert.deepEqual(parts('ASoC: SOF: Intel: fix probe'), { text: 'fix probe', subsystem: 'ASoC: SOF: Intel' });
    assert.deepEqual(parts('KVM: x86: Fix APIC timer'), { text: 'Fix APIC timer', subsystem: 'KVM: x86' });
    assert.deepEqual(parts('feat(api): net: tune'), { text: 'tune', type: 'feat', scope: 'api', subsystem: 'net' });
  });

  it('leaves sentences with a colon alone', () => {
    for (const subject of ['Note: this changes the API', 'TODO: remove the shim', 'Update: new logo', 'See https://example.com/x for details',
      'https://example.com: a link', 'Meeting at 10:30 moved', '10:30 standup notes', 'Revert "feat: x"', 'The plan: ship it', 'a:b mapping']) {
      assert.deepEqual(parts(subject), { text: subject }, subject);
    }
    assert.deepEqual(parts('WIP: login'), { text: 'login', wip: true });
  });

  it('capitalises only a plain lower-case English first word', () => {
    const cases: [string, string][] = [
      ['use alu(long, weakint) for v3.5.39', 'Use alu(long, weakint) for v3.5.39'],
      ['alu(long, weakint) for bools', 'alu(long, weakint) for bools'],
      ['dtypes.weakfloat is a float', 'dtypes.weakfloat is a float'],
      ['v3.5.39', 'v3.5.39'],
      ['npm audit fix', 'npm audit fix'],
      ['iOS build', 'iOS build'],
      ['foo_bar returns none', 'foo_bar returns none'],
      ['fooBar returns none', 'fooBar returns none'],
      ['`code` spans', '`code` spans'],
      ['--flag parsing', '--flag parsing'],
      ['.gitignore entries', '.gitignore entries'],
      ['README', 'README'],
      ['re-enable the cache', 'Re-enable the cache'],
      ['pack-objects stops leaking', 'pack-objects stops leaking'],
      ["don't crash", "Don't crash"],
      ['fix: a', 'Fix: a'],
      ['  dark mode  ', 'Dark mode'],
      ['', ''],
    ];
    for (const [text, title] of cases) assert.equal(capitalise(text), title, text);
  });

  it('makes titles: tags, type, subsystem and leading tickets go; names stay as written', () => {
    assert.equal(titleFrom('[pr] mnt: use alu(long, weakint) for v3.5.39', []), 'Use alu(long, weakint) for v3.5.39');
    assert.equal(titleFrom('MNT: dtypes.weakfloat everywhere', []), 'dtypes.weakfloat everywhere');
    assert.equal(titleFrom('ci: v3.5.39 wheels', []), 'v3.5.39 wheels');
    assert.equal(titleFrom('[ABC-12] fix: rotate keys', ['ABC-12']), 'Rotate keys');
    assert.equal(titleFrom('ABC-12: pack-objects: stop leaking fds', ['ABC-12']), 'Stop leaking fds');
    assert.equal(titleFrom('[pr]', []), '[pr]');
  });
});
