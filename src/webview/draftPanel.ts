/** The sidebar's draft area (copy in every format, rich text included, and Mark Sent) and the sent-update history. */
import { button, el, icon, section, send, setCount, shortDate } from './dom';
import { draftLengthText } from './draftLength';
import type { DraftView, SentView } from './protocol';
import { t } from './strings';

/** The outcome of a rich-text copy. */
export interface CopyOutcome {
  ok: boolean;
  message?: string;
}

/**
 * Writes HTML with plain text alongside to the clipboard (so it pastes formatted into e-mail and documents, and
 * as text elsewhere). The browser allows this only while the view has focus, normally right after a click.
 */
export async function writeRichText(html: string, text: string): Promise<CopyOutcome> {
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      return { ok: false, message: t('noRichClipboard') };
    }
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The draft area and the history section, redrawn from host messages. */
export function createDraftPanel(): { draftArea: HTMLElement; history: HTMLElement; setDraft(d?: DraftView): void; setHistory(items: SentView[]): void; copyRich(requestId: number, html: string, text: string): void } {
  let draft: DraftView | undefined;
  const draftArea = el('div', { cls: 'draft-area', attrs: { id: 'draft-area', hidden: '' } });
  const status = el('p', { cls: 'draft-status muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const historyList = el('ul', { cls: 'list history-list' });
  const history = section('history', t('sentUpdates'), 0, 'history', historyList,
    button(t('showUpdateHistory'), 'history', () => send({ type: 'showHistory' }), { cls: 'button secondary small-button' }));
  history.hidden = true;

  const richButton = button(t('copyRich'), 'copy', () => void copyFromClick(), { cls: 'button primary', title: t('copyRichTitle') });

  async function copyFromClick(): Promise<void> {
    if (!draft) return;
    const outcome = await writeRichText(draft.html, draft.text);
    status.textContent = outcome.ok ? t('copiedRich') : t('copyRichFailed', outcome.message ?? t('unknownError'));
    send({ type: 'copied', ok: outcome.ok, ...(outcome.message ? { message: outcome.message } : {}) });
  }

  function renderDraft(): void {
    draftArea.hidden = !draft;
    if (!draft) {
      draftArea.replaceChildren();
      return;
    }
    const length = draftLengthText(draft, t);
    draftArea.replaceChildren(
      el('div', { cls: 'draft-head' }, icon('file-text'), el('span', { cls: 'draft-title' }, draft.title)),
      el('div', { cls: 'muted small' }, `${draft.template} · ${draft.label}`),
      el('div', { cls: 'draft-actions' },
        richButton,
        button(t('markdown'), 'markdown', () => send({ type: 'copyDraft', format: 'markdown' }), { cls: 'button secondary', title: t('copyMarkdown') }),
        button(t('slack'), 'comment-discussion', () => send({ type: 'copyDraft', format: 'slack' }), { cls: 'button secondary', title: t('copySlack') }),
        button(t('text'), 'file-text', () => send({ type: 'copyDraft', format: 'text' }), { cls: 'button secondary', title: t('copyText') }),
        button(t('markSent'), 'check', () => send({ type: 'markSent' }), { cls: 'button secondary', title: t('markUpdateSent') }),
        ...(draft.canPolish ? [button(t('polish'), 'sparkle', () => send({ type: 'polishDraft' }), { cls: 'button secondary', title: t('polishTitle') })] : []),
        el('span', { cls: 'draft-length muted small', attrs: { id: 'draft-length' } }, length.length)),
      ...(length.overBudget ? [el('div', { cls: 'draft-over-budget small', attrs: { id: 'draft-over-budget', role: 'note' } }, icon('warning'), length.overBudget)] : []),
      status);
  }

  return {
    draftArea,
    history,
    setDraft(d) {
      const same = !!d && !!draft && d.html === draft.html && d.text === draft.text && d.label === draft.label && d.template === draft.template
        && d.words === draft.words && d.canPolish === draft.canPolish && d.minutes === draft.minutes && d.budget?.words === draft.budget?.words && d.budget?.style === draft.budget?.style;
      draft = d;
      // The same draft sent again keeps its buttons (and focus) and what its status says; a changed one starts afresh.
      if (same) return;
      status.textContent = '';
      renderDraft();
    },
    setHistory(items) {
      history.hidden = items.length === 0;
      setCount(history, items.length);
      historyList.replaceChildren(...items.map(i => {
        const open = el('button', { cls: 'history-item', attrs: { type: 'button', title: t('openSentTitle', i.template, shortDate(i.sentAt)) } },
          icon('mail'), el('span', { cls: 'history-label' }, i.label), el('span', { cls: 'muted small' }, t('sentLine', i.template, shortDate(i.sentAt))));
        open.addEventListener('click', () => send({ type: 'openSent', id: i.id }));
        return el('li', { cls: 'item' }, open);
      }));
    },
    copyRich(requestId, html, text) {
      void writeRichText(html, text).then(outcome => {
        if (!outcome.ok && draft) {
          // Without a click the browser may refuse: the button is there, focused, to finish with one click.
          status.textContent = t('pressCopyRich');
          richButton.focus();
        } else if (outcome.ok) status.textContent = t('copiedRich');
        send({ type: 'copied', requestId, ok: outcome.ok, ...(outcome.message ? { message: outcome.message } : {}) });
      });
    },
  };
}
