/** The update loop in a real browser: copy a draft as rich text (HTML + plain text on the clipboard); the reminder tooltip. */
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { draftFromSidebar, openSidebar, openWorkbench, page, screenshot, statusBarItem } from './harness';

describe('update loop', () => {
  let frame: FrameLocator;

  before(async () => {
    await openWorkbench();
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    frame = await openSidebar();
  });

  it('copies the draft as rich text: the clipboard holds HTML and plain text', async () => {
    await draftFromSidebar(frame);
    const rich = frame.locator('#draft-area button', { hasText: 'Copy as Rich Text' });
    await rich.waitFor({ timeout: 20_000 });
    await rich.click();
    const status = frame.locator('#draft-area .draft-status', { hasText: /\S/ });
    await status.waitFor({ timeout: 10_000 });
    assert.equal(await status.innerText(), 'Copied as rich text.');
    await screenshot('draft-area-rich-copy');

    await page().bringToFront();
    const clip = await page().evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0];
      const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { types: [...item.types], html: await read('text/html'), text: await read('text/plain') };
    });
    assert.ok(clip.types.includes('text/html'), `no HTML on the clipboard: ${clip.types.join(', ')}`);
    assert.ok(clip.types.includes('text/plain'), `no plain text on the clipboard: ${clip.types.join(', ')}`);
    assert.match(clip.html, /<h2>[^<]*<\/h2>|<ul>/, 'the HTML is not formatted');
    assert.match(clip.html, /Here is my update/);
    assert.match(clip.text, /Here is my update/);
    assert.doesNotMatch(clip.text, /<[a-z]+>|^## /m, 'the plain text carries markup');
  });

  it('shows what needs attention in the status bar tooltip, with links to act on it', async () => {
    const item = statusBarItem('Work Log');
    await item.hover();
    const hover = page().locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Snooze' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await hover.innerText(), /Draft Update/);
    assert.ok(await hover.locator('a').count() >= 3, 'the tooltip has no action links');
    await screenshot('status-tooltip');
  });
});
