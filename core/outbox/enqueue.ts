/**
 * Puts escalations and platform actions in the outbox together with the moderation event that
 * records them, in one transaction: a decision is never recorded without its job, nor the reverse.
 */
import { StewardError } from '../errors.ts';
import type { ActorType, NewModerationEvent } from '../domain/moderation-event.ts';
import type { Escalation, PlatformAction } from '../plugin-api/index.ts';
import { enqueueJobs, recordEvents, type NewOutboxJob, type StoredItem, type Store } from '../store/index.ts';

export interface Actor {
  type: ActorType;
  id: string;
}

export interface EnqueueResult {
  job_id: string;
  /** False when a job with the same idempotency key existed already (nothing new was queued). */
  created: boolean;
}

export function escalationPayload(item: StoredItem, route: string, reason: string | undefined, escalationId: string, now: number): Escalation {
  return {
    id: escalationId,
    route,
    item: {
      id: item.id,
      channel: item.channel,
      external_id: item.external_id,
      text: item.text,
      url: item.url,
      author: { external_id: item.author.external_id, ...(item.author.handle ? { handle: item.author.handle } : {}) },
      created_at: new Date(item.created_at).toISOString(),
    },
    ...(reason ? { reason } : {}),
    created_at: new Date(now).toISOString(),
  };
}

/**
 * Enqueues one job and, when it is new, records the event that explains it, in one transaction.
 * A job whose idempotency key exists already is not queued again and gets no second event.
 */
async function enqueueWithEvent(
  store: Store,
  job: NewOutboxJob,
  event: (jobId: string) => NewModerationEvent,
  now: number,
): Promise<EnqueueResult> {
  return store.db.transaction().execute(async (trx) => {
    const { id, created } = (await enqueueJobs(trx, [job], now)).get(job.idempotency_key)!;
    if (created) await recordEvents(trx, [event(id)]);
    return { job_id: id, created };
  });
}

export async function escalateItem(
  store: Store,
  opts: { item: StoredItem; route: string; targetInstanceId: string; reason?: string; actor: Actor; maxAttempts: number; now?: number },
): Promise<EnqueueResult> {
  const now = opts.now ?? Date.now();
  // One escalation per item and route: escalating twice is a no-op, not a second ticket.
  const key = `escalation:${opts.item.id}:${opts.route}`;
  const payload = escalationPayload(opts.item, opts.route, opts.reason, key, now);
  return enqueueWithEvent(
    store,
    { kind: 'escalation', instance_id: opts.targetInstanceId, item_id: opts.item.id, payload, idempotency_key: key, max_attempts: opts.maxAttempts },
    (jobId) => ({
      item_id: opts.item.id, type: 'escalated', actor_type: opts.actor.type, actor_id: opts.actor.id, created_at: now,
      data: { route: opts.route, target: opts.targetInstanceId, job_id: jobId, ...(opts.reason ? { reason: opts.reason } : {}) },
    }),
    now,
  );
}

export async function requestAction(
  store: Store,
  opts: { item: StoredItem; action: PlatformAction; instanceId: string; idempotencyKey: string; actor: Actor; maxAttempts: number; now?: number },
): Promise<EnqueueResult> {
  if (!opts.idempotencyKey) throw new StewardError('validation_failed', undefined, [{ path: 'idempotency_key', message: 'is required' }]);
  const now = opts.now ?? Date.now();
  const key = `action:${opts.instanceId}:${opts.idempotencyKey}`;
  return enqueueWithEvent(
    store,
    { kind: 'action', instance_id: opts.instanceId, item_id: opts.item.id, payload: opts.action, idempotency_key: key, max_attempts: opts.maxAttempts },
    (jobId) => ({
      item_id: opts.item.id, type: 'action_requested', actor_type: opts.actor.type, actor_id: opts.actor.id, created_at: now,
      data: { action: opts.action.kind, instance: opts.instanceId, job_id: jobId, ...(opts.action.reason ? { reason: opts.action.reason } : {}) },
    }),
    now,
  );
}
