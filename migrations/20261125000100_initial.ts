/** Items, their append-only moderation events, and API tokens. */
import type { Kysely } from 'kysely';
import { type MigrationContext, idColumn } from './migration-context.ts';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('thread_external_id', 'text')
    .addColumn('parent_external_id', 'text')
    .addColumn('author_external_id', 'text', (c) => c.notNull())
    .addColumn('author_handle', 'text')
    .addColumn('author_display_name', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('url', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('received_at', bigint, (c) => c.notNull())
    .addColumn('raw', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('queue', 'text')
    .addColumn('assignee', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('pipeline_state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('claimed_by', 'text')
    .addColumn('claim_expires_at', bigint)
    .addColumn('pipeline_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pipeline_error', 'text')
    .addColumn('next_attempt_at', bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', bigint, (c) => c.notNull())
    .addUniqueConstraint('items_channel_external_id_key', ['channel', 'external_id'])
    .execute();
  // The pipeline claims by state and age; the console and API list by status and by channel.
  await db.schema.createIndex('items_pipeline_idx').on('items').columns(['pipeline_state', 'received_at']).execute();
  await db.schema.createIndex('items_status_idx').on('items').columns(['status', 'id']).execute();
  await db.schema.createIndex('items_channel_idx').on('items').columns(['channel', 'id']).execute();
  await db.schema.createIndex('items_received_idx').on('items').columns(['received_at']).execute();

  await db.schema
    .createTable('moderation_events')
    .addColumn('id', idColumn(ctx), (c) => (ctx.dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_events_item_idx').on('moderation_events').columns(['item_id', 'id']).execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('last_used_at', bigint)
    .addColumn('revoked_at', bigint)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
  await db.schema.dropTable('moderation_events').execute();
  await db.schema.dropTable('items').execute();
}
