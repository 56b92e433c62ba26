/** Moderators' label corrections (and reopened automatic closures): training examples for the next model. */
import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.ts';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const bigint = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('label_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('thread_context', 'text')
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text')
    .addColumn('created_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('label_corrections_item_idx').on('label_corrections').columns(['item_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('label_corrections').execute();
}
