/** The journal in the sidebar: read problems, open items with their one-click actions, recent entries with filter and search. */
import type { Entry, EntryKind } from '../journal/types';
import type { Child } from './dom';
import { button, el, icon, iconButton, plural, section, send, setCount, shortDate } from './dom';
import { KINDS, kindInfo } from './kinds';
import { JOURNAL_PAGE } from './protocol';
import type { EntryRef, JournalPage, JournalQuery, JournalView, OpenItemView } from './protocol';

/** The journal part of the sidebar and what the rest of the view tells it. */
export interface JournalList {
  /** The warning row, the open items and the recent entries, in order. */
  elements: HTMLElement[];
  setJournal(journal: JournalView): void;
  /** Shows the host's answer to the list's latest query (older answers are dropped). */
  setPage(page: JournalPage): void;
  /** Offers Undo for an entry just deleted. */
  deleted(entry: EntryRef): void;
}

/** Wait after the last keystroke before the host is asked to search. */
const SEARCH_DELAY_MS = 150;
const firstLine = (s: string) => s.split('\n')[0];

/** A small labelled value shown under an entry. */
const meta = (iconName: string, text: string, cls = 'meta-item'): HTMLElement => el('span', { cls }, icon(iconName), text);
const flag = (text: string): HTMLElement => el('span', { cls: 'flag' }, icon('warning'), text);

/** The key fields of an entry, one short item each. */
function keyFields(e: Entry, goals: Map<string, string>): Child[] {
  const out: Child[] = [];
  switch (e.kind) {
    case 'win':
      out.push(e.impact ? meta('graph', e.impact) : flag('impact still to fill in'));
      break;
    case 'problem': {
      out.push(el('span', { cls: `status status-${e.status}` }, e.status));
      if (e.impact) out.push(meta('flame', e.impact));
      if (e.options.length) {
        const rec = e.recommended !== undefined ? e.options[e.recommended] : undefined;
        out.push(meta('list-unordered', plural(e.options.length, 'option')));
        if (rec) out.push(meta('star-full', `recommended: ${rec.title}`));
      } else out.push(flag('no proposed solution yet'));
      if (e.ask) out.push(meta('question', `ask: ${e.ask}`));
      break;
    }
    case 'promise':
      out.push(el('span', { cls: `status status-${e.status}` }, e.status === 'at-risk' ? 'at risk' : e.status));
      if (e.to) out.push(meta('person', `to ${e.to}`));
      if (e.due) out.push(meta('calendar', `due ${shortDate(e.due)}`));
      if (e.status === 'at-risk' && e.plan) out.push(meta('debug-restart', `plan: ${e.plan}`));
      break;
    case 'feedback':
      if (e.from) out.push(meta('person', `from ${e.from}`));
      out.push(e.action ? meta('check', `action: ${e.action}`) : meta('circle-outline', 'no action yet'));
      break;
    case 'goal':
      out.push(meta(e.goalKind === 'career' ? 'rocket' : 'target', e.goalKind === 'career' ? 'career goal' : 'manager priority'));
      out.push(el('span', { cls: `status status-${e.status}` }, e.status));
      break;
    case 'note':
      break;
  }
  if (e.goalId && goals.has(e.goalId)) out.push(meta('target', `serves: ${goals.get(e.goalId)}`));
  return out;
}

/** One-click status buttons of an entry (promise done / at risk / dropped, problem resolved). */
function statusActions(e: Entry): HTMLButtonElement[] {
  const set = (status: 'done' | 'at-risk' | 'dropped' | 'resolved') => () => send({ type: 'setStatus', id: e.id, status });
  if (e.kind === 'promise' && (e.status === 'open' || e.status === 'at-risk')) {
    return [
      iconButton('check', `Mark “${firstLine(e.text)}” done`, set('done')),
      ...(e.status === 'open' ? [iconButton('warning', `Mark “${firstLine(e.text)}” at risk (asks for the recovery plan)`, set('at-risk'))] : []),
      iconButton('close', `Mark “${firstLine(e.text)}” dropped`, set('dropped')),
    ];
  }
  if (e.kind === 'problem' && e.status === 'open') return [iconButton('pass', `Mark “${firstLine(e.text)}” resolved`, set('resolved'))];
  return [];
}

/** Builds the journal part; `onEdit` loads an entry into the capture form. */
export function createJournalList(onEdit: (entry: Entry) => void): JournalList {
  let journal: JournalView | undefined;
  let page: JournalPage | undefined;
  let filterKind: EntryKind | 'all' = 'all';
  let query = '';
  let shown = JOURNAL_PAGE;
  // The host filters and searches; the view asks and shows the answer to its latest request only.
  let requestId = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let goals = new Map<string, string>();

  function ask(): void {
    const q: JournalQuery = { kind: filterKind, text: query, limit: shown };
    send({ type: 'queryJournal', requestId: ++requestId, query: q });
  }

  const warning = el('div', { cls: 'journal-warning', attrs: { role: 'alert', hidden: '' } });
  const openList = el('ul', { cls: 'list', attrs: { 'aria-label': 'Open items' } });
  const openSection = section('open-items', 'Open items', 0, 'bell', openList);

  const chips = el('div', { cls: 'chips filter-chips', attrs: { role: 'group', 'aria-label': 'Filter by kind' } });
  const search = el('input', { cls: 'input search', attrs: { type: 'search', placeholder: 'Search entries', 'aria-label': 'Search entries', id: 'entry-search' } });
  const undoBar = el('div', { cls: 'undo-bar', attrs: { role: 'status', hidden: '' } });
  const recentList = el('ul', { cls: 'list', attrs: { 'aria-label': 'Recent entries', id: 'recent-list' } });
  const more = el('div', { cls: 'more' });
  const recentSection = section('recent-entries', 'Recent entries', 0, 'history',
    el('div', { cls: 'filters' }, chips, search), undoBar, recentList, more);

  search.addEventListener('input', () => {
    if (searchTimer) clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      query = search.value.trim().slice(0, 200);
      shown = JOURNAL_PAGE;
      ask();
    }, SEARCH_DELAY_MS);
  });

  function entryItem(e: Entry, goals: Map<string, string>, extra?: { reason: OpenItemView; actions: HTMLElement[] }): HTMLElement {
    const info = kindInfo(e.kind);
    const actions = extra?.actions ?? [
      ...statusActions(e),
      iconButton('edit', `Edit “${firstLine(e.text)}”`, () => onEdit(e)),
      iconButton('trash', `Delete “${firstLine(e.text)}”`, () => send({ type: 'deleteEntry', id: e.id })),
    ];
    return el('li', { cls: `item entry entry-${e.kind}`, attrs: { 'data-id': e.id } },
      el('div', { cls: 'entry-head' },
        el('span', { cls: `kind-icon kind-${e.kind}`, attrs: { title: info.label } }, icon(info.icon)),
        el('span', { cls: 'entry-text' }, el('span', { cls: 'visually-hidden' }, `${info.label}: `), e.text),
        el('span', { cls: 'entry-date muted small', attrs: { title: e.createdAt } }, shortDate(e.createdAt))),
      extra ? el('div', { cls: 'meta' }, el('span', { cls: `reason reason-${extra.reason.reason}` }, extra.reason.message)) : undefined,
      // Under open items the reason line already says what is missing: no second warning flag.
      el('div', { cls: 'meta' }, ...keyFields(e, goals).filter(f => !(extra && f instanceof HTMLElement && f.classList.contains('flag')))),
      actions.length ? el('div', { cls: 'entry-actions' }, ...actions) : undefined);
  }

  function openActions(e: Entry, item: OpenItemView): HTMLElement[] {
    if (item.reason === 'missing-impact') {
      return [button('Add impact', 'graph', () => send({ type: 'fillImpact', id: e.id }), { cls: 'button secondary small-button' })];
    }
    if (item.reason === 'no-proposal') {
      return [button('Propose options', 'lightbulb', () => onEdit(e), { cls: 'button secondary small-button' }), ...statusActions(e)];
    }
    return [...statusActions(e), iconButton('edit', `Edit “${firstLine(e.text)}”`, () => onEdit(e))];
  }

  function renderOpen(j: JournalView): void {
    const rows = j.openItems.map(item => entryItem(item.entry, goals, { reason: item, actions: openActions(item.entry, item) }));
    setCount(openSection, j.openTotal);
    const rest = j.openTotal - rows.length;
    openList.replaceChildren(...(rows.length ? rows : [el('li', { cls: 'empty' },
      j.total
        ? 'Nothing needs attention: no promise due, no open problem, every win has its impact.'
        : 'Promises due soon, open problems and wins missing their impact will show up here.')]),
    ...(rest > 0 ? [el('li', { cls: 'empty' }, `…and ${rest} more. Filter the entries below to find them.`)] : []));
  }

  function renderChips(j: JournalView): void {
    const chip = (value: EntryKind | 'all', label: string, iconName: string, n: number) => {
      const b = el('button', { cls: `chip chip-button${filterKind === value ? ' selected' : ''}`, attrs: { type: 'button', 'aria-pressed': String(filterKind === value), 'data-kind': value } },
        icon(iconName), `${label} ${n}`);
      b.addEventListener('click', () => {
        filterKind = value;
        shown = JOURNAL_PAGE;
        renderChips(j);
        ask();
        (chips.querySelector(`[data-kind="${value}"]`) as HTMLElement | null)?.focus();
      });
      return b;
    };
    chips.replaceChildren(chip('all', 'All', 'list-flat', j.total),
      ...KINDS.filter(k => j.counts[k.kind]).map(k => chip(k.kind, k.plural, k.icon, j.counts[k.kind] ?? 0)));
  }

  function renderRecent(): void {
    const j = journal;
    const p = page;
    if (!j || !p) return;
    setCount(recentSection, j.total);
    if (!j.total) {
      recentList.replaceChildren(el('li', { cls: 'empty' },
        'Your journal is empty. Capture a win, a problem with the options you see, or a promise above — or press Ctrl+Alt+W Ctrl+Alt+E anywhere.'));
    } else if (!p.entries.length) {
      recentList.replaceChildren(el('li', { cls: 'empty' }, 'No entry matches. Clear the search or pick another kind.'));
    } else {
      recentList.replaceChildren(...p.entries.map(e => entryItem(e, goals)));
    }
    const left = p.matches - p.entries.length;
    more.replaceChildren(...(left > 0
      ? [button(`Show more (${left} left)`, 'chevron-down', () => { shown = p.entries.length + JOURNAL_PAGE; ask(); }, { cls: 'button secondary small-button' })]
      : []));
  }

  function renderWarning(j: JournalView): void {
    warning.hidden = !j.issues.length;
    if (!j.issues.length) return warning.replaceChildren();
    const first = j.issues[0];
    warning.replaceChildren(
      icon('warning'),
      el('div', { cls: 'journal-warning-text' },
        el('strong', {}, `${plural(j.issues.length, 'journal file')} could not be read. `),
        `${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}${first.keptAt ? ` (a copy is kept at ${first.keptAt})` : ''}. `,
        'Everything else loaded; nothing was overwritten.'),
      button('Open Journal Folder', 'folder-opened', () => send({ type: 'openJournalFolder' }), { cls: 'button secondary small-button' }));
  }

  return {
    elements: [warning, openSection, recentSection],
    setJournal(next) {
      journal = next;
      goals = new Map(next.goalNames.map(g => [g.id, g.text]));
      renderWarning(next);
      renderOpen(next);
      const stale = filterKind !== 'all' && !next.counts[filterKind];
      if (stale) filterKind = 'all';
      renderChips(next);
      if (stale) ask();
      else if (next.page.requestId === requestId) {
        page = next.page;
        renderRecent();
      } else renderRecent();
      if (!undoBar.hidden && next.page.entries.some(e => e.id === undoBar.dataset.id)) undoBar.hidden = true;
    },
    setPage(next) {
      if (next.requestId !== requestId) return;
      page = next;
      renderRecent();
    },
    deleted(entry) {
      undoBar.dataset.id = entry.id;
      const undo = button('Undo', 'discard', () => {
        send({ type: 'restoreEntry', id: entry.id });
        undoBar.hidden = true;
      }, { cls: 'button secondary small-button' });
      undoBar.replaceChildren(icon('trash'), el('span', { cls: 'undo-text' }, `Deleted ${entry.kind} “${firstLine(entry.text)}”.`), undo,
        iconButton('close', 'Dismiss', () => { undoBar.hidden = true; }));
      undoBar.hidden = false;
      undo.focus();
    },
  };
}
