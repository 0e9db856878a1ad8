/**
 * The house rules that live in eslint.config.mjs hold together: the pure core imports neither vscode nor
 * simple-git, only git/ runs git, and only src/time/clock.ts reads the system time. Each probe is linted as if
 * it were a file at that path, so switching a ban off (or letting one block override another) fails here.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { repoRoot } from '../helpers/paths';

const IMPORT_VSCODE = "import * as vscode from 'vscode';\nexport const probe = vscode;\n";
const IMPORT_SIMPLE_GIT = "import { simpleGit } from 'simple-git';\nexport const probe = simpleGit;\n";
const READ_CLOCK = 'export const a = new Date();\nexport const b = Date.now();\n';
const CORE = ['git', 'journal', 'draft', 'cli', 'time', 'webview'];
const SURFACES = ['commands', 'views'];

describe('lint: the dependency rule and the one clock', function () {
  this.timeout(60_000);
  const root = repoRoot();
  const eslint = new ESLint({ cwd: root });

  /** The rule ids reported for `code` linted as the file `path` (relative to the root). */
  async function violations(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, path) });
    return result.messages.map(m => m.ruleId ?? `fatal: ${m.message}`);
  }

  for (const dir of CORE) {
    it(`src/${dir}/ may not import vscode`, async () => {
      assert.deepEqual(await violations(`src/${dir}/probe.ts`, IMPORT_VSCODE), ['no-restricted-imports']);
    });
  }

  for (const dir of [...CORE.filter(d => d !== 'git'), ...SURFACES]) {
    it(`src/${dir}/ may not import simple-git`, async () => {
      assert.deepEqual(await violations(`src/${dir}/probe.ts`, IMPORT_SIMPLE_GIT), ['no-restricted-imports']);
    });
  }

  it('src/extension.ts may not import simple-git', async () => {
    assert.deepEqual(await violations('src/extension.ts', IMPORT_SIMPLE_GIT), ['no-restricted-imports']);
  });

  it('the editor surfaces may import vscode, and git/ may import simple-git', async () => {
    for (const dir of SURFACES) assert.deepEqual(await violations(`src/${dir}/probe.ts`, IMPORT_VSCODE), [], dir);
    assert.deepEqual(await violations('src/extension.ts', IMPORT_VSCODE), []);
    assert.deepEqual(await violations('src/git/probe.ts', IMPORT_SIMPLE_GIT), []);
  });

  it('only src/time/clock.ts reads the system time, in the product and in the unit tests', async () => {
    for (const path of ['src/draft/probe.ts', 'src/git/probe.ts', 'src/views/probe.ts', 'src/webview/probe.ts', 'test/unit/probe.test.ts']) {
      assert.deepEqual(await violations(path, READ_CLOCK), ['no-restricted-syntax', 'no-restricted-syntax'], path);
    }
    assert.deepEqual(await violations('src/time/clock.ts', READ_CLOCK), []);
    assert.deepEqual(await violations('src/draft/probe.ts', "export const d = new Date('2027-01-04');\n"), [], 'a Date of a given time is no clock read');
  });
});
