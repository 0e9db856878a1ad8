/** Drives bench/core/coreChild.ts: one long-lived child process that drafts on request and times itself. */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { CoreReply, CoreRequest } from './core/coreChild';

/** A running core child. */
export interface CoreProcess {
  /** Drafts in the child; resolves with the child's own timing (ms) and the drafted commits. */
  draft(root: string, repositories: string[], author: string, since: Date, until: Date, cold?: boolean): Promise<{ ms: number; commitShas: string[] }>;
  /** Ends the child. */
  close(): void;
}

/** Starts the child from its bundle; it inherits this process's (hermetic) environment. */
export function startCoreProcess(bundle: string): CoreProcess {
  const child: ChildProcess = fork(bundle, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending: { resolve: (r: { ms: number; commitShas: string[] }) => void; reject: (e: Error) => void } | undefined;
  child.on('message', (reply: CoreReply) => {
    const p = pending;
    pending = undefined;
    if (!p) return;
    if ('error' in reply) p.reject(new Error(reply.error));
    else p.resolve(reply);
  });
  child.on('exit', code => {
    pending?.reject(new Error(`core child exited with ${code}`));
    pending = undefined;
  });
  return {
    draft(root, repositories, author, since, until, cold = false) {
      if (pending) return Promise.reject(new Error('core child is busy'));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        const request: CoreRequest = { root, repositories, author, since: since.toISOString(), until: until.toISOString(), cold };
        child.send(request);
      });
    },
    close() {
      child.kill();
    },
  };
}
