// Lint: typescript-eslint recommended, plus the house rules of docs/architecture.md. test/unit/lint.test.ts
// checks that each rule below still holds, so switching one off fails the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const banVscode = { name: 'vscode', message: 'The pure core never imports vscode: pass host access in (docs/architecture.md, "The dependency rule").' };
const banSimpleGit = { name: 'simple-git', message: 'Only src/git/ runs git (docs/architecture.md, "The dependency rule").' };
/** One `no-restricted-imports` setting per file: a later block replaces the rule's whole setting, so every block lists all of its bans. */
const bans = (...paths) => ({ 'no-restricted-imports': ['error', { paths }] });

const clockMessage = 'Read the time from the injected Clock (src/time/clock.ts); realNow() for file times, performance.now() for durations.';
const oneClock = {
  'no-restricted-syntax': ['error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: clockMessage },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'bench/.data/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  // The dependency rule: the editor surfaces may import vscode but not simple-git; the pure core neither;
  // git/ alone runs git, and is pure too.
  { files: ['src/**'], rules: bans(banSimpleGit) },
  { files: ['src/journal/**', 'src/draft/**', 'src/cli/**', 'src/time/**', 'src/webview/**'], rules: bans(banVscode, banSimpleGit) },
  { files: ['src/git/**'], rules: bans(banVscode) },
  // One clock: the product and the unit tests read "now" only through a Clock (the test helper is the unit tests' one).
  { files: ['src/**', 'test/unit/**', 'test/helpers/**'], ignores: ['src/time/clock.ts', 'test/helpers/clock.ts'], rules: oneClock },
);
