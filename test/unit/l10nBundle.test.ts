import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from '../helpers/paths';

const root = repoRoot();
// The host code: the only code that can call vscode.l10n (the pure core and the webview cannot).
const SCANNED = ['src/commands', 'src/views', 'src/extension.ts', 'src/config.ts'];

interface Call {
  file: string;
  line: number;
  key: string;
  args: number;
}

interface Scan {
  /** `l10n.t('literal', …)` calls. */
  calls: Call[];
  /** `l10n.t(…)` calls whose key is assembled (template with substitutions, concatenation): never allowed. */
  built: string[];
  /** Every string literal in the scanned files: keys translated indirectly (`l10n.t(TABLE[k])`) are among them. */
  literals: Set<string>;
}

function tsFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap(name => tsFiles(join(path, name)));
}

const isL10nT = (node: ts.CallExpression): boolean => {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
};

function scan(): Scan {
  const result: Scan = { calls: [], built: [], literals: new Set() };
  for (const file of SCANNED.flatMap(p => tsFiles(join(root, p)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) result.literals.add(node.text);
      if (ts.isCallExpression(node) && isL10nT(node)) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          result.calls.push({ file: relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, key: first.text, args: node.arguments.length - 1 });
        } else if (!first || ts.isTemplateExpression(first) || ts.isBinaryExpression(first)) {
          result.built.push(`${where(node)}: ${node.getText(source).slice(0, 100)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return result;
}

const placeholders = (text: string): number[] => [...text.matchAll(/\{(\d+)\}/g)].map(m => Number(m[1]));

describe('l10n bundle', () => {
  const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
  const found = scan();

  it('finds the localized strings of the host code (the scan itself works)', () => {
    assert.ok(found.calls.length > 100, `only ${found.calls.length} l10n.t calls found`);
    assert.ok(found.calls.some(c => c.key === 'Work Log: draft copied as {0}' && c.args === 1));
  });

  it('never assembles a key from pieces', () => {
    assert.deepEqual(found.built, []);
  });

  it('has every literal key of the code', () => {
    const missing = [...new Set(found.calls.filter(c => !(c.key in bundle)).map(c => `${c.file}:${c.line}: ${c.key}`))];
    assert.deepEqual(missing, []);
  });

  it('has no stale key: each is used by l10n.t or is a literal of a table translated through l10n.t', () => {
    const used = new Set(found.calls.map(c => c.key));
    const stale = Object.keys(bundle).filter(k => !used.has(k) && !found.literals.has(k));
    assert.deepEqual(stale, []);
  });

  it('is the English source: every value is its key', () => {
    const differing = Object.entries(bundle).filter(([k, v]) => v !== k).map(([k]) => k);
    assert.deepEqual(differing, []);
  });

  it('passes exactly the arguments each message refers to ({0}, {1}, …)', () => {
    const wrong = found.calls
      .filter(c => {
        const used = new Set(placeholders(c.key));
        return used.size !== c.args || [...used].some(i => i >= c.args);
      })
      .map(c => `${c.file}:${c.line}: ${c.key} (${c.args} argument(s))`);
    assert.deepEqual(wrong, []);
  });
});
