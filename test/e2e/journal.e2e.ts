/** The journal in the real sidebar: capture a problem with two options from the keyboard, see it open, find it in the draft. */
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { draftFromSidebar, openSidebar, openWorkbench, page, screenshot } from './harness';

const PROBLEM = 'Staging is shared by three teams';
const OPTION_1 = 'Give each team its own staging';
const OPTION_2 = 'Book staging in a shared calendar';
const ASK = 'approve the budget for two more environments';

/** The whole text of the active editor, read page by page (the editor only renders the lines in view). */
async function activeEditorText(): Promise<string> {
  const p = page();
  const lines = p.locator('.part.editor .editor-group-container.active .view-lines');
  await lines.first().click();
  await p.keyboard.press('Control+Home');
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    seen.push(await lines.first().innerText());
    await p.keyboard.press('PageDown');
  }
  return seen.join('\n');
}

describe('journal in the sidebar', () => {
  let frame: FrameLocator;

  before(async () => {
    await openWorkbench();
    frame = await openSidebar();
    await frame.locator('#capture').waitFor({ timeout: 30_000 });
  });

  it('shows quick capture and the journal’s empty states', async () => {
    // The journal arrives after the page said it is ready.
    await frame.locator('#recent-entries', { hasText: /journal is empty/i }).waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('#capture-kind').inputValue(), 'win');
  });

  it('captures a problem with two options and a recommendation using the keyboard', async () => {
    const p = page();
    await frame.locator('#capture-kind').focus();
    await p.keyboard.press('ArrowDown');
    if ((await frame.locator('#capture-kind').inputValue()) !== 'problem') await frame.locator('#capture-kind').selectOption('problem');
    await frame.locator('#capture-options .option-row').first().waitFor();

    await p.keyboard.press('Tab');
    await p.keyboard.type(PROBLEM);
    await p.keyboard.press('Tab');
    await p.keyboard.type('releases wait for a free slot');
    await p.keyboard.press('Tab');
    await p.keyboard.type(OPTION_1);
    await p.keyboard.press('Tab');
    await p.keyboard.type('no waiting; safer tests');
    await p.keyboard.press('Tab');
    await p.keyboard.type('costs two environments');
    await p.keyboard.press('Tab'); // remove option 1
    await p.keyboard.press('Tab'); // Add option
    await p.keyboard.press('Enter');
    await frame.locator('#capture-options .option-row').nth(1).waitFor();
    await p.keyboard.type(OPTION_2);
    await p.keyboard.press('Tab');
    await p.keyboard.type('free');
    await p.keyboard.press('Tab');
    await p.keyboard.type('still waiting');
    await p.keyboard.press('Tab'); // remove option 2
    await p.keyboard.press('Tab'); // Add option
    await p.keyboard.press('Tab'); // recommended option
    await p.keyboard.press('ArrowDown');
    assert.equal(await frame.locator('[data-field="recommended"]').inputValue(), '0');
    await p.keyboard.press('Tab');
    await p.keyboard.type(ASK);
    await p.keyboard.press('Enter');

    await frame.locator('.capture-status', { hasText: /Saved problem/ }).waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('#capture-text').inputValue(), '', 'the form was not cleared after saving');
  });

  it('lists the problem under open items and in the recent entries with its recommendation', async () => {
    const open = frame.locator('#open-items .entry', { hasText: PROBLEM });
    await open.waitFor({ timeout: 15_000 });
    assert.match(await open.innerText(), /2 options/);
    assert.match(await open.innerText(), new RegExp(`recommended: ${OPTION_1}`));
    await frame.locator('#recent-entries .entry', { hasText: PROBLEM }).waitFor();
    await frame.locator('#open-items').scrollIntoViewIfNeeded();
    await screenshot('sidebar-journal');
  });

  it('shows a field error next to the field when the host refuses the entry', async () => {
    await frame.locator('#capture-kind').selectOption('promise');
    await frame.locator('#capture-text').fill('Send the staging plan');
    await frame.locator('#capture-text').press('Enter');
    // Nothing wrong: saved. Then one without text is refused before it leaves the view.
    await frame.locator('.capture-status', { hasText: /Saved promise/ }).waitFor({ timeout: 15_000 });
    await frame.locator('#capture-text').press('Enter');
    const error = frame.locator('#capture-text ~ .field-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.innerText(), /text/i);
    await frame.locator('#capture-kind').selectOption('win');
  });

  it('drafts the update with the problem, both options and the recommendation', async () => {
    await draftFromSidebar(frame);
    await page().locator('.tabs-container .tab', { hasText: /weekly update \d{4}-\d{2}-\d{2}/ }).first().waitFor({ timeout: 60_000 });
    // Long lines wrap in the editor: compare with whitespace collapsed.
    const text = (await activeEditorText()).replace(/\s+/g, ' ');
    assert.match(text, /Problems and proposed solutions/);
    assert.ok(text.includes(PROBLEM), 'the problem is not in the draft');
    assert.ok(text.includes(`Option 1: ${OPTION_1} _(recommended)_`), 'option 1 with its recommendation is not in the draft');
    assert.ok(text.includes(`Option 2: ${OPTION_2}`), 'option 2 is not in the draft');
    assert.ok(text.includes(ASK), 'the ask is not in the draft');
    await screenshot('draft-with-journal');
  });
});
