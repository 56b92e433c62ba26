/** Plugin-scoped key-value state (cursors included), keyed by instance. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.ts';

export async function getPluginState(db: Kysely<Database>, instanceId: string, key: string): Promise<unknown> {
  const row = await db.selectFrom('plugin_state').select('value').where('instance_id', '=', instanceId).where('key', '=', key).executeTakeFirst();
  return row ? JSON.parse(row.value) : undefined;
}

export async function setPluginState(db: Kysely<Database>, instanceId: string, key: string, value: unknown, now: number): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('plugin_state')
    .values({ instance_id: instanceId, key, value: json, updated_at: now })
    .onConflict((oc) => oc.columns(['instance_id', 'key']).doUpdateSet({ value: json, updated_at: now }))
    .execute();
}

export async function deletePluginState(db: Kysely<Database>, instanceId: string, key: string): Promise<void> {
  await db.deleteFrom('plugin_state').where('instance_id', '=', instanceId).where('key', '=', key).execute();
}
