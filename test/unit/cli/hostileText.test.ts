/* eslint-disable no-control-regex -- these tests are about control characters */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { makeTempDir, makeTempRepo } from '../../helpers/gitRepo';
import type { TempRepo } from '../../helpers/gitRepo';
import { JournalStore } from '../../../src/journal/store';
import type { Entry } from '../../../src/journal/types';
import { worklog } from './runCli';

const WINDOW = ['--since', '2026-11-01', '--until', '2026-12-01'];
const TICKETS = ['--ticket-pattern', 'T-\\d+[^\\s]*'];
const FORMATS = ['markdown', 'slack', 'text', 'html', 'json'] as const;
const ENTRY_TIME = new Date('2026-11-18T10:00:00Z');

// What attackers and accidents put in commit messages, names, branches and journal text.
const PIECES = [
  '<script>window.__pwned=1</script>', '</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<!channel>', '<!here>', '<@U123>', '<#C42>',
  '{{constructor.constructor "return process"}}', '{{#each this}}x{{/each}}', '{{{raw}}}', '{{> partial}}', '{{!comment}}',
  '\n- injected item', '\n# heading', '\n\n## Done', '| a | b |\n|---|---|', '* ', '_', '`', '```', '[x](javascript:alert(1))', '![i](x)', '\\', '> quote',
  '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '1. ', '#', '---', '&amp;', '&lt;b&gt;', 'é', '👩‍💻', '\u0085',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 6 })
  .map(parts => parts.join(''))
  // Keep the twin's grouping identical: hostile text must not add tickets of its own.
  .map(s => s.replace(/T-/g, 'T_'));

/** Git refuses NUL in a message: what a commit can carry. */
const forGit = (s: string) => s.replace(/\u0000/g, '');
/** A valid branch name made from hostile text (git refuses control characters, spaces and a few others). */
const refName = (s: string, k: number) => `feature/T-${k}-${s.replace(/[\u0000-\u0020\u007f~^:?*[\\\]]|\.\.|@\{|\/\/|\.lock|^\.|\.$|\/$/g, '-').replace(/[^\x21-\x7e]/g, '-').slice(0, 60)}x`;

interface Made { repo: TempRepo; journal: string; shas: string[]; entries: Entry[] }

/** A repository with three commits (hostile subject, body, co-author) and an unmerged hostile branch, plus a hostile journal. */
async function make(texts: string[]): Promise<Made> {
  const [a, b, c] = texts;
  const repo = makeTempRepo('hostile');
  const shas: string[] = [];
  texts.forEach((t, k) => {
    const message = `feat(s): T-${k}${forGit(t).split('\n')[0].slice(0, 20).replace(/\s/g, '')} ${forGit(t)} end${k}\n\n${forGit(texts[(k + 1) % 3])}\n\nCo-authored-by: co${k} ${forGit(texts[(k + 2) % 3]).replace(/[\n\r<>]/g, ' ')} <co${k}@example.com>\n`;
    shas.push(repo.commit({ message, date: `2026-11-1${k}T10:00:00Z` }));
  });
  const branch = refName(a, 9);
  repo.git(['checkout', '-q', '-b', branch]);
  repo.commit({ message: `fix: T-9 branch ${forGit(b)}`, date: '2026-11-15T10:00:00Z' });
  repo.git(['checkout', '-q', 'main']);

  const journal = makeTempDir('journal');
  const store = JournalStore.open(journal, { now: () => ENTRY_TIME });
  const entries = [
    await store.add({ kind: 'win', text: `win ${a}`, impact: `impact ${b}`, people: [`p ${c}`] }),
    await store.add({ kind: 'problem', text: `problem ${b}`, impact: `hurts ${c}`, options: [{ title: `option ${a}`, pros: [`pro ${b}`], cons: [`con ${c}`] }], recommended: 0, ask: `ask ${a}` }),
    await store.add({ kind: 'promise', text: `promise ${c}`, to: `to ${a}`, due: '2026-11-25', status: 'at-risk', plan: `plan ${b}` }),
    await store.add({ kind: 'feedback', text: `feedback ${a}`, from: `from ${b}`, action: `action ${c}` }),
    await store.add({ kind: 'note', text: `note ${b}` }),
  ];
  return { repo, journal, shas, entries };
}

/** Every format of the draft, through the real CLI; each must succeed. */
function draftAll(m: Made): Record<(typeof FORMATS)[number], string> {
  const out = {} as Record<(typeof FORMATS)[number], string>;
  for (const format of FORMATS) {
    const r = worklog(['draft', ...WINDOW, ...TICKETS, '--format', format, '--journal', m.journal], m.repo.dir);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    out[format] = r.stdout;
  }
  return out;
}

/** A line's Markdown role: heading level, list marker and indent, quote, table, fence, or plain. */
function skeleton(markdown: string): string[] {
  return markdown.split('\n').map(l => {
    const m = /^(\s*)(#{1,6} |[-*+] |\d+[.)] |> |\||```|---)?/.exec(l)!;
    return `${m[1].length}:${m[2] ?? (l.trim() ? 'p' : '')}`;
  });
}

/** The subject as git stores it, decoded like Work Log decodes it. */
function gitSubject(repo: TempRepo, sha: string): string {
  const raw = execFileSync('git', ['log', '-1', '--format=%s', sha], { cwd: repo.dir, maxBuffer: 64 * 1024 * 1024 });
  return new TextDecoder('utf-8').decode(raw).replace(/\n$/, '');
}

const ALLOWED_TAGS = /^<\/?(html|head|body|meta|title|h[1-6]|p|ul|ol|li|strong|em|b|i|code|pre|br|hr|blockquote|table|thead|tbody|tr|th|td|del|s|span|div|a href="https?:[^"]*")( [^<>]*)?\/?>$/i;

describe('CLI with hostile text in commits, branches, names, tickets and journal entries', function () {
  this.timeout(300_000);

  it('drafts every format without failing; HTML escaped, Slack neutralised, Markdown structure intact, JSON exact', async () => {
    const twin = await make(['alpha', 'beta', 'gamma']);
    const calm = worklog(['draft', ...WINDOW, ...TICKETS, '--format', 'markdown', '--journal', twin.journal], twin.repo.dir);
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 3, maxLength: 3 }), async texts => {
        const made = await make(texts);
        const out = draftAll(made);

        // Markdown: the same shape as the draft of harmless text; hostile text never makes a heading, item or table.
        assert.deepEqual(skeleton(out.markdown), skeleton(calm.stdout), `${out.markdown}\n---\n${calm.stdout}`);

        // HTML: only the converter's own tags; every hostile '<' is an entity.
        for (const tag of out.html.match(/<[^>]*>/g) ?? []) assert.match(tag, ALLOWED_TAGS, `unexpected tag in HTML: ${tag}`);
        assert.doesNotMatch(out.html, /<(script|img|svg|iframe|style)|href="javascript:/i);

        // Slack: no mention or channel broadcast survives.
        assert.doesNotMatch(out.slack, /<[!@#]/);

        // No format carries invisible reordering characters or raw control characters.
        const invisible = /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF\u0000\u0007\u001b]/;
        for (const f of ['markdown', 'slack', 'text', 'html'] as const) assert.ok(!invisible.test(out[f]), `${f} carries an invisible or control character`);

        // JSON: the text exactly as git and the journal stored it.
        const json = JSON.parse(out.json);
        const commits = new Map<string, string>(json.accomplishments.flatMap((x: { commits: { sha: string; subject: string }[] }) => x.commits.map(c => [c.sha, c.subject])));
        for (const sha of made.shas) assert.equal(commits.get(sha), gitSubject(made.repo, sha));
        const byId = new Map<string, { text: string }>([...json.wins, ...json.problems, ...json.promises, ...json.feedback, ...json.notes].map((e: { id: string; text: string }) => [e.id, e]));
        for (const e of made.entries) assert.equal(byId.get(e.id)?.text, e.text, `${e.kind} text changed`);
        const problem = json.problems.find((p: { id: string }) => p.id === made.entries[1].id);
        assert.equal(problem.options[0].title, (made.entries[1] as { options: { title: string }[] }).options[0].title);
        const branch = json.inProgress.find((i: { kind: string }) => i.kind === 'branch');
        assert.equal(branch?.branch, refName(texts[0], 9));
        assert.ok(json.accomplishments.some((x: { tickets: string[] }) => x.tickets.some(t => t.startsWith('T-0'))), 'the ticket id was read');
      }),
      { numRuns: 20 },
    );
  });

  it('a 1 MB commit message and invalid UTF-8 are drafted, cut to a sane length, and round-trip in JSON', () => {
    const repo = makeTempRepo('huge');
    const huge = 'feat: huge <b>'.padEnd(1024 * 1024, '<img src=x onerror=alert(1)> ');
    const hugeSha = repo.commit({ message: huge + '\n\nbody', date: '2026-11-10T10:00:00Z' });
    // `git commit` repairs invalid UTF-8 (as Latin-1); a commit written by another tool keeps the raw bytes.
    repo.commit({ message: 'fix: placeholder', date: '2026-11-11T10:00:00Z' });
    const header = execFileSync('git', ['cat-file', 'commit', 'HEAD'], { cwd: repo.dir }).toString('latin1').split('\n\n')[0];
    const bytes = Buffer.concat([Buffer.from(header + '\n\nfix: broken bytes '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from(' <!channel> end\n')]);
    const badSha = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: bytes });
    repo.git(['update-ref', 'HEAD', badSha]);
    for (const format of ['markdown', 'slack', 'text', 'html'] as const) {
      const r = worklog(['draft', ...WINDOW, '--format', format], repo.dir);
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      assert.ok(r.stdout.length < 100_000, `${format}: ${r.stdout.length} chars`);
      assert.match(r.stdout, /broken bytes \uFFFD/i, `${format}: ${r.stdout.slice(0, 1500)}`);
      // Plain text carries it literally; the others must not let it act.
      if (format !== 'text') assert.doesNotMatch(r.stdout, /(?<!\\)<(img|!channel)/, format);
    }
    const json = JSON.parse(worklog(['draft', ...WINDOW, '--format', 'json'], repo.dir).stdout);
    const subjects = new Map<string, string>(json.accomplishments.flatMap((x: { commits: { sha: string; subject: string }[] }) => x.commits.map(c => [c.sha, c.subject])));
    assert.equal(subjects.get(hugeSha), gitSubject(repo, hugeSha));
    assert.equal(subjects.get(badSha), gitSubject(repo, badSha));
    assert.match(subjects.get(badSha)!, /\uFFFD/);
  });

  it('journal text added through the CLI comes back exactly, and `list`/`export` stay one line per entry', () => {
    const journal = makeTempDir('journal');
    const text = 'win <script>alert(1)</script> {{constructor.constructor}} <!channel> \u202Eevil\u200B | a | b |';
    const added = worklog(['add', 'win', text, '--journal', journal, '--format', 'json'], makeTempDir());
    assert.equal(added.code, 0, added.stderr);
    assert.equal(JSON.parse(added.stdout).text, text);
    const listed = JSON.parse(worklog(['list', '--journal', journal, '--format', 'json'], makeTempDir()).stdout);
    assert.equal(listed[0].text, text);
    const lines = worklog(['list', '--journal', journal], makeTempDir()).stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const exported = worklog(['export', '--journal', journal], makeTempDir());
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /alert\(1\)/);
    assert.doesNotMatch(exported.stdout, /\u202E|\u200B/);
    assert.doesNotMatch(exported.stdout, /^\| a \| b \|/m);
  });
});
