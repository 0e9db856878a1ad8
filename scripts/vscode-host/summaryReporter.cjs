// Mocha reporter: the usual spec output, plus the counts and failures written as JSON to
// $WORKLOG_SUITE_SUMMARY so scripts/test.mjs can add every suite into one line.
// CommonJS because mocha loads reporters with require().
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports */
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

/** Spec reporter that also writes { passed, failed, pending, failures } when the run ends. */
class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const summary = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on(EVENT_TEST_PASS, () => { summary.passed++; });
    runner.on(EVENT_TEST_PENDING, () => { summary.pending++; });
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: String((err && err.stack) || err) });
    });
    runner.once(EVENT_RUN_END, () => {
      if (process.env.WORKLOG_SUITE_SUMMARY) writeFileSync(process.env.WORKLOG_SUITE_SUMMARY, JSON.stringify(summary, null, 2));
    });
  }
}

module.exports = SummaryReporter;
