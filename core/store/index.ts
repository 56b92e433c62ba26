export { isPostgresUrl, openStore, pingStore, sqlitePathFromUrl, type Dialect, type OpenStoreOptions, type Store } from './database.ts';
export { migrateToLatest, pendingMigrations, type MigrationReport } from './migrate.ts';
export * from './repositories/api-token-repository.ts';
export * from './repositories/item-repository.ts';
export * from './repositories/moderation-event-repository.ts';
export * from './repositories/pipeline-claim-repository.ts';
export type { Database, PipelineState } from './schema/index.ts';
