/** Finds draft templates on disk: the built-in folder, and a user folder that overrides or adds. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A template file and where it came from. */
export interface TemplateInfo {
  name: string;
  file: string;
  source: 'builtin' | 'user';
  description?: string;
}

const EXTENSION = '.hbs';
const VALID_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True for names a template may have (no paths, no dot-dot). */
export function isTemplateName(name: string): boolean {
  return VALID_NAME.test(name) && !name.includes('..');
}

/** Templates of both folders, the user's replacing built-ins of the same name; sorted by name. Read fresh each call. */
export function findTemplates(builtinDir: string, userDir?: string): TemplateInfo[] {
  const byName = new Map<string, TemplateInfo>();
  for (const [dir, source] of [[builtinDir, 'builtin'], [userDir, 'user']] as const) {
    for (const t of templatesIn(dir, source)) byName.set(t.name, t);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function templatesIn(dir: string | undefined, source: 'builtin' | 'user'): TemplateInfo[] {
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter(f => f.endsWith(EXTENSION) && isTemplateName(f.slice(0, -EXTENSION.length)))
    .map(f => join(dir, f))
    .filter(file => statSync(file).isFile())
    .map(file => {
      const name = file.slice(dir.length + 1, -EXTENSION.length);
      const description = describe(readFileSync(file, 'utf8'));
      return { name, file, source, ...(description ? { description } : {}) };
    });
}

/** The `{{!-- description: … --}}` comment a template starts with. */
export function describe(source: string): string | undefined {
  const m = /^\s*\{\{!--\s*description:\s*([\s\S]*?)\s*--\}\}/.exec(source.slice(0, 4000));
  return m ? m[1].replace(/\s+/g, ' ') : undefined;
}
