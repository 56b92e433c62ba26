/**
 * Puts escalations and platform actions in the outbox together with the moderation event that
 * records them, in one transaction: a decision is never recorded without its job, nor the reverse.
 */
import { StewardError } from '../errors.ts';
import type { ActorType } from '../domain/moderation-event.ts';
import type { Escalation, PlatformAction } from '../plugin-api/index.ts';
import { enqueueJobs, recordEvents, type StoredItem, type Store } from '../store/index.ts';

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

export async function escalateItem(
  store: Store,
  opts: { item: StoredItem; route: string; targetInstanceId: string; reason?: string; actor: Actor; maxAttempts: number; now?: number },
): Promise<EnqueueResult> {
  const now = opts.now ?? Date.now();
  // One escalation per item and route: escalating twice is a no-op, not a second ticket.
  const key = `escalation:${opts.item.id}:${opts.route}`;
  return store.db.transaction().execute(async (trx) => {
    const payload = escalationPayload(opts.item, opts.route, opts.reason, key, now);
    const jobs = await enqueueJobs(trx, [{ kind: 'escalation', instance_id: opts.targetInstanceId, item_id: opts.item.id, payload, idempotency_key: key, max_attempts: opts.maxAttempts }], now);
    const { id, created } = jobs.get(key)!;
    if (created) {
      await recordEvents(trx, [{
        item_id: opts.item.id,
        type: 'escalated',
        actor_type: opts.actor.type,
        actor_id: opts.actor.id,
        data: { route: opts.route, target: opts.targetInstanceId, job_id: id, ...(opts.reason ? { reason: opts.reason } : {}) },
        created_at: now,
      }]);
    }
    return { job_id: id, created };
  });
}

export async function requestAction(
  store: Store,
  opts: { item: StoredItem; action: PlatformAction; instanceId: string; idempotencyKey: string; actor: Actor; maxAttempts: number; now?: number },
): Promise<EnqueueResult> {
  if (!opts.idempotencyKey) throw new StewardError('validation_failed', undefined, [{ path: 'idempotency_key', message: 'is required' }]);
  const now = opts.now ?? Date.now();
  const key = `action:${opts.instanceId}:${opts.idempotencyKey}`;
  return store.db.transaction().execute(async (trx) => {
    const jobs = await enqueueJobs(trx, [{ kind: 'action', instance_id: opts.instanceId, item_id: opts.item.id, payload: opts.action, idempotency_key: key, max_attempts: opts.maxAttempts }], now);
    const { id, created } = jobs.get(key)!;
    if (created) {
      await recordEvents(trx, [{
        item_id: opts.item.id,
        type: 'action_requested',
        actor_type: opts.actor.type,
        actor_id: opts.actor.id,
        data: { action: opts.action.kind, instance: opts.instanceId, job_id: id, ...(opts.action.reason ? { reason: opts.action.reason } : {}) },
        created_at: now,
      }]);
    }
    return { job_id: id, created };
  });
}
