/**
 * The plugin host: checks every configured instance against its plugin at start-up, runs the
 * instances, mounts channel webhooks under /hooks/<instance>, and reports health.
 *
 * A bad instance config refuses start-up (exit 2) with every problem named — instance, field,
 * what was expected — in the same way as any other bad setting: a typo in a bot token's field
 * name should not leave a team believing their Discord is watched.
 */
import { Hono } from 'hono';
import { ConfigError, type StewardConfig } from '../config/index.ts';
import type { IntakeService } from '../intake/index.ts';
import type { Logger } from '../logger.ts';
import type { PluginDefinition } from '../plugin-api/index.ts';
import type { Store } from '../store/index.ts';
import { checkInstanceConfig, redactSecrets } from './instance-config.ts';
import { collectPlugins, type LoadedPlugin } from './plugin-loader.ts';
import { PluginInstance, type InstanceOptions, type InstanceStatus } from './plugin-instance.ts';

export interface PluginHostDeps {
  config: StewardConfig;
  store: Store;
  intake: IntakeService;
  log: Logger;
  builtIn: readonly PluginDefinition[];
  instanceOptions?: Partial<InstanceOptions>;
}

export class PluginHost {
  private plugins = new Map<string, LoadedPlugin>();
  private readonly instances = new Map<string, PluginInstance>();
  private loaded = false;

  constructor(private readonly deps: PluginHostDeps) {}

  /** Loads plugins and checks every instance's config. Throws ConfigError listing every problem. */
  async load(): Promise<void> {
    if (this.loaded) return;
    const { config } = this.deps;
    this.plugins = await collectPlugins(this.deps.builtIn, config.plugins.directory);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const spec of config.plugins.instances) {
      if (seen.has(spec.id)) problems.push(`plugin instance "${spec.id}" is configured twice`);
      seen.add(spec.id);
      const plugin = this.plugins.get(spec.plugin);
      if (!plugin) {
        problems.push(`plugin instance "${spec.id}": no plugin "${spec.plugin}" (available: ${[...this.plugins.keys()].sort().join(', ') || 'none'})`);
        continue;
      }
      const instanceConfig = structuredClone(spec.config ?? {});
      problems.push(...checkInstanceConfig(spec.id, plugin.definition, instanceConfig));
      if (spec.enabled === false) continue;
      this.instances.set(
        spec.id,
        new PluginInstance(spec.id, plugin.definition, instanceConfig, {
          store: this.deps.store,
          intake: this.deps.intake,
          log: this.deps.log,
          holderId: config.instanceId,
          maxItemsPerCall: config.intake.maxItemsPerRequest,
        }, this.deps.log, {
          startTimeoutMs: config.plugins.startTimeoutMs,
          stopTimeoutMs: config.plugins.stopTimeoutMs,
          ...this.deps.instanceOptions,
        }, spec.rateLimit ?? plugin.definition.rateLimit),
      );
    }
    for (const [route, target] of Object.entries(config.routes)) {
      const spec = config.plugins.instances.find((i) => i.id === target);
      if (!spec) problems.push(`route "${route}": no plugin instance "${target}"`);
      else if (this.plugins.get(spec.plugin)?.definition.kind !== 'escalation') problems.push(`route "${route}": instance "${target}" is not an escalation target`);
    }
    if (problems.length > 0) throw new ConfigError(problems);
    this.loaded = true;
  }

  /** Starts every enabled instance in parallel. Never throws: failures are retried and reported. */
  async startAll(): Promise<void> {
    await this.load();
    await Promise.all([...this.instances.values()].map((i) => i.start()));
  }

  /** Stops every instance; each waits at most its stop timeout. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.instances.values()].map((i) => i.stop()));
  }

  get(instanceId: string): PluginInstance | undefined {
    return this.instances.get(instanceId);
  }

  all(): PluginInstance[] {
    return [...this.instances.values()];
  }

  availablePlugins(): Array<{ id: string; version: string; kind: string; source: string }> {
    return [...this.plugins.values()].map((p) => ({ id: p.definition.id, version: p.definition.version, kind: p.definition.kind, source: p.source }));
  }

  /** Status of every instance, with its config as configured but secrets redacted. */
  statuses(): Array<InstanceStatus & { config: unknown }> {
    return this.deps.config.plugins.instances
      .filter((spec) => this.instances.has(spec.id))
      .map((spec) => ({
        ...this.instances.get(spec.id)!.status(),
        config: redactSecrets(spec.config ?? {}, this.plugins.get(spec.plugin)?.definition.configSchema),
      }));
  }

  /** Webhook routes of running channel instances under /hooks/<instance>. */
  hooksApp(): Hono {
    const app = new Hono();
    app.all('/hooks/:instance/*', (c) => this.dispatchHook(c.req.param('instance'), c.req.raw));
    app.all('/hooks/:instance', (c) => this.dispatchHook(c.req.param('instance'), c.req.raw));
    return app;
  }

  private async dispatchHook(instanceId: string, request: Request): Promise<Response> {
    const routes = this.instances.get(instanceId)?.hookRoutes;
    if (!routes) return Response.json({ error: { code: 'not_found', message: `No running channel instance "${instanceId}" with webhooks.` } }, { status: 404 });
    const url = new URL(request.url);
    url.pathname = url.pathname.slice(`/hooks/${instanceId}`.length) || '/';
    return routes.fetch(new Request(url, request));
  }
}
