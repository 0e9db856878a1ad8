/** Quick capture (and inline edit) of a journal entry: kind, text and the kind's fields; Enter saves; kept while hidden. */
import type { Entry, EntryKind } from '../journal/types';
import { parseCaptureState } from './captureState';
import type { CaptureState, OptionDraft } from './captureState';
import { button, el, icon, saveState, savedState, send } from './dom';
import { KINDS, kindInfo } from './kinds';
import type { HostMessage, JournalView } from './protocol';
import { t } from './strings';

/** The capture form: its element, and what the rest of the view tells it. */
export interface CaptureForm {
  element: HTMLElement;
  setJournal(journal: JournalView): void;
  /** Loads an entry into the form to edit it. */
  edit(entry: Entry): void;
  /** Handles the host's answer to a save. */
  answer(message: Extract<HostMessage, { type: 'saved' | 'saveFailed' }>): void;
}

let uid = 0;
const nextId = (base: string) => `${base}-${++uid}`;
const splitList = (s: string): string[] => s.split(';').map(x => x.trim()).filter(Boolean);
/** The part of the view's saved state that holds a half-typed capture. */
const STATE_PART = 'capture';

/** The form's field values of an entry (text fields as they are, the recommended option as its index). */
function valuesOf(entry: Entry): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry)) if (typeof value === 'string') values[key] = value;
  if (entry.kind === 'problem' && entry.recommended !== undefined) values.recommended = String(entry.recommended);
  return values;
}

/** A problem's options as the form edits them. */
const optionsOf = (entry: Entry): OptionDraft[] | undefined =>
  entry.kind === 'problem' ? entry.options.map(o => ({ title: o.title, pros: o.pros.join('; '), cons: o.cons.join('; ') })) : undefined;

/** A labelled control with an error line under it; `name` is the entry field it edits (for host errors). */
function field(label: string, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, name: string, hint?: string): HTMLElement {
  control.id ||= nextId(`f-${name.replace(/\W+/g, '-')}`);
  const err = el('div', { cls: 'field-error', attrs: { id: `${control.id}-err`, role: 'alert', hidden: '' } });
  control.dataset.field = name;
  control.setAttribute('aria-describedby', err.id);
  return el('div', { cls: 'field' },
    el('label', { attrs: { for: control.id } }, label, hint ? el('span', { cls: 'muted hint' }, ` ${hint}`) : undefined),
    control, err);
}

const input = (value = '', type = 'text', placeholder = ''): HTMLInputElement =>
  el('input', { cls: 'input', attrs: { type, value, ...(placeholder ? { placeholder } : {}) } });

function select(options: [string, string][], value: string): HTMLSelectElement {
  const s = el('select', { cls: 'select' }, ...options.map(([v, label]) => el('option', { attrs: { value: v } }, label)));
  s.value = value;
  return s;
}

/** Builds the capture form. */
export function createCaptureForm(): CaptureForm {
  let journal: JournalView | undefined;
  let editing: Entry | undefined;
  let kind: EntryKind = 'win';
  let options: OptionDraft[] = [];
  let pending: number | undefined;
  let requestSeq = 0;

  const title = el('h2', { cls: 'capture-title' }, t('capture'));
  const kindSelect = select(KINDS.map(k => [k.kind, t(k.label)]), kind);
  kindSelect.id = 'capture-kind';
  kindSelect.setAttribute('aria-label', t('kindOfEntry'));
  const text = el('textarea', { cls: 'input textarea', attrs: { id: 'capture-text', rows: '2', 'aria-label': t('text') } });
  const fields = el('div', { cls: 'capture-fields', attrs: { id: 'capture-fields' } });
  const formError = el('div', { cls: 'field-error', attrs: { role: 'alert', hidden: '' } });
  const status = el('div', { cls: 'capture-status muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const save = el('button', { cls: 'button primary', attrs: { type: 'submit', id: 'capture-save' } }, icon('save'), el('span', {}, t('save')));
  const cancel = button(t('cancel'), 'close', () => reset(true), { cls: 'button secondary' });
  cancel.hidden = true;
  const readOnlyNote = el('p', { cls: 'readonly-note', attrs: { role: 'note', hidden: '' } });
  const fieldset = el('fieldset', { cls: 'capture-fieldset' },
    el('div', { cls: 'capture-row' }, el('span', { cls: 'kind-icon' }, icon(kindInfo(kind).icon)), kindSelect),
    field(t('text'), text, 'text'),
    fields,
    formError,
    el('div', { cls: 'capture-actions' }, save, cancel, el('span', { cls: 'muted small hint' }, t('saveHint'))),
    status);
  const form = el('form', { cls: 'capture', attrs: { id: 'capture', 'aria-label': t('captureLabel'), novalidate: '' } },
    el('div', { cls: 'capture-header' }, icon('add'), title), readOnlyNote, fieldset);

  // Controls of the current kind, rebuilt when the kind changes.
  let controls: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  let optionList: HTMLElement | undefined;
  let recommended: HTMLSelectElement | undefined;

  function renderOptions(focusIndex?: number): void {
    if (!optionList) return;
    optionList.replaceChildren(...options.map((o, i) => {
      const titleInput = input(o.title, 'text', t('optionTitlePlaceholder'));
      const pros = input(o.pros, 'text', t('prosPlaceholder'));
      const cons = input(o.cons, 'text', t('consPlaceholder'));
      titleInput.addEventListener('input', () => { o.title = titleInput.value; renderRecommended(); });
      pros.addEventListener('input', () => { o.pros = pros.value; });
      cons.addEventListener('input', () => { o.cons = cons.value; });
      const remove = button('', 'trash', () => {
        options.splice(i, 1);
        renderOptions(Math.min(i, options.length - 1));
        if (!options.length) addOption.focus();
        persist();
      }, { cls: 'icon-button', title: t('removeOption', i + 1) });
      const row = el('fieldset', { cls: 'option-row', attrs: { 'data-option': String(i) } },
        el('legend', {}, t('option', i + 1)),
        field(t('title'), titleInput, `options[${i}].title`),
        field(t('pros'), pros, `options[${i}].pros`, t('separateHint')),
        field(t('cons'), cons, `options[${i}].cons`, t('separateHint')),
        remove);
      return row;
    }));
    renderRecommended();
    if (focusIndex !== undefined && focusIndex >= 0) optionList.querySelectorAll<HTMLInputElement>('.option-row')[focusIndex]?.querySelector('input')?.focus();
  }

  function renderRecommended(): void {
    if (!recommended) return;
    const keep = recommended.value;
    recommended.replaceChildren(
      el('option', { attrs: { value: '' } }, t(options.length ? 'noRecommendation' : 'addOptionFirst')),
      ...options.map((o, i) => el('option', { attrs: { value: String(i) } }, o.title.trim() ? t('optionNamed', i + 1, o.title.trim()) : t('option', i + 1))));
    recommended.value = Number(keep) < options.length ? keep : '';
  }

  const addOption = button(t('addOption'), 'add', () => {
    options.push({ title: '', pros: '', cons: '' });
    renderOptions(options.length - 1);
    persist();
  }, { cls: 'button secondary small-button' });
  addOption.id = 'capture-add-option';

  // The values the fields were last drawn with: a field not drawn now (a goal choice before the goals are known) keeps its value.
  let drawnValues: Record<string, string> = {};

  /** The kind's field values: what the controls hold, and what was given for fields not drawn. */
  function currentValues(): Record<string, string> {
    const values = { ...drawnValues };
    for (const [key, c] of Object.entries(controls)) values[key] = c.value;
    return values;
  }

  /** Rebuilds the kind's fields, filled with `values` (by field name) and, for a problem, `keptOptions`. */
  function renderFields(values: Record<string, string> = {}, keptOptions?: OptionDraft[]): void {
    controls = {};
    optionList = undefined;
    recommended = undefined;
    drawnValues = values;
    const v = (key: string): string => values[key] ?? '';
    const textInput = (key: string, label: string, placeholder = '', hint?: string) => {
      const c = input(v(key), 'text', placeholder);
      controls[key] = c;
      return field(label, c, key, hint);
    };
    const nodes: HTMLElement[] = [];
    switch (kind) {
      case 'win':
        nodes.push(textInput('impact', t('impact'), t('winImpactPlaceholder'), t('winImpactHint')));
        break;
      case 'problem': {
        nodes.push(textInput('impact', t('impact'), t('problemImpactPlaceholder')));
        options = keptOptions?.map(o => ({ ...o })) ?? [{ title: '', pros: '', cons: '' }];
        optionList = el('div', { cls: 'option-list', attrs: { id: 'capture-options' } });
        recommended = select([], '');
        controls.recommended = recommended;
        nodes.push(el('div', { cls: 'options-block', attrs: { role: 'group', 'aria-label': t('proposedOptions') } },
          el('div', { cls: 'options-title' }, t('optionsYouPropose')), optionList, addOption));
        nodes.push(field(t('recommendedOption'), recommended, 'recommended'));
        renderOptions();
        if (Number(v('recommended')) < options.length) recommended.value = v('recommended');
        nodes.push(textInput('ask', t('ask'), t('askPlaceholder')));
        break;
      }
      case 'promise': {
        nodes.push(textInput('to', t('toWhom'), t('toWhomPlaceholder')));
        const due = input(v('due'), 'date');
        controls.due = due;
        nodes.push(field(t('dueDate'), due, 'due'));
        const st = select([['open', t('statusChoiceOpen')], ['at-risk', t('statusChoiceAtRisk')], ['done', t('statusChoiceDone')], ['dropped', t('statusChoiceDropped')]], v('status') || 'open');
        controls.status = st;
        nodes.push(field(t('status'), st, 'status'));
        const plan = textInput('plan', t('recoveryPlan'), t('recoveryPlanPlaceholder'));
        const showPlan = () => { plan.hidden = st.value !== 'at-risk'; };
        st.addEventListener('change', showPlan);
        showPlan();
        nodes.push(plan);
        break;
      }
      case 'feedback':
        nodes.push(textInput('from', t('fromWhom')), textInput('action', t('actionTaken'), t('actionTakenPlaceholder')));
        break;
      case 'goal': {
        const gk = select([['manager', t('goalKindManager')], ['career', t('goalKindCareer')]], v('goalKind') || 'manager');
        controls.goalKind = gk;
        nodes.push(field(t('kindOfGoal'), gk, 'goalKind'));
        break;
      }
      case 'note':
        break;
    }
    if ((kind === 'win' || kind === 'problem' || kind === 'note') && journal?.goals.length) {
      const goal = select([['', t('noGoal')], ...journal.goals.map(g => [g.id, g.text] as [string, string])], v('goalId'));
      controls.goalId = goal;
      nodes.push(field(t('servesTheGoal'), goal, 'goalId'));
    }
    fields.replaceChildren(...nodes);
  }

  function clearErrors(): void {
    form.querySelectorAll<HTMLElement>('.field-error').forEach(e => {
      e.hidden = true;
      e.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
  }

  /** Shows `message` next to the control of `name` (or its closest parent field), else under the form. */
  function showError(name: string | undefined, message: string): void {
    const candidates = name ? [name, name.replace(/\[\d+\]$/, ''), name.split('.')[0], name.replace(/\[.*$/, '')] : [];
    const control = candidates.map(c => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(c)}"]`)).find(Boolean)
      ?? (name?.startsWith('options') ? addOption : undefined);
    const err = control?.getAttribute('aria-describedby') ? document.getElementById(control.getAttribute('aria-describedby')!) : formError;
    const target = err ?? formError;
    target.textContent = message;
    target.hidden = false;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.focus();
    }
  }

  /** The entry (add) or patch (edit) the form describes; empty optional fields are left out (add) or cleared (edit). */
  function collect(): Record<string, unknown> {
    const out: Record<string, unknown> = { text: text.value.trim() };
    const set = (key: string, value: unknown) => {
      if (value === '' || value === undefined) {
        if (editing) out[key] = null;
      } else out[key] = value;
    };
    for (const [key, c] of Object.entries(controls)) {
      if (key === 'recommended' || (key === 'plan' && controls.status?.value !== 'at-risk')) continue;
      set(key, c.value.trim());
    }
    if (kind === 'problem') {
      const kept = options.map((o, i) => ({ o, i })).filter(({ o }) => o.title.trim() || o.pros.trim() || o.cons.trim());
      out.options = kept.map(({ o }) => ({ title: o.title.trim(), pros: splitList(o.pros), cons: splitList(o.cons) }));
      const rec = recommended?.value ? kept.findIndex(({ i }) => i === Number(recommended!.value)) : -1;
      set('recommended', rec >= 0 ? rec : undefined);
    }
    if (kind === 'promise' && controls.status?.value !== 'at-risk' && editing?.kind === 'promise' && editing.plan) out.plan = null;
    if (!editing) out.kind = kind;
    return out;
  }

  function submit(): void {
    if (pending !== undefined || fieldset.disabled) return;
    clearErrors();
    if (!text.value.trim()) {
      showError('text', t('typeTextFirst'));
      return;
    }
    pending = ++requestSeq;
    save.disabled = true;
    status.textContent = t('saving');
    const body = collect();
    if (editing) send({ type: 'updateEntry', requestId: pending, id: editing.id, patch: body });
    else send({ type: 'addEntry', requestId: pending, entry: body });
  }

  function setKind(next: EntryKind, values?: Record<string, string>, keptOptions?: OptionDraft[]): void {
    kind = next;
    kindSelect.value = next;
    const info = kindInfo(next);
    (fieldset.querySelector('.kind-icon') as HTMLElement).replaceChildren(icon(info.icon));
    fieldset.querySelector('.kind-icon')!.className = `kind-icon kind-${next}`;
    text.placeholder = t(info.placeholder);
    renderFields(values, keptOptions);
  }

  /** Keeps what the form holds in the view's saved state, so hiding the view loses nothing. */
  function persist(): void {
    const state: CaptureState = {
      kind,
      text: text.value,
      values: currentValues(),
      ...(kind === 'problem' ? { options: options.map(o => ({ ...o })) } : {}),
      ...(editing ? { editing } : {}),
    };
    saveState(STATE_PART, state);
  }

  /** Shows the form as editing `entry` (title, kind locked, Cancel). */
  function enterEdit(entry: Entry): void {
    editing = entry;
    title.textContent = t(kindInfo(entry.kind).edit);
    kindSelect.disabled = true;
    cancel.hidden = false;
  }

  function reset(focus: boolean): void {
    editing = undefined;
    title.textContent = t('capture');
    kindSelect.disabled = false;
    cancel.hidden = true;
    text.value = '';
    clearErrors();
    setKind(kind);
    saveState(STATE_PART, undefined);
    if (focus) text.focus();
  }

  kindSelect.addEventListener('change', () => {
    clearErrors();
    setKind(kindSelect.value as EntryKind);
    persist();
  });
  // Every keystroke and choice in the form (the kind's change is kept above, once its fields are drawn).
  form.addEventListener('input', persist);
  form.addEventListener('change', e => e.target !== kindSelect && persist());
  form.addEventListener('submit', e => {
    e.preventDefault();
    submit();
  });
  form.addEventListener('keydown', e => {
    const t = e.target as HTMLElement;
    if (e.key === 'Escape' && editing) {
      e.preventDefault();
      reset(true);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type !== 'checkbox') || t instanceof HTMLSelectElement) {
      e.preventDefault();
      submit();
    }
  });
  const saved = parseCaptureState(savedState(STATE_PART));
  if (saved?.editing) enterEdit(saved.editing);
  text.value = saved?.text ?? '';
  setKind(saved?.kind ?? kind, saved?.values, saved?.options);

  return {
    element: form,
    setJournal(next) {
      const goalsChanged = JSON.stringify(next.goals) !== JSON.stringify(journal?.goals);
      journal = next;
      fieldset.disabled = !!next.readOnly;
      readOnlyNote.hidden = !next.readOnly;
      readOnlyNote.textContent = next.readOnly ? t('captureOff', next.readOnly) : '';
      // Rebuild the goal choice (keeping what is typed) only when goals changed and the user is not in the middle of a problem's options.
      if (goalsChanged && kind !== 'problem') renderFields(currentValues());
    },
    edit(entry) {
      enterEdit(entry);
      text.value = entry.text;
      clearErrors();
      setKind(entry.kind, valuesOf(entry), optionsOf(entry));
      persist();
      status.textContent = '';
      form.scrollIntoView({ block: 'start' });
      text.focus();
    },
    answer(message) {
      if (message.requestId !== pending) return;
      pending = undefined;
      save.disabled = false;
      if (message.type === 'saved') {
        status.textContent = t(editing ? kindInfo(message.entry.kind).updated : kindInfo(message.entry.kind).saved);
        reset(true);
      } else {
        status.textContent = '';
        showError(message.field, message.message);
      }
    },
  };
}
