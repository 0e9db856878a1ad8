import assert from 'node:assert/strict';
import { convertMarkdown, escapeHtml, escapeSlack } from '../../../src/draft/convert';
import { escapeMarkdown } from '../../../src/draft/markdownEscape';
import { normaliseText, truncateText } from '../../../src/draft/sanitize';

const DOC = [
  '# Update',
  '',
  'Hi **Dana**, a _short_ one with `code` and a [link](https://example.com/a?b=1&c=2).',
  '',
  '- first',
  '  - nested *em*',
  '- second ~~old~~',
  '',
  '1. one',
  '2. two',
  '',
  '> quoted',
  '',
  '| a | b |',
  '| --- | --- |',
  '| 1 \\| x | 2 |',
].join('\n');

describe('convertMarkdown', () => {
  it('to html: structure, inline marks, safe links, escaped table pipes', () => {
    const html = convertMarkdown(DOC, 'html');
    assert.match(html, /<h1>Update<\/h1>/);
    assert.match(html, /<p>Hi <strong>Dana<\/strong>, a <em>short<\/em> one with <code>code<\/code> and a <a href="https:\/\/example.com\/a\?b=1&amp;c=2">link<\/a>.<\/p>/);
    assert.match(html, /<ul>\n<li>first\n<ul>\n<li>nested <em>em<\/em><\/li>\n<\/ul><\/li>\n<li>second <del>old<\/del><\/li>\n<\/ul>/);
    assert.match(html, /<ol>\n<li>one<\/li>\n<li>two<\/li>\n<\/ol>/);
    assert.match(html, /<blockquote>\n<p>quoted<\/p>\n<\/blockquote>/);
    assert.match(html, /<td>1 \| x<\/td><td>2<\/td>/);
  });

  it('to html: raw HTML and unsafe links come out as text, as written', () => {
    const html = convertMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1)) "q" \'s\'', 'html');
    assert.doesNotMatch(html, /<img|<script|href="javascript/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &lt;script&gt;alert\(1\)&lt;\/script&gt; \[x\]\(javascript:alert\(1\)\) &quot;q&quot; &#39;s&#39;/);
    // Links markdown-it reads: only http(s) and mailto keep their target; an image is never an <img>.
    assert.equal(convertMarkdown('[a](ftp://e.com/f) [b](https://e.com/b) ![c](https://e.com/c.png) ![d](data:image/png;base64,AA)', 'html'), '<p>a <a href="https://e.com/b">b</a> <a href="https://e.com/c.png">c</a> d</p>\n');
  });

  it('to slack: bold, italics, bullets, links, and no control sequences from text', () => {
    const slack = convertMarkdown(DOC + '\n\nping <!channel> & <@U123>', 'slack');
    assert.match(slack, /^\*Update\*$/m);
    assert.match(slack, /Hi \*Dana\*, a _short_ one with `code` and a <https:\/\/example.com\/a\?b=1&amp;c=2\|link>\./);
    assert.match(slack, /^• first\n {2}◦ nested _em_\n• second ~old~$/m);
    assert.match(slack, /ping &lt;!channel&gt; &amp; &lt;@U123&gt;/);
    assert.doesNotMatch(slack, /<!|<@/);
  });

  it('to text: marks removed, lists kept, link targets shown', () => {
    const text = convertMarkdown(DOC, 'text');
    assert.match(text, /^Update\n======$/m);
    assert.match(text, /^Hi Dana, a short one with `code` and a link \(https:\/\/example.com\/a\?b=1&c=2\)\.$/m);
    assert.match(text, /^- first\n {2}- nested em\n- second old$/m);
    assert.match(text, /^1\. one\n2\. two$/m);
    assert.match(text, /^> quoted$/m);
    assert.match(text, /^1 \| x \| 2$/m);
  });

  it('text, Slack and HTML show escaped text as it was written', () => {
    const samples = ['a*b*c', '_x_', 'torch_backend', '# not a heading', '- not a list', '1. not ordered', '[x](y)', '[pr] fix', '<b>', 'use `pip debug`', 'a | b', '~~s~~', 'back\\slash', '&amp; &#39;', '> q', '+ plus', 'a -> b'];
    for (const s of samples) {
      assert.equal(convertMarkdown(`- ${escapeMarkdown(s)}`, 'text'), `- ${s}\n`, s);
      assert.equal(convertMarkdown(escapeMarkdown(s), 'text'), `${s}\n`, s);
      assert.equal(convertMarkdown(escapeMarkdown(s), 'html'), `<p>${escapeHtml(s).replace(/`([^`]+)`/, '<code>$1</code>')}</p>\n`, s);
      assert.equal(convertMarkdown(escapeMarkdown(s), 'slack'), `${escapeSlack(s)}\n`, s);
    }
  });

  it('to text: a code span keeps its backticks, as written', () => {
    assert.equal(convertMarkdown('use `pip debug` and ``a`b`` and `` `x` ``', 'text'), 'use `pip debug` and ``a`b`` and `` `x` ``\n');
  });

  it('to slack: broadcast mentions ping no one, wherever they are', () => {
    const slack = convertMarkdown('# @here\n\n- @channel and @Everyone, not @hereford or a@channel.com\n- `@here`\n\n```\n@channel\n```', 'slack');
    assert.doesNotMatch(slack, /@(channel|here|everyone)\b/i);
    assert.match(slack, /^\*＠here\*$/m);
    assert.match(slack, /^• ＠channel and ＠Everyone, not @hereford or a＠channel\.com$/m);
    assert.match(slack, /^• `＠here`$/m);
    assert.match(slack, /^＠channel$/m);
  });

  it('normaliseText makes one visible line of hostile text', () => {
    assert.equal(normaliseText('a\nb\r\n\tc'), 'a b c');
    assert.equal(normaliseText('x\u0000y\u001bz\u007f'), 'x\u2400y\u241bz\u2421');
    assert.equal(normaliseText('ab\u202Ecd\u2066e\u200Bf\uFEFF'), 'abcdef');
    assert.equal(normaliseText('bad \uD800 surrogate'), 'bad \uFFFD surrogate');
    assert.equal(normaliseText('👩‍💻 keeps ZWJ'), '👩‍💻 keeps ZWJ');
  });

  it('very long text is cut with an ellipsis', () => {
    assert.equal(truncateText('abcdef', 4), 'abc…');
    assert.equal(truncateText('😀😀😀', 3), '😀😀😀');
  });
});
