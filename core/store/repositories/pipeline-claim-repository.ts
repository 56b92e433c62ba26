/**
 * Claims of pipeline work. A worker claims a batch of pending items (or items whose claim has
 * expired because their worker died) with a lease; on PostgreSQL the claim uses
 * FOR UPDATE SKIP LOCKED so that replicas never claim the same rows.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Dialect } from '../database.ts';
import type { Database } from '../schema/index.ts';
import type { ItemRow } from './item-repository.ts';

export interface ClaimOptions {
  workerId: string;
  limit: number;
  leaseMs: number;
  now: number;
}

export async function claimBatch(db: Kysely<Database>, dialect: Dialect, opts: ClaimOptions): Promise<ItemRow[]> {
  const expires = opts.now + opts.leaseMs;
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<ItemRow>`
    update items
       set pipeline_state = 'claimed', claimed_by = ${opts.workerId}, claim_expires_at = ${expires},
           pipeline_attempts = pipeline_attempts + 1
     where id in (
       select id from items
        where (pipeline_state = 'pending' and next_attempt_at <= ${opts.now})
           or (pipeline_state = 'claimed' and claim_expires_at < ${opts.now})
        order by received_at
        limit ${opts.limit}
        ${lock})
    returning *`.execute(db);
  return result.rows.sort((a, b) => Number(a.received_at) - Number(b.received_at) || (a.id < b.id ? -1 : 1));
}

/**
 * Marks items done if this worker still holds their claim; returns the ids it still held.
 * Called first inside the act transaction, so a worker whose lease was taken over writes nothing.
 */
export async function finishClaimed(trx: Transaction<Database>, ids: string[], workerId: string, now: number): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .updateTable('items')
    .set({ pipeline_state: 'done', claimed_by: null, claim_expires_at: null, pipeline_error: null, updated_at: now })
    .where('id', 'in', ids)
    .where('claimed_by', '=', workerId)
    .where('pipeline_state', '=', 'claimed')
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Puts an item that failed a stage back for a later attempt, or parks it as failed after the last. */
export async function releaseFailed(
  db: Kysely<Database> | Transaction<Database>,
  item: { id: string; attempts: number },
  workerId: string,
  error: string,
  opts: { maxAttempts: number; now: number },
): Promise<'retry' | 'failed'> {
  const final = item.attempts >= opts.maxAttempts;
  // Exponential backoff: 1 s, 2 s, 4 s … capped at 5 minutes.
  const delay = Math.min(300_000, 1000 * 2 ** Math.max(0, item.attempts - 1));
  await db
    .updateTable('items')
    .set({
      pipeline_state: final ? 'failed' : 'pending',
      claimed_by: null,
      claim_expires_at: null,
      pipeline_error: error.slice(0, 2000),
      next_attempt_at: final ? 0 : opts.now + delay,
      updated_at: opts.now,
    })
    .where('id', '=', item.id)
    .where('claimed_by', '=', workerId)
    .execute();
  return final ? 'failed' : 'retry';
}

/** How many items wait for the pipeline (pending or claimed). */
export async function countUnfinished(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pipeline_state', 'in', ['pending', 'claimed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
