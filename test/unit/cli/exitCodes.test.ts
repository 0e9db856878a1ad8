import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import { worklog } from './runCli';
import type { CliRun } from './runCli';

// "Now" is pinned for every run: the entries written carry this time, and the windows end with its day.
const NOW = { WORKLOG_NOW: '2026-11-25T12:00:00Z' };
const WINDOW = ['--since', '2026-11-01', '--until', '2026-12-01'];

/** Runs the CLI with the clock pinned. */
const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun => worklog(args, cwd, { ...NOW, ...env });

/** Exit 2, nothing on stdout, and exactly one `worklog: ` line on stderr matching `message` (no stack, no library noise). */
function assertUsageError(r: CliRun, message: RegExp, what: string): void {
  assert.equal(r.code, 2, `${what}: exit ${r.code}, ${r.stderr}`);
  assert.equal(r.stdout, '', what);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `${what}: ${r.stderr}`);
  assert.match(lines[0], /^worklog: /, what);
  assert.match(lines[0], message, what);
}

/** Every file of a folder with its bytes and modification time: what "untouched" means. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map(n => [n, `${statSync(join(dir, n)).mtimeMs} ${readFileSync(join(dir, n), 'utf8')}`]));
}

describe('worklog exit codes and messages (CLI)', function () {
  // Each case is a real process; on a busy machine a handful of them outlast mocha's default.
  this.timeout(120_000);

  it('refuses a bad value with exit 2 and one line naming the flag, and writes nothing', () => {
    const journal = makeTempDir('journal');
    const j = ['--journal', journal];
    const note = JSON.parse(run(['add', 'note', 'A note', '--format', 'json', ...j], journal).stdout);
    const promise = JSON.parse(run(['add', 'promise', 'Ship it', '--due', '2026-12-01', '--format', 'json', ...j], journal).stdout);
    const before = folderState(journal);
    const cases: [string[], RegExp][] = [
      [['add', 'promise', 'x', '--due', '2026-02-30'], /--due must be a calendar date written YYYY-MM-DD.*"2026-02-30"/],
      [['add', 'promise', 'x', '--due', 'friday'], /--due must be a calendar date written YYYY-MM-DD.*"friday"/],
      [['add', 'note', 'x', '--goal', 'x!'], /--goal must be an id .*"x!"/],
      [['add', 'note', 'a'.repeat(100_001)], /the text is longer than 100000 characters/],
      [['add', 'win', 'x', '--format', 'xml'], /--format must be text or json/],
      [['set', promise.id, '--status', 'bogus'], /--status must be one of open, done, at-risk, dropped \(got "bogus"\)/],
      // Relative words are not accepted: the message names the one accepted form.
      [['set', promise.id, '--due', 'yesterday'], /--due must be a calendar date written YYYY-MM-DD.*"yesterday".*not accepted/],
      [['set', note.id, '--status', 'done'], /--status does not apply to a note/],
      [['set', '20260101T000000000Z-nosuchid', '--status', 'done'], new RegExp(`no entry with id "20260101T000000000Z-nosuchid" in the journal at ${journal}`)],
    ];
    for (const [args, message] of cases) assertUsageError(run([...args, ...j], journal), message, args.join(' ').slice(0, 60));
    assert.deepEqual(folderState(journal), before, 'a refused value changed the journal');
  });

  it('draft: an unknown template, an empty --git and a missing --templates folder are usage errors, said before git runs', () => {
    const repo = makeTempRepo('api');
    repo.commit({ message: 'feat: one', date: '2026-11-10T10:00:00Z' });
    const missing = join(makeTempDir('templates'), 'nope');
    assertUsageError(run(['draft', ...WINDOW, '--template', 'nothere'], repo.dir), /unknown template "nothere"; the templates are brag, .*weekly/, '--template');
    assertUsageError(run(['draft', ...WINDOW, '--git', ''], repo.dir), /^worklog: --git needs the path of a git program/, '--git ""');
    assertUsageError(run(['draft', ...WINDOW, '--templates', missing], repo.dir), new RegExp(`--templates: no folder at ${missing}`), '--templates');
    assertUsageError(run(['templates', '--templates', missing], repo.dir), new RegExp(`--templates: no folder at ${missing}`), 'templates --templates');
    assertUsageError(run(['export', '--journal', makeTempDir('journal'), '--templates', missing], repo.dir), /--templates: no folder/, 'export --templates');
  });

  it('a mistyped journal folder: read commands name it and exit 2, and never create it; add creates it', () => {
    const repo = makeTempRepo('web');
    repo.commit({ message: 'feat: one', date: '2026-11-10T10:00:00Z' });
    const typo = join(makeTempDir('parent'), 'jounral');
    for (const args of [['list', '--journal', typo], ['export', '--journal', typo], ['draft', ...WINDOW, '--journal', typo]]) {
      assertUsageError(run(args, repo.dir), new RegExp(`no journal folder at ${typo} \\(--journal\\)`), args[0]);
    }
    assertUsageError(run(['list'], repo.dir, { WORKLOG_JOURNAL: typo }), new RegExp(`no journal folder at ${typo} \\(WORKLOG_JOURNAL\\)`), 'WORKLOG_JOURNAL');
    assert.equal(existsSync(typo), false, 'a read command created the folder');
    // A folder that exists but holds something else (here, a repository) is not taken for an empty journal.
    assertUsageError(run(['list', '--journal', repo.dir], repo.dir), /is not a journal folder: it has no journal\.json/, 'not a journal');
    const added = run(['add', 'win', 'First win', '--journal', typo], repo.dir);
    assert.equal(added.code, 0, added.stderr);
    assert.match(run(['list', '--journal', typo], repo.dir).stdout, /First win/);
  });

  it('exporting an empty journal says which folder had nothing, without a window nobody gave', () => {
    const journal = makeTempDir('journal-empty');
    const r = run(['export', '--journal', journal], journal);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `worklog: the journal at ${journal} has no entries yet\n`);
  });

  it('a journal from a newer Work Log: list and export refuse with exit 1 and say why, add and set leave it untouched', () => {
    const journal = makeTempDir('journal-newer');
    writeFileSync(join(journal, 'journal.json'), JSON.stringify({ schema: 7 }));
    writeFileSync(join(journal, 'entries-2026-11.jsonl'), '{"op":"upsert","v":7}\n');
    const before = folderState(journal);
    const said = /^worklog: The journal in .* was written by a newer version of Work Log \(schema 7; .*update Work Log to use it\.$/;
    for (const args of [['list'], ['export'], ['add', 'note', 'x'], ['set', '20260101T000000000Z-abcdefgh', '--status', 'done']]) {
      const r = run([...args, '--journal', journal], journal);
      assert.equal(r.code, 1, `${args[0]}: ${r.stderr}`);
      assert.equal(r.stdout, '', args[0]);
      assert.match(r.stderr.trimEnd(), said, args[0]);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, args[0]);
    }
    assert.deepEqual(folderState(journal), before, 'the newer journal was changed');
    const repo = makeTempRepo('svc');
    repo.commit({ message: 'feat: one', date: '2026-11-10T10:00:00Z' });
    const draft = run(['draft', ...WINDOW, '--journal', journal], repo.dir);
    assert.equal(draft.code, 0, draft.stderr);
    assert.match(draft.stderr, /newer version of Work Log.*The draft has no journal sections\./);
  });

  it('every command prints its own help with --help, -h or `help <command>`, and exits 0', () => {
    const dir = makeTempDir();
    for (const command of ['draft', 'add', 'list', 'set', 'export', 'templates']) {
      for (const args of command === 'set' ? [[command, '--help'], [command, '-h'], ['help', command]] : [[command, '--help']]) {
        const r = run(args, dir);
        assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr, '', args.join(' '));
        assert.match(r.stdout, new RegExp(`^Usage: worklog ${command}\\b`), args.join(' '));
        assert.match(r.stdout, /Exit codes: 0 success; 1 .*\n2 bad usage/, args.join(' '));
      }
    }
    assert.match(run(['add', 'promise', 'x', '--help'], dir).stdout, /--due YYYY-MM-DD/);
    assert.match(run(['--help'], dir).stdout, /worklog <command> --help/);
    assertUsageError(run(['constructor', '--help'], dir), /unknown command "constructor"/, 'not a command');
  });

  it('a broken template of yours: exit 2 and one line naming its file and line', () => {
    const repo = makeTempRepo('api');
    repo.commit({ message: 'feat: one', date: '2026-11-10T10:00:00Z' });
    const templates = makeTempDir('templates');
    const files: Record<string, [string, RegExp]> = {
      recursive: ['line one\nline two\n{{#*inline "p"}}{{> p}}{{/inline}}\n{{> p}}\n', /recursive\.hbs:3:17: a partial includes itself without end/],
      nopartial: ['line one\n\n  {{> nothere}}\n', /nopartial\.hbs:3:3: The partial nothere could not be found$/],
      nohelper: ['line one\n\nx {{nohelper done.count}}\n', /nohelper\.hbs:3:3: Missing helper: "nohelper"$/],
      syntax: ['line one\n{{#if x}}\n', /syntax\.hbs:3: Parse error: Expecting .*got 'EOF'$/],
      // A template of yours that replaces a built-in is not silently swapped back for it.
      weekly: ['line one\n{{> nothere}}\n', /weekly\.hbs:2:1: The partial nothere could not be found$/],
    };
    for (const [name, [source]] of Object.entries(files)) writeFileSync(join(templates, `${name}.hbs`), source);
    for (const [name, [, message]] of Object.entries(files)) {
      const r = run(['draft', ...WINDOW, '--templates', templates, '--template', name], repo.dir);
      assertUsageError(r, new RegExp(`^worklog: Template ${join(templates, name)}\\.hbs:`), name);
      assert.match(r.stderr.trimEnd(), message, name);
    }
  });

  it('list makes control characters in entry text visible instead of sending them to the terminal', () => {
    const journal = makeTempDir('journal-escapes');
    const text = 'bell\u0007 esc\u001b[31mred\u001b]0;title\u0007 csi\u009b2J bidi\u202Eevil\u2066 end';
    const added = run(['add', 'win', text, '--journal', journal, '--format', 'json'], journal);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(JSON.parse(added.stdout).text, text, 'the journal keeps the text as given');
    const r = run(['list', '--journal', journal], journal);
    assert.equal(r.code, 0, r.stderr);
    // eslint-disable-next-line no-control-regex -- this test is about control characters
    assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(r.stdout, /bell␇ esc␛\[31mred␛\]0;title␇ csi\uFFFD2J bidievil end$/m);
  });
});
