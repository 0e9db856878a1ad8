/** Golden files: expected drafts a manager would receive, under test/fixtures/draft/golden. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

// UPDATE_GOLDEN=1 rewrites the expected files; read them after: a manager receives these.
const update = process.env.UPDATE_GOLDEN === '1';
const goldenDir = join(repoRoot(), 'test/fixtures/draft/golden');

/** Compares `actual` with the golden file (writing it when missing or when UPDATE_GOLDEN=1). */
export function checkGolden(file: string, actual: string): void {
  const path = join(goldenDir, file);
  if (update || !existsSync(path)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
    if (!update) assert.fail(`golden file ${file} was missing; written now, review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${file} differs (UPDATE_GOLDEN=1 rewrites it)`);
}
