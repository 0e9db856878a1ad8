/** Mining entry point (stub: contract only; implemented in the foundation work). */
import type { MiningResult, MineOptions } from './types';

/** Mines every repository in parallel (bounded); one repo's failure is reported in its RepositoryReport. */
export async function mine(_options: MineOptions): Promise<MiningResult> {
  throw new Error('not implemented');
}
