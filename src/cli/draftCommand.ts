/** `worklog draft`: mine the repositories, fill the model, render it. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mine } from '../git/mine';
import { branchMatcher, DEFAULT_LANDING_PATTERNS } from '../git/landing';
import { ticketMatcher } from '../git/tickets';
import { parseWindowSpec, resolveWindow } from '../git/window';
import { composeDraft } from '../draft/compose';
import type { DraftStyle } from '../draft/model';
import type { OutputFormat } from '../draft/render';
import type { Entry } from '../journal/types';
import { checkJournalFolder, optionalJournalFolder, readJournalEntries } from './journalAccess';
import type { JournalFolder } from './journalAccess';
import { builtinTemplatesDir, cacheDir, packageVersion, userTemplatesDir } from './paths';
import { repositoryProgress } from './progress';
import { checkTemplate, strictText } from './renderTemplate';
import { RunError, UsageError } from './usage';
import { parseWorkWeek } from './workWeek';

const FORMATS: OutputFormat[] = ['markdown', 'slack', 'text', 'html', 'json'];
const STYLES: DraftStyle[] = ['brief', 'detailed'];

/** What the draft command needs from its surroundings (so tests can pin the clock and cwd). */
export interface CliEnv {
  cwd: string;
  now: Date;
  env: NodeJS.ProcessEnv;
  stderr: (line: string) => void;
  /** Writes text to stderr as it is (no newline added); only given when stderr is a terminal, for progress lines. */
  progress?: (text: string) => void;
}

/** Runs `worklog draft` with its arguments; returns the text to print. */
export async function draftCommand(args: string[], host: CliEnv): Promise<string> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      repo: { type: 'string', multiple: true },
      author: { type: 'string', multiple: true },
      since: { type: 'string' },
      until: { type: 'string' },
      window: { type: 'string' },
      template: { type: 'string', default: 'weekly' },
      templates: { type: 'string' },
      style: { type: 'string', default: 'detailed' },
      format: { type: 'string', default: 'markdown' },
      journal: { type: 'string' },
      'ticket-pattern': { type: 'string', multiple: true },
      'landing-branch': { type: 'string', multiple: true },
      'integration-branch': { type: 'string', multiple: true },
      bot: { type: 'string', multiple: true },
      'work-week': { type: 'string' },
      manager: { type: 'string' },
      'git-timeout': { type: 'string' },
      git: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'allow-foreign-owner': { type: 'boolean', default: false },
    },
  });
  const format = oneOf(values.format, FORMATS, '--format');
  const style = oneOf(values.style, STYLES, '--style');
  if (values.window && (values.since || values.until)) throw new UsageError('use either --window or --since/--until, not both');
  if (values.until && !values.since) throw new UsageError('--until needs --since');
  const workWeek = values['work-week'] ? parseWorkWeek(values['work-week']) : undefined;
  try {
    ticketMatcher(values['ticket-pattern']);
  } catch (e) {
    throw new UsageError(`--ticket-pattern: ${(e as Error).message}`);
  }
  // --landing-branch adds to the default patterns; `--landing-branch ''` alone leaves only the default branch.
  const landingFlags = values['landing-branch'];
  const landingPatterns = landingFlags ? [...new Set([...DEFAULT_LANDING_PATTERNS, ...landingFlags])].filter(Boolean) : undefined;
  const onlyDefault = landingFlags?.length === 1 && landingFlags[0] === '';
  try {
    branchMatcher(landingPatterns ?? []);
  } catch (e) {
    throw new UsageError(`--landing-branch: ${(e as Error).message}`);
  }
  try {
    branchMatcher(values['integration-branch'] ?? []);
  } catch (e) {
    throw new UsageError(`--integration-branch: ${(e as Error).message}`);
  }

  const gitTimeout = values['git-timeout'];
  if (values.git !== undefined && !values.git.trim()) throw new UsageError('--git needs the path of a git program (or leave it out to run git from PATH)');
  if (gitTimeout !== undefined && !(/^\d+(\.\d+)?$/.test(gitTimeout) && Number(gitTimeout) > 0)) throw new UsageError(`--git-timeout must be a positive number of seconds (got "${gitTimeout}")`);

  let window;
  try {
    // Without --until the window ends with today (tomorrow's midnight), as the presets do: the same window all day long.
    const spec = values.since ? { since: values.since, until: values.until } : parseWindowSpec(values.window ?? '7d');
    window = resolveWindow(spec, { now: host.now, workWeek });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }

  // Every mistake that can be seen before mining is reported before mining.
  const templates = { template: values.template!, builtinTemplatesDir: builtinTemplatesDir(), userTemplatesDir: userTemplatesDir(values.templates, host.cwd) };
  checkTemplate(templates);
  const journal = optionalJournalFolder(values.journal, host.cwd, host.env);
  if (journal) checkJournalFolder(journal);

  const repositories = (values.repo ?? [host.cwd]).map(r => resolve(host.cwd, r));
  const progress = host.progress && repositories.length > 1 ? repositoryProgress(host.progress) : undefined;
  const [mining, entries] = await Promise.all([
    mine({
      repositories, window, authors: values.author ?? [], ticketPatterns: values['ticket-pattern'],
      landingPatterns: onlyDefault ? [] : landingPatterns,
      integrationPatterns: values['integration-branch'], botPatterns: values.bot,
      gitPath: values.git, timeoutMs: gitTimeout ? Number(gitTimeout) * 1000 : undefined,
      cache: values['no-cache'] ? undefined : { dir: cacheDir(host.env), version: packageVersion() },
      allowForeignOwners: values['allow-foreign-owner'],
      onProgress: progress?.update,
    }).finally(() => progress?.clear()),
    // A line said while the progress line is drawn first erases it (the next update draws it again).
    journal ? journalEntries(journal, progress ? { ...host, stderr: line => { progress.clear(); host.stderr(line); } } : host) : Promise.resolve([] as Entry[]),
  ]);

  const failed = mining.repositories.filter(r => r.error);
  if (failed.length === mining.repositories.length) throw new RunError(failed.map(r => r.error!));
  for (const r of failed) host.stderr(`worklog: ${r.error}`);

  const result = composeDraft({ mining, entries, now: host.now, style, profile: { managerName: values.manager } }, { ...templates, format });
  return strictText(result, host.stderr);
}

/** The journal's entries for a draft: one that cannot be read at all leaves the journal sections empty, said on stderr. */
async function journalEntries(journal: JournalFolder, host: CliEnv): Promise<Entry[]> {
  try {
    return await readJournalEntries(journal, host);
  } catch (e) {
    if (!(e instanceof RunError)) throw e;
    for (const line of e.lines) host.stderr(`worklog: ${line} The draft has no journal sections.`);
    return [];
  }
}

/** Checks a flag's value against its allowed list. */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}
