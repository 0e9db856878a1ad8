/**
 * A draft within its budget: builds the model with the template's limits, renders it, and while the
 * Markdown is over the word budget, rebuilds with the next tighter limits (budget.ts). Deterministic.
 */
import { budgetFor, tighter } from './budget';
import { countWords } from './length';
import type { DraftInput, DraftModel } from './model';
import { buildDraftModel } from './model';
import type { RenderOptions, RenderResult } from './render';
import { renderDraft } from './render';

/** A rendered draft, its model, and its length against its budget. */
export interface ComposedDraft extends RenderResult {
  model: DraftModel;
  /** Words of the Markdown draft. */
  words: number;
  /** The template's word budget in this style, if it has one. */
  budget?: number;
}

/** Builds and renders a draft, tightening its limits until it fits the template's word budget (or cannot shrink). */
export function composeDraft(input: Omit<DraftInput, 'limits'>, options: RenderOptions): ComposedDraft {
  const { limits: start, words: budget } = budgetFor(options.template, input.style);
  let limits = start;
  for (;;) {
    const model = buildDraftModel({ ...input, limits });
    const markdown = renderDraft(model, { ...options, format: 'markdown' });
    const words = countWords(markdown.text);
    // A template of the user's own, even one named like a built-in, is never cut to a budget.
    const own = markdown.template.source === 'user';
    const next = budget !== undefined && !own && words > budget ? tighter(limits) : undefined;
    if (!next) {
      const result = options.format === 'markdown' ? markdown : renderDraft(model, options);
      return { ...result, model, words, ...(budget !== undefined && !own ? { budget } : {}) };
    }
    limits = next;
  }
}
