/**
 * The workspace the integration and e2e runs open: a real git repository built with the unit tests'
 * helper (fixed identity, empty global config), with commits by that identity in the last days that
 * carry a ticket, Conventional Commit scopes, a commit by someone else, an unmerged feature branch (in
 * progress, never Done) and a fix backported by a maintainer to a stable branch (one item, on both).
 * Loaded by the runners in scripts/vscode-host/ (plain Node), never by the extension host.
 */
import { makeTempRepo } from '../helpers/gitRepo';

/** A created fixture: the folder to open. */
export interface FixtureWorkspace {
  readonly dir: string;
}

/** ISO date `days` days before `now`, at a fixed minute so runs only differ by the day. */
function daysAgo(now: Date, days: number, hour: number): string {
  const d = new Date(now.getTime() - days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  // A commit never lies in the future, even when the test runs just after midnight UTC.
  if (d.getTime() > now.getTime()) d.setTime(now.getTime() - 60_000);
  return d.toISOString();
}

/** Builds the fixture repository in a temp folder (removed when this process exits). */
export function createFixtureWorkspace(now = new Date()): FixtureWorkspace {
  const repo = makeTempRepo('fixture-project');
  repo.commit({ message: 'chore: set up the project layout', date: daysAgo(now, 4, 9), files: { 'README.md': '# Fixture project\n' } });
  repo.commit({ message: 'feat(auth): ABC-101 add the login form', date: daysAgo(now, 3, 10), files: { 'src/auth/login.ts': 'export const login = 1;\n' } });
  repo.commit({
    message: 'docs: describe the release process', date: daysAgo(now, 3, 14),
    author: { name: 'Grace Hopper', email: 'grace@example.com' }, files: { 'RELEASING.md': 'Tag, then publish.\n' },
  });
  repo.commit({ message: 'feat(auth): ABC-101 validate password strength', date: daysAgo(now, 2, 11), files: { 'src/auth/password.ts': 'export const strong = 1;\n' } });
  const fix = repo.commit({ message: 'fix(api): handle empty responses', date: daysAgo(now, 1, 9), files: { 'src/api/client.ts': 'export const empty = [];\n' } });
  repo.git(['checkout', '-q', '-b', 'stable/1.x', 'HEAD~4']);
  repo.git(['cherry-pick', '-x', fix], { date: daysAgo(now, 1, 12), env: { GIT_COMMITTER_NAME: 'Grace Hopper', GIT_COMMITTER_EMAIL: 'grace@example.com' } });
  repo.git(['checkout', '-q', 'main']);
  repo.git(['checkout', '-q', '-b', 'feature/ABC-102-export']);
  repo.commit({ message: 'feat(export): ABC-102 export entries to CSV', date: daysAgo(now, 1, 15), files: { 'src/export/csv.ts': 'export const csv = 1;\n' } });
  repo.git(['checkout', '-q', 'main']);
  return { dir: repo.dir };
}
