/**
 * One running plugin instance: create → start with a timeout; on a throw, a timeout or ctx.fail()
 * it is marked unhealthy and started again with exponential backoff (1 s … 60 s). stop() never
 * waits longer than the stop timeout, whatever the plugin does.
 */
import type { Logger } from '../logger.ts';
import type { ChannelInstance, EscalationInstance, PluginDefinition } from '../plugin-api/index.ts';
import { createPluginContext, type ContextDeps, type InstanceContext } from './plugin-context-factory.ts';

export const INSTANCE_STATES = ['starting', 'running', 'failed', 'stopping', 'stopped'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

export interface InstanceStatus {
  id: string;
  plugin: string;
  version: string;
  kind: PluginDefinition['kind'];
  state: InstanceState;
  healthy: boolean;
  last_error: string | null;
  restarts: number;
  next_restart_at: string | null;
  actions: string[];
}

export interface InstanceOptions {
  startTimeoutMs: number;
  stopTimeoutMs: number;
  restartBaseMs?: number;
  restartMaxMs?: number;
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export class PluginInstance {
  state: InstanceState = 'stopped';
  lastError: string | null = null;
  restarts = 0;
  /** The plugin's own report that it runs but cannot do its job (reportHealth); null when fine. */
  degraded: string | null = null;
  private instance: ChannelInstance | EscalationInstance | undefined;
  private context: InstanceContext | undefined;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private nextRestartAt: number | null = null;
  private wanted = false;
  /** Bumped on every (re)start so a late failure of an old generation is ignored. */
  private generation = 0;

  constructor(
    readonly id: string,
    readonly definition: PluginDefinition,
    private readonly config: Record<string, unknown>,
    private readonly contextDeps: Omit<ContextDeps, 'instanceId' | 'onFail'>,
    private readonly log: Logger,
    private readonly options: InstanceOptions,
    /** Outbox pacing: the instance's override from config, else the plugin's own. */
    readonly rateLimit: PluginDefinition['rateLimit'] = definition.rateLimit,
  ) {}

  get channel(): ChannelInstance | undefined {
    return this.state === 'running' && this.definition.kind === 'channel' ? (this.instance as ChannelInstance) : undefined;
  }

  /**
   * Webhook routes of a channel that is running or still starting: a platform may deliver as
   * soon as start() registered the webhook, before the instance is marked running.
   */
  get hookRoutes(): ChannelInstance['routes'] {
    const live = this.state === 'running' || this.state === 'starting';
    return live && this.definition.kind === 'channel' ? (this.instance as ChannelInstance | undefined)?.routes : undefined;
  }

  get escalation(): EscalationInstance | undefined {
    return this.state === 'running' && this.definition.kind === 'escalation' ? (this.instance as EscalationInstance) : undefined;
  }

  /** Starts the instance; never throws — a failure is recorded and retried with backoff. */
  async start(): Promise<void> {
    this.wanted = true;
    const generation = ++this.generation;
    this.state = 'starting';
    this.degraded = null;
    this.context = createPluginContext({
      ...this.contextDeps,
      instanceId: this.id,
      onFail: (error) => {
        if (generation === this.generation) void this.handleFailure(error, 'reported failure');
      },
      onHealth: (health) => {
        if (generation !== this.generation) return;
        const next = health.ok ? null : health.reason;
        if (next !== this.degraded) this.log[next ? 'warn' : 'info']({ instance: this.id, reason: next ?? undefined }, next ? 'plugin instance reports it is unhealthy' : 'plugin instance reports it is healthy again');
        this.degraded = next;
      },
    });
    try {
      const created = await withTimeout(
        Promise.resolve(this.definition.create(this.context.ctx, structuredClone(this.config) as never)),
        this.options.startTimeoutMs,
        'create()',
      );
      this.instance = created;
      await withTimeout(Promise.resolve(created.start?.()), this.options.startTimeoutMs, 'start()');
      if (generation !== this.generation || !this.wanted) return;
      this.state = 'running';
      this.lastError = null;
      this.log.info({ instance: this.id, plugin: this.definition.id }, 'plugin instance started');
    } catch (err) {
      if (generation === this.generation) await this.handleFailure(err as Error, 'start failed');
    }
  }

  /** Stops the instance, waiting at most the stop timeout for the plugin. */
  async stop(): Promise<void> {
    this.wanted = false;
    this.generation += 1;
    clearTimeout(this.restartTimer);
    this.nextRestartAt = null;
    await this.teardown();
    this.state = 'stopped';
  }

  status(): InstanceStatus {
    return {
      id: this.id,
      plugin: this.definition.id,
      version: this.definition.version,
      kind: this.definition.kind,
      state: this.state,
      healthy: this.state === 'running' && this.degraded === null,
      last_error: this.degraded ?? this.lastError,
      restarts: this.restarts,
      next_restart_at: this.nextRestartAt ? new Date(this.nextRestartAt).toISOString() : null,
      actions: this.definition.kind === 'channel' && this.instance ? [...(this.instance as ChannelInstance).actions] : [],
    };
  }

  private async teardown(): Promise<void> {
    const instance = this.instance;
    const context = this.context;
    this.instance = undefined;
    this.context = undefined;
    if (!context) return;
    this.state = 'stopping';
    context.dispose();
    try {
      await withTimeout(Promise.resolve(instance?.stop?.()), this.options.stopTimeoutMs, 'stop()');
    } catch (err) {
      this.log.warn({ instance: this.id, err }, 'plugin instance did not stop cleanly; moving on');
    }
  }

  private async handleFailure(error: Error, what: string): Promise<void> {
    this.lastError = `${what}: ${error?.message ?? String(error)}`;
    this.log.error({ instance: this.id, plugin: this.definition.id, err: error }, `plugin instance ${what}; restarting with backoff`);
    this.generation += 1;
    await this.teardown();
    this.state = 'failed';
    if (!this.wanted) return;
    const base = this.options.restartBaseMs ?? 1000;
    const delay = Math.min(this.options.restartMaxMs ?? 60_000, base * 2 ** this.restarts);
    this.restarts += 1;
    this.nextRestartAt = Date.now() + delay;
    this.restartTimer = setTimeout(() => {
      this.nextRestartAt = null;
      if (this.wanted) void this.start();
    }, delay);
  }
}
