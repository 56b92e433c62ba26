/** What a migration needs to know about the database it runs on, so one migration serves both. */
export interface MigrationContext {
  dialect: 'sqlite' | 'postgres';
}

/** An auto-incrementing integer key: bigserial on PostgreSQL, INTEGER PRIMARY KEY on SQLite. */
export function idColumn(ctx: MigrationContext): 'bigserial' | 'integer' {
  return ctx.dialect === 'postgres' ? 'bigserial' : 'integer';
}
