/** The packaged extension in a real workbench: it loads, shows its entry points, and the palette runs its commands. */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { activityBarEntry, e2eEnv, openSidebar, openWorkbench, page, runCommand, screenshot, statusBarItem } from './harness';

describe('smoke', () => {
  before(async () => {
    await openWorkbench();
  });

  it('opens the fixture workspace', async () => {
    assert.match(await page().title(), new RegExp(basename(e2eEnv().workspace)));
  });

  it('shows the "Work Log" activity bar entry and status bar item', async () => {
    await activityBarEntry('Work Log').waitFor({ state: 'visible', timeout: 30_000 });
    await statusBarItem('Work Log').waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot('workbench');
  });

  it('opens the Work Log sidebar', async () => {
    const frame = await openSidebar();
    assert.ok((await frame.locator('body').innerText()).trim().length > 0, 'the sidebar is empty');
    await screenshot('sidebar');
  });

  it('runs a Work Log command from the palette', async () => {
    await runCommand('Work Log: Show Log');
    // The Output panel opens on the extension's own channel.
    const panel = page().locator('.part.panel');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    await panel.locator('.monaco-select-box', { hasText: 'Work Log' }).first().waitFor({ timeout: 15_000 });
    await screenshot('palette-show-log');
  });
});
