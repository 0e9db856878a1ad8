/**
 * Line and file counts of chosen commits, fetched in batches while a walk is still choosing, and kept by
 * repository and SHA: a commit's diff never changes, so a later walk fetches only commits it has not seen.
 */
import { allOrFirstError } from './repoInfo';
import { runGit, SAFE_LOG_OPTIONS } from './gitClient';
import type { GitRunContext } from './gitClient';
import { NUMSTAT_FORMAT, parseNumstat } from './logParser';
import type { NumStat } from './logParser';
import { limiter } from './pool';

// Commits per numstat call: the first small enough to start while a long walk still runs; the largest far
// below command-line length limits.
const NUMSTAT_FIRST_BATCH = 50;
const NUMSTAT_MAX_BATCH = 400;
const NUMSTAT_PARALLEL = 2;

/** Forgets every line count fetched so far. */
export function clearKnownStats(): void {
  knownStats.clear();
}

const MAX_KNOWN_STATS = 50_000;
/** Line counts already fetched, by repository and SHA: a commit's diff never changes, so a new walk re-fetches only new commits. */
const knownStats = new Map<string, NumStat>();

/** Line and file counts of chosen commits, fetched a batch at a time while the caller is still choosing. */
export class NumstatBatches {
  private queue: string[] = [];
  private readonly calls: Promise<void>[] = [];
  private readonly stats = new Map<string, NumStat>();
  private readonly limit = limiter(NUMSTAT_PARALLEL);
  private batchSize = NUMSTAT_FIRST_BATCH;

  /** With `enabled` false (a partial clone, whose blobs may be missing), nothing is fetched and every count is 0. */
  constructor(private readonly ctx: GitRunContext, private readonly enabled = true) {}

  /** Records a commit whose counts the walk itself printed. */
  known(sha: string, stat: NumStat): void {
    this.stats.set(sha, stat);
  }

  /** Queues a commit unless its counts are known; a full batch starts at once. Batches double in size, so a long walk spawns few processes. */
  add(sha: string): void {
    if (!this.enabled) return;
    const known = knownStats.get(`${this.ctx.cwd}\0${sha}`);
    if (known) {
      this.stats.set(sha, known);
      return;
    }
    this.queue.push(sha);
    if (this.queue.length >= this.batchSize) {
      this.flush();
      this.batchSize = Math.min(this.batchSize * 2, NUMSTAT_MAX_BATCH);
    }
  }

  /** Fetches what is still queued and resolves when every batch is in (rejects with the first failure). */
  async done(): Promise<Map<string, NumStat>> {
    this.flush();
    await allOrFirstError(this.calls);
    return this.stats;
  }

  /** Starts a batch with whatever is queued now. */
  flush(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const call = this.limit(async () => {
      const text = await runGit(this.ctx, ['log', ...SAFE_LOG_OPTIONS, '--no-walk=unsorted', '--numstat', '-z', '-M', NUMSTAT_FORMAT, ...batch, '--']);
      if (knownStats.size >= MAX_KNOWN_STATS) knownStats.clear();
      for (const [sha, s] of parseNumstat(text)) {
        this.stats.set(sha, s);
        knownStats.set(`${this.ctx.cwd}\0${sha}`, s);
      }
    });
    // Handled now so a failure while the walk still runs is not an unhandled rejection; done() reports it.
    call.catch(() => undefined);
    this.calls.push(call);
  }
}

