/** Polish Draft with AI in a real browser, against the test host's deterministic model: the checked diff, Accept, Cancel. */
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { draftFromSidebar, openSidebar, openWorkbench, page, runCommand, screenshot } from './harness';

const toast = (text: string | RegExp) => page().locator('.notifications-toasts .notification-toast', { hasText: text });

describe('polish with AI', () => {
  let frame: FrameLocator;

  before(async () => {
    await openWorkbench();
    frame = await openSidebar();
  });

  it('shows the draft against the checked polish, with the invented sentence taken out and named', async () => {
    const editor = await draftFromSidebar(frame);
    assert.match(await editor.first().innerText(), /\b[0-9a-f]{7}\b/, 'the detailed draft shows its evidence SHAs');
    const button = frame.locator('#draft-area button', { hasText: 'Polish with AI' });
    await button.waitFor({ timeout: 30_000 });
    await button.click();
    const diff = page().locator('.part.editor .monaco-diff-editor');
    await diff.first().waitFor({ timeout: 30_000 });
    const note = toast('The check took out 1 sentence(s)');
    await note.waitFor({ timeout: 20_000 });
    assert.match(await note.innerText(), /Thanks to Alex, who reviewed .*: it names Alex, who is not in the lines it cites/);
    assert.equal(await page().locator('.part.editor .monaco-diff-editor .modified-in-monaco-diff-editor .view-lines', { hasText: 'Alex' }).count(), 0, 'the invented sentence is in the polish');
    await screenshot('polish-diff');

    await note.locator('a.monaco-button, .monaco-button', { hasText: 'Accept Polish' }).first().click();
    await diff.first().waitFor({ state: 'detached', timeout: 20_000 });
    const draft = page().locator('.part.editor .editor-group-container.active .view-lines').filter({ hasText: 'Here is my update' }).first();
    await draft.waitFor({ timeout: 20_000 });
    assert.doesNotMatch(await draft.innerText(), /Alex|\b[0-9a-f]{7}\b/, 'the draft is not the polish');
  });

  it('cancels a slow polish from its progress notification and leaves the draft as it was', async () => {
    const editor = page().locator('.part.editor .view-lines').filter({ hasText: 'Here is my update' }).last();
    const before = await editor.innerText();
    await runCommand('Work Log Test: Make the Model Slow');
    await runCommand('Work Log: Polish Draft with AI');
    const progress = toast('polishing the draft with Test Model');
    await progress.waitFor({ timeout: 20_000 });
    await progress.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
    await page().locator('.statusbar', { hasText: 'polish cancelled; your draft is unchanged' }).waitFor({ timeout: 10_000 });
    assert.equal(await page().locator('.part.editor .monaco-diff-editor').count(), 0, 'a diff opened');
    assert.equal(await editor.innerText(), before);
    await runCommand('Work Log Test: Make the Model Polish');
  });
});
