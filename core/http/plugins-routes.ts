/** /api/v1/plugins (instances and their health) and /api/v1/outbox (jobs, dead letters, retry). */
import { Hono } from 'hono';
import { StewardError } from '../errors.ts';
import type { OutboxRunner } from '../outbox/index.ts';
import type { PluginHost } from '../plugin-host/index.ts';
import { getJob, listJobs, OUTBOX_STATES, retryDeadJob, type OutboxState, type Store } from '../store/index.ts';
import type { AuthVariables } from './auth-middleware.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function pluginsRoutes(host: PluginHost): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  app.get('/', (c) => c.json({ instances: host.statuses(), available: host.availablePlugins() }));
  return app;
}

export function outboxRoutes(store: Store, runner: OutboxRunner): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();

  app.get('/', async (c) => {
    const state = c.req.query('state');
    if (state !== undefined && !OUTBOX_STATES.includes(state as OutboxState)) {
      throw new StewardError('validation_failed', undefined, [{ path: 'state', message: `must be one of ${OUTBOX_STATES.join(', ')}` }]);
    }
    const limit = Math.min(1000, Math.max(1, Number(c.req.query('limit') ?? 100) || 100));
    const after = c.req.query('after');
    const jobs = await listJobs(store.db, {
      limit,
      ...(state ? { state: state as OutboxState } : {}),
      ...(c.req.query('instance') ? { instanceId: c.req.query('instance')! } : {}),
      ...(after ? { afterId: after } : {}),
    });
    return c.json({ jobs, next_after: jobs.length === limit ? jobs.at(-1)!.id : null });
  });

  app.get('/:id', async (c) => {
    const job = UUID.test(c.req.param('id')) ? await getJob(store.db, c.req.param('id')) : undefined;
    if (!job) throw new StewardError('not_found', 'No such outbox job.');
    return c.json({ job });
  });

  app.post('/:id/retry', async (c) => {
    const id = c.req.param('id');
    const job = UUID.test(id) ? await getJob(store.db, id) : undefined;
    if (!job) throw new StewardError('not_found', 'No such outbox job.');
    if (!(await retryDeadJob(store.db, id, Date.now()))) {
      throw new StewardError('conflict', `Only a dead job can be retried; this one is ${job.state}.`);
    }
    runner.notify();
    return c.json({ job: await getJob(store.db, id) });
  });
  return app;
}
