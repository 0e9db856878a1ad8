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

/**
 * The inactivity timeout of the hung-git test. It applies to every git call of the scan, the healthy
 * repository's too: each of those (a shell, then git) must print or exit within it. On a loaded 2-core
 * machine (the unit suite runs in two mocha workers, next to CLI and git processes) a plain `git config --list`
 * there took over 400 ms to answer, so 300 ms timed the healthy repository out now and then. The hung one
 * never answers (it sleeps 30 s), so a wide margin costs only this one wait.
 */
const HUNG_GIT_TIMEOUT_MS = 5_000;

describe('git mining: timeouts and cancellation', () => {
  it('a repository whose git hangs times out with an error; the others still arrive', async () => {
    const fast = makeTempRepo('fast');
    const sha = fast.commit({ message: 'feat: quick' });
    const slow = makeTempRepo('slow');
    slow.commit({ message: 'feat: never read' });
    const result = await mine({ repositories: [slow.dir, fast.dir], window: WINDOW, authors: [], gitPath: hangingGit(), timeoutMs: HUNG_GIT_TIMEOUT_MS });
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
