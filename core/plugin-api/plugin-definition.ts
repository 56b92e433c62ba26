/** The shape of a plugin and `definePlugin()`, which checks it at load time. */
import type { Hono } from 'hono';
import type { ActionKind, ActionResult, Escalation, PlatformAction } from './actions.ts';
import type { PluginContext } from './plugin-context.ts';

export const PLUGIN_KINDS = ['channel', 'escalation'] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/** A JSON Schema object for the plugin's config. Mark secrets with `"secret": true`. */
export type ConfigSchema = Record<string, unknown> & { type: 'object' };

/** Idempotency key of an outbox job; pass it to platforms that accept one. */
export interface DeliveryOptions {
  idempotencyKey: string;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface InstanceLifecycle {
  /** Starts long-running work (a gateway session, a poller). Must return; run loops in the background. */
  start?(): Promise<void>;
  /** Stops it. Must return within the host's stop timeout; the host moves on after it either way. */
  stop?(): Promise<void>;
}

export interface ChannelInstance extends InstanceLifecycle {
  /** Webhook routes, mounted under /hooks/<instance-id>. */
  routes?: Hono;
  /** The actions this channel can take on its platform. */
  actions: readonly ActionKind[];
  /** Performs one action. Throw RetryableError or PermanentError to say what went wrong. */
  perform(action: PlatformAction, options: DeliveryOptions): Promise<ActionResult>;
}

export interface EscalationInstance extends InstanceLifecycle {
  /** Hands the escalation to the team's tool and returns its reference there (ticket id, URL). */
  escalate(escalation: Escalation, options: DeliveryOptions): Promise<{ externalRef: string }>;
}

interface PluginBase<Config> {
  /** kebab-case, unique. */
  id: string;
  /** semver. */
  version: string;
  description?: string;
  configSchema: ConfigSchema;
  /** Outbox pacing for this plugin's jobs, per instance. */
  rateLimit?: { perSecond: number; burst?: number; concurrency?: number };
  _config?: Config;
}

export interface ChannelPlugin<Config = Record<string, unknown>> extends PluginBase<Config> {
  kind: 'channel';
  create(ctx: PluginContext, config: Config): Promise<ChannelInstance> | ChannelInstance;
}

export interface EscalationPlugin<Config = Record<string, unknown>> extends PluginBase<Config> {
  kind: 'escalation';
  create(ctx: PluginContext, config: Config): Promise<EscalationInstance> | EscalationInstance;
}

export type PluginDefinition<Config = any> = ChannelPlugin<Config> | EscalationPlugin<Config>;

export const PLUGIN_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

export class PluginDefinitionError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'PluginDefinitionError';
  }
}

/** Problems with a definition, each naming the field; empty when it is well formed. */
export function checkPluginDefinition(def: unknown): PluginDefinitionError[] {
  const problems: PluginDefinitionError[] = [];
  if (!def || typeof def !== 'object') return [new PluginDefinitionError('default export', 'must be an object made by definePlugin()')];
  const d = def as Record<string, unknown>;
  if (typeof d.id !== 'string' || !PLUGIN_ID_PATTERN.test(d.id)) problems.push(new PluginDefinitionError('id', `must be kebab-case (got ${JSON.stringify(d.id)})`));
  if (typeof d.version !== 'string' || !SEMVER.test(d.version)) problems.push(new PluginDefinitionError('version', `must be semver such as 1.0.0 (got ${JSON.stringify(d.version)})`));
  if (d.kind !== 'channel' && d.kind !== 'escalation') problems.push(new PluginDefinitionError('kind', `must be "channel" or "escalation" (got ${JSON.stringify(d.kind)})`));
  if (!d.configSchema || typeof d.configSchema !== 'object' || (d.configSchema as { type?: unknown }).type !== 'object') {
    problems.push(new PluginDefinitionError('configSchema', 'must be a JSON Schema with type "object"'));
  }
  if (typeof d.create !== 'function') problems.push(new PluginDefinitionError('create', 'must be a function (ctx, config) => instance'));
  return problems;
}

/**
 * Declares a plugin. Checks the shape at once, so a broken plugin fails at load with the field
 * named rather than later at run time.
 *
 * @example
 * export default definePlugin({
 *   id: 'webhook', version: '1.0.0', kind: 'escalation',
 *   configSchema: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, secret: { type: 'string', secret: true } } },
 *   create: (ctx, config) => ({ escalate: async (e, { idempotencyKey }) => ({ externalRef: e.id }) }),
 * });
 */
export function definePlugin<Config = Record<string, unknown>>(def: ChannelPlugin<Config>): ChannelPlugin<Config>;
export function definePlugin<Config = Record<string, unknown>>(def: EscalationPlugin<Config>): EscalationPlugin<Config>;
export function definePlugin(def: PluginDefinition): PluginDefinition {
  const problems = checkPluginDefinition(def);
  if (problems.length > 0) throw problems[0];
  return Object.freeze(def);
}
