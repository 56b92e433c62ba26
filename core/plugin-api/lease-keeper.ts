/**
 * Holds a lease for work that must run once per bot across replicas (a gateway session, a
 * poller): takes it, renews it on the scheduler, retries while another replica holds it, and
 * stops the work when a renewal is refused.
 *
 * @example
 * const keeper = new LeaseKeeper({ ctx, name: 'poller', ttlMs: 30_000,
 *   onAcquired: async () => poller.start(), onLost: async () => poller.stop() });
 * await keeper.start();   // in the instance's start()
 * await keeper.stop();    // in its stop(), after stopping the work
 */
import type { Lease, PluginContext } from './plugin-context.ts';

export interface LeaseKeeperOptions {
  ctx: PluginContext;
  name: string;
  ttlMs: number;
  /** Starts the work once the lease is held. A throw is reported through ctx.fail(). */
  onAcquired: () => Promise<void>;
  /** Stops the work: the lease was lost (another replica may already run it). */
  onLost: () => Promise<void>;
}

export class LeaseKeeper {
  private lease: Lease | undefined;
  private task: { cancel(): void } | undefined;
  private stopped = false;
  private waitingLogged = false;

  constructor(private readonly opts: LeaseKeeperOptions) {}

  get held(): boolean {
    return this.lease !== undefined;
  }

  /** Tries once now, then every ttl/3: renew while held, try to take it while not. */
  async start(): Promise<void> {
    await this.tick();
    // ttl/3 leaves two chances to renew before the lease expires under a slow database.
    this.task = this.opts.ctx.scheduler.every(Math.max(50, Math.floor(this.opts.ttlMs / 3)), () => this.tick());
  }

  /** Stops renewing; the caller stops the work first, then this releases the lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.task?.cancel();
    const lease = this.lease;
    this.lease = undefined;
    await lease?.release().catch((err: unknown) => this.opts.ctx.log.warn({ err }, `could not release the ${this.opts.name} lease; it expires on its own`));
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const { ctx, name, ttlMs } = this.opts;
    if (this.lease) {
      // A renewal that throws (database unreachable) counts as lost: after ttl another replica
      // may take over, and two copies of the work (two gateway sessions, two pollers) would run.
      const renewed = await this.lease.renew().catch((err: unknown) => (ctx.log.warn({ err }, `${name} lease renewal failed`), false));
      if (renewed || this.stopped) return;
      ctx.log.warn({ lease: name }, `lost the ${name} lease to another replica; stopping until it can be taken again`);
      this.lease = undefined;
      await this.opts.onLost();
      return;
    }
    const lease = await ctx.acquireLease(name, ttlMs);
    if (!lease) {
      if (!this.waitingLogged) ctx.log.info({ lease: name }, `another replica holds the ${name} lease; standing by`);
      this.waitingLogged = true;
      return;
    }
    if (this.stopped) {
      await lease.release();
      return;
    }
    this.lease = lease;
    this.waitingLogged = false;
    ctx.log.info({ lease: name }, `took the ${name} lease`);
    try {
      await this.opts.onAcquired();
    } catch (err) {
      ctx.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
