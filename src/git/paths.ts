/**
 * What the files a commit changed say about it: which lines are the work (not lockfiles, vendored or
 * generated files, not pure renames, which numstat already counts as 0), which part of the code it was in,
 * and whether it only touched tests, docs or CI. Generated and vendored files are recognised by the usual
 * paths and by the repository's root `.gitattributes` (`linguist-generated`, `linguist-vendored`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globToRegExp } from './landing';

/** What a changed file is, for telling the work it holds. */
export type PathKind = 'code' | 'test' | 'docs' | 'ci' | 'lockfile' | 'vendored' | 'generated';

/** The repository's own marks for generated and vendored files. */
export interface PathAttributes {
  generated: RegExp[];
  vendored: RegExp[];
  /** Patterns that switch the mark off again (`-linguist-generated`, `linguist-generated=false`). */
  notGenerated: RegExp[];
  notVendored: RegExp[];
}

/** What one commit's (or one change's) files say about it. */
export interface ChangeProfile {
  /** Lines added and removed in code, tests, docs and CI files; lockfiles, vendored and generated files left out. */
  meaningfulLines: number;
  /** The part of the code most touched (by meaningful lines), e.g. "search" for src/search/…; tests and docs left out. */
  area?: string;
  /** Set when every file changed was of one routine kind. */
  only?: 'test' | 'docs' | 'ci' | 'lockfile';
}

const LOCKFILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'cargo.lock', 'gemfile.lock',
  'composer.lock', 'poetry.lock', 'pipfile.lock', 'uv.lock', 'go.sum', 'mix.lock', 'pubspec.lock', 'podfile.lock', 'packages.lock.json',
  'flake.lock', 'gradle.lockfile', 'deno.lock', 'package.resolved',
]);
const VENDORED_DIRS = new Set(['vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'node_modules', 'bower_components', 'external', 'deps']);
const GENERATED_DIRS = new Set(['__generated__', 'generated', 'gen']);
const GENERATED_NAME = /(?:\.min\.(?:js|css)|\.map|\.pb\.go|_pb2(?:_grpc)?\.pyi?|\.pb\.(?:cc|h)|\.generated\.\w+|\.g\.dart|\.designer\.cs|\.snap)$/i;
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testdata', 'testing', 'fixtures', 'e2e']);
const TEST_NAME = /(?:[._-](?:test|spec)s?\.\w+|_test\.go|^test_\w+\.py|Tests?\.(?:java|kt|cs|swift|scala))$/;
const DOCS_DIRS = new Set(['docs', 'doc', 'documentation', 'man']);
const DOCS_NAME = /(?:\.(?:md|markdown|rst|adoc|asciidoc)|^(?:readme|changelog|changes|news|license|licence|copying|contributing|authors|notice)(?:\.\w+)?)$/i;
const CI_PATH = /^(?:\.github\/|\.gitlab-ci\.yml$|\.gitlab\/|\.circleci\/|\.travis\.yml$|azure-pipelines\.ya?ml$|Jenkinsfile$|\.buildkite\/|\.drone\.yml$|appveyor\.yml$|\.ci\/)/;
/** Folders that hold code but name nothing: the area is the folder below them. */
const CONTAINERS = new Set(['src', 'lib', 'source', 'sources', 'app', 'apps', 'packages', 'pkg', 'internal', 'cmd', 'modules', 'crates', 'components', 'main', 'java', 'kotlin', 'python', 'go']);

const NO_ATTRIBUTES: PathAttributes = { generated: [], vendored: [], notGenerated: [], notVendored: [] };
const ATTRIBUTE_FILE_MAX = 256 * 1024;
const attributesCache = new Map<string, { text: string; attributes: PathAttributes }>();

/** The marks of the root `.gitattributes` of the work tree at `toplevel` (none when it is missing or unreadable). */
export function readPathAttributes(toplevel: string): PathAttributes {
  let text: string;
  try {
    text = readFileSync(join(toplevel, '.gitattributes'), 'utf8').slice(0, ATTRIBUTE_FILE_MAX);
  } catch {
    return NO_ATTRIBUTES;
  }
  const cached = attributesCache.get(toplevel);
  if (cached?.text === text) return cached.attributes;
  const attributes = parsePathAttributes(text);
  if (attributesCache.size > 256) attributesCache.clear();
  attributesCache.set(toplevel, { text, attributes });
  return attributes;
}

/** Parses `.gitattributes` text for the linguist marks; a line it cannot read is skipped. */
export function parsePathAttributes(text: string): PathAttributes {
  const out: PathAttributes = { generated: [], vendored: [], notGenerated: [], notVendored: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('"') || line.length > 1000) continue;
    const [pattern, ...attrs] = line.split(/\s+/);
    let re: RegExp;
    try {
      re = patternRegExp(pattern);
    } catch {
      continue;
    }
    for (const a of attrs) {
      const [name, value] = a.replace(/^-/, '').split('=');
      const off = a.startsWith('-') || a.startsWith('!') || value === 'false';
      if (name === 'linguist-generated') (off ? out.notGenerated : out.generated).push(re);
      if (name === 'linguist-vendored') (off ? out.notVendored : out.vendored).push(re);
    }
  }
  return out;
}

/** A gitattributes pattern: without a slash it matches a name at any depth; a folder pattern matches what is below it. */
function patternRegExp(pattern: string): RegExp {
  const anchored = pattern.includes('/') && !pattern.endsWith('/') ? pattern.replace(/^\//, '') : `**/${pattern.replace(/\/$/, '')}`;
  const re = globToRegExp(anchored, 'attribute pattern');
  return new RegExp(`${re.source.slice(0, -1)}(?:/.*)?$`);
}

/** What the file at `path` (relative to the top, `/`-separated) is. */
export function pathKind(path: string, attributes: PathAttributes = NO_ATTRIBUTES): PathKind {
  const marked = (on: RegExp[], off: RegExp[]) => on.some(re => re.test(path)) && !off.some(re => re.test(path));
  if (marked(attributes.generated, attributes.notGenerated)) return 'generated';
  if (marked(attributes.vendored, attributes.notVendored)) return 'vendored';
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const dirs = parts.slice(0, -1).map(d => d.toLowerCase());
  if (LOCKFILES.has(name.toLowerCase())) return 'lockfile';
  if (dirs.some(d => VENDORED_DIRS.has(d))) return 'vendored';
  if (GENERATED_NAME.test(name) || dirs.some(d => GENERATED_DIRS.has(d))) return 'generated';
  if (CI_PATH.test(path)) return 'ci';
  if (dirs.some(d => TEST_DIRS.has(d)) || TEST_NAME.test(name)) return 'test';
  if (dirs.some(d => DOCS_DIRS.has(d)) || DOCS_NAME.test(name)) return 'docs';
  return 'code';
}

/** The area a code path belongs to: its first folder below the usual containers (`src/search/x.ts` → "search"). */
export function areaOf(path: string): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  const named = dirs.find(d => !CONTAINERS.has(d.toLowerCase()) && !d.startsWith('.'));
  return named;
}

/**
 * The profile of a numstat shape (NumStat.shape: one `ins\tdel\tpath` entry per line, a rename's
 * `ins\tdel\t\told\tnew`); binary files count no lines.
 */
export function changeProfile(shape: string, attributes: PathAttributes = NO_ATTRIBUTES): ChangeProfile {
  let meaningfulLines = 0;
  const kinds = new Set<PathKind>();
  const byArea = new Map<string, number>();
  for (const entry of shape ? shape.split('\n') : []) {
    const fields = entry.split('\t');
    const path = fields[fields.length - 1];
    const lines = (Number(fields[0]) || 0) + (Number(fields[1]) || 0);
    const kind = pathKind(path, attributes);
    kinds.add(kind);
    if (kind === 'lockfile' || kind === 'vendored' || kind === 'generated') continue;
    meaningfulLines += lines;
    const area = kind === 'code' ? areaOf(path) : undefined;
    if (area) byArea.set(area, (byArea.get(area) ?? 0) + lines + 1);
  }
  const area = [...byArea].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const [kind] = kinds;
  const only = kinds.size === 1 && (kind === 'test' || kind === 'docs' || kind === 'ci' || kind === 'lockfile') ? kind : undefined;
  return { meaningfulLines, ...(area ? { area } : {}), ...(only ? { only } : {}) };
}
