/**
 * Moderators' corrections of what the pipeline did, each a moderation event:
 *   POST /api/v1/items/:id/labels  {labels: {topic: 'billing', …}}  — stored as a training example
 *   POST /api/v1/items/:id/reopen  {reason?}  — reopening an automatic closure says "not noise",
 *                                               which is a training example too
 *   POST /api/v1/items/:id/close   {reason}
 */
import { Hono } from 'hono';
import { StewardError, type FieldProblem } from '../errors.ts';
import { readJsonBody } from '../intake/index.ts';
import { addLabelCorrection, getClassification, getItem, recordEvents, type Store } from '../store/index.ts';
import { INTENT_LABELS, NOISE_LABELS, SENTIMENT_LABELS, TOPIC_LABELS, URGENCY_LABELS } from '../triage/labels.ts';
import type { AuthVariables } from './auth-middleware.ts';

const CORRECTABLE: Record<string, readonly string[]> = {
  noise: NOISE_LABELS,
  intent: INTENT_LABELS,
  topic: TOPIC_LABELS,
  sentiment: SENTIMENT_LABELS,
  urgency: URGENCY_LABELS,
};
const NOISE_REASONS = new Set<string>(NOISE_LABELS.filter((l) => l !== 'none'));
const BODY_LIMIT = 64 * 1024;

export function moderationRoutes(store: Store): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();

  const load = async (id: string) => {
    const item = /^[0-9a-f-]{36}$/.test(id) ? await getItem(store.db, id) : undefined;
    if (!item) throw new StewardError('not_found', `No item with id "${id.slice(0, 100)}".`);
    return item;
  };
  const object = async (req: Request): Promise<Record<string, unknown>> => {
    const body = await readJsonBody(req, BODY_LIMIT);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new StewardError('validation_failed', undefined, [{ path: '/', message: 'must be an object' }]);
    return body as Record<string, unknown>;
  };

  app.post('/:id/labels', async (c) => {
    const item = await load(c.req.param('id'));
    const body = await object(c.req.raw);
    const labels = body.labels as Record<string, unknown> | undefined;
    const problems: FieldProblem[] = Object.keys(body).filter((k) => k !== 'labels').map((k) => ({ path: `/${k}`, message: 'unknown field' }));
    if (!labels || typeof labels !== 'object' || Array.isArray(labels) || Object.keys(labels).length === 0) {
      problems.push({ path: '/labels', message: `must name at least one of ${Object.keys(CORRECTABLE).join(', ')}` });
    } else {
      for (const [head, value] of Object.entries(labels)) {
        const allowed = CORRECTABLE[head];
        if (!allowed) problems.push({ path: `/labels/${head}`, message: `not a correctable label (${Object.keys(CORRECTABLE).join(', ')})` });
        else if (!allowed.includes(value as string)) problems.push({ path: `/labels/${head}`, message: `must be one of ${allowed.join(', ')}` });
      }
    }
    if (problems.length) throw new StewardError('validation_failed', undefined, problems);
    const actor = c.get('token').name;
    const now = Date.now();
    const classification = await getClassification(store.db, item.id);
    await store.db.transaction().execute(async (trx) => {
      await addLabelCorrection(trx, {
        id: Bun.randomUUIDv7(), item_id: item.id, text: item.text, thread_context: null, labels: labels!, source: 'relabel', actor,
        model_version: classification?.model_version ?? null, created_at: now,
      });
      await recordEvents(trx, [{ item_id: item.id, type: 'relabeled', actor_type: 'user', actor_id: actor, data: { labels, was: classification?.labels ?? null }, created_at: now }]);
    });
    return c.json({ item_id: item.id, labels }, 201);
  });

  app.post('/:id/reopen', async (c) => {
    const item = await load(c.req.param('id'));
    const body = c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : await object(c.req.raw);
    if (item.status !== 'closed' && item.status !== 'resolved') throw new StewardError('conflict', `Only a closed or resolved item can be reopened; this one is ${item.status}.`);
    const actor = c.get('token').name;
    const now = Date.now();
    const classification = await getClassification(store.db, item.id);
    // Reopening an automatic noise closure is a correction: the model called it noise, a person says it is not.
    const correction = item.close_reason !== null && NOISE_REASONS.has(item.close_reason);
    await store.db.transaction().execute(async (trx) => {
      if (correction) {
        await addLabelCorrection(trx, {
          id: Bun.randomUUIDv7(), item_id: item.id, text: item.text, thread_context: null, labels: { noise: 'none' }, source: 'reopen', actor,
          model_version: classification?.model_version ?? null, created_at: now,
        });
      }
      await recordEvents(trx, [{ item_id: item.id, type: 'reopened', actor_type: 'user', actor_id: actor, data: { ...(typeof body.reason === 'string' ? { reason: body.reason } : {}), was: item.close_reason, correction }, created_at: now }]);
    });
    return c.json({ item: await getItem(store.db, item.id), correction });
  });

  app.post('/:id/close', async (c) => {
    const item = await load(c.req.param('id'));
    const body = await object(c.req.raw);
    if (typeof body.reason !== 'string' || body.reason.length === 0 || body.reason.length > 200) {
      throw new StewardError('validation_failed', undefined, [{ path: '/reason', message: 'is required: 1–200 characters' }]);
    }
    const actor = c.get('token').name;
    await store.db.transaction().execute((trx) =>
      recordEvents(trx, [{ item_id: item.id, type: 'closed', actor_type: 'user', actor_id: actor, data: { reason: body.reason as string }, created_at: Date.now() }]),
    );
    return c.json({ item: await getItem(store.db, item.id) });
  });

  return app;
}
