/** Applies the migrations listed in migrations/index.ts, and reports which are pending. */
import { type Migration, Migrator } from 'kysely/migration';
import { MIGRATIONS } from '../../migrations/index.ts';
import type { Store } from './database.ts';

function migrator(store: Store): Migrator {
  const ctx = { dialect: store.dialect };
  const migrations: Record<string, Migration> = Object.fromEntries(
    MIGRATIONS.map(([name, m]) => [
      name,
      { up: (db) => m.up(db, ctx), ...(m.down ? { down: (db) => m.down!(db, ctx) } : {}) } satisfies Migration,
    ]),
  );
  return new Migrator({ db: store.db, provider: { getMigrations: async () => migrations } });
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date. Safe to run from several replicas at once: Kysely takes a lock. */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  const { error, results } = await migrator(store).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(unknown)'} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Names of migrations not yet applied (empty when the schema is current). */
export async function pendingMigrations(store: Store): Promise<string[]> {
  const list = await migrator(store).getMigrations();
  return list.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
