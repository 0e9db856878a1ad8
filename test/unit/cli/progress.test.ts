import assert from 'node:assert/strict';
import { makeTempRepo } from '../../helpers/gitRepo';
import { CLEAR_PROGRESS, progressLine, repositoryProgress } from '../../../src/cli/progress';
import { mine } from '../../../src/git/mine';
import { worklog } from './runCli';

const WINDOW = { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z'), label: 'November' };

describe('progress of worklog draft over many repositories', () => {
  it('draws one line over itself, and erases it at the end', () => {
    assert.equal(progressLine(120, 5000), '\r[worklog] 120/5000 repositories…');
    assert.equal(CLEAR_PROGRESS, '\r\u001b[K');
    const written: string[] = [];
    const progress = repositoryProgress(text => written.push(text));
    progress.clear();
    assert.deepEqual(written, [], 'nothing drawn, nothing to erase');
    for (let done = 0; done <= 3; done++) progress.update(done, 3);
    progress.clear();
    assert.deepEqual(written, [progressLine(0, 3), progressLine(1, 3), progressLine(2, 3), progressLine(3, 3), CLEAR_PROGRESS]);
  });

  it('redraws at most 200 times however many repositories, and always shows the last count', () => {
    const written: string[] = [];
    const progress = repositoryProgress(text => written.push(text));
    for (let done = 0; done <= 5001; done++) progress.update(done, 5001);
    assert.ok(written.length <= 202, `${written.length} redraws`);
    assert.equal(written[written.length - 1], progressLine(5001, 5001));
  });

  it('mine tells how many repositories are read, once before the first and as each one finishes', async () => {
    const repos = ['a', 'b', 'c'].map(name => {
      const repo = makeTempRepo(`progress-${name}`);
      repo.commit({ message: `feat: ${name}`, date: '2026-11-10T10:00:00Z' });
      return repo.dir;
    });
    const told: string[] = [];
    await mine({ repositories: repos, window: WINDOW, authors: [], onProgress: (done, total) => told.push(`${done}/${total}`) });
    assert.deepEqual(told, ['0/3', '1/3', '2/3', '3/3']);
  });

  it('prints no progress when stderr is not a terminal', () => {
    const repos = ['x', 'y'].map(name => {
      const repo = makeTempRepo(`quiet-${name}`);
      repo.commit({ message: `feat: ${name}`, date: '2026-11-10T10:00:00Z' });
      return repo.dir;
    });
    const r = worklog(['draft', '--since', '2026-11-01', '--until', '2026-12-01', '--no-cache', ...repos.flatMap(d => ['--repo', d])], repos[0], { WORKLOG_NOW: '2026-11-25T12:00:00Z' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
});
