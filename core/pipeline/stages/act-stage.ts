/**
 * act: turns each item's decision into moderation events and outbox jobs, in one transaction
 * per batch that also stores the classification and the decision and releases the claims.
 *   - the item is opened in the decision's queue (else its route's, else the default queue),
 *     with route, priority, urgency, tags, reply mode and suggested macros in the event;
 *   - auto_close closes it with the reason (it can be reopened: a reopen is a correction);
 *   - escalations become escalation jobs for the target's instance (a route name or an
 *     instance id); platform actions become action jobs for the item's channel instance.
 * What cannot be carried out here (no instance for a target, an action the channel does not
 * support) is written into the event as `not_carried_out`, so a moderator sees it.
 * An item with no decision is opened in the default queue with an event that says why.
 */
import { DEFAULT_QUEUE } from '../../domain/item-status.ts';
import type { NewModerationEvent } from '../../domain/moderation-event.ts';
import { escalationPayload } from '../../outbox/index.ts';
import type { ActionKind } from '../../plugin-api/index.ts';
import { compactDecision, type Decision } from '../../policy/index.ts';
import { enqueueJobs, finishClaimed, recordEvents, saveClassifications, saveDecisions, type NewOutboxJob } from '../../store/index.ts';
import type { PipelineStage, StageContext, WorkItem } from '../pipeline-stage.ts';
import type { ClassifyResult } from './classify-stage.ts';
import type { EnrichResult } from './enrich-stage.ts';

export interface ActTargets {
  /** The escalation-target instance for a policy's escalate target (route name or instance id). */
  escalationInstance(target: string): string | undefined;
  /** Whether the item's channel instance can perform this platform action. */
  channelSupports(channel: string, action: ActionKind): boolean;
  maxAttempts: number;
  /** Called after a batch queued outbox jobs, so the outbox starts on them now rather than at its next poll. */
  onJobsQueued?: () => void;
}

/** Without plugins (tests, triage-only runs): nothing can be escalated or acted on. */
export const NO_TARGETS: ActTargets = { escalationInstance: () => undefined, channelSupports: () => false, maxAttempts: 12 };

export function createActStage(targets: ActTargets = NO_TARGETS): PipelineStage {
  return {
    name: 'act',
    async run(batch: WorkItem[], ctx: StageContext): Promise<void> {
      const ready = batch.filter((w) => !w.failure);
      if (ready.length === 0) return;
      const now = ctx.now();
      const jobs = new Map<string, NewOutboxJob[]>();
      for (const w of ready) {
        const decision = w.results.decide as Decision | undefined;
        const planned = decision ? planDecision(w, decision, targets, now) : { events: [defaultOpen(w, now)], jobs: [] };
        w.events.push(...planned.events);
        jobs.set(w.item.id, planned.jobs);
      }
      await ctx.store.db.transaction().execute(async (trx) => {
        const held = await finishClaimed(trx, ready.map((w) => w.item.id), ctx.workerId, now);
        const mine = ready.filter((w) => held.has(w.item.id));
        if (mine.length < ready.length) {
          ctx.log.warn({ lost: ready.length - mine.length }, 'claims expired before act; another worker owns those items now');
        }
        const classified = mine.filter((w) => w.results.classify);
        await saveClassifications(trx, classified.map((w) => {
          const c = w.results.classify as ClassifyResult;
          return { item_id: w.item.id, model_version: c.modelVersion, labels: c.labels, outcomes: c.outcomes, classified_at: now };
        }));
        const decided = mine.filter((w) => w.results.decide);
        await saveDecisions(trx, decided.map((w) => {
          const d = w.results.decide as Decision;
          // The facts beside the item and its labels that the decision saw, so a backtest replays the same input.
          const classify = w.results.classify as ClassifyResult | undefined;
          const enrich = w.results.enrich as EnrichResult | undefined;
          const input_facts = { ...(enrich ? { author: enrich.author, thread: enrich.thread } : {}), ...(classify ? { auto_close: classify.autoClose } : {}) };
          return { item_id: w.item.id, policy_version: d.policy_version, decision: { ...compactDecision(d), input_facts }, decided_at: now };
        }));
        const known = new Map(mine.map((w) => [w.item.id, { status: w.item.status, queue: w.item.queue, assignee: w.item.assignee, close_reason: w.item.close_reason }]));
        const outbox = mine.flatMap((w) => jobs.get(w.item.id) ?? []);
        const enqueued = outbox.length > 0 ? await enqueueJobs(trx, outbox, now) : new Map();
        // Events name their job; an item processed twice (a retried batch) gets no second job.
        const events = mine.flatMap((w) => w.events).map((e) => {
          const key = e.data.idempotency_key as string | undefined;
          return key ? { ...e, data: { ...e.data, job_id: enqueued.get(key)?.id } } : e;
        });
        await recordEvents(trx, events, known);
      });
      if ([...jobs.values()].some((j) => j.length > 0)) targets.onJobsQueued?.();
    },
  };
}

function defaultOpen(w: WorkItem, now: number): NewModerationEvent {
  return { item_id: w.item.id, type: 'opened', actor_type: 'system', actor_id: 'pipeline', data: { queue: DEFAULT_QUEUE, reason: 'no policy decided otherwise' }, created_at: now };
}

function planDecision(w: WorkItem, decision: Decision, targets: ActTargets, now: number): { events: NewModerationEvent[]; jobs: NewOutboxJob[] } {
  const o = decision.outcome;
  const event = (type: NewModerationEvent['type'], data: NewModerationEvent['data']): NewModerationEvent => ({
    item_id: w.item.id, type, actor_type: 'policy', actor_id: decision.policy_version, data: { ...data, policy_version: decision.policy_version }, created_at: now,
  });
  const notCarriedOut: string[] = [];
  const jobs: NewOutboxJob[] = [];
  const follow: NewModerationEvent[] = [];

  for (const e of o.escalations) {
    const instance = targets.escalationInstance(e.target);
    if (!instance) {
      notCarriedOut.push(`escalate to ${e.target}: no escalation target is configured for it`);
      continue;
    }
    const key = `escalation:${w.item.id}:${e.target}`;
    jobs.push({ kind: 'escalation', instance_id: instance, item_id: w.item.id, payload: { ...escalationPayload(w.item, e.target, e.reason, key, now), ...(o.priority ? { priority: o.priority } : {}) }, idempotency_key: key, max_attempts: targets.maxAttempts });
    follow.push(event('escalated', { route: e.target, target: instance, reason: e.reason, idempotency_key: key }));
  }
  for (const a of o.platform_actions) {
    const kind = (a.action === 'remove' || a.action === 'hide' || a.action === 'timeout' || a.action === 'ban' ? a.action : undefined) as ActionKind | undefined;
    if (!kind || !targets.channelSupports(w.item.channel, kind)) {
      notCarriedOut.push(`${a.action}: the ${w.item.channel} channel cannot do it`);
      continue;
    }
    const key = `action:${w.item.channel}:policy:${w.item.id}:${kind}`;
    const durationSeconds = a.duration ? parseDuration(a.duration) : undefined;
    jobs.push({
      kind: 'action', instance_id: w.item.channel, item_id: w.item.id, idempotency_key: key, max_attempts: targets.maxAttempts,
      payload: { kind, target: { external_id: w.item.external_id, author_external_id: w.item.author.external_id, ...(w.item.thread_external_id ? { thread_external_id: w.item.thread_external_id } : {}) }, reason: a.reason, ...(durationSeconds ? { durationSeconds } : {}) },
    });
    follow.push(event('action_requested', { action: kind, instance: w.item.channel, reason: a.reason, idempotency_key: key }));
  }

  const opened = event('opened', {
    queue: o.queue ?? o.route ?? DEFAULT_QUEUE,
    route: o.route ?? undefined,
    priority: o.priority,
    urgency: o.urgency,
    tags: o.tags,
    reply_mode: o.reply_mode,
    macros: o.macros,
    require_approval: o.require_approval,
    notifications: o.notifications,
    rules: decision.matched_rules,
    ...(decision.shadow.actions.length ? { shadow_actions: decision.shadow.actions.length } : {}),
    ...(notCarriedOut.length ? { not_carried_out: notCarriedOut } : {}),
  });
  const events = [opened, ...follow];
  if (o.auto_close) events.push(event('closed', { reason: o.auto_close.reason, automatic: true }));
  return { events, jobs };
}

/** `10m`, `1h`, `7d`, or seconds as a number. */
function parseDuration(text: string): number | undefined {
  const m = text.match(/^(\d+)\s*(s|m|h|d)?$/);
  if (!m) return undefined;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
}
