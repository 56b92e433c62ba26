/**
 * enrich: what policies need to know beyond the message itself — the author's history on this
 * channel (earlier items, earlier items closed as noise) and the thread (replies, participants).
 * Two grouped queries per batch. Near-duplicate clusters and surges are not computed yet: rules
 * see cluster.size 1 and cluster.incident false.
 */
import { sql } from 'kysely';
import type { PolicyAuthor, PolicyThread } from '../../policy/index.ts';
import { NOISE_LABELS } from '../../triage/index.ts';
import type { PipelineStage, StageContext, WorkItem } from '../pipeline-stage.ts';

export interface EnrichResult {
  author: Pick<PolicyAuthor, 'is_new' | 'prior_items' | 'prior_flags'>;
  thread: PolicyThread;
}

const NOISE_REASONS = NOISE_LABELS.filter((l) => l !== 'none') as string[];

export const enrichStage: PipelineStage = {
  name: 'enrich',
  async run(batch: WorkItem[], ctx: StageContext): Promise<void> {
    const work = batch.filter((w) => !w.failure);
    if (work.length === 0) return;
    const db = ctx.store.db;
    const oldest = Math.min(...work.map((w) => w.item.received_at));

    const authors = [...new Set(work.map((w) => w.item.author.external_id))];
    const history = await db
      .selectFrom('items')
      .select(['channel', 'author_external_id'])
      .select((eb) => [
        eb.fn.countAll<number>().as('items'),
        eb.fn.sum<number>(sql`case when status = 'closed' and close_reason in (${sql.join(NOISE_REASONS)}) then 1 else 0 end`).as('flags'),
      ])
      .where('author_external_id', 'in', authors)
      .where('received_at', '<', oldest)
      .groupBy(['channel', 'author_external_id'])
      .execute();
    const byAuthor = new Map(history.map((h) => [`${h.channel}\u0000${h.author_external_id}`, { items: Number(h.items), flags: Number(h.flags ?? 0) }]));

    const threads = [...new Set(work.map((w) => w.item.thread_external_id).filter((t): t is string => !!t))];
    const threadRows = threads.length
      ? await db
          .selectFrom('items')
          .select(['channel', 'thread_external_id'])
          .select((eb) => [eb.fn.countAll<number>().as('replies'), eb.fn.count<number>('author_external_id').distinct().as('participants')])
          .where('thread_external_id', 'in', threads)
          .groupBy(['channel', 'thread_external_id'])
          .execute()
      : [];
    const byThread = new Map(threadRows.map((t) => [`${t.channel}\u0000${t.thread_external_id}`, { replies: Number(t.replies), participants: Number(t.participants) }]));

    // Items earlier in this same batch count as the author's history too.
    const seenInBatch = new Map<string, number>();
    for (const w of work) {
      const key = `${w.item.channel}\u0000${w.item.author.external_id}`;
      const before = (byAuthor.get(key)?.items ?? 0) + (seenInBatch.get(key) ?? 0);
      seenInBatch.set(key, (seenInBatch.get(key) ?? 0) + 1);
      const thread = w.item.thread_external_id ? byThread.get(`${w.item.channel}\u0000${w.item.thread_external_id}`) : undefined;
      const result: EnrichResult = {
        author: { is_new: before === 0, prior_items: before, prior_flags: byAuthor.get(key)?.flags ?? 0 },
        thread: { reply_count: thread ? Math.max(0, thread.replies - 1) : 0, participants: thread?.participants ?? 1 },
      };
      w.results.enrich = result;
    }
  },
};
