/** Finding repositories below workspace folders (stub: contract only). */

/** Repositories at or below the roots (nested ones too), skipping node_modules and git-ignored folders. */
export async function discoverRepositories(_roots: string[], _options: { maxDepth?: number; exclude?: string[]; signal?: AbortSignal; gitPath?: string } = {}): Promise<string[]> {
  throw new Error('not implemented');
}

/** The installed git's version, or undefined when git cannot be run. */
export async function gitVersion(_gitPath = 'git'): Promise<string | undefined> {
  throw new Error('not implemented');
}
