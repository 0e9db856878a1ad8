// What the suite runners and scripts/test.mjs share: argument lookup, reading results, the pass/fail verdict
// and the tail that prints the summary line, writes the summary JSON and exits.
import { readFileSync, writeFileSync } from 'node:fs';

/** The command-line value after `name`, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** A JSON file's content, or undefined when it is missing or unreadable. */
export function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A suite's summary { suite, seconds, passed, failed, failures, error? } from what its tests wrote (`counts`,
 * undefined when nothing was written), how what ran them ended (`exit`, e.g. "exit 1") and a failure to run
 * at all (`error`). Green only when counts were written, something ran, nothing failed and the exit was clean.
 */
export function verdict({ suite, seconds, counts, code, exit = `exit ${code}`, error }) {
  const summary = { suite, seconds, passed: counts?.passed ?? 0, failed: counts?.failed ?? 0, failures: counts?.failures ?? [] };
  if (error) summary.error = error;
  else if (!counts) summary.error = `wrote no results (${exit})`;
  else if (counts.error) summary.error = counts.error;
  else if (code !== 0 && summary.failed === 0) summary.error = `${exit} although no test failed`;
  else if (summary.passed === 0 && summary.failed === 0) summary.error = 'no test ran';
  return summary;
}

/** Prints the summary line, writes the summary JSON when asked to, and exits 0 only when the suite is green. */
export function finish(summary, summaryFile) {
  if (summary.error) console.log(`  ERROR ${summary.error}`);
  console.log(`${summary.suite}: ${summary.passed} passing, ${summary.failed} failing (${summary.seconds ?? 0} s)`);
  if (summaryFile) writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  process.exit(summary.error || summary.failed ? 1 : 0);
}
