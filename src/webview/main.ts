/** The sidebar webview: renders host state with DOM APIs and textContent only (never HTML from data). */
import { createCaptureForm } from './captureForm';
import { createDraftPanel } from './draftPanel';
import type { Child } from './dom';
import { button, el, icon, iconButton, plural, section, send, shortDate } from './dom';
import { createJournalList } from './journalList';
import type { AccomplishmentView, HostMessage, InProgressView, SidebarState } from './protocol';

const root = document.getElementById('root') as HTMLElement;

function ago(iso: string): string {
  const ms = Date.now() - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return '';
  const h = Math.round(ms / 3_600_000);
  if (h < 1) return 'just now';
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  return d === 1 ? 'yesterday' : `${d} days ago`;
}

/** An empty state: an icon, a title, a sentence telling the user what to do, and actions. */
function notice(iconName: string, title: string, text: string, ...actions: HTMLElement[]): HTMLElement {
  return el('div', { cls: 'notice', attrs: { role: 'status' } },
    el('div', { cls: 'notice-icon' }, icon(iconName)),
    el('h2', { cls: 'notice-title' }, title),
    el('p', { cls: 'notice-text' }, text),
    actions.length ? el('div', { cls: 'notice-actions' }, ...actions) : undefined);
}

const draftButton = (): HTMLElement => button('Draft Update', 'edit', () => send({ type: 'draftUpdate' }), { cls: 'button primary wide' });
const settingsButton = (label = 'Open Settings') => button(label, 'settings-gear', () => send({ type: 'openSettings' }), { cls: 'button secondary' });
const refreshButton = () => button('Refresh', 'refresh', () => send({ type: 'refresh' }), { cls: 'button secondary' });

function ticketChips(tickets: string[]): HTMLElement | undefined {
  if (!tickets.length) return undefined;
  return el('span', { cls: 'chips' }, ...tickets.map(t => el('span', { cls: 'chip' }, icon('tag'), t)));
}

function accomplishmentItem(a: AccomplishmentView): HTMLElement {
  const evidence = el('ul', { cls: 'evidence', attrs: { 'aria-label': `Commits of ${a.title}` } },
    ...a.commits.map(c => {
      const open = el('button', { cls: 'commit', attrs: { type: 'button', title: `Open commit ${c.shortSha}: ${c.subject}` } },
        icon('git-commit'), el('code', { cls: 'sha' }, c.shortSha), el('span', { cls: 'subject' }, c.subject));
      open.addEventListener('click', () => send({ type: 'openCommit', repositoryPath: a.repositoryPath, sha: c.sha }));
      return el('li', { cls: 'commit-row' }, open, iconButton('copy', `Copy SHA ${c.shortSha}`, () => send({ type: 'copySha', sha: c.sha })));
    }));
  const meta = el('div', { cls: 'meta' },
    el('span', { cls: 'meta-item' }, icon('repo'), a.repository),
    a.pullRequest !== undefined && el('span', { cls: 'meta-item' }, icon('git-pull-request'), `#${a.pullRequest}`),
    el('span', { cls: 'meta-item stat', attrs: { title: `${a.insertions} lines added, ${a.deletions} removed` } },
      el('span', { cls: 'added' }, `+${a.insertions}`), ' ', el('span', { cls: 'removed' }, `−${a.deletions}`)),
    ticketChips(a.tickets));
  return el('li', { cls: 'item accomplishment' }, el('div', { cls: 'item-title' }, a.title), meta, evidence);
}

function inProgressItem(i: InProgressView): HTMLElement {
  if (i.kind === 'branch') {
    return el('li', { cls: 'item' },
      el('div', { cls: 'item-title' }, icon('git-branch'), ' ', el('span', {}, i.branch)),
      el('div', { cls: 'meta' },
        el('span', { cls: 'meta-item' }, i.title),
        el('span', { cls: 'meta-item' }, icon('repo'), i.repository),
        el('span', { cls: 'meta-item' }, `${plural(i.commitCount, 'commit')} · ${ago(i.lastCommitAt)}`),
        ticketChips(i.tickets)));
  }
  const parts = [i.staged && `${i.staged} staged`, i.modified && `${i.modified} modified`, i.untracked && `${i.untracked} untracked`].filter(Boolean).join(', ');
  return el('li', { cls: 'item' },
    el('div', { cls: 'item-title' }, icon('diff'), ' ', el('span', {}, 'Uncommitted changes')),
    el('div', { cls: 'meta' }, el('span', { cls: 'meta-item' }, icon('repo'), i.repository), el('span', { cls: 'meta-item' }, parts || 'changes')));
}

/** The period header, reminder and Draft Update button (above capture), and the git sections (below the journal). */
function renderReady(s: Extract<SidebarState, { kind: 'ready' }>): { head: Node[]; body: Node[] } {
  const header = el('header', { cls: 'period' },
    el('div', { cls: 'period-text' },
      el('div', { cls: 'eyebrow' }, 'This period'),
      el('div', { cls: 'period-label' }, s.period.label),
      el('div', { cls: 'muted small' },
        `${shortDate(s.period.since)} – ${shortDate(new Date(new Date(s.period.until).getTime() - 1).toISOString())} · ` +
          `${plural(s.commitCount, 'commit')} · ${plural(s.repositories.length, 'repository', 'repositories')}`)),
    iconButton('refresh', 'Refresh', () => send({ type: 'refresh' })));
  const reminder = s.reminder ? el('div', { cls: 'reminder' }, icon('bell'), s.reminder) : undefined;

  const accomplishments = s.accomplishments.length
    ? el('ul', { cls: 'list' }, ...s.accomplishments.map(accomplishmentItem))
    : el('p', { cls: 'empty' }, 'No commits by you in this period. If that looks wrong, check your author emails in the settings.');
  const inProgress = s.inProgress.length
    ? el('ul', { cls: 'list' }, ...s.inProgress.map(inProgressItem))
    : el('p', { cls: 'empty' }, 'Nothing in progress: no unmerged branches or uncommitted changes.');
  const tickets = s.tickets.length
    ? el('div', { cls: 'chips spaced' }, ...s.tickets.map(t => el('span', { cls: 'chip' }, icon('tag'), t)))
    : el('p', { cls: 'empty' }, 'No ticket ids in your commit messages (e.g. ABC-123 or #42).');
  const repos = el('ul', { cls: 'repos' }, ...s.repositories.map(r =>
    el('li', { cls: r.error ? 'repo error' : 'repo', attrs: { title: r.error ? `${r.path}: ${r.error}` : r.path } },
      icon(r.error ? 'warning' : 'repo'), r.name)));

  const present = (nodes: Child[]) => nodes.filter((n): n is HTMLElement => !!n);
  return {
    head: present([header, reminder, el('div', { cls: 'actions' }, draftButton())]),
    body: present([
      section('accomplishments', 'Accomplishments', s.accomplishments.length, 'star-empty', accomplishments),
      section('in-progress', 'In progress', s.inProgress.length, 'git-branch', inProgress),
      section('tickets', 'Tickets', s.tickets.length, 'tag', tickets),
      section('repositories', 'Repositories', s.repositories.length, 'repo', repos),
    ]),
  };
}

const head = el('div', { attrs: { id: 'activity-head' } });
const body = el('div', { attrs: { id: 'activity-body' } });
const capture = createCaptureForm();
const draftPanel = createDraftPanel();
const journalList = createJournalList(entry => capture.edit(entry));
const journalFooter = el('div', { cls: 'journal-footer' },
  button('Export Journal', 'export', () => send({ type: 'exportJournal' }), { cls: 'button secondary small-button' }),
  button('Open Journal Folder', 'folder-opened', () => send({ type: 'openJournalFolder' }), { cls: 'button secondary small-button' }));
root.replaceChildren(head, draftPanel.draftArea, capture.element, ...journalList.elements, journalFooter, draftPanel.history, body);

/** Draws the git activity: the period header above capture, the sections or an explanation below the journal. */
function render(state: SidebarState): void {
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  let nodes: Node[];
  switch (state.kind) {
    case 'loading':
      nodes = [notice('loading codicon-modifier-spin', 'Reading your work…', 'Scanning your repositories for this period’s commits.')];
      break;
    case 'untrusted':
      nodes = [notice('shield', 'Restricted Mode',
        'Work Log does not run git in a workspace you have not trusted. Trust this folder to see your commits and draft updates.',
        button('Manage Workspace Trust', 'workspace-trusted', () => send({ type: 'manageTrust' }), { cls: 'button primary' }))];
      break;
    case 'noFolder':
      nodes = [notice('folder-opened', 'No folder open',
        'Open a folder that contains a git repository, or list repositories in the "Repositories: Include" setting.', settingsButton())];
      break;
    case 'noRepository':
      nodes = [notice('repo', 'No git repository found',
        `None of the ${plural(state.folders, 'workspace folder')} contains a git repository. Add paths to the "Repositories: Include" setting, or open a repository.`,
        settingsButton(), refreshButton())];
      break;
    case 'gitMissing':
      nodes = [notice('error', 'git could not be run',
        `Work Log needs git, but "${state.gitPath}" could not be started. Install git or set its path in the "Git: Path" setting.`,
        settingsButton(), refreshButton())];
      break;
    case 'error':
      nodes = [notice('warning', 'Something went wrong', state.message,
        button('Show Log', 'output', () => send({ type: 'showLog' }), { cls: 'button secondary' }), refreshButton())];
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
    case 'busy':
      root.setAttribute('aria-busy', String(message.busy));
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
