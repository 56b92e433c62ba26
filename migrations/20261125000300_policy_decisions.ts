/**
 * Indexes for enrichment, policy versions (every loaded set, with who and when), each item's
 * latest classification
 * (with the model version) and latest decision (with its trace and policy version).
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.ts';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  // The enrich stage reads an author's history and a thread's size for every batch.
  await db.schema.createIndex('items_author_idx').on('items').columns(['author_external_id', 'received_at']).execute();
  await db.schema.createIndex('items_thread_idx').on('items').columns(['thread_external_id']).execute();
  const bigint = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('policy_versions')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('loaded_at', bigint, (c) => c.notNull())
    .addColumn('loaded_by', 'text', (c) => c.notNull())
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('rules', 'integer', (c) => c.notNull())
    // JSON RuleIndex: the static part of each rule's trace, shared by every decision of this version.
    .addColumn('rule_index', 'text')
    .execute();
  await db.schema
    .createTable('item_classifications')
    .addColumn('item_id', 'text', (c) => c.primaryKey().references('items.id'))
    .addColumn('model_version', 'text')
    .addColumn('labels', 'text')
    .addColumn('outcomes', 'text', (c) => c.notNull())
    .addColumn('classified_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('item_decisions')
    .addColumn('item_id', 'text', (c) => c.primaryKey().references('items.id'))
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decided_at', bigint, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_thread_idx').execute();
  await db.schema.dropIndex('items_author_idx').execute();
  await db.schema.dropTable('item_decisions').execute();
  await db.schema.dropTable('item_classifications').execute();
  await db.schema.dropTable('policy_versions').execute();
}
