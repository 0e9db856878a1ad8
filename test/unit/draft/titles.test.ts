import { strict as assert } from 'node:assert';
import { isVacuous, pastTense } from '../../../src/draft/titles';

describe('draft titles: past tense for Done lists', () => {
  it('puts imperative and present titles in the past, irregular verbs included', () => {
    const cases: [string, string][] = [
      ['Fix login', 'Fixed login'],
      ['Document the refunds API', 'Documented the refunds API'],
      ['Add X', 'Added X'],
      ['adds X', 'added X'],
      ['Adds support for X', 'Added support for X'],
      ['Adding X', 'Added X'],
      ['Bump lodash from 4.17.20 to 4.17.21', 'Bumped lodash from 4.17.20 to 4.17.21'],
      ['Refactor', 'Refactored'],
      ['Use ripgrep for search', 'Used ripgrep for search'],
      ['Make the cache thread-safe', 'Made the cache thread-safe'],
      ['Build wheels for arm64', 'Built wheels for arm64'],
      ['Rewrite the parser', 'Rewrote the parser'],
      ['Set a default timeout', 'Set a default timeout'],
      ['Run tests on Windows', 'Ran tests on Windows'],
      ['Split the lexer out', 'Split the lexer out'],
      ['Drop Python 3.8', 'Dropped Python 3.8'],
      ['Stop leaking fds', 'Stopped leaking fds'],
      ['Support dark mode', 'Supported dark mode'],
      ['Apply the patch', 'Applied the patch'],
      ['Simplify the resolver', 'Simplified the resolver'],
      ['Allow empty passwords in dev', 'Allowed empty passwords in dev'],
      ['Remove dead code', 'Removed dead code'],
      ['Cancel pending requests', 'Cancelled pending requests'],
      ['Submit the form on Enter', 'Submitted the form on Enter'],
      ['Prefer IPv6', 'Preferred IPv6'],
      ['Speed up cold start', 'Sped up cold start'],
      ['Clean up the tests', 'Cleaned up the tests'],
      ['Re-enable the flaky test', 'Re-enabled the flaky test'],
      ['Stopping the loop early', 'Stopped the loop early'],
      ['Making builds reproducible', 'Made builds reproducible'],
      ['Release 1.2.0', 'Released 1.2.0'],
      ['Build and publish docs', 'Built and published docs'],
      ['fix crash when config is empty', 'fixed crash when config is empty'],
      ['FIX crash', 'FIXED crash'],
      ['Teach git-log --since about dates', 'Taught git-log --since about dates'],
      ['Do not crash on empty input', 'Did not crash on empty input'],
      // git, linux, numpy, react, kubernetes style subjects (their prefixes already gone)
      ['Avoid a race in the reaper', 'Avoided a race in the reaper'],
      ['Handle NULL from kmalloc', 'Handled NULL from kmalloc'],
      ['Deprecate np.round_', 'Deprecated np.round_'],
      ['Warn on cascading updates in effects', 'Warned on cascading updates in effects'],
      ['Promote the feature gate to GA', 'Promoted the feature gate to GA'],
      ['Revert "add cache"', 'Reverted "add cache"'],
      ['Migrate kubelet to contextual logging', 'Migrated kubelet to contextual logging'],
      ['Unify the error paths', 'Unified the error paths'],
      ['Switching to esbuild', 'Switched to esbuild'],
    ];
    for (const [title, past] of cases) assert.equal(pastTense(title), past, title);
  });

  it('leaves titles that do not start with a verb, are already past, or start with a name or code', () => {
    for (const title of [
      'Login page', 'v2 API', 'Faster search', 'Fixed x', 'Added search', 'Built wheels', 'npm audit fix', 'alu(long, weakint) for bools',
      'dtypes.weakfloat everywhere', '`make` target', 'Release notes for 1.2', 'Test suite for the parser', 'Build system rewrite',
      'Fix for the crash', 'Support for dark mode', 'Changes to the parser', 'Updates to README', 'Tests pass on Windows',
      'Caching layer', 'Logging improvements', 'Build is faster', 'Fixes', 'Dark mode', "Don't crash", 'iOS support', '',
      'Use cases', 'Update notes', 'Export progress bar', 'Search results page',
    ]) assert.equal(pastTense(title), title, title);
  });
});

describe('draft titles: vacuous titles', () => {
  it('says a title that carries no information is vacuous', () => {
    for (const title of ['Work', 'wip', 'WIP', 'update', 'Update', 'fixes', '20 sec', '5min', '2h', '10:30', '42', 'asdf', '.', '...', 'tmp',
      'more', 'changes', 'stuff', 'cleanup', 'Minor changes', 'Some fixes', 'More work', 'Work in progress', 'Fix bug', 'fix stuff',
      'Apply suggestions from code review', 'Address review comments', 'Initial commit', 'Refactoring', 'small tweaks', 'aaaa', 'x',
      'Typo', 'tests', 'Bump', 'Updates', 'misc', 'Final fixes', '', '   ', '🙈', 'oops', 'lint']) {
      assert.equal(isVacuous(title), true, title);
    }
  });

  it('says a title that names what changed is not vacuous', () => {
    for (const title of ['Fix typo', 'Fix tests', 'Update README', 'Localization', 'Search', 'Dark mode', 'Bump lodash', 'v2',
      'Add 2FA', 'Stop leaking fds', 'Fix login', 'Use alu(long, weakint) for v3.5.39', 'Drop Python 3.8', 'README', 'CVE-2024-1234',
      'Work around the kernel bug in fsync', 'Update deps']) {
      assert.equal(isVacuous(title), false, title);
    }
  });
});
