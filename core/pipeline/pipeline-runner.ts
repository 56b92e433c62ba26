/**
 * The pipeline worker loop: claim a batch, run the stages in order, release what failed. Wakes
 * at once when intake commits on this replica, and polls for work taken in by other replicas or
 * left by a worker that died (its claim expires after the lease).
 */
import type { Logger } from '../logger.ts';
import { Waker } from '../shared/waker.ts';
import { claimBatch, countUnfinished, releaseFailed, rowToItem, type Store } from '../store/index.ts';
import { STAGE_NAMES, toWorkItem, type PipelineStage, type StageContext, type WorkItem } from './pipeline-stage.ts';

export interface PipelineOptions {
  workerId: string;
  batchSize: number;
  pollIntervalMs: number;
  leaseMs: number;
  maxAttempts: number;
  clock?: () => number;
}

export interface PipelineStats {
  processed: number;
  failedAttempts: number;
  batches: number;
}

export class PipelineRunner {
  private readonly stages: PipelineStage[];
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly waker = new Waker();
  readonly stats: PipelineStats = { processed: 0, failedAttempts: 0, batches: 0 };

  constructor(
    private readonly store: Store,
    stages: PipelineStage[],
    private readonly log: Logger,
    private readonly options: PipelineOptions,
  ) {
    // Stages run in the documented order whatever order they were registered in.
    this.stages = [...stages].sort((a, b) => STAGE_NAMES.indexOf(a.name) - STAGE_NAMES.indexOf(b.name));
    if (!this.stages.some((s) => s.name === 'act')) throw new Error('pipeline: an act stage is required');
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  /** Work is available: an idle worker starts now instead of at its next poll. */
  notify(): void {
    this.waker.wake();
  }

  /** Finishes the batch in hand, then stops. Items not yet claimed stay pending for the next start. */
  async stop(): Promise<void> {
    this.running = false;
    this.waker.wake();
    await this.loop;
  }

  /** Claims and processes one batch; returns how many items it claimed. */
  async runOnce(): Promise<number> {
    const now = this.now();
    const rows = await claimBatch(this.store.db, this.store.dialect, {
      workerId: this.options.workerId,
      limit: this.options.batchSize,
      leaseMs: this.options.leaseMs,
      now,
    });
    if (rows.length === 0) return 0;
    const batch = rows.map((r) => toWorkItem(r, rowToItem(r)));
    const ctx: StageContext = { store: this.store, workerId: this.options.workerId, log: this.log, now: () => this.now() };
    for (const stage of this.stages) {
      // Let waiting HTTP requests in between stages: a batch is tens of milliseconds of CPU on
      // the thread that also acknowledges intake.
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        await stage.run(batch, ctx);
      } catch (err) {
        // A throw is a bug in the stage: fail this attempt for every item not yet failed.
        this.log.error({ err, stage: stage.name, items: batch.length }, 'pipeline stage threw; the batch will be retried');
        for (const w of batch) w.failure ??= { stage: stage.name, reason: `${stage.name} threw: ${(err as Error).message}` };
        break;
      }
    }
    await this.releaseFailures(batch);
    this.stats.batches += 1;
    this.stats.processed += batch.filter((w) => !w.failure).length;
    return rows.length;
  }

  /** Resolves when no item is pending or claimed (used by tests, the benchmark and shutdown). */
  async waitUntilIdle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await countUnfinished(this.store.db)) > 0) {
      if (Date.now() > deadline) throw new Error('pipeline did not become idle in time');
      await Bun.sleep(20);
    }
  }

  private async releaseFailures(batch: WorkItem[]): Promise<void> {
    for (const w of batch) {
      if (!w.failure) continue;
      this.stats.failedAttempts += 1;
      const outcome = await releaseFailed(this.store.db, { id: w.item.id, attempts: w.attempts }, this.options.workerId, w.failure.reason, {
        maxAttempts: this.options.maxAttempts,
        now: this.now(),
      });
      this.log.warn({ item: w.item.id, stage: w.failure.stage, reason: w.failure.reason, outcome }, 'pipeline stage failed for an item');
    }
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.runOnce();
      } catch (err) {
        this.log.error({ err }, 'pipeline batch failed; retrying after the poll interval');
      }
      if (claimed > 0 || !this.running) continue;
      await this.waker.sleep(this.options.pollIntervalMs);
    }
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }
}
