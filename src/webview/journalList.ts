/** The journal in the sidebar: read problems, open items with their one-click actions, recent entries with filter and search. */
import type { Entry, EntryKind, GoalStatus, ProblemStatus, PromiseStatus } from '../journal/types';
import type { Child } from './dom';
import { button, el, icon, iconButton, section, send, setCount, shortDate } from './dom';
import { KINDS, kindInfo } from './kinds';
import { JOURNAL_PAGE, MAX_QUERY_TEXT } from './protocol';
import type { EntryRef, JournalPage, JournalQuery, JournalView, OpenItemView } from './protocol';
import type { StringKey } from './stringKeys';
import { t, tCount } from './strings';

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

/** How a status reads under an entry. */
const STATUS_TEXT: Record<ProblemStatus | PromiseStatus | GoalStatus, StringKey> = {
  open: 'statusOpen', resolved: 'statusResolved', done: 'statusDone', 'at-risk': 'statusAtRisk', dropped: 'statusDropped', active: 'statusActive',
};
const statusText = (status: string): string => (Object.prototype.hasOwnProperty.call(STATUS_TEXT, status) ? t(STATUS_TEXT[status as keyof typeof STATUS_TEXT]) : status);

/** The key fields of an entry, one short item each. */
function keyFields(e: Entry, goals: Map<string, string>): Child[] {
  const out: Child[] = [];
  switch (e.kind) {
    case 'win':
      out.push(e.impact ? meta('graph', e.impact) : flag(t('impactToFill')));
      break;
    case 'problem': {
      out.push(el('span', { cls: `status status-${e.status}` }, statusText(e.status)));
      if (e.impact) out.push(meta('flame', e.impact));
      if (e.options.length) {
        const rec = e.recommended !== undefined ? e.options[e.recommended] : undefined;
        out.push(meta('list-unordered', tCount(e.options.length, 'optionsOne', 'optionsMany')));
        if (rec) out.push(meta('star-full', t('recommendedMeta', rec.title)));
      } else out.push(flag(t('noProposal')));
      if (e.ask) out.push(meta('question', t('askMeta', e.ask)));
      break;
    }
    case 'promise':
      out.push(el('span', { cls: `status status-${e.status}` }, statusText(e.status)));
      if (e.to) out.push(meta('person', t('toMeta', e.to)));
      if (e.due) out.push(meta('calendar', t('dueMeta', shortDate(e.due))));
      if (e.status === 'at-risk' && e.plan) out.push(meta('debug-restart', t('planMeta', e.plan)));
      break;
    case 'feedback':
      if (e.from) out.push(meta('person', t('fromMeta', e.from)));
      out.push(e.action ? meta('check', t('actionMeta', e.action)) : meta('circle-outline', t('noActionYet')));
      break;
    case 'goal':
      out.push(meta(e.goalKind === 'career' ? 'rocket' : 'target', t(e.goalKind === 'career' ? 'careerGoal' : 'managerPriority')));
      out.push(el('span', { cls: `status status-${e.status}` }, statusText(e.status)));
      break;
    case 'note':
      break;
  }
  if (e.goalId && goals.has(e.goalId)) out.push(meta('target', t('servesMeta', goals.get(e.goalId) ?? '')));
  return out;
}

/** One-click status buttons of an entry (promise done / at risk / dropped, problem resolved). */
function statusActions(e: Entry): HTMLButtonElement[] {
  const set = (status: 'done' | 'at-risk' | 'dropped' | 'resolved') => () => send({ type: 'setStatus', id: e.id, status });
  if (e.kind === 'promise' && (e.status === 'open' || e.status === 'at-risk')) {
    return [
      iconButton('check', t('markDone', firstLine(e.text)), set('done')),
      ...(e.status === 'open' ? [iconButton('warning', t('markAtRisk', firstLine(e.text)), set('at-risk'))] : []),
      iconButton('close', t('markDropped', firstLine(e.text)), set('dropped')),
    ];
  }
  if (e.kind === 'problem' && e.status === 'open') return [iconButton('pass', t('markResolved', firstLine(e.text)), set('resolved'))];
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
  const openList = el('ul', { cls: 'list', attrs: { 'aria-label': t('openItems') } });
  const openSection = section('open-items', t('openItems'), 0, 'bell', openList);

  const chips = el('div', { cls: 'chips filter-chips', attrs: { role: 'group', 'aria-label': t('filterByKind') } });
  const search = el('input', { cls: 'input search', attrs: { type: 'search', placeholder: t('searchEntries'), 'aria-label': t('searchEntries'), id: 'entry-search' } });
  const undoBar = el('div', { cls: 'undo-bar', attrs: { role: 'status', hidden: '' } });
  const recentList = el('ul', { cls: 'list', attrs: { 'aria-label': t('recentEntries'), id: 'recent-list' } });
  const more = el('div', { cls: 'more' });
  const recentSection = section('recent-entries', t('recentEntries'), 0, 'history',
    el('div', { cls: 'filters' }, chips, search), undoBar, recentList, more);

  search.addEventListener('input', () => {
    if (searchTimer) clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      query = search.value.trim().slice(0, MAX_QUERY_TEXT);
      shown = JOURNAL_PAGE;
      ask();
    }, SEARCH_DELAY_MS);
  });

  function entryItem(e: Entry, goals: Map<string, string>, extra?: { reason: OpenItemView; actions: HTMLElement[] }): HTMLElement {
    const info = kindInfo(e.kind);
    const actions = extra?.actions ?? [
      ...statusActions(e),
      iconButton('edit', t('editEntry', firstLine(e.text)), () => onEdit(e)),
      iconButton('trash', t('deleteEntry', firstLine(e.text)), () => send({ type: 'deleteEntry', id: e.id })),
    ];
    return el('li', { cls: `item entry entry-${e.kind}`, attrs: { 'data-id': e.id } },
      el('div', { cls: 'entry-head' },
        el('span', { cls: `kind-icon kind-${e.kind}`, attrs: { title: t(info.label) } }, icon(info.icon)),
        el('span', { cls: 'entry-text' }, el('span', { cls: 'visually-hidden' }, t('kindPrefix', t(info.label)), ' '), e.text),
        el('span', { cls: 'entry-date muted small', attrs: { title: e.createdAt } }, shortDate(e.createdAt))),
      extra ? el('div', { cls: 'meta' }, el('span', { cls: `reason reason-${extra.reason.reason}` }, extra.reason.message)) : undefined,
      // Under open items the reason line already says what is missing: no second warning flag.
      el('div', { cls: 'meta' }, ...keyFields(e, goals).filter(f => !(extra && f instanceof HTMLElement && f.classList.contains('flag')))),
      actions.length ? el('div', { cls: 'entry-actions' }, ...actions) : undefined);
  }

  function openActions(e: Entry, item: OpenItemView): HTMLElement[] {
    if (item.reason === 'missing-impact') {
      return [button(t('addImpact'), 'graph', () => send({ type: 'fillImpact', id: e.id }), { cls: 'button secondary small-button' })];
    }
    if (item.reason === 'no-proposal') {
      return [button(t('proposeOptions'), 'lightbulb', () => onEdit(e), { cls: 'button secondary small-button' }), ...statusActions(e)];
    }
    return [...statusActions(e), iconButton('edit', t('editEntry', firstLine(e.text)), () => onEdit(e))];
  }

  function renderOpen(j: JournalView): void {
    const rows = j.openItems.map(item => entryItem(item.entry, goals, { reason: item, actions: openActions(item.entry, item) }));
    setCount(openSection, j.openTotal);
    const rest = j.openTotal - rows.length;
    openList.replaceChildren(...(rows.length ? rows : [el('li', { cls: 'empty' },
      j.total
        ? t('nothingNeedsAttention')
        : t('openItemsEmpty'))]),
    ...(rest > 0 ? [el('li', { cls: 'empty' }, t('openItemsMore', rest))] : []));
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
    chips.replaceChildren(chip('all', t('all'), 'list-flat', j.total),
      ...KINDS.filter(k => j.counts[k.kind]).map(k => chip(k.kind, t(k.plural), k.icon, j.counts[k.kind] ?? 0)));
  }

  function renderRecent(): void {
    const j = journal;
    const p = page;
    if (!j || !p) return;
    setCount(recentSection, j.total);
    if (!j.total) {
      recentList.replaceChildren(el('li', { cls: 'empty' },
        t('journalEmpty')));
    } else if (!p.entries.length) {
      recentList.replaceChildren(el('li', { cls: 'empty' }, t('noEntryMatches')));
    } else {
      recentList.replaceChildren(...p.entries.map(e => entryItem(e, goals)));
    }
    const left = p.matches - p.entries.length;
    more.replaceChildren(...(left > 0
      ? [button(t('showMore', left), 'chevron-down', () => { shown = p.entries.length + JOURNAL_PAGE; ask(); }, { cls: 'button secondary small-button' })]
      : []));
  }

  function renderWarning(j: JournalView): void {
    warning.hidden = !j.issues.length;
    if (!j.issues.length) return warning.replaceChildren();
    const first = j.issues[0];
    const where = `${first.file}${first.line ? `:${first.line}` : ''}`;
    warning.replaceChildren(
      icon('warning'),
      el('div', { cls: 'journal-warning-text' },
        el('strong', {}, tCount(j.issues.length, 'journalFilesOne', 'journalFilesMany')), ' ',
        first.keptAt ? t('journalIssueKept', where, first.message, first.keptAt) : t('journalIssue', where, first.message), ' ',
        t('nothingOverwritten')),
      button(t('openJournalFolder'), 'folder-opened', () => send({ type: 'openJournalFolder' }), { cls: 'button secondary small-button' }));
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
      else {
        if (next.page.requestId === requestId) page = next.page;
        renderRecent();
      }
      if (!undoBar.hidden && next.page.entries.some(e => e.id === undoBar.dataset.id)) undoBar.hidden = true;
    },
    setPage(next) {
      if (next.requestId !== requestId) return;
      page = next;
      renderRecent();
    },
    deleted(entry) {
      undoBar.dataset.id = entry.id;
      const undo = button(t('undo'), 'discard', () => {
        send({ type: 'restoreEntry', id: entry.id });
        undoBar.hidden = true;
      }, { cls: 'button secondary small-button' });
      undoBar.replaceChildren(icon('trash'), el('span', { cls: 'undo-text' }, t(kindInfo(entry.kind).deleted, firstLine(entry.text))), undo,
        iconButton('close', t('dismiss'), () => { undoBar.hidden = true; }));
      undoBar.hidden = false;
      undo.focus();
    },
  };
}
