/** Opens migrated stores for tests: a real SQLite file in a temp dir, or a fresh PostgreSQL database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openStore, type Store } from '../../core/store/index.ts';
import { createTestDatabase } from './postgres.ts';
import { whenThisProcessDies } from './process-watchdog.ts';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres'];

let runRoot: string | undefined;

/**
 * One directory per test (or bench) process holds every temp dir it makes, and goes when the
 * process does: a full run writes SQLite files, plugin copies and a ~120 MB compiled binary, and
 * leaving them behind filled /tmp by gigabytes over a day of `npm test`.
 */
function processTempRoot(): string {
  if (runRoot) return runRoot;
  const root = mkdtempSync(join(tmpdir(), 'steward-run-'));
  runRoot = root;
  // Synchronous: nothing asynchronous completes in the 'exit' event.
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  whenThisProcessDies(`rm -rf '${root}'`);
  return root;
}

export function tempDir(prefix = 'steward-test-'): string {
  return mkdtempSync(join(processTempRoot(), prefix));
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
