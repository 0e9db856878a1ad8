/** `worklog templates`: list the built-in templates and the user's. */
import { parseArgs } from 'node:util';
import { listTemplates } from '../draft/render';
import type { CliEnv } from './draftCommand';
import { builtinTemplatesDir, userTemplatesDir } from './paths';

/** Lists templates, one per line: name, source, description. */
export function templatesCommand(args: string[], host: CliEnv): string {
  const { values } = parseArgs({ args, strict: true, options: { templates: { type: 'string' } } });
  const list = listTemplates(builtinTemplatesDir(), userTemplatesDir(values.templates, host.cwd));
  const width = Math.max(...list.map(t => t.name.length));
  return list.map(t => `${t.name.padEnd(width)}  ${t.source.padEnd(7)}  ${t.description ?? ''}`.trimEnd()).join('\n');
}
