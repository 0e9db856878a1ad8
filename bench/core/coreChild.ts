/**
 * The in-process core in a process of its own: the benchmark's main process holds its data and timings,
 * whose heap would slow every git spawn and collection of the core measured inside it. This child runs
 * one draft per message and reports the time it measured itself, so no message passing is timed.
 */
import { draftInProcess } from './draftCore';

/** A draft the parent asks for (dates as ISO strings). */
export interface CoreRequest {
  root: string;
  repositories: string[];
  author: string;
  since: string;
  until: string;
  /** Forget what earlier drafts learned about the repositories first. */
  cold?: boolean;
}

/** The child's answer: its own timing and the commits drafted, or why it failed. */
export type CoreReply = { ms: number; commitShas: string[] } | { error: string };

process.on('message', (request: CoreRequest) => {
  void (async () => {
    let reply: CoreReply;
    try {
      const started = performance.now();
      const draft = await draftInProcess(request.root, request.repositories, request.author, new Date(request.since), new Date(request.until), request.cold);
      reply = { ms: performance.now() - started, commitShas: draft.commitShas };
    } catch (e) {
      reply = { error: String((e as Error).stack ?? e) };
    }
    process.send?.(reply);
  })();
});
