/** Rendering for the CLI: the template is checked before any work, and a broken template of yours is an error. */
import { listTemplates } from '../draft/render';
import type { RenderOptions, RenderResult } from '../draft/render';
import { isTemplateName } from '../draft/templateFiles';
import { UsageError } from './usage';

/** Refuses a template name that names no built-in template and none of the user's folder (exit 2), listing those there are. */
export function checkTemplate(options: Pick<RenderOptions, 'template' | 'builtinTemplatesDir' | 'userTemplatesDir'>): void {
  const available = listTemplates(options.builtinTemplatesDir, options.userTemplatesDir);
  if (isTemplateName(options.template) && available.some(t => t.name === options.template)) return;
  const where = options.userTemplatesDir ? ` (built-in, and in ${options.userTemplatesDir})` : ' (built-in; --templates DIR adds yours)';
  throw new UsageError(`unknown template "${options.template}"; the templates are ${available.map(t => t.name).join(', ')}${where}`);
}

/**
 * The text of a rendered draft, its warnings said on stderr. Unlike in the editor, a user template that failed is
 * not replaced by the built-in of the same name: its TemplateError (file, line, column) ends the run, so a script
 * never gets a draft it did not ask for.
 */
export function strictText(result: RenderResult, stderr: (line: string) => void): string {
  if (result.templateError) throw result.templateError;
  for (const w of result.warnings) stderr(`worklog: ${w}`);
  return result.text;
}
