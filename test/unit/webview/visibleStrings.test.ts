import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { STRING_KEYS } from '../../../src/webview/stringKeys';
import { repoRoot } from '../../helpers/paths';

// Every text the sidebar shows comes from the host's string table through t(): a literal with letters handed to a
// DOM helper or a DOM text property is English the translation never reaches.

/** Helpers (by name) and the argument positions whose value is shown; `{ from }` means that one and every later one. */
const VISIBLE_ARGS: Record<string, number[] | { from: number }> = {
  el: { from: 2 },
  button: [0],
  iconButton: [1],
  section: [1],
  notice: [1, 2],
  meta: [1],
  flag: [0],
  field: [0, 3],
  input: [2],
  textInput: [1, 2, 3],
  createTextNode: [0],
  append: { from: 0 },
  prepend: { from: 0 },
  replaceChildren: { from: 0 },
  replaceWith: { from: 0 },
  before: { from: 0 },
  after: { from: 0 },
};
/** Attributes and option names whose value is read out or shown. */
const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
/** Element properties that set shown text. */
const VISIBLE_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'label', 'alt']);

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/** The literals with letters that `expr` can evaluate to (through conditionals, concatenation, templates, arrays); calls are opaque. */
function visibleLiterals(expr: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return hasLetters(expr.text) ? [expr] : [];
  if (ts.isTemplateExpression(expr)) {
    if ([expr.head.text, ...expr.templateSpans.map(s => s.literal.text)].some(hasLetters)) return [expr];
    return expr.templateSpans.flatMap(s => visibleLiterals(s.expression));
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isSpreadElement(expr)) return visibleLiterals(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...visibleLiterals(expr.whenTrue), ...visibleLiterals(expr.whenFalse)];
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap(visibleLiterals);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...visibleLiterals(expr.left), ...visibleLiterals(expr.right)];
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.CommaToken) return visibleLiterals(expr.right);
  }
  return [];
}

/** Literals given to visible properties of an options object (e.g. `{ attrs: { title: '…' } }`, `{ title: '…' }`). */
function visibleOptions(expr: ts.Expression): ts.Node[] {
  if (!ts.isObjectLiteralExpression(expr)) return [];
  return expr.properties.flatMap(p => {
    if (!ts.isPropertyAssignment(p)) return [];
    const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : '';
    if (VISIBLE_ATTRS.has(name)) return visibleLiterals(p.initializer);
    return visibleOptions(p.initializer);
  });
}

const calleeName = (call: ts.CallExpression): string | undefined =>
  ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;

/** Scans one source: the English shown without t() (as `line: text`), and how many DOM sinks were looked at. */
function scanSource(fileName: string, text: string): { findings: string[]; sinks: number } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const findings: string[] = [];
  let sinks = 0;
  const report = (nodes: ts.Node[]) => {
    for (const n of nodes) findings.push(`${fileName}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText(source)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const visible = name !== undefined && Object.prototype.hasOwnProperty.call(VISIBLE_ARGS, name) ? VISIBLE_ARGS[name] : undefined;
      if (visible) {
        sinks++;
        const args = node.arguments;
        const shown = Array.isArray(visible) ? visible.filter(i => i < args.length).map(i => args[i]) : args.slice(visible.from);
        report(shown.flatMap(visibleLiterals));
        report(args.flatMap(visibleOptions));
      }
      if (name === 'setAttribute' && node.arguments.length === 2) {
        const [attr, value] = node.arguments;
        if (ts.isStringLiteral(attr) && VISIBLE_ATTRS.has(attr.text)) {
          sinks++;
          report(visibleLiterals(value));
        }
      }
      // select([[value, label], …]): the second of each pair is shown.
      if (name === 'select' && node.arguments[0] && ts.isArrayLiteralExpression(node.arguments[0])) {
        sinks++;
        for (const pair of node.arguments[0].elements) {
          if (ts.isArrayLiteralExpression(pair) && pair.elements[1]) report(visibleLiterals(pair.elements[1]));
        }
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
      && ts.isPropertyAccessExpression(node.left) && VISIBLE_PROPS.has(node.left.name.text)) {
      sinks++;
      report(visibleLiterals(node.right));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { findings, sinks };
}

describe('webview strings are all localizable', () => {
  it('finds English handed to each kind of DOM sink (the scan itself works)', () => {
    const bad = [
      "el('p', {}, 'Hello');",
      "el('p', { cls: 'x', attrs: { title: 'Hi there' } });",
      "el('input', { attrs: { type: 'search', placeholder: 'Search' } });",
      "button('Save', 'save', () => {});",
      "button(t('save'), 'save', () => {}, { cls: 'button', title: 'Save it' });",
      'iconButton(\'copy\', `Copy ${sha}`, () => {});',
      "section('id', 'Title', 0, 'repo');",
      "x.textContent = ok ? 'Done.' : t('saving');",
      "x.textContent = `${n} left`;",
      "x.setAttribute('aria-label', 'Kind');",
      "x.placeholder = 'Search';",
      "select([['open', 'Open']], 'open');",
      "document.createTextNode('oops');",
      "list.replaceChildren(el('li', {}), 'Nothing here');",
      "notice('repo', t('noFolderTitle'), 'Open a folder');",
      "el('span', {}, label && 'Optional');",
    ];
    for (const line of bad) assert.equal(scanSource('bad.ts', line).findings.length, 1, line);
  });

  it('lets through keys, icons, class names, ids and text without letters', () => {
    const clean = [
      "el('span', { cls: 'codicon codicon-x', attrs: { 'aria-hidden': 'true', id: 'a-b', title: t('refresh') } }, icon('warning'), t('copySha', sha), `${a} · ${b}`, '#', String(n));",
      "button(t('openSettings'), 'settings-gear', () => send({ type: 'openSettings' }), { cls: 'button secondary' });",
      "x.setAttribute('aria-describedby', 'err-1');",
      "select([['open', t('statusChoiceOpen')]], 'open');",
      "x.textContent = '';",
      "el('option', { attrs: { value: 'at-risk' } }, cond ? t('optionNamed', 1, title) : t('option', 1));",
      'el(\'span\', { cls: `kind-icon kind-${kind}` }, ` ${hint}`);',
    ];
    for (const line of clean) assert.deepEqual(scanSource('clean.ts', line).findings, [], line);
  });

  it('src/webview/*.ts hands no English literal to the DOM', () => {
    const dir = join(repoRoot(), 'src', 'webview');
    const files = readdirSync(dir).filter(f => f.endsWith('.ts'));
    let sinks = 0;
    const findings: string[] = [];
    for (const file of files) {
      const result = scanSource(`src/webview/${file}`, readFileSync(join(dir, file), 'utf8'));
      sinks += result.sinks;
      findings.push(...result.findings);
    }
    // The view draws with these helpers: if the count collapses, a rename has blinded the scan.
    assert.ok(sinks > 100, `only ${sinks} DOM sinks found in src/webview`);
    assert.deepEqual(findings, []);
  });

  it('uses every key of the string table (no string is translated for nothing)', () => {
    const dir = join(repoRoot(), 'src', 'webview');
    const literals = new Set<string>();
    for (const file of readdirSync(dir).filter(f => f.endsWith('.ts') && f !== 'stringKeys.ts')) {
      const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node)) literals.add(node.text);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(STRING_KEYS.filter(k => !literals.has(k)), []);
  });
});
