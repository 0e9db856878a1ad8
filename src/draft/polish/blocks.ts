/**
 * A Markdown draft as sections of blocks: a heading opens a section; a bullet, a paragraph or a problem with
 * its indented options is one block. Blocks are what a polish cites, and what the check puts back. Pure.
 */

/** One block of a draft: its Markdown as written, and the text a reader sees. */
export interface DraftBlock {
  /** `L1`, `L2`, … in the order of the draft. */
  id: string;
  /** Index of its section in `DraftSections.sections`. */
  section: number;
  markdown: string;
  text: string;
}

/** The blocks under one heading; the first section holds what comes before any heading (it has none). */
export interface DraftSection {
  /** The heading as a reader sees it ("Done"); undefined for what precedes the first heading. */
  heading?: string;
  /** The heading line as written ("## Done"). */
  headingLine?: string;
  blocks: DraftBlock[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const BLOCK_START = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Splits a Markdown draft into its sections and blocks. */
export function draftSections(markdown: string): DraftSection[] {
  const sections: DraftSection[] = [{ blocks: [] }];
  let lines: string[] = [];
  let count = 0;
  let fenced = false;
  const flush = () => {
    if (lines.length) {
      const block = lines.join('\n');
      sections[sections.length - 1].blocks.push({ id: `L${++count}`, section: sections.length - 1, markdown: block, text: plainText(block) });
    }
    lines = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fenced || FENCE.test(line)) {
      if (FENCE.test(line)) fenced = !fenced;
      lines.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      sections.push({ heading: plainText(heading[2]), headingLine: line.trimEnd(), blocks: [] });
    } else if (!line.trim()) {
      flush();
    } else {
      // A bullet at the margin starts a block; an indented line or a paragraph's next line continues one.
      if (BLOCK_START.test(line)) flush();
      lines.push(line.trimEnd());
    }
  }
  flush();
  return sections;
}

/** What a reader sees of a Markdown block, on one line: no list markers, emphasis, code marks or escapes. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map(line => line.replace(/^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/, ''))
    .join(' ')
    .replace(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}\\])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
