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
import { itemsRoutes } from './items-routes.ts';

export interface HttpAppDeps {
  store: Store;
  intake: IntakeService;
  tokens: TokenVerifier;
  log: Logger;
  maxItemsPerRequest: number;
  maxBodyBytes: number;
  readinessChecks?: () => ReadinessCheck[];
}

export function createHttpApp(deps: HttpAppDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => errorResponse(c, err, deps.log));
  app.notFound((c) => c.json(new StewardError('not_found', `No route ${c.req.method} ${c.req.path}.`).toJSON(), 404));

  app.route('/', healthRoutes(deps.store, deps.readinessChecks));

  const api = new Hono();
  api.use('*', requireApiToken(deps.tokens));
  api.route('/items', itemsRoutes(deps));
  app.route('/api/v1', api);
  return app;
}
