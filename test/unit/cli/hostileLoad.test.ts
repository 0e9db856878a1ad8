import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { makeSmallRepos } from '../../helpers/manyRepos';
import { JournalStore } from '../../../src/journal/store';
import { writeBigJournal } from '../hostile/bigJournal';
import { CLI, worklog } from './runCli';

const WINDOW = ['--since', '2026-11-01', '--until', '2026-12-01'];

/** Runs the CLI as a child without blocking this process (so several run at once). */
function worklogAsync(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', code => resolve({ code, stderr }));
  });
}

describe('CLI under crashes, hangs and load', function () {
  this.timeout(180_000);
  const sleepers: string[] = [];

  after(() => {
    // End only the sleeping processes our hanging git wrapper started (their pids were recorded).
    for (const file of sleepers) {
      if (!existsSync(file)) continue;
      for (const pid of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        try { process.kill(Number(pid), 'SIGKILL'); } catch { /* already gone */ }
      }
    }
  });

  /** Three repositories, one of them behind a git wrapper that never answers; runs the draft with a 2 s timeout. */
  function draftWithHungRepo(hang: string) {
    const good = [makeTempRepo('one'), makeTempRepo('two')];
    good.forEach((r, i) => r.commit({ message: `feat: work in ${i}`, date: '2026-11-10T10:00:00Z' }));
    const hung = makeTempRepo('hung');
    hung.commit({ message: 'feat: never seen', date: '2026-11-10T10:00:00Z' });
    const bin = makeTempDir('bin');
    const pids = join(bin, 'sleepers');
    sleepers.push(pids);
    const wrapper = join(bin, 'slow-git');
    writeFileSync(wrapper, `#!/bin/sh\ncase "$(pwd -P)" in\n  "${hung.dir}"*) ${hang.replace(/PIDS/g, pids)} ;;\n  *) exec git "$@" ;;\nesac\n`);
    chmodSync(wrapper, 0o755);
    // spawnSync with its own limit: a hang must fail this test, not block mocha (whose timer cannot fire meanwhile).
    const r = spawnSync(process.execPath, [CLI, 'draft', ...WINDOW, '--format', 'json', '--git', wrapper, '--git-timeout', '2', '--repo', good[0].dir, '--repo', hung.dir, '--repo', good[1].dir], { cwd: good[0].dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, `the draft did not finish (${r.signal ?? r.status}): ${r.stderr}`);
    assert.match(r.stderr, /timed out/);
    const json = JSON.parse(r.stdout);
    assert.match(json.repositories.find((x: { name: string }) => x.name === 'hung').error, /timed out/);
    assert.deepEqual(json.accomplishments.map((a: { title: string }) => a.title).sort(), ['Work in 0', 'Work in 1']);
  }

  it('a repository whose git hangs times out; the other repositories are still drafted', () => {
    draftWithHungRepo('echo $$ >> "PIDS"; exec sleep 600');
  });

  // A stuck helper (ssh, credential, fsmonitor, a wrapper script) can keep git's output open after git
  // itself was killed by the timeout: the call must still settle.
  it('a hung git whose child keeps its output open still times out', () => {
    draftWithHungRepo('sleep 600 & echo $! >> "PIDS"; wait');
  });

  it('refuses a bad --git-timeout with a usage error', () => {
    const r = worklog(['draft', '--git-timeout', 'soon'], makeTempDir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--git-timeout/);
  });

  it('eight CLI processes and an in-process writer add to one journal at once: nothing is lost', async () => {
    const journal = makeTempDir('journal');
    const store = JournalStore.open(journal);
    const children = Array.from({ length: 8 }, async (_, p) => {
      for (let i = 0; i < 6; i++) {
        const r = await worklogAsync(['add', 'note', `cli ${p}-${i}`, '--journal', journal], journal);
        assert.equal(r.code, 0, r.stderr);
      }
    });
    const window = (async () => {
      for (let i = 0; i < 40; i++) await store.add({ kind: 'win', text: `window ${i}` });
    })();
    await Promise.all([...children, window]);
    const listed = JSON.parse(worklog(['list', '--journal', journal, '--format', 'json'], journal).stdout) as { text: string }[];
    const texts = new Set(listed.map(e => e.text));
    assert.equal(listed.length, 8 * 6 + 40);
    for (let p = 0; p < 8; p++) for (let i = 0; i < 6; i++) assert.ok(texts.has(`cli ${p}-${i}`), `cli ${p}-${i} lost`);
    for (let i = 0; i < 40; i++) assert.ok(texts.has(`window ${i}`), `window ${i} lost`);
    assert.deepEqual((await store.load()).issues, []);
  });

  it('drafts 200 repositories and a journal of 50,000 entries', async () => {
    const repos = (await makeSmallRepos(200, 'r', i => `feat: change ${i} ABC-${i}`, new Date('2026-11-10T10:00:00Z'))).map(r => r.dir);
    const journal = makeTempDir('journal');
    writeBigJournal(journal, 50_000, new Date('2026-11-20T00:00:00Z'));
    const r = worklog(['draft', ...WINDOW, '--format', 'json', '--journal', journal, ...repos.flatMap(d => ['--repo', d])], makeTempDir());
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.repositories.length, 200);
    assert.equal(json.repositories.filter((x: { error?: string }) => x.error).length, 0);
    assert.equal(json.accomplishments.length, 200);
    assert.ok(json.wins.length > 0);
    const listed = worklog(['list', '--journal', journal, '--format', 'json'], makeTempDir());
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(JSON.parse(listed.stdout).length, 50_000);
  });
});
