import assert from 'node:assert/strict';
import { makeTempRepo } from '../../helpers/gitRepo';
import { showCommit } from '../../../src/git/showCommit';

describe('showCommit', () => {
  it('shows one commit with its stat and patch', async () => {
    const repo = makeTempRepo('show');
    const sha = repo.commit({ message: 'feat: add the CSV export', files: { 'src/csv.ts': 'export const csv = 1;\n' } });
    const text = await showCommit(repo.dir, sha);
    assert.match(text, new RegExp(`^commit ${sha}`));
    assert.match(text, /feat: add the CSV export/);
    assert.match(text, /src\/csv\.ts \| 1 \+/);
    assert.match(text, /\+export const csv = 1;/);
  });

  it('refuses anything that is not a commit id, so no option can be injected', async () => {
    const repo = makeTempRepo('show2');
    repo.commit({ message: 'chore: init' });
    await assert.rejects(showCommit(repo.dir, '--output=/tmp/x'), /not a commit id/);
  });
});
