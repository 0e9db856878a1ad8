import assert from 'node:assert/strict';
import { wordBudget } from '../../../src/draft/budget';
import { countWords, readingMinutes } from '../../../src/draft/length';

describe('draft length', () => {
  describe('countWords', () => {
    it('counts the words of plain text', () => {
      assert.equal(countWords(''), 0);
      assert.equal(countWords('  \n\t '), 0);
      assert.equal(countWords('Here is my update for this week.'), 7);
    });

    it('ignores Markdown syntax: headings, bullets, emphasis, quotes, rules, list numbers and task boxes', () => {
      const markdown = [
        '# Weekly update',
        '',
        '## Done',
        '- **Shipped** the _export_ to CSV',
        '  * nested `code` item',
        '1. first',
        '2) second',
        '> quoted **text**',
        '- [x] ticked box',
        '- [ ] open box',
        '---',
        '***',
        '- — -',
      ].join('\n');
      // Weekly update / Done / Shipped the export to CSV / nested code item / first / second / quoted text / ticked box / open box
      assert.equal(countWords(markdown), 2 + 1 + 5 + 3 + 1 + 1 + 2 + 2 + 2);
    });

    it('counts the cells of a table, never its pipes or separator row', () => {
      const table = ['| Ticket | Status |', '|---|:---:|', '| ABC-101 | done |', '| #42 | in review |'].join('\n');
      assert.equal(countWords(table), 2 + 2 + 3);
    });

    it('counts identifiers, versions, tickets and issue numbers as one word each', () => {
      assert.equal(countWords('foo_bar v2.4.0 #123 ABC-101 read-only e.g. 42% `src/draft/length.ts`'), 8);
      assert.equal(countWords('Fixed #123, #124 and v2.4.0.'), 5);
    });

    it('counts the text of a link or image, not its address', () => {
      assert.equal(countWords('See [the pull request](https://example.com/org/repo/pull/12?a=b) ![build badge](x.svg).'), 6);
      assert.equal(countWords('<!-- a template note -->Done'), 1);
    });

    it('does not count the lines of a code fence marker', () => {
      assert.equal(countWords('```ts\nconst a = 1;\n```'), 3);
    });
  });

  describe('readingMinutes', () => {
    it('reads about 200 words a minute, rounded, and at least one minute', () => {
      assert.equal(readingMinutes(0), 1);
      assert.equal(readingMinutes(182), 1);
      assert.equal(readingMinutes(299), 1);
      assert.equal(readingMinutes(300), 2);
      assert.equal(readingMinutes(600), 3);
      assert.equal(readingMinutes(2_000), 10);
    });
  });

  describe('wordBudget', () => {
    it('caps the weekly update, standup and 1:1 agenda: 250 words brief, 600 detailed', () => {
      for (const template of ['weekly', 'standup', 'one-on-one']) {
        assert.equal(wordBudget(template, 'brief'), 250, template);
        assert.equal(wordBudget(template, 'detailed'), 600, template);
      }
    });

    it('has no cap for the brag document, the problem report and user templates', () => {
      for (const template of ['brag', 'problem-report', 'my-team-update', '', 'Weekly']) {
        assert.equal(wordBudget(template, 'brief'), undefined, template);
        assert.equal(wordBudget(template, 'detailed'), undefined, template);
      }
    });
  });
});
