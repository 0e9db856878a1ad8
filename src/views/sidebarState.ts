/** Turns mining results into the plain data the sidebar renders. Pure: no vscode. */
import type { MiningResult } from '../git/types';
import type { SidebarState } from '../webview/protocol';

/** The sidebar's view of a mining result at `now`: accomplishments with evidence, work in progress, tickets. */
export function readyState(mining: MiningResult, reminder: string, now: Date): SidebarState {
  const paths = new Map(mining.repositories.map(r => [r.name, r.path]));
  const tickets = new Set<string>();
  for (const a of mining.accomplishments) for (const t of a.tickets) tickets.add(t);
  return {
    kind: 'ready',
    now: now.toISOString(),
    period: { label: mining.window.label, since: mining.window.since.toISOString(), until: mining.window.until.toISOString() },
    reminder,
    repositories: mining.repositories.map(r => ({ name: r.name, path: r.path, ...(r.error ? { error: r.error } : {}) })),
    accomplishments: [...mining.accomplishments]
      .sort((a, b) => b.landedAt.localeCompare(a.landedAt))
      .map(a => ({
        id: a.id,
        title: a.title,
        repository: a.repository,
        repositoryPath: paths.get(a.repository) ?? '',
        tickets: a.tickets,
        ...(a.pullRequest !== undefined ? { pullRequest: a.pullRequest } : {}),
        insertions: a.insertions,
        deletions: a.deletions,
        commits: a.commits.map(c => ({ sha: c.sha, shortSha: c.shortSha, subject: c.subject })),
      })),
    inProgress: mining.inProgress.map(i =>
      i.kind === 'branch'
        ? { kind: 'branch', repository: i.repository, branch: i.branch, title: i.title, commitCount: i.commitCount, lastCommitAt: i.lastCommitAt, tickets: i.tickets }
        : { kind: 'uncommitted', repository: i.repository, staged: i.staged, modified: i.modified, untracked: i.untracked },
    ),
    tickets: [...tickets].sort(),
    commitCount: mining.commitCount,
  };
}

/** A Markdown summary of the period for the status bar tooltip. */
export function periodSummary(mining: MiningResult): string {
  const n = (count: number, one: string, many = one + 's') => `${count} ${count === 1 ? one : many}`;
  const branches = mining.inProgress.filter(i => i.kind === 'branch').length;
  const tickets = new Set(mining.accomplishments.flatMap(a => a.tickets)).size;
  const lines = [
    `**${mining.window.label}**`,
    '',
    `- ${n(mining.accomplishments.length, 'accomplishment')} from ${n(mining.commitCount, 'commit')}`,
    `- ${n(tickets, 'ticket')}`,
    `- ${n(branches, 'branch', 'branches')} in progress`,
    `- ${n(mining.repositories.length, 'repository', 'repositories')} scanned`,
  ];
  return lines.join('\n');
}
