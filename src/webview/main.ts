/** The sidebar webview: renders host state with DOM APIs and textContent only (never HTML from data). */
import { createCaptureForm } from './captureForm';
import { createDraftPanel } from './draftPanel';
import type { Child } from './dom';
import { button, el, icon, iconButton, section, send, shortDate } from './dom';
import { createJournalList } from './journalList';
import type { AccomplishmentView, HostMessage, InProgressView, SidebarState } from './protocol';
import { t, tCount } from './strings';

const root = document.getElementById('root') as HTMLElement;

/** How long before `now` (the host's clock) `iso` was, in words. */
function ago(iso: string, now: string): string {
  const ms = new Date(now).getTime() - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return '';
  const h = Math.round(ms / 3_600_000);
  if (h < 1) return t('agoJustNow');
  if (h < 24) return t('agoHours', h);
  const d = Math.round(h / 24);
  return d === 1 ? t('agoYesterday') : t('agoDays', d);
}

/** An empty state: an icon, a title, a sentence telling the user what to do, and actions. */
function notice(iconName: string, title: string, text: string, ...actions: HTMLElement[]): HTMLElement {
  return el('div', { cls: 'notice', attrs: { role: 'status' } },
    el('div', { cls: 'notice-icon' }, icon(iconName)),
    el('h2', { cls: 'notice-title' }, title),
    el('p', { cls: 'notice-text' }, text),
    actions.length ? el('div', { cls: 'notice-actions' }, ...actions) : undefined);
}

const draftButton = (): HTMLElement => button(t('draftUpdate'), 'edit', () => send({ type: 'draftUpdate' }), { cls: 'button primary wide' });
const settingsButton = () => button(t('openSettings'), 'settings-gear', () => send({ type: 'openSettings' }), { cls: 'button secondary' });
const refreshButton = () => button(t('refresh'), 'refresh', () => send({ type: 'refresh' }), { cls: 'button secondary' });

function ticketChips(tickets: string[]): HTMLElement | undefined {
  if (!tickets.length) return undefined;
  return el('span', { cls: 'chips' }, ...tickets.map(t => el('span', { cls: 'chip' }, icon('tag'), t)));
}

function accomplishmentItem(a: AccomplishmentView): HTMLElement {
  const evidence = el('ul', { cls: 'evidence', attrs: { 'aria-label': t('commitsOf', a.title) } },
    ...a.commits.map(c => {
      const open = el('button', { cls: 'commit', attrs: { type: 'button', title: t('openCommit', c.shortSha, c.subject) } },
        icon('git-commit'), el('code', { cls: 'sha' }, c.shortSha), el('span', { cls: 'subject' }, c.subject));
      open.addEventListener('click', () => send({ type: 'openCommit', repositoryPath: a.repositoryPath, sha: c.sha }));
      return el('li', { cls: 'commit-row' }, open, iconButton('copy', t('copySha', c.shortSha), () => send({ type: 'copySha', sha: c.sha })));
    }));
  const meta = el('div', { cls: 'meta' },
    el('span', { cls: 'meta-item' }, icon('repo'), a.repository),
    a.pullRequest !== undefined && el('span', { cls: 'meta-item' }, icon('git-pull-request'), `#${a.pullRequest}`),
    el('span', { cls: 'meta-item stat', attrs: { title: t('linesChanged', a.insertions, a.deletions) } },
      el('span', { cls: 'added' }, `+${a.insertions}`), ' ', el('span', { cls: 'removed' }, `−${a.deletions}`)),
    ticketChips(a.tickets));
  return el('li', { cls: 'item accomplishment' }, el('div', { cls: 'item-title' }, a.title), meta, evidence);
}

function inProgressItem(i: InProgressView, now: string): HTMLElement {
  if (i.kind === 'branch') {
    return el('li', { cls: 'item' },
      el('div', { cls: 'item-title' }, icon('git-branch'), ' ', el('span', {}, i.branch)),
      el('div', { cls: 'meta' },
        el('span', { cls: 'meta-item' }, i.title),
        el('span', { cls: 'meta-item' }, icon('repo'), i.repository),
        el('span', { cls: 'meta-item' }, `${tCount(i.commitCount, 'commitsOne', 'commitsMany')} · ${ago(i.lastCommitAt, now)}`),
        ticketChips(i.tickets)));
  }
  const parts = [i.staged && t('staged', i.staged), i.modified && t('modified', i.modified), i.untracked && t('untracked', i.untracked)].filter(Boolean).join(', ');
  return el('li', { cls: 'item' },
    el('div', { cls: 'item-title' }, icon('diff'), ' ', el('span', {}, t('uncommittedChanges'))),
    el('div', { cls: 'meta' }, el('span', { cls: 'meta-item' }, icon('repo'), i.repository), el('span', { cls: 'meta-item' }, parts || t('changes'))));
}

/** The period header, reminder and Draft Update button (above capture), and the git sections (below the journal). */
function renderReady(s: Extract<SidebarState, { kind: 'ready' }>): { head: Node[]; body: Node[] } {
  const header = el('header', { cls: 'period' },
    el('div', { cls: 'period-text' },
      el('div', { cls: 'eyebrow' }, t('thisPeriod')),
      el('div', { cls: 'period-label' }, s.period.label),
      el('div', { cls: 'muted small' },
        t('periodSummary', shortDate(s.period.since), shortDate(new Date(new Date(s.period.until).getTime() - 1).toISOString()),
          tCount(s.commitCount, 'commitsOne', 'commitsMany'), tCount(s.repositories.length, 'repositoriesOne', 'repositoriesMany')))),
    iconButton('refresh', t('refresh'), () => send({ type: 'refresh' })));
  const reminder = s.reminder ? el('div', { cls: 'reminder' }, icon('bell'), s.reminder) : undefined;

  const accomplishments = s.accomplishments.length
    ? el('ul', { cls: 'list' }, ...s.accomplishments.map(accomplishmentItem))
    : el('p', { cls: 'empty' }, t('noCommits'));
  const inProgress = s.inProgress.length
    ? el('ul', { cls: 'list' }, ...s.inProgress.map(i => inProgressItem(i, s.now)))
    : el('p', { cls: 'empty' }, t('nothingInProgress'));
  const tickets = s.tickets.length
    ? el('div', { cls: 'chips spaced' }, ...s.tickets.map(t => el('span', { cls: 'chip' }, icon('tag'), t)))
    : el('p', { cls: 'empty' }, t('noTickets'));
  const repos = el('ul', { cls: 'repos' }, ...s.repositories.map(r =>
    el('li', { cls: r.error ? 'repo error' : 'repo', attrs: { title: r.error ? `${r.path}: ${r.error}` : r.path } },
      icon(r.error ? 'warning' : 'repo'), r.name)));

  const present = (nodes: Child[]) => nodes.filter((n): n is HTMLElement => !!n);
  return {
    head: present([header, reminder, el('div', { cls: 'actions' }, draftButton())]),
    body: present([
      section('accomplishments', t('accomplishments'), s.accomplishments.length, 'star-empty', accomplishments),
      section('in-progress', t('inProgress'), s.inProgress.length, 'git-branch', inProgress),
      section('tickets', t('tickets'), s.tickets.length, 'tag', tickets),
      section('repositories', t('repositories'), s.repositories.length, 'repo', repos),
    ]),
  };
}

const head = el('div', { attrs: { id: 'activity-head' } });
const body = el('div', { attrs: { id: 'activity-body' } });
const capture = createCaptureForm();
const draftPanel = createDraftPanel();
const journalList = createJournalList(entry => capture.edit(entry));
const journalFooter = el('div', { cls: 'journal-footer' },
  button(t('exportJournal'), 'export', () => send({ type: 'exportJournal' }), { cls: 'button secondary small-button' }),
  button(t('openJournalFolder'), 'folder-opened', () => send({ type: 'openJournalFolder' }), { cls: 'button secondary small-button' }));
root.replaceChildren(head, draftPanel.draftArea, capture.element, ...journalList.elements, journalFooter, draftPanel.history, body);

/** Draws the git activity: the period header above capture, the sections or an explanation below the journal. */
function render(state: SidebarState): void {
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  let nodes: Node[];
  switch (state.kind) {
    case 'loading':
      nodes = [notice('loading codicon-modifier-spin', t('loadingTitle'), t('loadingText'))];
      break;
    case 'untrusted':
      nodes = [notice('shield', t('untrustedTitle'), t('untrustedText'),
        button(t('manageTrust'), 'workspace-trusted', () => send({ type: 'manageTrust' }), { cls: 'button primary' }))];
      break;
    case 'noFolder':
      nodes = [notice('folder-opened', t('noFolderTitle'), t('noFolderText'), settingsButton())];
      break;
    case 'noRepository':
      nodes = [notice('repo', t('noRepositoryTitle'), tCount(state.folders, 'noRepositoryOne', 'noRepositoryMany'),
        settingsButton(), refreshButton())];
      break;
    case 'gitMissing':
      nodes = [notice('error', t('gitMissingTitle'), t('gitMissingText', state.gitPath),
        settingsButton(), refreshButton())];
      break;
    case 'error':
      nodes = [notice('warning', t('errorTitle'), state.message,
        button(t('showLog'), 'output', () => send({ type: 'showLog' }), { cls: 'button secondary' }), refreshButton())];
      break;
    case 'ready': {
      const ready = renderReady(state);
      head.replaceChildren(...ready.head);
      body.replaceChildren(...ready.body);
      return;
    }
    default: {
      const unreachable: never = state;
      nodes = [String(unreachable)].map(t => document.createTextNode(t));
    }
  }
  head.replaceChildren();
  body.replaceChildren(...nodes);
}

function isHostMessage(m: unknown): m is HostMessage {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data;
  if (!isHostMessage(message)) return;
  switch (message.type) {
    case 'state':
      render(message.state);
      break;
    case 'journal':
      capture.setJournal(message.journal);
      journalList.setJournal(message.journal);
      break;
    case 'journalPage':
      journalList.setPage(message.page);
      break;
    case 'saved':
    case 'saveFailed':
      capture.answer(message);
      break;
    case 'deleted':
      journalList.deleted(message.entry);
      break;
    case 'draft':
      draftPanel.setDraft(message.draft);
      break;
    case 'history':
      draftPanel.setHistory(message.items);
      break;
    case 'copyRich':
      draftPanel.copyRich(message.requestId, message.html, message.text);
      break;
  }
});

render({ kind: 'loading' });
send({ type: 'ready' });
