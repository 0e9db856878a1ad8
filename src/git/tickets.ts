/**
 * Ticket ids in commit text (`ABC-123`, `#123` by default; patterns configurable), and security advisories
 * (`CVE-2024-1234`, `GHSA-xxxx-xxxx-xxxx`).
 *
 * The rule for the default Jira-style key: it is a ticket where a ticket goes — at the start of the subject, in
 * brackets or parentheses, at the end of the subject, in a branch name, or on a reference line of the body
 * (`Refs:`, `Fixes:`, `Closes …`, `Jira:` …). In the middle of prose ("trained on CIFAR-10 and MNIST-1") it is
 * weak evidence and left out. Dataset, model, standard and encoding names (`CIFAR-10`, `GPT-4`, `RFC-2119`,
 * `UTF-8`) are never default tickets; a key with a digit in its project (`B2B-12`) still is. `#N` and the user's
 * own patterns count wherever they appear, as they match.
 */

/** The default ticket patterns: Jira-style keys and GitHub-style issue numbers. */
export const DEFAULT_TICKET_PATTERNS: readonly string[] = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];

// Uppercase words followed by a number that are datasets, models, standards, encodings or advisories, not tickets.
const NOT_TICKETS = new RegExp(`^(${[
  'UTF', 'UCS', 'ISO', 'SHA', 'MD', 'AES', 'RSA', 'ECDSA', 'DES', 'UTC', 'GMT', 'CP', 'HTTP', 'TLS', 'SSL', 'ES', 'ECMA', 'IEC',
  'PEP', 'WCAG', 'X', 'RFC', 'IEEE', 'ANSI', 'CVE', 'GHSA', 'CWE', 'OWASP', 'COVID', 'SARS', 'IPV', 'HDMI', 'USB', 'PCI', 'DDR', 'LTE',
  'CIFAR', 'MNIST', 'EMNIST', 'KMNIST', 'SVHN', 'COCO', 'VOC', 'IMAGENET', 'GPT', 'BERT', 'LLAMA', 'CLIP', 'VIT', 'RESNET',
  'VGG', 'YOLO', 'OPT', 'BLOOM', 'FALCON', 'MISTRAL', 'QWEN', 'PHI', 'GEMMA', 'WMT', 'GLUE', 'SQUAD',
].join('|')})-\\d+$`);

/** One ticket found in a line: where it is, and whether it counts wherever it appears. */
export interface TicketMatch {
  id: string;
  index: number;
  end: number;
  /** `#N` and the user's patterns count anywhere; the default key only where a ticket goes. */
  anywhere: boolean;
}

/** Finds ticket ids in text. */
export interface TicketMatcher {
  /** Every ticket id in `text`, in order (a branch name: a ticket there is always one). */
  (text: string): string[];
  /** The tickets of one line, with their places. */
  matches(text: string): TicketMatch[];
}

/**
 * Compiles patterns (regular expression sources); throws a clear Error naming a broken pattern. The
 * matcher is meant for one line at a time, cut to a bounded length (commitText.ts), so a user's pattern
 * that backtracks costs little.
 */
export function ticketMatcher(patterns: readonly string[] = DEFAULT_TICKET_PATTERNS): TicketMatcher {
  const regexps = patterns.map(source => {
    try {
      new RegExp(source);
      // Whole words only, and a match may only start where a word does: in a run of letters ("AAAA…") the
      // default pattern is then tried at one place, not at every letter, which keeps it linear.
      return { re: new RegExp(`(?<![A-Za-z0-9_&])(?:${source})`, 'g'), anywhere: source !== DEFAULT_TICKET_PATTERNS[0] };
    } catch (e) {
      throw new Error(`invalid ticket pattern '${source}': ${(e as Error).message}`);
    }
  });
  const matches = (text: string): TicketMatch[] => {
    const found: TicketMatch[] = [];
    for (const { re, anywhere } of regexps) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const end = m.index + m[0].length;
        const after = text.slice(end, end + 2);
        // Whole words only ("&#39;" is an HTML entity: the look-behind above); "CVE-2024-1" is not "CVE-2024".
        if (/^[A-Za-z0-9_]/.test(after) || /^-\d/.test(after)) continue;
        // The user's own patterns are taken at their word; the default key is not a dataset or a standard.
        if (!anywhere && NOT_TICKETS.test(m[0].toUpperCase())) continue;
        found.push({ id: m[0], index: m.index, end, anywhere });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  };
  const matcher = ((text: string) => [...new Set(matches(text).map(f => f.id))]) as TicketMatcher;
  matcher.matches = matches;
  return matcher;
}

/** Where a ticket goes in a subject: at its start, at its end, or in brackets or parentheses. */
export function ticketPlaceInSubject(subject: string, m: TicketMatch): boolean {
  if (m.anywhere) return true;
  const before = subject.slice(0, m.index).trim();
  const after = subject.slice(m.end).trim();
  return before === '' || /^[[(]$/.test(before) || /[[(]$/.test(before) && /^[\])]/.test(after) || /^[\])]?[.!:]?$/.test(after);
}

/** A body line that references tickets: `Refs: ABC-1`, `Fixes ABC-1`, `Closes: #4`, `Jira: ABC-1`, `Part of ABC-1`. */
const REFERENCE_LINE = /^\s*(refs?|references?|fix(es|ed)?|close[sd]?|resolve[sd]?|issues?|jira|tickets?|see|related(-to)?|part[ -]of|relates[ -]to|implements)\b\s*:?/i;

/** Where a ticket goes in a body line: on a reference line, or in brackets or parentheses. */
export function ticketPlaceInBody(line: string, m: TicketMatch): boolean {
  if (m.anywhere || REFERENCE_LINE.test(line)) return true;
  return /[[(]\s*$/.test(line.slice(0, m.index)) && /^\s*[\])]/.test(line.slice(m.end));
}

const ADVISORY = /(?<![A-Za-z0-9])(CVE-\d{4}-\d{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})(?![A-Za-z0-9])/gi;

/** Security advisory ids in one line, upper-cased as the advisories spell them. */
export function advisoriesIn(line: string): string[] {
  return [...line.matchAll(ADVISORY)].map(m => (m[1].toUpperCase().startsWith('CVE') ? m[1].toUpperCase() : `GHSA${m[1].slice(4).toLowerCase()}`));
}
