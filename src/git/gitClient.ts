/**
 * The one place that runs git. Every invocation gets the same hardening, whatever the repository's
 * own config says (issue 7, "Hostile repositories"): no hooks, pager, editor, external diff,
 * textconv, fsmonitor, credential helper, ssh command or signature program can run, no optional
 * locks are taken and git never prompts. Nothing here fetches.
 */
import { StringDecoder } from 'node:string_decoder';
import { simpleGit } from 'simple-git';
import type { SimpleGitOptions } from 'simple-git';

/** How to run git for one call: where, which binary, how long, and how to cancel. */
export interface GitRunContext {
  cwd: string;
  gitPath?: string;
  /** Inactivity timeout: the call fails when git prints nothing for this long (default 30 000 ms). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * Extra config for this call, as [key, value] pairs passed through git's GIT_CONFIG_COUNT/KEY/VALUE
   * environment: a key is taken verbatim (a filter driver's name may hold `=`, dots, spaces, quotes),
   * and the safe overrides, given with `-c`, still win over every one of them.
   */
  extraConfig?: readonly (readonly [key: string, value: string])[];
  /** Read a repository owned by another user too (the user's explicit opt-in); otherwise git refuses it, whatever `safe.directory` says. */
  allowForeignOwners?: boolean;
}

/** Config overrides passed as `-c` on every call; command-line config beats every config file. */
export const SAFE_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.editor=true',
  'sequence.editor=true',
  'core.sshCommand=false',
  'core.askPass=',
  'diff.external=',
  'credential.helper=',
  'gpg.program=false',
  'gpg.ssh.program=false',
  'gpg.x509.program=false',
  'log.showSignature=false',
  'color.ui=false',
  'protocol.allow=never',
  // An empty value empties the safe.directory list git read from the user's and the system's config (a global
  // `safe.directory=*` included): a repository owned by another user is refused unless the call opts in.
  'safe.directory=',
];

/** Appended to SAFE_CONFIG when a call opts in to repositories owned by another user. */
const FOREIGN_OWNERS_ALLOWED = 'safe.directory=*';

/** Global options that go before the subcommand on every call. */
export const SAFE_GLOBAL_OPTIONS: readonly string[] = ['--no-pager', '--no-optional-locks'];

/** Options every `git log` call adds so no diff program or signature check can run. */
export const SAFE_LOG_OPTIONS: readonly string[] = ['--no-ext-diff', '--no-textconv', '--no-show-signature', '--no-color', '--no-notes', '--encoding=UTF-8'];

// Environment variables that name programs or redirect git to another repository: never inherited.
const DROPPED_ENV = new Set([
  'EDITOR', 'VISUAL', 'PAGER', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_PAGER', 'GIT_ASKPASS', 'SSH_ASKPASS',
  'GIT_EXTERNAL_DIFF', 'GIT_PROXY_COMMAND', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_TEMPLATE_DIR',
  'GIT_CONFIG_COUNT', 'GIT_CONFIG_PARAMETERS', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE',
  'GIT_SHALLOW_FILE', 'GIT_EXEC_PATH',
]);

/** The environment git runs with: the caller's, minus program-naming variables, plus no prompts. */
export function safeEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    const upper = key.toUpperCase();
    if (value === undefined || DROPPED_ENV.has(upper) || /^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(upper)) continue;
    env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** Config pairs as git's GIT_CONFIG_COUNT / GIT_CONFIG_KEY_<n> / GIT_CONFIG_VALUE_<n> variables (git 2.31 and later). */
export function configEnv(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  const env: Record<string, string> = {};
  if (!pairs.length) return env;
  pairs.forEach(([key, value], n) => {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(pairs.length);
  return env;
}

/**
 * How long after a timeout or cancel killed git its pipes may stay open before runGit closes them: a
 * program git started (ssh, a credential or fsmonitor helper, a wrapper script) can hold them open
 * after git is gone, and the call would otherwise never settle.
 */
const KILL_GRACE_MS = 3000;

/** simple-git options for one call; `unsafe` only allows the overrides we ourselves pass. */
function clientOptions(ctx: GitRunContext): Partial<SimpleGitOptions> {
  const gitPath = ctx.gitPath ?? 'git';
  return {
    baseDir: ctx.cwd,
    binary: gitPath,
    maxConcurrentProcesses: 1,
    trimmed: false,
    // `-c` beats GIT_CONFIG_COUNT: nothing passed in through extraConfig can undo a safe override.
    config: [...SAFE_CONFIG, ...(ctx.allowForeignOwners ? [FOREIGN_OWNERS_ALLOWED] : [])],
    timeout: { block: ctx.timeoutMs ?? 30_000 },
    // Resolve only when git's output streams have closed: the default (50 ms after exit) can cut a
    // streamed log short when several repositories are read at once.
    completion: { onExit: false, onClose: true },
    ...(ctx.signal ? { abort: ctx.signal } : {}),
    unsafe: {
      allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafePager: true, allowUnsafeEditor: true,
      allowUnsafeSshCommand: true, allowUnsafeAskPass: true, allowUnsafeDiffExternal: true,
      allowUnsafeCredentialHelper: true, allowUnsafeGpgProgram: true, allowUnsafeFilter: true,
      allowUnsafeProtocolOverride: true, allowUnsafeConfigEnvCount: true,
      // GIT_CONFIG_GLOBAL / GIT_CONFIG_NOSYSTEM are the user's own choice (and how tests isolate git).
      allowUnsafeConfigPaths: true,
      // A configured git path like "C:\Program Files\Git\bin\git.exe" comes from the user's settings.
      allowUnsafeCustomBinary: !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(gitPath),
    },
  };
}

/**
 * Runs `git <args>` with the safe config. With `onText`, stdout is streamed to it as decoded UTF-8
 * (invalid bytes become U+FFFD) and the call resolves to ''; otherwise it resolves to all of stdout.
 */
export async function runGit(ctx: GitRunContext, args: string[], onText?: (text: string) => void): Promise<string> {
  const git = simpleGit(clientOptions(ctx)).env({ ...safeEnv(), ...configEnv(ctx.extraConfig ?? []) });
  const pipes: (NodeJS.ReadableStream & { destroy(): void })[] = [];
  const closePipes = () => { for (const pipe of pipes) pipe.destroy(); };
  // simple-git's own timeout and abort kill git; this watchdog then closes whatever still holds the pipes.
  let watchdog: NodeJS.Timeout | undefined;
  const arm = (ms = (ctx.timeoutMs ?? 30_000) + KILL_GRACE_MS) => {
    clearTimeout(watchdog);
    watchdog = setTimeout(closePipes, ms);
  };
  const onAbort = () => arm(KILL_GRACE_MS);
  ctx.signal?.addEventListener('abort', onAbort, { once: true });
  git.outputHandler((_cmd, stdout, stderr) => {
    pipes.push(stdout as (typeof pipes)[number], stderr as (typeof pipes)[number]);
    if (onText) {
      // simple-git also keeps every chunk to hand back as one string at the end; a streamed call never
      // reads that copy, so its collector (the only 'data' listener so far) is detached.
      for (const listener of stdout.listeners('data')) stdout.off('data', listener as (...args: unknown[]) => void);
      const decoder = new StringDecoder('utf8');
      stdout.on('data', (chunk: Buffer) => onText(decoder.write(chunk)));
      stdout.on('end', () => {
        const rest = decoder.end();
        if (rest) onText(rest);
      });
    }
    stdout.on('data', () => arm());
    stderr.on('data', () => arm());
    // simple-git settles a call that printed nothing at all 50 ms after git exits (its completion plugin
    // waits for late output). An empty chunk once stdout has ended says the output is complete, so a quiet
    // call (a clean `status`, a log of an empty window, a config key that is not set) settles at once.
    stdout.once('end', () => stdout.emit('data', Buffer.alloc(0)));
    arm();
  });
  try {
    const out = await git.raw([...SAFE_GLOBAL_OPTIONS, ...args]);
    return onText ? '' : out;
  } finally {
    clearTimeout(watchdog);
    ctx.signal?.removeEventListener('abort', onAbort);
    closePipes();
  }
}

/** Turns a failed git call into one clear sentence about `path`. */
export function describeGitError(error: unknown, path: string): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/not a git repository/i.test(text)) return `not a git repository: ${path}`;
  if (/dubious ownership|safe\.directory/i.test(text)) return `git refuses to read ${path}: it is owned by another user (to read it anyway: --allow-foreign-owner, or the worklog.git.allowForeignOwners setting)`;
  if (/block timeout reached/i.test(text)) return `git timed out in ${path}`;
  if (/abort/i.test(text)) return `cancelled while reading ${path}`;
  if (/ENOENT|spawn .* ENOENT|not found/i.test(text) && !/fatal:/i.test(text)) return `git could not be run (is it installed?) for ${path}`;
  const fatal = text.split('\n').map(l => l.trim()).find(l => /^(fatal|error):/i.test(l));
  const line = fatal ?? text.split('\n').map(l => l.trim()).find(Boolean) ?? 'unknown error';
  return `git failed in ${path}: ${line.replace(/^(fatal|error):\s*/i, '')}`;
}
