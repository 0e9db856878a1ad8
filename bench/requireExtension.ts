/**
 * Child process of the startup measurement: times `require(dist/extension.js)` in plain Node with a
 * stub `vscode` module injected through Module._resolveFilename (benchmark only, never a test double).
 * Prints `{"ms": N}`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The real CommonJS loader: the measurement is exactly what VS Code's extension host does, a plain require.
const nodeRequire = createRequire(__filename);
const Module = nodeRequire('node:module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };

// Any property, call or `new` on the stub yields another stub, so top-level code of the bundle runs.
const stubSource = `
const handler = { get: (t, p) => p === '__esModule' ? false : p === Symbol.toPrimitive ? () => '' : stub(),
  apply: () => stub(), construct: () => stub() };
function stub() { return new Proxy(function () {}, handler); }
module.exports = stub();
`;
const stubPath = join(tmpdir(), `worklog-bench-vscode-stub-${process.pid}.js`);
writeFileSync(stubPath, stubSource);
const original = Module._resolveFilename;
Module._resolveFilename = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stubPath : original(request, ...rest));

const target = process.argv[2];
const t = performance.now();
nodeRequire(target);
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({ ms }) + '\n');
