/** The in-process side of the draft benchmark: mining + draft model + Markdown render, as the extension runs it. */
import { join } from 'node:path';
import { mine } from '../../src/git/mine';
import { clearMiningCaches } from '../../src/git/mineRepository';
import { buildDraftModel } from '../../src/draft/model';
import { renderDraft } from '../../src/draft/render';

/** What one in-process draft produced, for checking it told the commits the landing rule says (Done and in progress). */
export interface InProcessDraft {
  commitShas: string[];
}

/**
 * Drafts the weekly update for `author` over [since, until) across `repositories`, entirely in this process.
 * `cold` first forgets what earlier drafts learned about the repositories, as a new process would.
 */
export async function draftInProcess(root: string, repositories: string[], author: string, since: Date, until: Date, cold = false): Promise<InProcessDraft> {
  if (cold) clearMiningCaches();
  const window = { since, until, label: `${since.toISOString()} – ${until.toISOString()}` };
  const mining = await mine({ repositories, window, authors: [author] });
  const model = buildDraftModel({ mining, entries: [], now: until, style: 'detailed', profile: {} });
  renderDraft(model, { template: 'weekly', format: 'markdown', builtinTemplatesDir: join(root, 'templates') });
  return {
    commitShas: [
      ...mining.accomplishments.flatMap(a => a.commits.map(c => c.sha)),
      ...mining.inProgress.flatMap(i => (i.kind === 'branch' ? i.commits.map(c => c.sha) : [])),
    ],
  };
}
