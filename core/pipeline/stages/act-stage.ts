/**
 * act: turns what earlier stages decided into moderation events, in one transaction per batch
 * that also releases the items' claims. An item with no decision is opened in the default queue
 * with an event that says why.
 */
import { DEFAULT_QUEUE } from '../../domain/item-status.ts';
import { finishClaimed, recordEvents } from '../../store/index.ts';
import type { PipelineStage, StageContext, WorkItem } from '../pipeline-stage.ts';

export const actStage: PipelineStage = {
  name: 'act',
  async run(batch: WorkItem[], ctx: StageContext): Promise<void> {
    const ready = batch.filter((w) => !w.failure);
    if (ready.length === 0) return;
    const now = ctx.now();
    for (const w of ready) {
      if (w.events.length === 0) {
        w.events.push({
          item_id: w.item.id,
          type: 'opened',
          actor_type: 'system',
          actor_id: 'pipeline',
          data: { queue: DEFAULT_QUEUE, reason: 'no policy decided otherwise' },
          created_at: now,
        });
      }
    }
    await ctx.store.db.transaction().execute(async (trx) => {
      const held = await finishClaimed(trx, ready.map((w) => w.item.id), ctx.workerId, now);
      const mine = ready.filter((w) => held.has(w.item.id));
      if (mine.length < ready.length) {
        ctx.log.warn({ lost: ready.length - mine.length }, 'claims expired before act; another worker owns those items now');
      }
      const known = new Map(mine.map((w) => [w.item.id, { status: w.item.status, queue: w.item.queue, assignee: w.item.assignee, close_reason: w.item.close_reason }]));
      await recordEvents(trx, mine.flatMap((w) => w.events), known);
    });
  },
};
