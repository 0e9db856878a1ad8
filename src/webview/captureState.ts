/**
 * What the capture form keeps while the sidebar is hidden (VS Code drops the page, not its saved state): the kind,
 * the text, the kind's fields, a problem's options, and the entry being edited. Pure.
 */
import { ENTRY_KINDS } from '../journal/types';
import type { Entry, EntryKind } from '../journal/types';

/** One option of a problem as typed: pros and cons are still `;`-separated text. */
export interface OptionDraft {
  title: string;
  pros: string;
  cons: string;
}

/** A half-typed capture. */
export interface CaptureState {
  kind: EntryKind;
  text: string;
  /** The kind's fields by entry field name (`impact`, `due`, `recommended`…), as the controls hold them. */
  values: Record<string, string>;
  /** A problem's options. */
  options?: OptionDraft[];
  /** The entry being edited, when the form edits one. */
  editing?: Entry;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is EntryKind => typeof v === 'string' && (ENTRY_KINDS as readonly string[]).includes(v);
const isOption = (v: unknown): v is OptionDraft => isRecord(v) && typeof v.title === 'string' && typeof v.pros === 'string' && typeof v.cons === 'string';

/** Reads a saved capture back; anything of another shape (e.g. saved by an older version) is `undefined`. */
export function parseCaptureState(value: unknown): CaptureState | undefined {
  if (!isRecord(value) || !isKind(value.kind) || typeof value.text !== 'string' || !isRecord(value.values)) return undefined;
  const values: Record<string, string> = {};
  for (const [key, v] of Object.entries(value.values)) if (typeof v === 'string') values[key] = v;
  const options = Array.isArray(value.options) ? value.options.filter(isOption).map(o => ({ title: o.title, pros: o.pros, cons: o.cons })) : undefined;
  const editing = value.editing;
  const editsSameKind = isRecord(editing) && typeof editing.id === 'string' && editing.kind === value.kind && typeof editing.text === 'string';
  return {
    kind: value.kind,
    text: value.text,
    values,
    ...(options ? { options } : {}),
    ...(editsSameKind ? { editing: editing as unknown as Entry } : {}),
  };
}
