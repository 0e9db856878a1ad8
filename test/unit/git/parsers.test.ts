import { strict as assert } from 'node:assert';
import { analyseMessage, mergeFacts } from '../../../src/git/commitText';
import { LogStreamParser, parseDiffNumstat, parseNumstat } from '../../../src/git/logParser';
import type { LogRecord } from '../../../src/git/logParser';
import { parseRefs, parseStatus, pickDefaultBranch } from '../../../src/git/refs';
import { ticketMatcher } from '../../../src/git/tickets';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('git parsers (captured output)', () => {
  const captured = `${A}\0${B}\0ada@old.example\0ada@example.com\0Ada\x001795352400\x001795352460\0feat: x\0body <b>{{x}}</b>\nwith lines\n\0\n${B}\0\0bob@x\0bob@x\0Bob\x001795352000\x001795352000\0root\0\0\n`;

  it('parses NUL-separated log records, whatever the chunk boundaries', () => {
    const parse = (chunks: string[]) => {
      const records: LogRecord[] = [];
      const parser = new LogStreamParser(r => records.push(r));
      for (const chunk of chunks) parser.push(chunk);
      parser.end();
      return records;
    };
    const whole = parse([captured]);
    assert.deepEqual(whole.map(r => [r.sha, r.parents, r.rawEmail, r.email, r.authorTime, r.subject, r.body]), [
      [A, [B], 'ada@old.example', 'ada@example.com', 1795352400, 'feat: x', 'body <b>{{x}}</b>\nwith lines'],
      [B, [], 'bob@x', 'bob@x', 1795352000, 'root', ''],
    ]);
    for (let size = 1; size < 9; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < captured.length; i += size) chunks.push(captured.slice(i, i + size));
      assert.deepEqual(parse(chunks), whole);
    }
  });

  it('reads numstat -z with renames and binary files', () => {
    const out = `\x01${A}\0\n3\t1\t\0old name.txt\0new name.txt\0-\t-\tlogo.png\0` + `10\t0\tsrc/a.ts\0\x01${B}\0`;
    const stats = parseNumstat(out);
    assert.deepEqual(stats.get(A), { insertions: 13, deletions: 1, files: 3, shape: '3\t1\t\told name.txt\tnew name.txt\n-\t-\tlogo.png\n10\t0\tsrc/a.ts' });
    assert.deepEqual(stats.get(B), { insertions: 0, deletions: 0, files: 0, shape: '' });
    // One diff's numstat (no commit headers) reads the same way.
    assert.deepEqual(parseDiffNumstat('3\t1\t\0old name.txt\0new name.txt\0-\t-\tlogo.png\0'), { insertions: 3, deletions: 1, files: 2, shape: '3\t1\t\told name.txt\tnew name.txt\n-\t-\tlogo.png' });
  });

  it('reads status porcelain v2 and refs', () => {
    const status = ['# branch.oid ' + A, '# branch.head (detached)', '1 M. N... 100644 100644 100644 x y a.txt', '1 .M N... 100644 100644 100644 x y b.txt', '2 R. N... 100644 100644 100644 x y R100 new.txt', 'old.txt', 'u UU N... 1 2 3 4 x y z c.txt', '? n1', '? n2', ''].join('\0');
    assert.deepEqual(parseStatus(status), { staged: 2, modified: 2, untracked: 2 });
    assert.deepEqual(parseStatus('# branch.oid (initial)\0# branch.head main\0'), { staged: 0, modified: 0, untracked: 0 });
    const refs = parseRefs(`refs/heads/main\0${A}\0\nrefs/heads/dev\0${B}\0\nrefs/remotes/origin/HEAD\0${A}\0refs/remotes/origin/dev\n`);
    assert.deepEqual([...refs.branches], [['main', A], ['dev', B]]);
    assert.equal(pickDefaultBranch(refs, 'main'), 'dev');
    assert.equal(pickDefaultBranch({ branches: refs.branches }, 'dev'), 'main');
  });

  it('understands subjects: Conventional Commits, fixups, WIP, PR suffixes, reverts, co-authors', () => {
    const t = ticketMatcher();
    const f = analyseMessage('fixup! feat(ui)!: Dark mode for ABC-7 (#31)', `This reverts commit ${A}.\n\nCo-authored-by: Bob <bob@x.example>`, t);
    assert.deepEqual(f, { type: 'feat', scope: 'ui', scopeSource: 'conventional', breaking: true, description: 'Dark mode for ABC-7', fixupOf: 'feat(ui)!: Dark mode for ABC-7 (#31)', wip: false, revertOf: A, pullRequest: 31, tickets: ['ABC-7'], advisories: [], coAuthors: [{ name: 'Bob', email: 'bob@x.example' }] });
    assert.equal(analyseMessage('[WIP] parser', '', t).wip, true);
    assert.equal(analyseMessage('wipe the cache', '', t).wip, false);
    assert.equal(analyseMessage('net: tune buffers', '', t).type, undefined);
    assert.deepEqual([analyseMessage('net: tune buffers', '', t).scope, analyseMessage('net: tune buffers', '', t).scopeSource], ['net', 'prefix']);
    assert.deepEqual(mergeFacts('Merge pull request #8 from octo/feature/x', 'Add X\n\nmore'), { pullRequest: 8, title: 'Add X', branch: 'feature/x' });
  });

  it('finds tickets as whole words, not encodings, HTML entities or CVE fragments', () => {
    const t = ticketMatcher();
    assert.deepEqual(t('ABC-1, PROJ2-34 and #5; UTF-8, &#39;, xABC-9, CVE-2024-1234, ABC-1 again'), ['ABC-1', 'PROJ2-34', '#5']);
  });
});
