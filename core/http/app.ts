/** The HTTP application: health, the versioned JSON API, one error handler. */
import { Hono } from 'hono';
import type { TokenVerifier } from '../auth/index.ts';
import { StewardError } from '../errors.ts';
import type { IntakeService } from '../intake/index.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/index.ts';
import { requireApiToken } from './auth-middleware.ts';
import { errorResponse } from './error-handler.ts';
import { healthRoutes, type ReadinessCheck } from './health-routes.ts';
import { itemActionsRoutes } from './item-actions-routes.ts';
import { itemsRoutes } from './items-routes.ts';
import { moderationRoutes } from './moderation-routes.ts';
import { metricsRoutes } from './metrics-routes.ts';
import type { PipelineDriver } from '../pipeline/index.ts';
import { outboxRoutes, pluginsRoutes } from './plugins-routes.ts';
import type { StewardConfig } from '../config/index.ts';
import type { OutboxRunner } from '../outbox/index.ts';
import type { PluginHost } from '../plugin-host/index.ts';

export interface HttpAppDeps {
  store: Store;
  intake: IntakeService;
  tokens: TokenVerifier;
  log: Logger;
  maxItemsPerRequest: number;
  maxBodyBytes: number;
  readinessChecks?: () => ReadinessCheck[];
  config: StewardConfig;
  plugins: PluginHost;
  outbox: OutboxRunner;
  pipeline: PipelineDriver;
}

export function createHttpApp(deps: HttpAppDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err, deps.log));
  app.notFound((c) => c.json(new StewardError('not_found', `No route ${c.req.method} ${c.req.path}.`).toJSON(), 404));

  app.route('/', healthRoutes(deps.store, () => [pluginReadiness(deps.plugins), ...(deps.readinessChecks?.() ?? [])]));
  app.route('/', metricsRoutes({ store: deps.store, pipeline: deps.pipeline, outbox: deps.outbox, plugins: deps.plugins }));
  // Webhooks authenticate themselves the platform's way (signatures, secret tokens), not with our tokens.
  app.route('/', deps.plugins.hooksApp());

  const api = new Hono();
  api.use('*', requireApiToken(deps.tokens));
  api.route('/items', itemsRoutes(deps));
  api.route('/items', moderationRoutes(deps.store));
  api.route('/items', itemActionsRoutes({ store: deps.store, host: deps.plugins, outbox: deps.outbox, config: deps.config }));
  api.route('/plugins', pluginsRoutes(deps.plugins));
  api.route('/outbox', outboxRoutes(deps.store, deps.outbox));
  app.route('/api/v1', api);
  return app;
}

/**
 * Not ready while any enabled plugin instance is not running (it is restarted with backoff
 * meanwhile) or says it cannot do its job (reportHealth).
 */
function pluginReadiness(host: PluginHost): ReadinessCheck {
  return {
    name: 'plugins',
    check: async () => {
      const unhealthy = host.all().filter((i) => i.state !== 'running' || i.degraded !== null);
      return unhealthy.length === 0
        ? { ok: true }
        : { ok: false, detail: unhealthy.map((i) => `${i.id}: ${i.degraded ? `running but unhealthy (${i.degraded})` : `${i.state}${i.lastError ? ` (${i.lastError})` : ''}`}`).join('; ') };
    },
  };
}
