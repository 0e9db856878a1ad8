/** The isolated Handlebars environment drafts are rendered in: Markdown escaping, draft helpers. */
import Handlebars from 'handlebars';
import { registerDraftHelpers } from './helpers';
import { escapeMarkdown } from './markdownEscape';

/** A Handlebars environment of its own (never the global one). */
export type DraftEnvironment = ReturnType<typeof Handlebars.create>;

/** Compile options: templates are Markdown; data is never compiled, so it can never run. */
export const COMPILE_OPTIONS = { strict: false, noEscape: false, preventIndent: true } as const;

/** Runtime options: prototype properties and methods stay out of reach of templates. */
export const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
} as const;

/**
 * Creates an environment whose `{{value}}` escaping is Markdown escaping instead of HTML escaping.
 * Handlebars reads `container.escapeExpression` from the module-wide utils, so each compiled
 * template's entry points set it on their own container; no global state is touched.
 */
export function createDraftEnvironment(): DraftEnvironment {
  const hb = Handlebars.create();
  const mutable = hb as unknown as { template: (spec: Record<string, unknown>) => unknown };
  const runtimeTemplate = mutable.template.bind(hb);
  mutable.template = spec => {
    const wrapped: Record<string, unknown> = { ...spec };
    for (const [key, fn] of Object.entries(spec)) {
      if ((key === 'main' || /^\d+$/.test(key)) && typeof fn === 'function') {
        wrapped[key] = function (this: unknown, container: { escapeExpression: unknown }, ...rest: unknown[]) {
          container.escapeExpression = escapeMarkdown;
          return (fn as (...a: unknown[]) => unknown).call(this, container, ...rest);
        };
      }
    }
    return runtimeTemplate(wrapped);
  };
  registerDraftHelpers(hb);
  return hb;
}
