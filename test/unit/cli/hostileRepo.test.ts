import assert from 'node:assert/strict';
import { chownSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { makeArmedRepo } from '../hostile/armedRepo';
import type { ArmedVia } from '../hostile/armedRepo';
import { worklog } from './runCli';

const WINDOW = ['--since', '2026-11-01', '--until', '2026-12-01'];
const DATES = { first: '2026-11-10T10:00:00Z', second: '2026-11-11T10:00:00Z', branch: '2026-11-12T10:00:00Z' };
const FORMATS = ['markdown', 'slack', 'text', 'html', 'json'];
const TEMPLATES = ['weekly', 'standup', 'one-on-one', 'brag', 'problem-report'];

/** Recursively lists files and chowns them (safe.directory test). */
function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) chownTree(p, uid);
    else chownSync(p, uid, uid);
  }
}

describe('CLI on a hostile repository: nothing the repository names is run', function () {
  this.timeout(120_000);

  for (const via of ['direct', 'include', 'includeIf'] as ArmedVia[]) {
    it(`drafts every template in every format and runs no trap (config set ${via})`, () => {
      const armed = makeArmedRepo('evil', via, DATES);
      const journal = makeTempDir('journal');
      assert.equal(worklog(['add', 'win', 'shipped <b>it</b>', '--journal', journal], armed.repo.dir).code, 0);
      for (const template of TEMPLATES) {
        for (const format of template === 'weekly' ? FORMATS : ['markdown', 'json']) {
          // cwd = the hostile repository, no --repo: the default a user gets when typing `worklog` in a clone.
          const r = worklog(['draft', ...WINDOW, '--template', template, '--format', format, '--journal', journal], armed.repo.dir);
          assert.equal(r.code, 0, `${template}/${format}: ${r.stderr}`);
          assert.deepEqual(armed.fired(), [], `${template}/${format}: a program named by the repository ran`);
        }
      }
      const json = JSON.parse(worklog(['draft', ...WINDOW, '--format', 'json'], armed.repo.dir).stdout);
      assert.equal(json.repositories[0].error, undefined);
      // Two commits landed on main; the third is on the unmerged branch, in progress.
      assert.equal(json.accomplishments.reduce((n: number, a: { commits: unknown[] }) => n + a.commits.length, 0), 2);
      assert.ok(json.inProgress.some((i: { kind: string }) => i.kind === 'uncommitted'), 'the dirty work tree was read');
      assert.ok(json.inProgress.some((i: { kind: string; commitCount?: number }) => i.kind === 'branch' && i.commitCount === 1), 'the unmerged branch was read');
      for (const args of [['list', '--journal', journal], ['export', '--journal', journal], ['templates']]) {
        assert.equal(worklog(args, armed.repo.dir).code, 0, args.join(' '));
      }
      assert.deepEqual(armed.fired(), []);

      // Control: the traps are armed, so plain git (without the hardening) does run them.
      armed.fireWithPlainGit();
      const fired = armed.fired();
      for (const m of ['fsmonitor', 'filter-process', 'diff-command', 'diff-external', 'gpg']) assert.ok(fired.includes(m), `control: ${m} did not fire (${fired.join(', ')})`);
    });
  }

  it('a repository owned by another user is refused with a clear line, not trusted via safe.directory', function () {
    if (process.getuid?.() !== 0) this.skip();
    const armed = makeArmedRepo('foreign', 'direct', DATES);
    const good = makeTempRepo('mine');
    good.commit({ message: 'feat: my own work', date: DATES.first });
    chownTree(armed.repo.dir, 4242);
    const r = worklog(['draft', ...WINDOW, '--format', 'json', '--repo', armed.repo.dir, '--repo', good.dir], good.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /owned by another user/);
    const json = JSON.parse(r.stdout);
    assert.match(json.repositories.find((x: { name: string }) => x.name === 'foreign').error, /owned by another user/);
    assert.equal(json.accomplishments.length, 1);
    assert.deepEqual(armed.fired(), []);
  });

  it('a repository owned by another user is refused even when the global config trusts every folder (safe.directory=*), unless --allow-foreign-owner', function () {
    if (process.getuid?.() !== 0) this.skip(); // Giving a repository to another user (chown) needs root; CI runs as root.
    const foreign = makeTempRepo('theirs');
    const sha = foreign.commit({ message: 'feat: their work', date: DATES.first });
    const mine = makeTempRepo('mine');
    mine.commit({ message: 'feat: my own work', date: DATES.first });
    chownTree(foreign.dir, 65534);
    const global = join(makeTempDir('home'), 'gitconfig');
    writeFileSync(global, '[safe]\n\tdirectory = *\n');
    const env = { GIT_CONFIG_GLOBAL: global };
    // The author is given: the foreign repository's own user.email is the test identity too, but say it outright.
    const args = ['draft', ...WINDOW, '--format', 'json', '--no-cache', '--author', 'ada@example.com', '--repo', foreign.dir, '--repo', mine.dir];
    const refused = worklog(args, mine.dir, env);
    assert.equal(refused.code, 0, refused.stderr);
    assert.match(refused.stderr, /owned by another user.*--allow-foreign-owner/);
    const refusedJson = JSON.parse(refused.stdout);
    assert.match(refusedJson.repositories.find((x: { name: string }) => x.name === 'theirs').error, /owned by another user/);
    assert.equal(refusedJson.accomplishments.length, 1);

    const allowed = worklog([...args, '--allow-foreign-owner'], mine.dir, env);
    assert.equal(allowed.code, 0, allowed.stderr);
    const allowedJson = JSON.parse(allowed.stdout);
    assert.equal(allowedJson.repositories.find((x: { name: string }) => x.name === 'theirs').error, undefined);
    assert.ok(allowedJson.accomplishments.some((a: { commits: { sha: string }[] }) => a.commits.some(c => c.sha === sha)), 'the opted-in foreign repository was read');
  });
});
