/**
 * Outbox jobs: enqueued in the same transaction as the decision that caused them, claimed with a
 * lease (SKIP LOCKED on PostgreSQL), finished, retried with backoff, or parked as dead letters.
 */
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Dialect } from '../database.ts';
import type { Database, OutboxJobsTable, OutboxKind, OutboxState } from '../schema/index.ts';

type Db = Kysely<Database> | Transaction<Database>;
export type OutboxJobRow = Selectable<OutboxJobsTable>;

export interface NewOutboxJob {
  kind: OutboxKind;
  instance_id: string;
  item_id: string | null;
  payload: unknown;
  idempotency_key: string;
  max_attempts: number;
}

export interface OutboxJob {
  id: string;
  kind: OutboxKind;
  instance_id: string;
  item_id: string | null;
  payload: unknown;
  idempotency_key: string;
  state: OutboxState;
  attempts: number;
  max_attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  result: unknown;
  created_at: number;
  updated_at: number;
  done_at: number | null;
}

/** Enqueues jobs; a job whose idempotency key exists already is not enqueued again. Returns key → {id, created}. */
export async function enqueueJobs(db: Db, jobs: NewOutboxJob[], now: number): Promise<Map<string, { id: string; created: boolean }>> {
  const out = new Map<string, { id: string; created: boolean }>();
  for (let i = 0; i < jobs.length; i += 500) {
    const chunk = jobs.slice(i, i + 500);
    const inserted = await db
      .insertInto('outbox_jobs')
      .values(
        chunk.map((j) => ({
          id: Bun.randomUUIDv7(),
          kind: j.kind,
          instance_id: j.instance_id,
          item_id: j.item_id,
          payload: JSON.stringify(j.payload),
          idempotency_key: j.idempotency_key,
          state: 'pending' as const,
          attempts: 0,
          max_attempts: j.max_attempts,
          next_attempt_at: now,
          claimed_by: null,
          claim_expires_at: null,
          last_error: null,
          result: null,
          created_at: now,
          updated_at: now,
          done_at: null,
        })),
      )
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning(['id', 'idempotency_key'])
      .execute();
    for (const r of inserted) out.set(r.idempotency_key, { id: r.id, created: true });
    const missing = chunk.map((j) => j.idempotency_key).filter((k) => !out.has(k));
    if (missing.length > 0) {
      const existing = await db.selectFrom('outbox_jobs').select(['id', 'idempotency_key']).where('idempotency_key', 'in', missing).execute();
      for (const r of existing) out.set(r.idempotency_key, { id: r.id, created: false });
    }
  }
  return out;
}

export interface ClaimJobsOptions {
  instanceId: string;
  workerId: string;
  limit: number;
  leaseMs: number;
  now: number;
}

/** Claims up to `limit` due jobs of one instance: pending and due, or claimed by a worker whose lease ran out. */
export async function claimJobs(db: Kysely<Database>, dialect: Dialect, opts: ClaimJobsOptions): Promise<OutboxJobRow[]> {
  if (opts.limit <= 0) return [];
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<OutboxJobRow>`
    update outbox_jobs
       set state = 'claimed', claimed_by = ${opts.workerId}, claim_expires_at = ${opts.now + opts.leaseMs},
           attempts = attempts + 1, updated_at = ${opts.now}
     where id in (
       select id from outbox_jobs
        where instance_id = ${opts.instanceId}
          and ((state = 'pending' and next_attempt_at <= ${opts.now})
            or (state = 'claimed' and claim_expires_at < ${opts.now}))
        order by next_attempt_at, id
        limit ${opts.limit}
        ${lock})
    returning *`.execute(db);
  return result.rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Marks a job done if this worker still holds it. */
export async function completeJob(db: Db, id: string, workerId: string, result: unknown, now: number): Promise<boolean> {
  const r = await db
    .updateTable('outbox_jobs')
    .set({ state: 'done', result: JSON.stringify(result ?? null), claimed_by: null, claim_expires_at: null, done_at: now, updated_at: now })
    .where('id', '=', id)
    .where('claimed_by', '=', workerId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Records a failed attempt: back to pending at `retryAt`, or dead when `retryAt` is null. */
export async function failJob(db: Db, id: string, workerId: string, error: string, retryAt: number | null, now: number): Promise<void> {
  await db
    .updateTable('outbox_jobs')
    .set({
      state: retryAt === null ? 'dead' : 'pending',
      next_attempt_at: retryAt ?? now,
      last_error: error.slice(0, 4000),
      claimed_by: null,
      claim_expires_at: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', workerId)
    .execute();
}

/** Gives a dead job a new set of attempts, due now. Returns false when the job is not dead. */
export async function retryDeadJob(db: Db, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('outbox_jobs')
    .set({ state: 'pending', attempts: 0, next_attempt_at: now, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', 'dead')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function getJob(db: Db, id: string): Promise<OutboxJob | undefined> {
  const row = await db.selectFrom('outbox_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToJob(row) : undefined;
}

export async function listJobs(db: Db, filter: { state?: OutboxState; instanceId?: string; afterId?: string; limit: number }): Promise<OutboxJob[]> {
  let q = db.selectFrom('outbox_jobs').selectAll().orderBy('id').limit(filter.limit);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.instanceId) q = q.where('instance_id', '=', filter.instanceId);
  if (filter.afterId) q = q.where('id', '>', filter.afterId);
  return (await q.execute()).map(rowToJob);
}

export async function countJobsByState(db: Db): Promise<Record<OutboxState, number>> {
  const rows = await db.selectFrom('outbox_jobs').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
  const counts: Record<OutboxState, number> = { pending: 0, claimed: 0, done: 0, dead: 0 };
  for (const r of rows) counts[r.state as OutboxState] = Number(r.n);
  return counts;
}

function rowToJob(row: OutboxJobRow): OutboxJob {
  return {
    id: row.id,
    kind: row.kind,
    instance_id: row.instance_id,
    item_id: row.item_id,
    payload: JSON.parse(row.payload),
    idempotency_key: row.idempotency_key,
    state: row.state,
    attempts: Number(row.attempts),
    max_attempts: Number(row.max_attempts),
    next_attempt_at: Number(row.next_attempt_at),
    last_error: row.last_error,
    result: row.result === null ? null : JSON.parse(row.result),
    created_at: Number(row.created_at),
    updated_at: Number(row.updated_at),
    done_at: row.done_at === null ? null : Number(row.done_at),
  };
}

/** Hands claimed jobs back unattempted (a worker stopping with jobs claimed ahead). */
export async function releaseClaimedJobs(db: Db, ids: string[], workerId: string, now: number): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox_jobs')
    .set((eb) => ({ state: 'pending', attempts: eb('attempts', '-', 1), claimed_by: null, claim_expires_at: null, updated_at: now }))
    .where('id', 'in', ids)
    .where('claimed_by', '=', workerId)
    .where('state', '=', 'claimed')
    .execute();
}
