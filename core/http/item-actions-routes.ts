/**
 * POST /api/v1/items/:id/escalations {route, reason?} and POST /api/v1/items/:id/actions
 * {kind, text?, reason?, duration_seconds?} (with an Idempotency-Key header): both queue an
 * outbox job and record the moderation event in one transaction.
 */
import { Hono } from 'hono';
import type { StewardConfig } from '../config/index.ts';
import { StewardError } from '../errors.ts';
import { readJsonBody } from '../intake/index.ts';
import { escalateItem, requestAction, type OutboxRunner } from '../outbox/index.ts';
import { ACTION_KINDS, type ActionKind, type PlatformAction } from '../plugin-api/index.ts';
import type { PluginHost } from '../plugin-host/index.ts';
import { getItem, type Store } from '../store/index.ts';
import type { AuthVariables } from './auth-middleware.ts';

export function itemActionsRoutes(deps: { store: Store; host: PluginHost; outbox: OutboxRunner; config: StewardConfig }): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();

  const loadItem = async (id: string) => {
    const item = /^[0-9a-f-]{36}$/.test(id) ? await getItem(deps.store.db, id) : undefined;
    if (!item) throw new StewardError('not_found', `No item with id "${id.slice(0, 100)}".`);
    return item;
  };
  const object = (body: unknown): Record<string, unknown> => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new StewardError('validation_failed', undefined, [{ path: '/', message: 'must be an object' }]);
    return body as Record<string, unknown>;
  };

  app.post('/:id/escalations', async (c) => {
    const item = await loadItem(c.req.param('id'));
    const body = object(await readJsonBody(c.req.raw, 64 * 1024));
    const unknown = Object.keys(body).filter((k) => k !== 'route' && k !== 'reason');
    const route = body.route;
    const problems = [
      ...unknown.map((k) => ({ path: `/${k}`, message: 'unknown field' })),
      ...(typeof route !== 'string' ? [{ path: '/route', message: 'is required (a route name such as finance)' }] : []),
      ...(body.reason !== undefined && typeof body.reason !== 'string' ? [{ path: '/reason', message: 'must be a string' }] : []),
    ];
    if (problems.length) throw new StewardError('validation_failed', undefined, problems);
    const target = deps.config.routes[route as string];
    if (!target) {
      throw new StewardError('validation_failed', undefined, [{ path: '/route', message: `no route "${route}" is configured (configured: ${Object.keys(deps.config.routes).join(', ') || 'none'})` }]);
    }
    const result = await escalateItem(deps.store, {
      item,
      route: route as string,
      targetInstanceId: target,
      ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      actor: { type: 'user', id: c.get('token').name },
      maxAttempts: deps.config.outbox.maxAttempts,
    });
    deps.outbox.notify();
    return c.json(result, result.created ? 202 : 200);
  });

  app.post('/:id/actions', async (c) => {
    const item = await loadItem(c.req.param('id'));
    const idempotencyKey = c.req.header('idempotency-key');
    if (!idempotencyKey) throw new StewardError('validation_failed', undefined, [{ path: 'Idempotency-Key', message: 'header is required, so that a retried request is one action' }]);
    const body = object(await readJsonBody(c.req.raw, 64 * 1024));
    const kind = body.kind as ActionKind;
    const problems = [
      ...Object.keys(body).filter((k) => !['kind', 'text', 'reason', 'duration_seconds'].includes(k)).map((k) => ({ path: `/${k}`, message: 'unknown field' })),
      ...(!ACTION_KINDS.includes(kind) ? [{ path: '/kind', message: `must be one of ${ACTION_KINDS.join(', ')}` }] : []),
      ...((kind === 'reply' || kind === 'dm') && typeof body.text !== 'string' ? [{ path: '/text', message: `is required for ${kind}` }] : []),
    ];
    if (problems.length) throw new StewardError('validation_failed', undefined, problems);
    const instance = deps.host.get(item.channel);
    if (!instance || instance.definition.kind !== 'channel') {
      throw new StewardError('validation_failed', undefined, [{ path: '/kind', message: `items from "${item.channel}" have no channel plugin instance to act through` }]);
    }
    const supported = instance.status().actions;
    if (supported.length > 0 && !supported.includes(kind)) {
      throw new StewardError('validation_failed', undefined, [{ path: '/kind', message: `${instance.definition.id} supports ${supported.join(', ')}` }]);
    }
    const action: PlatformAction = {
      kind,
      target: {
        external_id: item.external_id,
        ...(item.thread_external_id ? { thread_external_id: item.thread_external_id } : {}),
        author_external_id: item.author.external_id,
      },
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      ...(typeof body.duration_seconds === 'number' ? { durationSeconds: body.duration_seconds } : {}),
    };
    const result = await requestAction(deps.store, {
      item, action, instanceId: instance.id, idempotencyKey, actor: { type: 'user', id: c.get('token').name }, maxAttempts: deps.config.outbox.maxAttempts,
    });
    deps.outbox.notify();
    return c.json(result, result.created ? 202 : 200);
  });
  return app;
}
