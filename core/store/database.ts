/**
 * Opens the database named by the config's URL: PostgreSQL for `postgres://…`, otherwise the
 * embedded SQLite file (WAL, busy timeout). One Kysely type for both; `dialect` says which.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/index.ts';
import { loadSqliteDriver } from './sqlite-driver.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** A display form of the URL with any password removed. */
  description: string;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  busyTimeoutMs?: number;
  poolSize?: number;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `sqlite:/abs/path.db`, `sqlite:rel/path.db`, `file:…` or a plain path → the file path. */
export function sqlitePathFromUrl(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '');
  return path === ':memory:' ? path : resolve(path);
}

export function openStore(url: string, options: OpenStoreOptions = {}): Store {
  return isPostgresUrl(url) ? openPostgres(url, options) : openSqlite(sqlitePathFromUrl(url), options);
}

function openSqlite(path: string, options: OpenStoreOptions): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const Sqlite = loadSqliteDriver();
  const database = new Sqlite(path, { timeout: options.busyTimeoutMs ?? 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', description: `sqlite:${path}`, close: () => db.destroy() };
}

function openPostgres(url: string, options: OpenStoreOptions): Store {
  // int8 columns hold epoch milliseconds and counters, all well inside 2^53: read them as numbers.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', description: redactUrl(url), close: () => db.destroy() };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

/** True when the database answers a trivial query. */
export async function pingStore(store: Store): Promise<boolean> {
  try {
    await sql`select 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}
