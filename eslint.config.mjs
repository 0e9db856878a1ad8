// Lint: typescript-eslint recommended, plus the house rules of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'bench/.data/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    // The pure core never imports vscode (DESIGN.md, dependency rule).
    files: ['src/git/**', 'src/journal/**', 'src/draft/**', 'src/cli/**', 'src/webview/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The core is pure Node: pass host access in.' }] }] },
  },
  {
    // Only git/ runs git.
    files: ['src/**'],
    ignores: ['src/git/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'simple-git', message: 'Only src/git/ runs git.' }] }] },
  },
);
