/** API tokens. Only a SHA-256 hash of each token is stored; the token itself is shown once. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.ts';

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export async function insertApiToken(db: Kysely<Database>, row: ApiTokenRecord & { token_hash: string }): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findActiveTokenByHash(db: Kysely<Database>, hash: string): Promise<ApiTokenRecord | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchToken(db: Kysely<Database>, id: string, now: number): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listApiTokens(db: Kysely<Database>): Promise<ApiTokenRecord[]> {
  return db.selectFrom('api_tokens').select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at']).orderBy('created_at').execute();
}

export async function revokeApiToken(db: Kysely<Database>, idOrName: string, now: number): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
