/** Opens migrated stores for tests: a real SQLite file in a temp dir, or a fresh PostgreSQL database. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openStore, type Store } from '../../core/store/index.ts';
import { createTestDatabase } from './postgres.ts';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres'];

export function tempDir(prefix = 'steward-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The database URL a new test store of this kind should use. */
export async function testDatabaseUrl(kind: StoreKind): Promise<string> {
  return kind === 'sqlite' ? `sqlite:${join(tempDir(), 'steward.db')}` : createTestDatabase();
}

export async function openTestStore(kind: StoreKind): Promise<Store> {
  const store = openStore(await testDatabaseUrl(kind), { sqliteSynchronous: 'NORMAL' });
  await migrateToLatest(store);
  return store;
}

/**
 * Timeout for hooks that open a store or start a server: the first PostgreSQL store starts a
 * cluster, which takes seconds on a loaded machine (Bun's default hook timeout is 5 s).
 */
export const SETUP_TIMEOUT_MS = 120_000;
