/** Renders a draft model with a named template (user folder first, then built-in) to an output format. */
import { readFileSync } from 'node:fs';
import { convertMarkdown } from './convert';
import type { DraftEnvironment } from './environment';
import { COMPILE_OPTIONS, createDraftEnvironment, RUNTIME_OPTIONS } from './environment';
import { toJson } from './json';
import type { DraftModel } from './model';
import type { TemplateInfo } from './templateFiles';
import { locateTemplateError } from './templateErrorLocation';
import { findTemplates, isTemplateName } from './templateFiles';

/** Formats a draft can be rendered to. Slack, text and HTML are conversions of the Markdown. */
export type OutputFormat = 'markdown' | 'slack' | 'text' | 'html' | 'json';

/** Every output format, for validating user input. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['markdown', 'slack', 'text', 'html', 'json'];

/** Which template, which format, and where templates live. */
export interface RenderOptions {
  template: string;
  format: OutputFormat;
  builtinTemplatesDir: string;
  userTemplatesDir?: string;
}

/** The rendered draft, the template actually used, and anything the user should know. */
export interface RenderResult {
  text: string;
  template: { name: string; file: string; source: 'builtin' | 'user' };
  warnings: string[];
  /** A user template that failed (its file and line), when the built-in one was used instead. */
  templateError?: TemplateError;
}

/** A template that failed to compile or render, with where. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** The templates available: built-in ones and the user's (which override by name). Read fresh every call. */
export function listTemplates(builtinDir: string, userDir?: string): TemplateInfo[] {
  return findTemplates(builtinDir, userDir);
}

let environment: DraftEnvironment | undefined;
// Compiled templates keyed by their source text, so an edited file is always recompiled.
const compiled = new Map<string, (model: DraftModel) => string>();
const MAX_CACHED = 32;

/**
 * Renders the model. A user template that fails falls back to the built-in of the same name with a
 * warning naming the file and line; an unknown name throws an Error listing the available names.
 */
export function renderDraft(model: DraftModel, options: RenderOptions): RenderResult {
  const available = listTemplates(options.builtinTemplatesDir, options.userTemplatesDir);
  const chosen = isTemplateName(options.template) ? available.find(t => t.name === options.template) : undefined;
  if (!chosen) {
    const names = available.map(t => t.name).join(', ') || '(none)';
    throw new Error(`Unknown template "${options.template}". Available templates: ${names}.`);
  }
  const warnings: string[] = [];
  let templateError: TemplateError | undefined;
  let used = chosen;
  let markdown: string | undefined;
  if (options.format !== 'json') {
    try {
      markdown = renderFile(chosen.file, model);
    } catch (err) {
      const error = asTemplateError(err, chosen.file);
      const builtin = chosen.source === 'user' ? listTemplates(options.builtinTemplatesDir).find(t => t.name === chosen.name) : undefined;
      if (!builtin) throw error;
      warnings.push(`${describeError(error)}; used the built-in "${builtin.name}" template instead.`);
      templateError = error;
      used = builtin;
      markdown = undefined;
    }
  }
  const template = { name: used.name, file: used.file, source: used.source };
  const failed = templateError ? { templateError } : {};
  if (options.format === 'json') return { text: JSON.stringify(toJson(model), null, 2) + '\n', template, warnings, ...failed };
  markdown ??= renderFile(used.file, model);
  const text = options.format === 'markdown' ? markdown : convertMarkdown(markdown, options.format);
  return { text, template, warnings, ...failed };
}

/** "file:line:column: message" for a template error. */
export function describeError(error: TemplateError): string {
  const where = [error.file, error.line, error.column].filter(v => v !== undefined).join(':');
  return `Template ${where}: ${error.message}`;
}

function renderFile(file: string, model: DraftModel): string {
  const source = readFileSync(file, 'utf8');
  let template = compiled.get(source);
  if (!template) {
    environment ??= createDraftEnvironment();
    const delegate = environment.compile(source, COMPILE_OPTIONS);
    template = (m: DraftModel) => delegate(m, RUNTIME_OPTIONS);
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(source, template);
  }
  try {
    return tidyMarkdown(template(model));
  } catch (err) {
    // Handlebars compiles lazily: a syntax error surfaces on first use; never cache a broken one.
    compiled.delete(source);
    throw asTemplateError(err, file, source);
  }
}

/** Trims trailing spaces and collapses blank-line runs a template's conditionals leave behind. */
export function tidyMarkdown(markdown: string): string {
  const text = markdown
    .split('\n')
    .map(l => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text ? text + '\n' : '';
}

function asTemplateError(err: unknown, file: string, source = ''): TemplateError {
  if (err instanceof TemplateError) return err;
  const { message, line, column } = locateTemplateError(err, source);
  return new TemplateError(message, file, line, column);
}
