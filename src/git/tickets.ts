/** Ticket ids in commit text (`ABC-123`, `#123` by default; patterns configurable). */

/** The default ticket patterns: Jira-style keys and GitHub-style issue numbers. */
export const DEFAULT_TICKET_PATTERNS: readonly string[] = ['[A-Z][A-Z0-9]+-\\d+', '#\\d+'];

// Uppercase words followed by a number that are standards or encodings, not tickets ("UTF-8").
const NOT_TICKETS = /^(UTF|UCS|ISO|SHA|MD|AES|RSA|ECDSA|DES|UTC|GMT|CP|HTTP|TLS|SSL|ES|ECMA|IEC|PEP|WCAG|X)-\d+$/;

/** Finds ticket ids in text. */
export interface TicketMatcher {
  (text: string): string[];
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
      return new RegExp(`(?<![A-Za-z0-9_&])(?:${source})`, 'g');
    } catch (e) {
      throw new Error(`invalid ticket pattern '${source}': ${(e as Error).message}`);
    }
  });
  return (text: string) => {
    const found: { index: number; id: string }[] = [];
    for (const re of regexps) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
        // Whole words only ("&#39;" is an HTML entity: the look-behind above); "CVE-2024-1" is not "CVE-2024".
        if (/^[A-Za-z0-9_]/.test(after) || /^-\d/.test(after)) continue;
        if (NOT_TICKETS.test(m[0])) continue;
        found.push({ index: m.index, id: m[0] });
      }
    }
    found.sort((a, b) => a.index - b.index);
    return [...new Set(found.map(f => f.id))];
  };
}
