/** DOM helpers of the sidebar webview: elements from data with textContent only, never HTML strings. */
import type { ViewMessage } from './protocol';
import { tCount } from './strings';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  /** The page's saved state: VS Code keeps it while the view is hidden and hands it to the reloaded page. */
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

// acquireVsCodeApi may be called once per page: this module is the one place that does.
const api = acquireVsCodeApi();

/** Sends a message to the extension host. */
export const send = (message: ViewMessage): void => api.postMessage(message);

const savedParts = (): Record<string, unknown> => {
  const state = api.getState();
  return typeof state === 'object' && state !== null && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
};

/** One part of the view's saved state (e.g. `capture`), as saved: check its shape before use. */
export const savedState = (part: string): unknown => savedParts()[part];

/** Saves one part of the view's state, kept while the view is hidden; `undefined` forgets it. */
export function saveState(part: string, value: unknown): void {
  const { [part]: _old, ...others } = savedParts();
  api.setState(value === undefined ? others : { ...others, [part]: value });
}

/** What `el` accepts as children: nodes, strings (text), or nothing. */
export type Child = Node | string | undefined | false | null;

/** Creates an element with classes, attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, opts: { cls?: string; attrs?: Record<string, string> } = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (opts.cls) e.className = opts.cls;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** A codicon, hidden from screen readers. */
export const icon = (name: string, extra = ''): HTMLElement => el('span', { cls: `codicon codicon-${name} ${extra}`.trim(), attrs: { 'aria-hidden': 'true' } });

/** A button with an icon and an optional label. */
export function button(label: string, iconName: string, onClick: () => void, opts: { cls?: string; title?: string } = {}): HTMLButtonElement {
  const b = el('button', { cls: opts.cls ?? 'button', attrs: { type: 'button', ...(opts.title ? { title: opts.title, 'aria-label': opts.title } : {}) } }, icon(iconName), label && el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

/** A toolbar-style button showing only an icon; `title` is its accessible name. */
export const iconButton = (iconName: string, title: string, onClick: () => void): HTMLButtonElement => button('', iconName, onClick, { cls: 'icon-button', title });

/** A short local date, e.g. "Nov 22". */
export function shortDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** A collapsible section with a header and a count badge; `setCount` updates the badge. */
export function section(id: string, title: string, count: number, iconName: string, ...body: Child[]): HTMLDetailsElement {
  const badge = el('span', { cls: 'badge', attrs: { 'aria-label': tCount(count, 'itemsOne', 'itemsMany') } }, String(count));
  return el('details', { cls: 'section', attrs: { open: '', id } },
    el('summary', { cls: 'section-header' },
      icon('chevron-right', 'chevron'),
      icon(iconName),
      el('h2', { cls: 'section-title' }, title),
      badge),
    el('div', { cls: 'section-body' }, ...body));
}

/** Updates the count badge of a section made by `section`. */
export function setCount(details: HTMLElement, count: number): void {
  const badge = details.querySelector('.badge');
  if (!badge) return;
  badge.textContent = String(count);
  badge.setAttribute('aria-label', tCount(count, 'itemsOne', 'itemsMany'));
}
