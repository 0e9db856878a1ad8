import assert from 'node:assert/strict';
import { makeNonce, sidebarCsp, sidebarHtml } from '../../../src/views/sidebarHtml';

const assets = {
  cspSource: 'https://webview.example',
  scriptUri: 'https://webview.example/dist/webview.js',
  styleUri: 'https://webview.example/media/sidebar.css',
  codiconsUri: 'https://webview.example/dist/codicons/codicon.css',
};

describe('sidebarHtml', () => {
  it('makes a different nonce for every render', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9]{16,}$/);
  });

  it('allows nothing by default and only the webview source and the nonce', () => {
    const csp = sidebarCsp(assets.cspSource, 'abc123');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('loads one script with the nonce and no inline style or script', () => {
    const html = sidebarHtml(assets, 'n0nce');
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="n0nce" src="https:\/\/webview.example\/dist\/webview.js"><\/script>/);
    assert.doesNotMatch(html, /<style|style="/);
    assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https:\/\/webview.example;/);
  });

  it('escapes the URIs it is given', () => {
    const html = sidebarHtml({ ...assets, styleUri: 'x"><script>alert(1)</script>' }, 'n');
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });
});
