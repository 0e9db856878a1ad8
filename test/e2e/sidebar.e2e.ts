/**
 * The Work Log sidebar on the fixture: accomplishments with evidence, a half-typed capture kept while the view is
 * hidden, Draft Update from the sidebar with the draft's length, copy from the palette.
 */
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { EXTENSION_ID } from '../../src/constants';
import { draftFromSidebar, openSidebar, openWorkbench, page, runCommand, screenshot, statusBarItem } from './harness';

const HALF_TYPED = 'Nightly build breaks on the ARM runners';

/** Hides the Work Log view by opening the Explorer, and waits until its page is gone (only its saved state is kept). */
async function hideSidebar(): Promise<void> {
  // From the palette: the Explorer's activity-bar entry may wear a badge (unsaved drafts) that takes the click.
  await runCommand('View: Show Explorer');
  await page().locator('.part.sidebar .composite.title', { hasText: /explorer/i }).first().waitFor({ timeout: 15_000 });
  await page().locator(`iframe.webview[src*="extensionId=${EXTENSION_ID}"]`).first().waitFor({ state: 'detached', timeout: 15_000 });
}

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

  it('keeps a half-typed problem (text, impact, options, recommendation) when the view is hidden and shown again', async () => {
    const field = (name: string) => frame.locator(`[data-field="${name}"]`);
    await frame.locator('#capture-kind').selectOption('problem');
    await frame.locator('#capture-options .option-row').first().waitFor();
    await frame.locator('#capture-text').fill(HALF_TYPED);
    await field('impact').fill('the release waits a day');
    await field('options[0].title').fill('Pin the runner image');
    await field('options[0].pros').fill('quick; safe');
    await frame.locator('#capture-add-option').click();
    await field('options[1].title').fill('Drop ARM from nightly');
    await field('recommended').selectOption('0');

    await hideSidebar();
    frame = await openSidebar();
    await frame.locator('#capture').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('#capture-text').inputValue(), HALF_TYPED, 'the text was lost');
    assert.equal(await frame.locator('#capture-kind').inputValue(), 'problem');
    assert.equal(await field('impact').inputValue(), 'the release waits a day');
    assert.equal(await field('options[0].title').inputValue(), 'Pin the runner image');
    assert.equal(await field('options[0].pros').inputValue(), 'quick; safe');
    assert.equal(await field('options[1].title').inputValue(), 'Drop ARM from nightly');
    assert.equal(await field('recommended').inputValue(), '0');
    // The reloaded page is sent everything again: the activity too, not only the form.
    await frame.locator('#accomplishments .accomplishment').first().waitFor({ timeout: 30_000 });
    await frame.locator('#capture').scrollIntoViewIfNeeded();
    await screenshot('sidebar-capture-kept');
  });

  it('forgets the kept capture once it is saved', async () => {
    await frame.locator('#capture-text').press('Enter');
    await frame.locator('.capture-status', { hasText: /Saved problem/ }).waitFor({ timeout: 15_000 });
    await hideSidebar();
    frame = await openSidebar();
    await frame.locator('#capture').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('#capture-text').inputValue(), '');
    assert.equal(await frame.locator('#capture-kind').inputValue(), 'win');
    await frame.locator('#recent-entries .entry', { hasText: HALF_TYPED }).waitFor({ timeout: 15_000 });
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

  it('shows the draft’s length next to its copy buttons, and says when an edit takes it over its budget', async () => {
    // A fresh draft: the latest one (the draft area's), whatever the specs before left open. Older drafts also read
    // "Here is my update", so wait for the new draft's own tab before typing: until then the focus is elsewhere.
    const drafts = page().locator('.tabs-container .tab', { hasText: /weekly update/ });
    const open = await drafts.count();
    await draftFromSidebar(frame);
    for (const deadline = Date.now() + 30_000; (await drafts.count()) <= open && Date.now() < deadline;) await new Promise(r => setTimeout(r, 200));
    assert.ok((await drafts.count()) > open, 'the new draft did not open');
    await page().locator('.part.editor .editor-group-container.active .tab.active', { hasText: /weekly update/ }).waitFor({ timeout: 15_000 });
    const length = frame.locator('#draft-area #draft-length');
    await length.waitFor({ timeout: 15_000 });
    const before = await length.innerText();
    assert.match(before, /^\d+ words · \d+ min read$/);
    assert.equal(await frame.locator('#draft-over-budget').count(), 0, 'a fresh weekly update of the fixture is over its budget');

    // 700 more words in the new draft's editor (the active group's: the new draft's tab is active there).
    await page().locator('.part.editor .editor-group-container.active .view-lines').first().click();
    await page().keyboard.press('Control+End');
    await page().keyboard.insertText(`\n${'More detail. '.repeat(350)}\n`);
    // The editor may take the text in more than one change: wait for the count of all of it.
    const words = Number(/^(\d+)/.exec(before)![1]) + 700;
    await frame.locator('#draft-length', { hasText: `${words} words · ${Math.round(words / 200)} min read` }).waitFor({ timeout: 30_000 });
    assert.match(await frame.locator('#draft-over-budget').innerText(), /^Over the (brief budget of 250|detailed budget of 600) words$/);
    await frame.locator('#draft-area').scrollIntoViewIfNeeded();
    await screenshot('sidebar-draft-length');
  });

  it('copies the draft as Slack text from the command palette', async () => {
    await runCommand('Work Log: Copy Draft as Slack Text');
    await statusBarItem(/draft copied as Slack text/).waitFor({ state: 'visible', timeout: 15_000 });
  });
});
