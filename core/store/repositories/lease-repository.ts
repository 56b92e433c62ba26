/**
 * Named leases: at most one holder at a time across replicas, until it expires. Taking a lease is
 * one atomic upsert that succeeds only when the lease is free, expired, or already ours.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema/index.ts';

/** True when `holder` now holds `name` until now + ttlMs. */
export async function tryAcquireLease(db: Kysely<Database>, name: string, holder: string, ttlMs: number, now: number): Promise<boolean> {
  const result = await sql<{ holder: string }>`
    insert into leases (name, holder, expires_at) values (${name}, ${holder}, ${now + ttlMs})
    on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
     where leases.expires_at < ${now} or leases.holder = excluded.holder
    returning holder`.execute(db);
  return result.rows.length === 1 && result.rows[0]!.holder === holder;
}

export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}
