import assert from 'node:assert/strict';
import { convertMarkdown } from '../../../src/draft/convert';
import { escapeMarkdown, unescapeMarkdown } from '../../../src/draft/markdownEscape';
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

  it('to html: raw HTML and unsafe links come out as text', () => {
    const html = convertMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1)) "q" \'s\'', 'html');
    assert.doesNotMatch(html, /<img|<script|href="javascript/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &lt;script&gt;alert\(1\)&lt;\/script&gt; x &quot;q&quot; &#39;s&#39;/);
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
    assert.match(text, /^Hi Dana, a short one with code and a link \(https:\/\/example.com\/a\?b=1&c=2\)\.$/m);
    assert.match(text, /^- first\n {2}- nested em\n- second old$/m);
    assert.match(text, /^1\. one\n2\. two$/m);
    assert.match(text, /^> quoted$/m);
    assert.match(text, /^1 \| x \| 2$/m);
  });

  it('escapeMarkdown is inverted by the text conversion', () => {
    const samples = ['a*b*c', '_x_', '# not a heading', '- not a list', '1. not ordered', '[x](y)', '<b>', '`tick`', 'a | b', '~~s~~', 'back\\slash', '&amp; &#39;', '> q', '+ plus'];
    for (const s of samples) {
      assert.equal(unescapeMarkdown(escapeMarkdown(s)), s);
      assert.equal(convertMarkdown(`- ${escapeMarkdown(s)}`, 'text'), `- ${s}\n`, s);
      assert.equal(convertMarkdown(escapeMarkdown(s), 'text'), `${s}\n`, s);
    }
  });

  it('normaliseText makes one visible line of hostile text', () => {
    assert.equal(normaliseText('a\nb\r\n\tc'), 'a b c');
    assert.equal(normaliseText('x\u0000y\u001bz\u007f'), 'x\u2400y\u241bz\u2421');
    assert.equal(normaliseText('ab\u202Ecd\u2066e\u200Bf\uFEFF'), 'abcdef');
    assert.equal(normaliseText('bad \uD800 surrogate'), 'bad \uFFFD surrogate');
    assert.equal(normaliseText('👩‍💻 keeps ZWJ'), '👩‍💻 keeps ZWJ');
  });

  it('very long text is cut with an ellipsis, cheaply', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const escaped = escapeMarkdown(huge);
    assert.ok(escaped.length <= 1000 && escaped.endsWith('…'));
    assert.equal(truncateText('abcdef', 4), 'abc…');
    assert.equal(truncateText('😀😀😀', 3), '😀😀😀');
  });
});
