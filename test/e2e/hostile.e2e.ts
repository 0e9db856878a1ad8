/**
 * Issue 7, hostile text end to end: a script payload in a commit subject and in a journal entry typed into the
 * real sidebar is shown as text, runs nothing, trips no CSP, and reaches the Markdown draft escaped.
 */
import assert from 'node:assert/strict';
import type { ConsoleMessage, Dialog, Frame, FrameLocator } from 'playwright-core';
import { escapeMarkdown } from '../../src/draft/markdownEscape';
import { draftFromSidebar, e2eEnv, openSidebar, openWorkbench, page, runCommand, screenshot } from './harness';
import { addHostileCommit, dropHostileCommit, sidebarContentFrame, watchFrame } from './hostileE2e';
import type { FrameReport } from './hostileE2e';

/** The commit payload: an event handler, a script break-out, Handlebars syntax. */
const COMMIT_PAYLOAD = '<img src=x onerror="window.__pwned=1"> </script><script>window.__pwned=2</script> {{constructor.constructor}}';
/** The journal payload: the same, numbered apart so each source can be told from the other. */
const ENTRY_PAYLOAD = 'Shipped <img src=x onerror="window.__pwned=3"> </script><script>window.__pwned=4</script> {{#each this}}x{{/each}}';

/** The payload as the draft carries it: escaped only where Markdown would read it as structure (unit-tested in markdownEscape.test.ts). */
const mdEscaped = (s: string) => escapeMarkdown(s);

describe('hostile text in the real sidebar and draft', () => {
  let frame: FrameLocator;
  let content: Frame;
  const dialogs: string[] = [];
  const cspMessages: string[] = [];
  const onDialog = (d: Dialog) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  };
  const onConsole = (m: ConsoleMessage) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspMessages.push(m.text());
  };
  let committed = false;

  before(async () => {
    addHostileCommit(e2eEnv().workspace, `feat(hostile): ${COMMIT_PAYLOAD}`);
    committed = true;
    const p = await openWorkbench();
    p.on('dialog', onDialog);
    p.on('console', onConsole);
    // Every frame attached from now on (the webview's) reports CSP violations from its first script on.
    await p.addInitScript(watchFrame);
    frame = await openSidebar();
    await frame.locator('#capture').waitFor({ timeout: 30_000 });
    content = await sidebarContentFrame();
    // Also in the frame already there (the init script only reaches frames attached later).
    await content.evaluate(watchFrame);
  });

  after(async () => {
    page().off('dialog', onDialog);
    page().off('console', onConsole);
    // Leave the shared workbench as the other specs expect it: no draft open, an empty journal, the fixture's history.
    await runCommand('View: Revert and Close Editor').catch(() => undefined);
    const mine = frame?.locator('#recent-entries .entry', { hasText: '__pwned=3' });
    if (mine && await mine.count()) {
      await mine.first().locator('button[title^="Delete"]').click();
      await frame.locator('#recent-entries', { hasText: /journal is empty/i }).waitFor({ timeout: 15_000 });
    }
    if (committed) dropHostileCommit(e2eEnv().workspace);
  });

  it('shows a script payload from a commit subject as text', async () => {
    // Re-rendered after the listener is in place: whatever the payload would trip, it trips now.
    await runCommand('Work Log: Refresh');
    const accomplishments = frame.locator('#accomplishments', { hasText: 'onerror="window.__pwned=1"' });
    await accomplishments.waitFor({ timeout: 60_000 });
    const text = await accomplishments.textContent() ?? '';
    assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), `the commit payload is not shown literally: ${text.slice(0, 500)}`);
    assert.ok(text.includes('</script><script>window.__pwned=2</script>'), 'the </script> break-out is not shown literally');
    assert.ok(text.includes('{{constructor.constructor}}'), 'the Handlebars syntax is not shown literally');
  });

  it('shows a script payload typed into the capture form as text', async () => {
    await frame.locator('#capture-kind').selectOption('win');
    const input = frame.locator('#capture-text');
    await input.click();
    await input.pressSequentially(ENTRY_PAYLOAD);
    await input.press('Enter');
    await frame.locator('.capture-status', { hasText: /Saved win/ }).waitFor({ timeout: 15_000 });
    const entry = frame.locator('#recent-entries .entry', { hasText: '__pwned=3' });
    await entry.waitFor({ timeout: 15_000 });
    const text = await entry.textContent() ?? '';
    assert.ok(text.includes(ENTRY_PAYLOAD), `the entry is not shown literally: ${text}`);
    await frame.locator('#recent-entries').scrollIntoViewIfNeeded();
    await screenshot('hostile-sidebar');
  });

  it('ran no script, created no element from the payloads, opened no dialog and tripped no CSP', async () => {
    const report = await content.evaluate((): FrameReport => {
      const w = window as unknown as { __pwned?: unknown; __worklogCsp?: string[] };
      return {
        pwned: w.__pwned,
        text: document.body.textContent ?? '',
        payloadImages: document.querySelectorAll('img[src="x"], img[onerror], [onerror]').length,
        payloadScripts: Array.from(document.querySelectorAll('script')).filter(s => (s.textContent ?? '').includes('__pwned')).length,
        violations: w.__worklogCsp ?? [],
      };
    });
    assert.ok(report.text.includes('<img src=x onerror="window.__pwned=1">'), 'the frame does not show the commit payload as text');
    assert.ok(report.text.includes('<img src=x onerror="window.__pwned=3">'), 'the frame does not show the entry payload as text');
    assert.equal(report.payloadImages, 0, 'an element from a payload exists in the webview');
    assert.equal(report.payloadScripts, 0, 'a <script> from a payload exists in the webview');
    assert.equal(report.pwned, undefined, 'a payload script ran in the webview');
    assert.equal(await page().evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'a payload script ran in the workbench');
    assert.equal(await content.parentFrame()?.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'a payload script ran in the webview host frame');
    assert.deepEqual(dialogs, [], 'a dialog opened');
    assert.deepEqual(report.violations, [], 'the webview reported a CSP violation');
    assert.deepEqual(cspMessages, [], 'the console reported a CSP violation');

    // Control: both detectors see a violation when there is one (an image from a host the CSP does not allow).
    await content.evaluate(() => {
      const probe = document.createElement('img');
      probe.id = 'worklog-csp-probe';
      probe.src = 'https://csp-probe.invalid/probe.png';
      document.body.append(probe);
    });
    await content.waitForFunction(() => ((window as unknown as { __worklogCsp?: string[] }).__worklogCsp ?? []).length > 0, undefined, { timeout: 10_000 });
    const deadline = Date.now() + 10_000;
    while (!cspMessages.length && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
    await content.evaluate(() => document.getElementById('worklog-csp-probe')?.remove());
    assert.ok(cspMessages.length > 0, 'the console watcher missed a real CSP violation: it cannot be trusted');
  });

  it('drafts the update with both payloads escaped for Markdown, literal and not rendered', async () => {
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = await draftFromSidebar(frame);
    // What the editor shows (wrapped lines: whitespace collapsed) ...
    const shown = (await editor.first().innerText()).replace(/\s+/g, ' ');
    assert.ok(shown.includes('\\<img src=x onerror='), `the editor does not show the escaped payload: ${shown.slice(0, 800)}`);
    // ... and the document's exact text, through Copy Draft as Markdown.
    await runCommand('Work Log: Copy Draft as Markdown');
    await page().bringToFront();
    let markdown = '';
    const deadline = Date.now() + 15_000;
    while (!markdown.includes('Here is my update') && Date.now() < deadline) {
      markdown = await page().evaluate(() => navigator.clipboard.readText()).catch(() => '');
      if (!markdown.includes('Here is my update')) await new Promise(r => setTimeout(r, 200));
    }
    assert.match(markdown, /Here is my update/, 'the draft was not copied');
    assert.ok(markdown.includes(mdEscaped('<img src=x onerror="window.__pwned=1"> </script><script>window.__pwned=2</script>')), `the commit payload is not escaped in the draft:\n${markdown}`);
    assert.ok(markdown.includes('{{constructor.constructor}}'), 'the Handlebars syntax of the commit was evaluated or dropped');
    assert.ok(markdown.includes(mdEscaped(ENTRY_PAYLOAD)), `the entry payload is not escaped in the draft:\n${markdown}`);
    assert.doesNotMatch(markdown, /(^|[^\\])<(img|\/?script)/i, 'raw HTML from a payload is in the Markdown');
    await screenshot('hostile-draft');
  });
});
