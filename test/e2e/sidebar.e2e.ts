/** The Work Log sidebar on the fixture: accomplishments with evidence, Draft Update from the sidebar, copy from the palette. */
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { draftFromSidebar, openSidebar, openWorkbench, page, runCommand, screenshot, statusBarItem } from './harness';

describe('sidebar', () => {
  let frame: FrameLocator;

  before(async () => {
    await openWorkbench();
    frame = await openSidebar();
  });

  it('shows this period’s accomplishments with their evidence, tickets and work in progress', async () => {
    const accomplishments = frame.locator('#accomplishments .accomplishment');
    await accomplishments.first().waitFor({ timeout: 60_000 });
    const text = await frame.locator('#root').innerText();
    assert.match(text, /validate password strength/i);
    assert.match(text, /handle empty responses/i);
    assert.doesNotMatch(text, /release process/i, 'a commit by someone else is listed');
    assert.match(await frame.locator('#tickets').innerText(), /ABC-101/);
    assert.match(await frame.locator('#in-progress').innerText(), /feature\/ABC-102-export/);
    assert.doesNotMatch(await frame.locator('#accomplishments').innerText(), /export entries to CSV/i, 'unmerged work is listed as done');
    assert.match(await frame.locator('#accomplishments').innerText(), /handle empty responses \(also on stable\/1\.x\)/i);
    assert.ok(await frame.locator('#accomplishments .commit .sha').count() >= 4, 'commits are not shown as evidence');
    await screenshot('sidebar-accomplishments');
  });

  it('is keyboard-usable: the Draft Update button takes focus with a visible outline', async () => {
    const button = frame.locator('button.primary', { hasText: 'Draft Update' });
    await button.focus();
    await page().keyboard.press('Shift+Tab');
    await page().keyboard.press('Tab');
    const outline = await button.evaluate(b => getComputedStyle(b).outlineStyle);
    assert.notEqual(outline, 'none');
  });

  it('opens a commit from its evidence', async () => {
    const commit = frame.locator('#accomplishments .commit').first();
    const sha = (await commit.locator('.sha').innerText()).trim();
    await commit.click();
    await page().locator('.tabs-container .tab', { hasText: `${sha}` }).first().waitFor({ timeout: 20_000 });
    await page().locator('.part.editor .view-lines', { hasText: 'Author' }).first().waitFor({ timeout: 20_000 });
  });

  it('drafts the update from the sidebar button into a Markdown document', async () => {
    const editor = await draftFromSidebar(frame);
    await page().locator('.tabs-container .tab', { hasText: /weekly update \d{4}-\d{2}-\d{2}/ }).first().waitFor({ timeout: 60_000 });
    assert.match(await editor.first().innerText(), /Done/);
    // The draft's own title actions: copy and mark sent.
    await page().locator('.editor-actions [aria-label^="Copy Draft as Markdown"]').first().waitFor({ timeout: 10_000 });
    await page().locator('.editor-actions [aria-label^="Mark Update Sent"]').first().waitFor({ timeout: 10_000 });
    await screenshot('draft-update');
  });

  it('copies the draft as Slack text from the command palette', async () => {
    await runCommand('Work Log: Copy Draft as Slack Text');
    await statusBarItem(/draft copied as Slack text/).waitFor({ state: 'visible', timeout: 15_000 });
  });
});
