/**
 * The file changes of the hand-written commits: the initial import, a pull request's commits, the
 * "What's cooking" reports, releases, the formatter run, the rename, the client regeneration and the
 * security fix. Each takes the branch's current tree and returns the commit's file operations.
 */
import type { ClientSpec, Packages } from './artifacts';
import { clientText, lockfileText, manifestText } from './artifacts';
import type { ContentState } from './content';
import { codeFile, docsFile, docsParagraph, formatFiles, grow, insertLines, shrink, testFile, tweak, workflowFile } from './content';
import { codeFilesOf, Edits } from './fillers';
import type { FileOp } from './stream';
import { BACKENDS, MODULES, SUBSYSTEM_NAMES, SUBSYSTEMS } from './tables';

type Tree = ReadonlyMap<string, string>;

export const CLIENT_PATH = 'src/api/generated/client.ts';

/** Every file of the repository's first commit. */
export function initialTree(state: ContentState, packages: Packages, client: ClientSpec): FileOp[] {
  const { rng } = state;
  const files: Record<string, string> = {
    '.gitattributes': '* text=auto eol=lf\nsrc/api/generated/** linguist-generated\n',
    '.gitignore': 'node_modules/\ndist/\n',
    'eslint.config.js': 'export default [\n  {\n    rules: {\n      "no-unused-vars": "error",\n    },\n  },\n]\n',
    'tsconfig.json': '{\n  "compilerOptions": {\n    "strict": true,\n    "target": "ES2022",\n    "module": "ESNext"\n  }\n}\n',
    'package.json': manifestText(packages),
    'package-lock.json': lockfileText(packages),
    'README.md': docsFile(state, 'Atlas', 'search', 4),
    'CHANGELOG.md': '# Changelog\n\n## 2.2.0\n\n- First public API.\n',
    '.github/workflows/ci.yml': workflowFile(20, ['Lint']),
    'docs/whats-cooking.md': "# What's cooking\n\nNothing yet.\n",
    [CLIENT_PATH]: clientText(client),
  };
  for (const sub of SUBSYSTEM_NAMES) {
    files[`src/${sub}/index.ts`] = `${MODULES[sub].map(m => `export * from "./${m.replace(/\.ts$/, '')}"`).join('\n')}\n`;
    for (const m of MODULES[sub]) files[`src/${sub}/${m}`] = codeFile(state, sub, rng.int(7, 10));
    files[`test/${sub}/${sub}.test.ts`] = testFile(state, sub, 5);
    files[`docs/${sub}.md`] = docsFile(state, sub[0].toUpperCase() + sub.slice(1), sub, 3);
  }
  for (const b of BACKENDS) files[`src/api/backends/${b}.ts`] = codeFile(state, 'api', 4);
  return Object.entries(files).map(([path, content]) => ({ path, content }));
}

/** One commit of a pull request, in files of its own named after the branch (so merges never conflict). */
export function pullRequestOps(state: ContentState, tree: Tree, branch: string, subject: string, fallbackScope: string): FileOp[] {
  const { rng } = state;
  const m = /^(\w+)(?:\((\w+)\))?:/.exec(subject);
  const type = m?.[1] ?? 'feat';
  const sub = m?.[2] && SUBSYSTEMS[m[2]] ? m[2] : fallbackScope;
  const slug = branch.split('/').pop() ?? branch;
  const edits = new Edits(tree);
  if (type === 'test') edits.edit(`test/${sub}/${slug}.test.ts`, t => (t ? grow(state, t, sub, rng.int(1, 3), true) : testFile(state, sub, rng.int(3, 6))));
  else if (type === 'docs') edits.edit(`docs/${slug}.md`, t => `${t || `# ${slug}\n\n`}${docsParagraph(state, sub).join('\n')}\n${docsParagraph(state, sub).join('\n')}\n`);
  else {
    edits.edit(`src/${sub}/${slug}.ts`, t => (!t ? codeFile(state, sub, rng.int(3, 6))
      : type === 'feat' ? grow(state, t, sub, rng.int(1, 3)) : tweak(state, t, sub, rng.int(2, 6))));
  }
  return edits.ops();
}

/** A "What's cooking" report: the whole page rewritten, topic by topic. */
export function cookingOps(state: ContentState, issue: string): FileOp[] {
  const { rng } = state;
  const people = ['ada', 'grace', 'alan', 'katherine', 'edsger'];
  const lines = [`# What's cooking (${issue})`, '', 'Topics in flight, and where they are headed.', ''];
  for (let i = rng.int(6, 9); i > 0; i--) {
    const sub = rng.pick(SUBSYSTEM_NAMES);
    const noun = rng.pick(SUBSYSTEMS[sub]);
    const topic = `${rng.pick(people)}/${noun.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    lines.push(`* ${topic} (${rng.int(1, 6)} commits)`, ` - ${sub}: ${rng.pick(['rework', 'speed up', 'harden', 'document'])} ${noun}`,
      ` Will merge to 'main'${rng.chance(0.3) ? ' after review' : ''}.`, '');
  }
  return [{ path: 'docs/whats-cooking.md', content: lines.join('\n') }];
}

/** A release: the new version in package.json and the lockfile, and its CHANGELOG section. */
export function releaseOps(tree: Tree, packages: Packages, version: string, items: readonly string[]): FileOp[] {
  packages.version = version;
  const changelog = tree.get('CHANGELOG.md') ?? '# Changelog\n';
  const section = `## ${version}\n\n${items.map(i => `- ${i}`).join('\n')}\n\n`;
  return [
    { path: 'CHANGELOG.md', content: changelog.replace('# Changelog\n\n', `# Changelog\n\n${section}`) },
    { path: 'package.json', content: manifestText(packages) },
    { path: 'package-lock.json', content: lockfileText(packages) },
  ];
}

/** The formatter run: about 957 lines reformatted and 7 blank lines removed over the code and tests. */
export function formatterOps(state: ContentState, tree: Tree): FileOp[] {
  const files = new Map([...tree].filter(([p]) => /^(src|test)\/.*\.ts$/.test(p) && !p.includes('/generated/')));
  state.formatted = true;
  return [...formatFiles(files, 957, 7)].map(([path, content]) => ({ path, content }));
}

/** The mechanical rename: src/ui/components/ moves to src/ui/widgets/, contents untouched. */
export function renameOps(tree: Tree): FileOp[] {
  return [...tree.keys()].filter(p => p.startsWith('src/ui/components/')).sort()
    .map(from => ({ from, path: from.replace('/components/', '/widgets/') }));
}

/** Regenerates the API client (every endpoint's stamp changes, four endpoints are new) with a three-line route change. */
export function regenerateOps(state: ContentState, tree: Tree, client: ClientSpec, version: string): FileOp[] {
  client.generator = 'openapi-gen 7.9.1';
  client.specHash = state.rng.hex(7);
  client.clientVersion = version;
  for (const [method, name] of [['GET', 'getExportArchive'], ['DELETE', 'deleteExportArchive'], ['GET', 'listExportArchives'], ['POST', 'createExportArchive']]) {
    client.endpoints.push({ method, name, path: name.startsWith('list') || name.startsWith('create') ? '/v1/export/archives' : '/v1/export/archives/{id}' });
  }
  const routes = new Edits(tree).edit('src/api/routes.ts', t => insertLines(state, t,
    ['export const archiveRoute = route("GET", "/v1/export/archives/:id", downloadArchive)', 'routes.push(archiveRoute)']));
  return [{ path: CLIENT_PATH, content: clientText(client) }, ...routes.ops()];
}

/** The security fix: archive entry names checked before they are written, with a test. */
export function securityFixOps(state: ContentState, tree: Tree): FileOp[] {
  return new Edits(tree)
    .edit('src/export/archive.ts', t => tweak(state, grow(state, t, 'export', 1), 'export', 3))
    .edit('test/export/export.test.ts', t => grow(state, t, 'export', 1, true))
    .ops();
}

/** A CONST migration: many lines of one backend rewritten. */
export function constMigrationOps(state: ContentState, tree: Tree, backend: string): FileOp[] {
  return new Edits(tree).edit(`src/api/backends/${backend}.ts`, t => tweak(state, t, 'api', state.rng.int(8, 14))).ops();
}

/** A refactoring commit of the unmerged search branch. */
export function searchRefactorOps(state: ContentState, tree: Tree): FileOp[] {
  const edits = new Edits(tree);
  for (const path of codeFilesOf(tree, 'search').slice(0, 2)) edits.edit(path, t => tweak(state, grow(state, shrink(state, t, 1), 'search', 1), 'search', 2));
  return edits.ops();
}
