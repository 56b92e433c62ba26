/**
 * Two writers (two replicas' intake services, each with its own connection pool) take in the same
 * items at the same time, grouped and ordered differently. On PostgreSQL, inserting in arrival
 * order let each transaction lock a key the other needed next; one was aborted as a deadlock and
 * its request answered 503. Every item must be stored once and both writers must answer with the
 * same id, with no error.
 */
import { afterAll, beforeAll, expect, test } from 'bun:test';
import type { IncomingItem } from '../core/domain/item.ts';
import { IntakeService } from '../core/intake/intake-service.ts';
import { createLogger } from '../core/logger.ts';
import { countItems, migrateToLatest, openStore, type Store } from '../core/store/index.ts';
import { SETUP_TIMEOUT_MS, testDatabaseUrl } from './harness/stores.ts';

let stores: Store[] = [];
beforeAll(async () => {
  const url = await testDatabaseUrl('postgres');
  stores = [openStore(url), openStore(url)];
  await migrateToLatest(stores[0]!);
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
});

const item = (n: number): IncomingItem => ({
  channel: 'forum', external_id: `k-${n}`, text: `message ${n}`, author: { external_id: 'u' }, created_at: '2026-11-25T10:00:00Z',
}) as IncomingItem;

test('two writers taking in the same items in opposite orders store each once, without a deadlock', async () => {
  const log = createLogger('silent');
  const [a, b] = stores.map((s) => new IntakeService(s, log, { maxGroupCommitItems: 5000 }));
  for (let round = 0; round < 10; round++) {
    const items = Array.from({ length: 300 }, (_, i) => item(round * 300 + i));
    const reversed = [...items].reverse();
    // Several concurrent requests per writer, so each writer's group commit mixes them its own way.
    const [ra, rb] = await Promise.all([
      Promise.all([0, 1, 2].map((k) => a!.ingest(items.slice(k * 100, k * 100 + 100)))).then((r) => r.flat()),
      Promise.all([0, 1, 2].map((k) => b!.ingest(reversed.slice(k * 100, k * 100 + 100)))).then((r) => r.flat()),
    ]);
    const idOfA = new Map(items.map((it, i) => [it.external_id, ra[i]!.id]));
    reversed.forEach((it, i) => expect(rb[i]!.id).toBe(idOfA.get(it.external_id)!));
  }
  expect(await countItems(stores[0]!.db)).toBe(3000);
}, 120_000);
