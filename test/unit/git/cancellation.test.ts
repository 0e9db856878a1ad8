import { strict as assert } from 'node:assert';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { mine } from '../../../src/git/mine';
import { gitVersion } from '../../../src/git/discover';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

/** A "git" that hangs in one repository (the one whose path contains `slow`) and is real git elsewhere. */
function hangingGit(): string {
  const script = join(makeTempDir('fakegit'), 'git');
  writeFileSync(script, '#!/bin/sh\ncase "$PWD" in *slow*) exec sleep 30;; esac\nexec git "$@"\n');
  chmodSync(script, 0o755);
  return script;
}

describe('git mining: timeouts and cancellation', () => {
  it('a repository whose git hangs times out with an error; the others still arrive', async () => {
    const fast = makeTempRepo('fast');
    const sha = fast.commit({ message: 'feat: quick' });
    const slow = makeTempRepo('slow');
    slow.commit({ message: 'feat: never read' });
    const result = await mine({ repositories: [slow.dir, fast.dir], window: WINDOW, authors: [], gitPath: hangingGit(), timeoutMs: 300 });
    assert.equal(result.repositories[0].error, `git timed out in ${slow.dir}`);
    assert.equal(result.repositories[1].error, undefined);
    assert.deepEqual(result.accomplishments.flatMap(a => a.commits.map(c => c.sha)), [sha]);
  });

  it('an aborted scan reports every unfinished repository as cancelled', async () => {
    const slow = makeTempRepo('slow-cancel');
    slow.commit({ message: 'feat: never read' });
    const controller = new AbortController();
    const pending = mine({ repositories: [slow.dir], window: WINDOW, authors: [], gitPath: hangingGit(), signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const result = await pending;
    assert.equal(result.repositories[0].error, `cancelled while reading ${slow.dir}`);
  });

  it('gitVersion says which git runs, and undefined when git cannot be run', async () => {
    assert.match((await gitVersion()) ?? '', /^\d+\.\d+/);
    assert.equal(await gitVersion(join(makeTempDir('nogit'), 'git')), undefined);
  });
});
