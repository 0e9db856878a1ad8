/**
 * Root hooks for the e2e run (loaded with mocha --require): a screenshot of every failing test,
 * and the browser closed after the last spec.
 */
import type { Context } from 'mocha';
import { closeWorkbench, page, screenshot } from './harness';

/** Mocha root hook plugin. */
export const mochaHooks = {
  async afterEach(this: Context) {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    try {
      page();
    } catch {
      return; // no workbench open: nothing to show
    }
    await screenshot(`failed-${test.fullTitle()}`).catch(() => undefined);
  },
  async afterAll() {
    await closeWorkbench();
  },
};
