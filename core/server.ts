/**
 * `steward serve`: migrate, start the pipeline, serve HTTP. On SIGTERM or SIGINT: stop taking
 * requests, let in-flight intake commit, finish the pipeline batch in hand, close the database,
 * exit 0. A second signal, or the shutdown timeout, exits at once.
 */
import type { DependencyContainer } from 'tsyringe';
import type { StewardConfig } from './config/index.ts';
import { TOKENS } from './container.ts';
import { createHttpApp } from './http/index.ts';
import type { IntakeService } from './intake/index.ts';
import type { Logger } from './logger.ts';
import type { PipelineDriver } from './pipeline/index.ts';
import { migrateToLatest, type Store } from './store/index.ts';
import type { TokenVerifier } from './auth/index.ts';
import type { Hono } from 'hono';
import type { OutboxRunner } from './outbox/index.ts';
import type { PluginHost } from './plugin-host/index.ts';
import { ConfigError } from './config/index.ts';
import { ensurePolicyDirectory, formatLoadError, ruleIndexFor, type PolicyService } from './policy/index.ts';
import { recordPolicyVersion } from './store/index.ts';
import { resolve } from 'node:path';

export interface RunningServer {
  port: number;
  url: string;
  /** Graceful stop; resolves when everything is drained and closed. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Lets the composition root add routes (web console, plugin webhooks) before serving. */
  extendApp?: (app: Hono) => void;
  /** Extra shutdown work, run after intake stops and before the database closes. */
  beforeClose?: () => Promise<void>;
}

export async function startServer(container: DependencyContainer, options: StartServerOptions = {}): Promise<RunningServer> {
  const config = container.resolve<StewardConfig>(TOKENS.Config);
  const log = container.resolve<Logger>(TOKENS.Logger);
  const store = container.resolve<Store>(TOKENS.Store);
  const { applied } = await migrateToLatest(store);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');

  const intake = container.resolve<IntakeService>(TOKENS.IntakeService);
  const pipeline = container.resolve<PipelineDriver>(TOKENS.PipelineRunner);
  const plugins = container.resolve<PluginHost>(TOKENS.PluginHost);
  const outbox = container.resolve<OutboxRunner>(TOKENS.OutboxRunner);
  // Loading checks every plugin instance's config: a bad one stops start-up here (ConfigError).
  await plugins.load();
  const policies = container.resolve<PolicyService>(TOKENS.PolicyService);
  await startPolicies(policies, resolve(config.policies.directory), store, log);
  const app = createHttpApp({
    config,
    plugins,
    outbox,
    pipeline,
    store,
    intake,
    tokens: container.resolve<TokenVerifier>(TOKENS.TokenVerifier),
    log: log.child({ component: 'http' }),
    maxItemsPerRequest: config.intake.maxItemsPerRequest,
    maxBodyBytes: config.intake.maxBodyBytes,
  });
  options.extendApp?.(app);

  const server = Bun.serve({
    port: config.port,
    hostname: config.host,
    // A backstop only: readJsonBody enforces the configured limit with a proper 413.
    maxRequestBodySize: config.intake.maxBodyBytes * 2 + 1024 * 1024,
    fetch: app.fetch,
  });
  if (config.pipeline.enabled) pipeline.start();
  await plugins.startAll();
  outbox.start();
  const port = server.port ?? config.port;
  log.info({ port, database: store.description, instance: config.instanceId }, 'steward is serving');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down: intake closed, draining');
      const timer = setTimeout(() => {
        log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting with work unfinished (it stays pending)');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      // Outside traffic first (HTTP, webhooks, channel plugins), then what is in hand drains.
      await server.stop(false);
      await plugins.stopAll();
      await intake.close();
      await pipeline.stop();
      await outbox.stop();
      policies.stop();
      await options.beforeClose?.();
      await store.close();
      clearTimeout(timer);
      log.info('stopped');
    })());
  return { port, url: `http://127.0.0.1:${port}`, stop };
}

/** Wires SIGTERM/SIGINT to a graceful stop and exit 0; a second signal exits immediately. */
export function exitOnSignals(server: RunningServer, log: Logger): void {
  let received = 0;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      received += 1;
      if (received > 1) process.exit(130);
      log.info({ signal }, 'signal received');
      server.stop().then(
        () => process.exit(0),
        (err) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

/**
 * Loads the policy packs (writing the shipped defaults first when the directory is missing),
 * records every loaded version, and watches for edits. At start-up a broken set refuses to
 * start — there is no earlier good set to fall back on; later, a broken edit is logged and the
 * last good set keeps deciding.
 */
async function startPolicies(policies: PolicyService, dir: string, store: Store, log: Logger): Promise<void> {
  if (ensurePolicyDirectory(dir)) log.info({ dir }, 'created the policies directory with the default packs');
  policies.onVersionLoaded(async (version, set) => {
    await recordPolicyVersion(store.db, {
      rule_index: ruleIndexFor(set),
      hash: version.hash,
      loaded_at: Date.parse(version.loaded_at),
      loaded_by: version.loaded_by,
      files: version.files,
      rules: version.rules,
    });
    log.info({ version: version.hash, loaded_by: version.loaded_by }, 'policy set loaded');
  });
  policies.onLoadError((errors) => {
    for (const e of errors) log.error({ policy_error: e }, `policy not loaded; the last good set keeps deciding: ${formatLoadError(e)}`);
  });
  const first = await policies.start('startup');
  if (!first.ok) throw new ConfigError(first.errors.map((e) => `policies: ${formatLoadError(e)}`));
}
