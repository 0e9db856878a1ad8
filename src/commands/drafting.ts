/** The draft pipeline on the host: repositories -> mine -> entries -> model -> rendered text. */
import type { WorkLogConfig } from '../config';
import { composeDraft } from '../draft/compose';
import type { DraftModel, DraftStyle } from '../draft/model';
import { listTemplates } from '../draft/render';
import type { TemplateError } from '../draft/render';
import { toldChangesOf, withoutReported } from '../draft/reported';
import { resolveWindow } from '../git/window';
import type { MiningResult, TimeWindow } from '../git/types';
import type { DraftHistory } from './draftHistory';
import type { EntrySource } from './entrySource';
import type { GitAccess } from './gitAccess';
import { expandPath } from './repositories';
import type { RepositoryService } from './repositories';
import { defaultWindowSpec } from './windowChoice';
import type { WindowSpec } from './windowChoice';

/** What one draft needs. */
export interface DraftRequest {
  spec: WindowSpec;
  template: string;
  style?: 'brief' | 'detailed';
  signal?: AbortSignal;
}

/** A rendered draft and what it was made from. */
export interface DraftOutcome {
  text: string;
  window: TimeWindow;
  template: { name: string; file: string; source: string };
  /** The style it was drafted in. */
  style: DraftStyle;
  /** The model it was rendered from. */
  model: DraftModel;
  warnings: string[];
  mining: MiningResult;
  /** Every commit SHA the draft's accomplishments tell (kept with the sent record). */
  shas: string[];
  /** Every Change-Id among them (kept too: sent history follows changes, not SHAs). */
  changeIds: string[];
  /** How many accomplishments were left out because a sent update already told them. */
  alreadyReported: number;
  /** The user template that failed, when the built-in one was used instead. */
  templateError?: TemplateError;
}

/** A template the user can choose. */
export interface TemplateChoice {
  name: string;
  source: string;
  description?: string;
}

/** Everything the pipeline reads from the host, passed in as plain values and small interfaces. */
export interface DrafterDeps {
  git: GitAccess;
  repositories: RepositoryService;
  entries: EntrySource;
  history: DraftHistory;
  config: () => WorkLogConfig;
  folders: () => string[];
  builtinTemplatesDir: string;
  now: () => Date;
}

/** Thrown when there is nothing to read; the message tells the user what to do. */
export class NoRepositoryError extends Error {
  constructor() {
    super('No git repository found. Open a folder that contains one, or add paths to the "worklog.repositories.include" setting.');
  }
}

/** Runs the pipeline with the host's settings, history and repositories. */
export class Drafter {
  constructor(private readonly deps: DrafterDeps) {}

  /** The window Draft Update proposes now (since the last sent update, or the configured preset). */
  defaultSpec(): WindowSpec {
    return defaultWindowSpec(this.deps.config().defaultWindow, this.deps.history.nextSince());
  }

  /** Resolves a spec against the clock and the work week. */
  resolve(spec: WindowSpec): TimeWindow {
    const window = resolveWindow(spec, { now: this.deps.now(), workWeek: [...this.deps.config().workWeek] });
    const since = this.deps.history.nextSince();
    if (typeof spec === 'object' && since && spec.since === since && spec.until === undefined) {
      const when = new Date(since).toLocaleString('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
      return { ...window, label: `since the last update (${when})` };
    }
    return window;
  }

  /** The user's templates folder, absolute, when set. */
  userTemplatesDir(): string | undefined {
    const folder = this.deps.config().templatesFolder;
    return folder ? expandPath(folder, this.deps.folders()[0]) : undefined;
  }

  /** Built-in and user templates. */
  templates(): TemplateChoice[] {
    return listTemplates(this.deps.builtinTemplatesDir, this.userTemplatesDir());
  }

  /** Mines the window's activity in the configured repositories. */
  async mine(window: TimeWindow, signal?: AbortSignal): Promise<MiningResult> {
    const config = this.deps.config();
    const { repositories } = await this.deps.repositories.list(config, signal);
    if (!repositories.length) throw new NoRepositoryError();
    return this.deps.git.mine({
      repositories,
      window,
      authors: [...config.authors],
      ticketPatterns: [...config.ticketPatterns],
      landingPatterns: [...config.landingBranches],
      integrationPatterns: [...config.integrationBranches],
      botPatterns: [...config.bots],
      gitPath: config.gitPath,
      allowForeignOwners: config.allowForeignOwners,
      signal,
    });
  }

  /** Drafts an update: mines, reads entries, builds the model and renders the template as Markdown. */
  async draft(request: DraftRequest): Promise<DraftOutcome> {
    const config = this.deps.config();
    const window = this.resolve(request.spec);
    const [mining, entries] = await Promise.all([this.mine(window, request.signal), this.deps.entries.entries()]);
    const failed = mining.repositories.filter(r => r.error);
    if (failed.length && failed.length === mining.repositories.length) throw new Error(failed[0].error);
    // A brag document tells everything; other updates skip what a sent update already told.
    const told = request.template === 'brag' ? mining : withoutReported(mining, this.deps.history.reported());
    const profile = { ...(config.managerName ? { managerName: config.managerName } : {}), ...(config.goals.length ? { goals: [...config.goals] } : {}) };
    const style = request.style ?? config.style;
    const rendered = composeDraft({ mining: told, entries, now: this.deps.now(), style, profile }, {
      template: request.template,
      format: 'markdown',
      builtinTemplatesDir: this.deps.builtinTemplatesDir,
      userTemplatesDir: this.userTemplatesDir(),
    });
    return {
      text: rendered.text,
      window,
      template: rendered.template,
      style,
      model: rendered.model,
      warnings: [...rendered.warnings, ...failed.map(r => r.error!)],
      mining: told,
      ...toldChangesOf(told.accomplishments),
      alreadyReported: mining.accomplishments.length - told.accomplishments.length,
      ...(rendered.templateError ? { templateError: rendered.templateError } : {}),
    };
  }
}
