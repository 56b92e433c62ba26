/**
 * The one place services are registered (CONVENTIONS.md §13). Business code receives its
 * dependencies as constructor or function arguments; only the composition root resolves.
 * Pipeline stages are registered under one token, so a later issue adds a stage with one line.
 */
import 'reflect-metadata';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';
import { TokenVerifier } from './auth/index.ts';
import type { StewardConfig } from './config/index.ts';
import { IntakeService } from './intake/index.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  actTargetsFromSnapshot, createActStage, createClassifyStage, createDecideStage, enrichStage, PipelineRunner, PipelineThread,
  type ActTargetsSnapshot, type PipelineDriver, type PipelineStage,
} from './pipeline/index.ts';
import { PolicyService } from './policy/index.ts';
import { createTriageClassifiers } from './triage-setup.ts';
import { resolve as resolvePath } from 'node:path';
import { openStore, type Store } from './store/index.ts';
import { OutboxRunner } from './outbox/index.ts';
import { PluginHost } from './plugin-host/index.ts';
import type { PluginDefinition } from './plugin-api/index.ts';

export const TOKENS = {
  Config: Symbol('Config'),
  Logger: Symbol('Logger'),
  Store: Symbol('Store'),
  TokenVerifier: Symbol('TokenVerifier'),
  IntakeService: Symbol('IntakeService'),
  PipelineStage: Symbol('PipelineStage'),
  PipelineRunner: Symbol('PipelineRunner'),
  PluginHost: Symbol('PluginHost'),
  OutboxRunner: Symbol('OutboxRunner'),
  PolicyService: Symbol('PolicyService'),
} as const;

export interface ContainerOptions {
  /** Replaces the default classify, enrich and decide stages (the act stage is always added). */
  stages?: PipelineStage[];
  logger?: Logger;
  /** Built-in plugins (plugins/index.ts), passed in so that core never imports plugins/. */
  plugins?: readonly PluginDefinition[];
}

export function buildContainer(config: StewardConfig, options: ContainerOptions = {}): DependencyContainer {
  const c = rootContainer.createChildContainer();
  c.register(TOKENS.Config, { useValue: config });
  c.register(TOKENS.Logger, { useValue: options.logger ?? createLogger(config.logLevel) });
  c.register(TOKENS.Store, {
    useValue: openStore(config.databaseUrl, {
      sqliteSynchronous: config.sqlite.synchronous,
      busyTimeoutMs: config.sqlite.busyTimeoutMs,
      poolSize: config.postgres.poolSize,
    }),
  });
  c.register(TOKENS.TokenVerifier, { useFactory: (d) => new TokenVerifier(d.resolve<Store>(TOKENS.Store)) });
  const policies = new PolicyService({ dir: resolvePath(config.policies.directory) });
  c.register(TOKENS.PolicyService, { useValue: policies });
  // The stages: classify (local model, optional Hugging Face) → enrich → decide (policies) → act.
  const stages: PipelineStage[] = options.stages ?? [
    ...(config.triage.enabled ? [createClassifyStage({ load: createTriageClassifiers(config) })] : []),
    enrichStage,
    createDecideStage(policies),
  ];
  for (const stage of stages) c.register(TOKENS.PipelineStage, { useValue: stage });
  // What the act stage may address, read from the running plugin instances.
  const actTargets = (d: DependencyContainer): ActTargetsSnapshot => {
    const host = getHost(d);
    const escalation: Record<string, string> = {};
    for (const instance of host.all()) if (instance.definition.kind === 'escalation') escalation[instance.id] = instance.id;
    for (const [route, id] of Object.entries(config.routes)) if (host.get(id)?.definition.kind === 'escalation') escalation[route] = id;
    const channelActions = Object.fromEntries(host.all().filter((i) => i.definition.kind === 'channel').map((i) => [i.id, i.status().actions]));
    return { escalation, channelActions, maxAttempts: config.outbox.maxAttempts };
  };
  const wakeOutbox = (d: DependencyContainer) => () => d.resolve<OutboxRunner>(TOKENS.OutboxRunner).notify();
  c.register(TOKENS.PipelineStage, {
    useFactory: (d) => createActStage(actTargetsFromSnapshot(() => actTargets(d), wakeOutbox(d))),
  });

  let host: PluginHost | undefined;
  // Singletons: the intake and the runner hold state (the commit queue, the worker loop).
  let runner: PipelineDriver | undefined;
  // Custom stages (tests) always run in this thread; a worker builds the standard stages itself.
  const getRunner = (d: DependencyContainer): PipelineDriver =>
    (runner ??= config.pipeline.thread === 'worker' && !options.stages
      ? new PipelineThread(config, () => actTargets(d), wakeOutbox(d), d.resolve<Logger>(TOKENS.Logger).child({ component: 'pipeline' }))
      : new PipelineRunner(d.resolve<Store>(TOKENS.Store), d.resolveAll<PipelineStage>(TOKENS.PipelineStage), d.resolve<Logger>(TOKENS.Logger).child({ component: 'pipeline' }), {
          workerId: config.instanceId,
          batchSize: config.pipeline.batchSize,
          pollIntervalMs: config.pipeline.pollIntervalMs,
          leaseMs: config.pipeline.leaseMs,
          maxAttempts: config.pipeline.maxAttempts,
        }));
  let intake: IntakeService | undefined;
  c.register(TOKENS.PipelineRunner, { useFactory: getRunner });
  c.register(TOKENS.IntakeService, {
    useFactory: (d) =>
      (intake ??= new IntakeService(d.resolve<Store>(TOKENS.Store), d.resolve<Logger>(TOKENS.Logger).child({ component: 'intake' }), {
        maxGroupCommitItems: config.intake.maxGroupCommitItems,
        onCommitted: () => getRunner(d).notify(),
      })),
  });
  const getHost = (d: DependencyContainer) =>
    (host ??= new PluginHost({
      config,
      store: d.resolve<Store>(TOKENS.Store),
      intake: d.resolve<IntakeService>(TOKENS.IntakeService),
      log: d.resolve<Logger>(TOKENS.Logger).child({ component: 'plugins' }),
      builtIn: options.plugins ?? [],
    }));
  c.register(TOKENS.PluginHost, { useFactory: getHost });
  let outbox: OutboxRunner | undefined;
  c.register(TOKENS.OutboxRunner, {
    useFactory: (d) => (outbox ??= new OutboxRunner(d.resolve<Store>(TOKENS.Store), getHost(d), config, d.resolve<Logger>(TOKENS.Logger).child({ component: 'outbox' }))),
  });
  return c;
}
