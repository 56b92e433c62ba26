/**
 * Runs outbox jobs through their plugin instances. Per instance: a token bucket (the plugin's
 * declared rate), a concurrency cap, and a pause when the platform said to come back later.
 * A job that fails is retried with exponential backoff and jitter; a PermanentError, or the last
 * attempt, parks it as a dead letter with its last error. Jobs are claimed with a lease, so a job
 * whose worker died is picked up again — delivery is at least once, and the idempotency key lets
 * the receiver drop a repeat.
 */
import type { StewardConfig } from '../config/index.ts';
import type { Logger } from '../logger.ts';
import { PermanentError, RetryableError, type Escalation, type PlatformAction } from '../plugin-api/index.ts';
import type { PluginHost, PluginInstance } from '../plugin-host/index.ts';
import { claimJobs, completeJob, failJob, recordEvents, releaseClaimedJobs, type OutboxJobRow, type Store } from '../store/index.ts';
import { GroupCommitter } from '../intake/index.ts';
import type { NewModerationEvent } from '../domain/moderation-event.ts';
import { Waker } from '../shared/waker.ts';
import { TokenBucket } from './token-bucket.ts';

/** The outcome of one attempt, written with others in one transaction (one fsync for many jobs). */
type Outcome =
  | { kind: 'done'; jobId: string; result: unknown; event?: NewModerationEvent }
  | { kind: 'failed'; jobId: string; error: string; retryAt: number | null; event?: NewModerationEvent };

export interface OutboxStats {
  delivered: number;
  failedAttempts: number;
  dead: number;
}

interface Lane {
  bucket: TokenBucket;
  concurrency: number;
  inFlight: number;
  pausedUntil: number;
  /** Pacing held jobs back on the last pass: wake when a token returns rather than at the poll. */
  heldBack: boolean;
  /** Jobs claimed ahead (under lease), waiting for a token and a free slot. */
  buffer: OutboxJobRow[];
}

/** A lane claims up to this many times its concurrency ahead: fewer claim transactions, still under lease. */
const CLAIM_AHEAD = 4;

export class OutboxRunner {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly waker = new Waker();
  private readonly lanes = new Map<string, Lane>();
  private readonly inFlight = new Set<Promise<void>>();
  readonly stats: OutboxStats = { delivered: 0, failedAttempts: 0, dead: 0 };
  private readonly outcomes: GroupCommitter<Outcome, void>;

  constructor(
    private readonly store: Store,
    private readonly host: PluginHost,
    private readonly config: StewardConfig,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {
    this.outcomes = new GroupCommitter((batch) => this.writeOutcomes(batch), 1000);
  }

  private async writeOutcomes(batch: Outcome[]): Promise<void[]> {
    const now = Date.now();
    await this.store.db.transaction().execute(async (trx) => {
      const events: NewModerationEvent[] = [];
      for (const o of batch) {
        if (o.kind === 'done') {
          // Only the worker still holding the claim records the outcome (fencing).
          if (await completeJob(trx, o.jobId, this.config.instanceId, o.result, now)) {
            if (o.event) events.push(o.event);
          }
        } else {
          await failJob(trx, o.jobId, this.config.instanceId, o.error, o.retryAt, now);
          if (o.event) events.push(o.event);
        }
      }
      await recordEvents(trx, events);
    });
    return batch.map(() => undefined);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop();
  }

  notify(): void {
    this.waker.wake();
  }

  /** Stops claiming and waits for jobs in hand (each bounded by the job timeout). */
  async stop(): Promise<void> {
    this.running = false;
    this.waker.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.outcomes.idle();
    // Jobs claimed ahead but never attempted go back now, not when their lease runs out.
    const buffered = [...this.lanes.values()].flatMap((lane) => lane.buffer.splice(0).map((j) => j.id));
    await releaseClaimedJobs(this.store.db, buffered, this.config.instanceId, Date.now());
  }

  /** One pass over every running instance; returns how many jobs it started. */
  async tick(): Promise<number> {
    let started = 0;
    for (const instance of this.host.all()) {
      if (instance.state !== 'running') continue;
      const lane = this.lane(instance);
      const now = Date.now();
      if (lane.pausedUntil > now) continue;
      const room = lane.concurrency * CLAIM_AHEAD - lane.inFlight - lane.buffer.length;
      if (room >= lane.concurrency) {
        const jobs = await claimJobs(this.store.db, this.store.dialect, {
          instanceId: instance.id,
          workerId: this.config.instanceId,
          limit: room,
          leaseMs: this.config.outbox.leaseMs,
          now,
        });
        lane.buffer.push(...jobs);
      }
      const capacity = Math.min(lane.bucket.available(), lane.concurrency - lane.inFlight, lane.buffer.length);
      // Jobs left waiting: the next pass comes as soon as pacing allows, not at the next poll.
      lane.heldBack = lane.buffer.length > capacity;
      for (const job of lane.buffer.splice(0, Math.max(0, capacity))) {
        lane.bucket.take();
        lane.inFlight += 1;
        const run = this.runJob(instance, lane, job).finally(() => {
          lane.inFlight -= 1;
          this.inFlight.delete(run);
          this.waker.wake();
        });
        this.inFlight.add(run);
        started += 1;
      }
    }
    return started;
  }

  private lane(instance: PluginInstance): Lane {
    let lane = this.lanes.get(instance.id);
    if (!lane) {
      const rate = instance.rateLimit;
      lane = {
        bucket: new TokenBucket(rate?.perSecond ?? 50, rate?.burst ?? Math.max(1, Math.ceil(rate?.perSecond ?? 50))),
        concurrency: rate?.concurrency ?? 8,
        inFlight: 0,
        pausedUntil: 0,
        heldBack: false,
        buffer: [],
      };
      this.lanes.set(instance.id, lane);
    }
    return lane;
  }

  private async runJob(instance: PluginInstance, lane: Lane, job: OutboxJobRow): Promise<void> {
    const attempt = Number(job.attempts);
    const delivery = { idempotencyKey: job.idempotency_key, attempt };
    try {
      const result = await withTimeout(this.deliver(instance, job, delivery), this.config.outbox.jobTimeoutMs);
      const now = Date.now();
      await this.outcomes.submit([{
        kind: 'done',
        jobId: job.id,
        result,
        ...(job.item_id
          ? { event: { item_id: job.item_id, type: 'delivered', actor_type: 'plugin', actor_id: instance.id, data: { job_id: job.id, kind: job.kind, result }, created_at: now } }
          : {}),
      }]);
      this.stats.delivered += 1;
    } catch (err) {
      await this.recordFailure(instance, lane, job, attempt, err);
    }
  }

  private async deliver(instance: PluginInstance, job: OutboxJobRow, delivery: { idempotencyKey: string; attempt: number }): Promise<unknown> {
    const payload = JSON.parse(job.payload);
    if (job.kind === 'escalation') {
      const target = instance.escalation;
      if (!target) throw new RetryableError(`instance ${instance.id} is not running`);
      return target.escalate(payload as Escalation, delivery);
    }
    const channel = instance.channel;
    if (!channel) throw new RetryableError(`instance ${instance.id} is not running`);
    const action = payload as PlatformAction;
    if (!channel.actions.includes(action.kind)) throw new PermanentError(`${instance.definition.id} does not support the action "${action.kind}"`);
    return channel.perform(action, delivery);
  }

  private async recordFailure(instance: PluginInstance, lane: Lane, job: OutboxJobRow, attempt: number, err: unknown): Promise<void> {
    const now = Date.now();
    const message = err instanceof Error ? err.message : String(err);
    const permanent = err instanceof PermanentError;
    const last = attempt >= Number(job.max_attempts);
    const retryAfter = err instanceof RetryableError ? err.retryAfterMs : undefined;
    // The platform asked the whole instance to slow down, not just this job.
    if (retryAfter !== undefined) lane.pausedUntil = Math.max(lane.pausedUntil, now + retryAfter);
    const { backoffBaseMs, backoffMaxMs } = this.config.outbox;
    const backoff = Math.min(backoffMaxMs, backoffBaseMs * 2 ** (attempt - 1)) * (0.5 + this.random() / 2);
    const retryAt = permanent || last ? null : now + Math.max(backoff, retryAfter ?? 0);
    const error = `attempt ${attempt}/${job.max_attempts}: ${message}`;
    await this.outcomes.submit([{
      kind: 'failed',
      jobId: job.id,
      error,
      retryAt,
      ...(retryAt === null && job.item_id
        ? { event: { item_id: job.item_id, type: 'delivery_failed', actor_type: 'plugin', actor_id: instance.id, data: { job_id: job.id, kind: job.kind, error }, created_at: now } }
        : {}),
    }]);
    this.stats.failedAttempts += 1;
    if (retryAt === null) {
      this.stats.dead += 1;
      this.log.error({ job: job.id, instance: instance.id, error }, 'outbox job is a dead letter');
    } else {
      this.log.warn({ job: job.id, instance: instance.id, error, retry_in_ms: retryAt - now }, 'outbox job failed; will retry');
    }
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      let started = 0;
      try {
        started = await this.tick();
      } catch (err) {
        this.log.error({ err }, 'outbox pass failed');
      }
      if (started > 0 || !this.running) continue;
      await this.waker.sleep(this.nextWakeMs());
    }
  }

  /** Sleep until the poll interval, or sooner when a paced lane gets a token back. */
  private nextWakeMs(): number {
    let ms = this.config.outbox.pollIntervalMs;
    for (const lane of this.lanes.values()) {
      if (lane.heldBack && lane.inFlight < lane.concurrency) ms = Math.min(ms, Math.max(5, lane.bucket.msUntilNext()));
      if (lane.pausedUntil > Date.now()) ms = Math.min(ms, Math.max(5, lane.pausedUntil - Date.now()));
    }
    return ms;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RetryableError(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
