import assert from 'node:assert/strict';
import { sidebarCsp, sidebarHtml } from '../../../src/views/sidebarHtml';
import { ENGLISH, webviewStrings } from '../../../src/views/webviewStrings';

const assets = {
  cspSource: 'https://webview.example',
  scriptUri: 'https://webview.example/dist/webview.js',
  styleUri: 'https://webview.example/media/sidebar.css',
  codiconsUri: 'https://webview.example/dist/codicons/codicon.css',
};

/** The value of `data-strings`, decoded as the browser decodes the attribute (the shell escapes exactly these four). */
function embedded(html: string): unknown {
  const raw = /<body data-strings="([^"]*)">/.exec(html)?.[1];
  assert.ok(raw !== undefined, 'no data-strings on <body>');
  return JSON.parse(raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

describe('sidebarHtml strings', () => {
  const strings = webviewStrings(ENGLISH);

  it('embeds the string table and the display language', () => {
    const html = sidebarHtml(assets, 'n0nce', { lang: 'de', strings });
    assert.deepEqual(embedded(html), strings);
    assert.match(html, /<html lang="de">/);
  });

  it('keeps hostile translations inert text: one script, same CSP, exact round trip', () => {
    const hostile = { ...strings, draftUpdate: '"><script>alert(1)</script>&amp; \' </body>', refresh: '\u2028{0}\\' };
    const html = sidebarHtml(assets, 'n0nce', { lang: 'x"><script>', strings: hostile });
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.doesNotMatch(html, /<\/body>[\s\S]*<\/body>/);
    assert.ok(html.includes(`content="${sidebarCsp(assets.cspSource, 'n0nce')}"`));
    assert.deepEqual(embedded(html), hostile);
  });

  it('is English without a table', () => {
    const html = sidebarHtml(assets, 'n0nce');
    assert.match(html, /<html lang="en">/);
    assert.doesNotMatch(html, /data-strings/);
  });
});
