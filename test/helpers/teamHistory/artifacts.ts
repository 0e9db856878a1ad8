/**
 * The machine-made files of the team history: package.json and its npm lockfile (a dependency bump rewrites
 * hundreds of lockfile lines), and the API client generated from the OpenAPI spec (regenerating it touches
 * every endpoint).
 */
import type { Rng } from './random';
import { SUBSYSTEMS } from './tables';

/** One installed package of the lockfile. */
interface LockedPackage {
  name: string;
  version: string;
  integrity: string;
}

/** The project's dependencies and their locked versions. */
export interface Packages {
  version: string;
  direct: Map<string, string>;
  locked: LockedPackage[];
}

const DIRECT: Record<string, string> = {
  vite: '5.4.2', typescript: '5.5.4', zod: '3.23.4', react: '18.3.1', 'react-dom': '18.3.1', vitest: '2.0.5',
  eslint: '9.9.0', prettier: '3.3.3', express: '4.19.2', pg: '8.12.0', 'date-fns': '3.6.0', '@tanstack/react-table': '8.20.1',
};
const BASES = ['ansi', 'chalk', 'glob', 'minimatch', 'semver', 'debug', 'ms', 'yaml', 'json5', 'picomatch', 'braces', 'esbuild', 'rollup',
  'postcss', 'nanoid', 'source-map', 'acorn', 'estree', 'tslib', 'lru-cache', 'mime', 'qs', 'cookie', 'body-parser', 'depd', 'inherits',
  'once', 'wrappy', 'path-key', 'which', 'cross-spawn', 'signal-exit', 'strip-ansi', 'string-width', 'wrap-ansi', 'color-convert',
  'supports-color', 'has-flag', 'escalade', 'picocolors', 'fast-glob', 'micromatch', 'fill-range', 'to-regex-range', 'is-number'];
const SCOPES = ['', '', '', '@babel/', '@types/', '@eslint/', '@rollup/', '@esbuild/'];
const SUFFIXES = ['', '', '-utils', '-core', '-parser', '-plugin', '-types'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const integrity = (rng: Rng) => `sha512-${Array.from({ length: 86 }, () => BASE64[rng.int(0, 63)]).join('')}==`;

/** The dependencies at the start: the direct ones and 250 locked packages. */
export function initialPackages(rng: Rng): Packages {
  const names = new Set(Object.keys(DIRECT));
  while (names.size < 250) names.add(`${rng.pick(SCOPES)}${rng.pick(BASES)}${rng.pick(SUFFIXES)}`);
  const locked = [...names].sort().map(name => ({
    name, version: DIRECT[name] ?? `${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}`, integrity: integrity(rng),
  }));
  return { version: '2.2.0', direct: new Map(Object.entries(DIRECT)), locked };
}

const patchUp = (v: string) => v.replace(/(\d+)$/, d => String(Number(d) + 1));

/** Sets `dep` to `to` in the lockfile, and moves `transitive` other locked packages up a patch version. */
export function bump(rng: Rng, packages: Packages, dep: string, to: string, transitive: number, inManifest: boolean): void {
  for (const p of packages.locked) {
    if (p.name === dep) { p.version = to; p.integrity = integrity(rng); }
  }
  const others = packages.locked.filter(p => !packages.direct.has(p.name));
  for (let i = 0; i < transitive && others.length; i++) {
    const p = others.splice(rng.int(0, others.length - 1), 1)[0];
    p.version = patchUp(p.version);
    p.integrity = integrity(rng);
  }
  if (inManifest) packages.direct.set(dep, to);
}

/** package.json. */
export function manifestText(packages: Packages): string {
  const deps = [...packages.direct].map(([n, v]) => `    "${n}": "^${v}"`).join(',\n');
  return `{\n  "name": "atlas",\n  "version": "${packages.version}",\n  "private": true,\n  "type": "module",\n  "scripts": {\n    "build": "vite build",\n    "test": "vitest run",\n    "lint": "eslint ."\n  },\n  "dependencies": {\n${deps}\n  }\n}\n`;
}

const entryCache = new Map<string, string>();

/** package-lock.json: seven lines per locked package. */
export function lockfileText(packages: Packages): string {
  const entries = packages.locked.map(p => {
    const key = `${p.name}@${p.version}@${p.integrity}@${packages.direct.has(p.name)}`;
    const cached = entryCache.get(key);
    if (cached) return cached;
    const file = p.name.split('/').pop();
    const text = [
      `    "node_modules/${p.name}": {`,
      `      "version": "${p.version}",`,
      `      "resolved": "https://registry.npmjs.org/${p.name}/-/${file}-${p.version}.tgz",`,
      `      "integrity": "${p.integrity}",`,
      `      "dev": ${packages.direct.has(p.name) ? 'false' : 'true'},`,
      `      "license": "MIT"`,
      '    }',
    ].join('\n');
    entryCache.set(key, text);
    return text;
  });
  return `{\n  "name": "atlas",\n  "version": "${packages.version}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`;
}

/** The generated client's inputs: its endpoints and the generator stamp every endpoint carries. */
export interface ClientSpec {
  endpoints: { method: string; path: string; name: string }[];
  generator: string;
  specHash: string;
  clientVersion: string;
}

const METHODS = ['GET', 'POST', 'DELETE'];

/** The client generated from the first `count` endpoints. */
export function initialClient(rng: Rng, count: number): ClientSpec {
  const all = Object.entries(SUBSYSTEMS).flatMap(([sub, nouns]) => nouns.flatMap(n => METHODS.map(method => {
    const slug = n.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const name = `${method.toLowerCase()}${[sub, ...slug.split('-')].map(w => w[0].toUpperCase() + w.slice(1)).join('')}`;
    return { method, path: `/v1/${sub}/${slug}`, name };
  })));
  const endpoints = [];
  while (endpoints.length < count) endpoints.push(all.splice(rng.int(0, all.length - 1), 1)[0]);
  return { endpoints, generator: 'openapi-gen 7.8.0', specHash: rng.hex(7), clientVersion: '2.2.0' };
}

/** src/api/generated/client.ts: thirteen lines per endpoint. */
export function clientText(spec: ClientSpec): string {
  const head = ['// Code generated by openapi-gen. DO NOT EDIT.', 'import type { Client } from "../client"', ''];
  const body = spec.endpoints.flatMap(e => [
    '/**',
    ` * ${e.method} ${e.path}`,
    ` * @generated ${spec.generator} (spec ${spec.specHash})`,
    ' */',
    `export async function ${e.name}(client: Client, params: Record<string, unknown> = {}) {`,
    '  return client.request({',
    `    method: "${e.method}",`,
    `    path: "${e.path}",`,
    `    headers: { "x-client-version": "${spec.clientVersion}" },`,
    `    ${e.method === 'GET' ? 'query' : 'body'}: params,`,
    '  })',
    '}',
    '',
  ]);
  return [...head, ...body].join('\n');
}
