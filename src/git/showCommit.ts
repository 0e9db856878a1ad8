/** One commit as readable text, for the editor's read-only commit document. */
import { runGit, SAFE_LOG_OPTIONS } from './gitClient';

/** `git show --stat --patch` of one commit, with the same hardening as every other git call. */
export async function showCommit(repository: string, sha: string, options: { gitPath?: string; timeoutMs?: number; allowForeignOwners?: boolean } = {}): Promise<string> {
  if (!/^[0-9a-f]{4,40}$/i.test(sha)) throw new Error(`not a commit id: ${sha}`);
  return runGit({ cwd: repository, gitPath: options.gitPath, timeoutMs: options.timeoutMs, allowForeignOwners: options.allowForeignOwners },
    ['-c', 'core.quotepath=off', 'show', ...SAFE_LOG_OPTIONS, '--stat', '--patch', '--format=fuller', sha, '--']);
}
