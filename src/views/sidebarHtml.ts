/** The sidebar's HTML shell: a strict CSP with a per-render nonce; content is drawn by the webview script. Pure. */
import { randomBytes } from 'node:crypto';
import type { WebviewStrings } from '../webview/stringKeys';

/** URIs (already converted with `asWebviewUri`) and the CSP source the shell needs. */
export interface SidebarAssets {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  codiconsUri: string;
}

/** A fresh nonce for one render: 128 random bits, base64 without padding characters that need escaping. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64').replace(/[+/=]/g, '');
}

/** The display language and the webview's translated strings, embedded in the page for the script to read. */
export interface SidebarText {
  lang: string;
  strings: WebviewStrings;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Content-Security-Policy: nothing by default, then exactly the styles, fonts and the one script loaded. */
export function sidebarCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/**
 * The document the webview loads; no inline style or script, and no data (the script renders that) except the
 * strings, as JSON in an escaped `data-strings` attribute (inert text, so the CSP stays as strict).
 */
export function sidebarHtml(assets: SidebarAssets, nonce: string, text?: SidebarText): string {
  const strings = text ? ` data-strings="${attr(JSON.stringify(text.strings))}"` : '';
  return `<!DOCTYPE html>
<html lang="${attr(text?.lang || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(sidebarCsp(assets.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(assets.codiconsUri)}">
<link rel="stylesheet" href="${attr(assets.styleUri)}">
<title>Work Log</title>
</head>
<body${strings}>
<main id="root" aria-live="polite" aria-busy="true"></main>
<script nonce="${attr(nonce)}" src="${attr(assets.scriptUri)}"></script>
</body>
</html>`;
}
