/**
 * The store contract: what every database behind Steward must do. Run on SQLite and on
 * PostgreSQL by tests/store-contract.test.ts; no mocked database anywhere.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import {
  claimBatch, finishClaimed, findItemIdsByKeys, getItem, insertNewItems, listApiTokens, insertApiToken, findActiveTokenByHash,
  listEventsForItem, listItems, pendingMigrations, migrateToLatest, recordEvents, releaseFailed, revokeApiToken,
  enqueueJobs, claimJobs, completeJob, failJob, retryDeadJob, getJob, listJobs, getPluginState, setPluginState, deletePluginState,
  tryAcquireLease, releaseLease, type Store,
} from '../../core/store/index.ts';
import { itemRow } from '../harness/item-fixtures.ts';
import { openTestStore, SETUP_TIMEOUT_MS, type StoreKind } from '../harness/stores.ts';

export function runStoreContract(kind: StoreKind): void {
  describe(`store contract on ${kind}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await openTestStore(kind);
    }, SETUP_TIMEOUT_MS);
    afterAll(async () => {
      await store?.close();
    });

    test('migrations are applied and re-running them is a no-op', async () => {
      expect(await pendingMigrations(store)).toEqual([]);
      expect((await migrateToLatest(store)).applied).toEqual([]);
    });

    test('an item is stored once per (channel, external_id); a repeat inserts nothing', async () => {
      const first = itemRow();
      const inserted = await insertNewItems(store.db, [first]);
      expect([...inserted.values()]).toEqual([first.id]);
      const again = await insertNewItems(store.db, [{ ...itemRow(), external_id: first.external_id }]);
      expect(again.size).toBe(0);
      const found = await findItemIdsByKeys(store.db, [{ channel: 'discord', external_id: first.external_id }]);
      expect([...found.values()]).toEqual([first.id]);
      const sameIdOtherChannel = await insertNewItems(store.db, [{ ...itemRow(), channel: 'telegram', external_id: first.external_id }]);
      expect(sameIdOtherChannel.size).toBe(1);
    });

    test('text with emoji, non-Latin scripts and JSON raw payloads round-trips exactly', async () => {
      const row = itemRow({ text: 'क्या हाल है 🙃 — ¿qué tal?', raw: JSON.stringify({ nested: { a: [1, 'x'] } }), attachments: JSON.stringify([{ url: 'https://x/y.png' }]) });
      await insertNewItems(store.db, [row]);
      const item = await getItem(store.db, row.id);
      expect(item?.text).toBe(row.text);
      expect(item?.raw).toEqual({ nested: { a: [1, 'x'] } });
      expect(item?.attachments).toEqual([{ url: 'https://x/y.png' }]);
      expect(item?.status).toBe('received');
    });

    test('events derive the status in the same transaction, and the log keeps every event', async () => {
      const row = itemRow();
      await insertNewItems(store.db, [row]);
      const now = Date.now();
      await store.db.transaction().execute((trx) =>
        recordEvents(trx, [
          { item_id: row.id, type: 'opened', actor_type: 'system', actor_id: 'pipeline', data: { queue: 'billing' }, created_at: now },
          { item_id: row.id, type: 'closed', actor_type: 'user', actor_id: 'ana', data: { reason: 'resolved_elsewhere' }, created_at: now + 1 },
        ]),
      );
      expect(await getItem(store.db, row.id)).toMatchObject({ status: 'closed', queue: 'billing', close_reason: 'resolved_elsewhere' });
      expect((await listEventsForItem(store.db, row.id)).map((e) => e.type)).toEqual(['opened', 'closed']);
    });

    test('a failed transaction leaves neither events nor a changed status', async () => {
      const row = itemRow();
      await insertNewItems(store.db, [row]);
      await expect(
        store.db.transaction().execute(async (trx) => {
          await recordEvents(trx, [{ item_id: row.id, type: 'opened', actor_type: 'system', actor_id: 'x', data: {}, created_at: Date.now() }]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await getItem(store.db, row.id))?.status).toBe('received');
      expect(await listEventsForItem(store.db, row.id)).toEqual([]);
    });

    test('concurrent claimers never claim the same item, and an expired claim is claimed again', async () => {
      const channel = `claims-${kind}-${Date.now()}`;
      const rows = Array.from({ length: 300 }, () => itemRow({ channel }));
      await insertNewItems(store.db, rows);
      const now = Date.now();
      // Drain everything already pending from earlier tests first, so the counts below are exact.
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => claimBatch(store.db, store.dialect, { workerId: `w${i}`, limit: 100, leaseMs: 60_000, now })),
      );
      const ours = claims.flat().filter((r) => r.channel === channel).map((r) => r.id);
      expect(new Set(ours).size).toBe(ours.length);
      expect(ours.length).toBe(300);
      // Nothing left to claim while leases hold …
      const none = await claimBatch(store.db, store.dialect, { workerId: 'late', limit: 1000, leaseMs: 60_000, now: now + 1 });
      expect(none.filter((r) => r.channel === channel)).toEqual([]);
      // … and once they expire, the items are claimed again (their workers died).
      const reclaimed = await claimBatch(store.db, store.dialect, { workerId: 'rescuer', limit: 1000, leaseMs: 60_000, now: now + 61_000 });
      expect(reclaimed.filter((r) => r.channel === channel).length).toBe(300);
      // The original worker lost its lease: finishing writes nothing for it.
      const heldByW0 = claims[0]!.map((r) => r.id);
      const stillHeld = await store.db.transaction().execute((trx) => finishClaimed(trx, heldByW0, 'w0', Date.now()));
      expect(stillHeld.size).toBe(0);
      const done = await store.db.transaction().execute((trx) => finishClaimed(trx, reclaimed.map((r) => r.id), 'rescuer', Date.now()));
      expect(done.size).toBe(reclaimed.length);
    });

    test('a failing item is retried with backoff, then parked as failed', async () => {
      const row = itemRow({ channel: `fail-${kind}` });
      await insertNewItems(store.db, [row]);
      const far = Date.now() + 10 * 60_000;
      let claimed = (await claimBatch(store.db, store.dialect, { workerId: 'w', limit: 1000, leaseMs: 1000, now: far })).find((r) => r.id === row.id);
      expect(claimed).toBeDefined();
      expect(await releaseFailed(store.db, { id: row.id, attempts: claimed!.pipeline_attempts }, 'w', 'stage exploded', { maxAttempts: 2, now: far })).toBe('retry');
      // Not claimable before its backoff has passed.
      const early = await claimBatch(store.db, store.dialect, { workerId: 'w', limit: 1000, leaseMs: 1000, now: far + 10 });
      expect(early.find((r) => r.id === row.id)).toBeUndefined();
      claimed = (await claimBatch(store.db, store.dialect, { workerId: 'w', limit: 1000, leaseMs: 1000, now: far + 5000 })).find((r) => r.id === row.id);
      expect(claimed?.pipeline_attempts).toBe(2);
      expect(await releaseFailed(store.db, { id: row.id, attempts: 2 }, 'w', 'stage exploded again', { maxAttempts: 2, now: far + 5000 })).toBe('failed');
      expect((await getItem(store.db, row.id))?.pipeline_state).toBe('failed');
    });

    test('listing pages through items by cursor with status and channel filters', async () => {
      const channel = `list-${kind}`;
      const rows = Array.from({ length: 25 }, () => itemRow({ channel }));
      await insertNewItems(store.db, rows);
      const seen: string[] = [];
      let afterId: string | undefined;
      for (;;) {
        const page = await listItems(store.db, { channel, limit: 10, ...(afterId ? { afterId } : {}) });
        seen.push(...page.map((i) => i.id));
        if (page.length < 10) break;
        afterId = page.at(-1)!.id;
      }
      expect(seen).toEqual(rows.map((r) => r.id).sort());
      expect(await listItems(store.db, { channel, status: 'closed', limit: 10 })).toEqual([]);
    });

    test('API tokens are found by hash until revoked', async () => {
      const now = Date.now();
      await insertApiToken(store.db, { id: 'tok1', name: `ci-${kind}`, prefix: 'stw_ab', token_hash: 'h1', created_at: now, last_used_at: null, revoked_at: null });
      expect((await findActiveTokenByHash(store.db, 'h1'))?.name).toBe(`ci-${kind}`);
      expect(await revokeApiToken(store.db, `ci-${kind}`, now)).toBe(1);
      expect(await findActiveTokenByHash(store.db, 'h1')).toBeUndefined();
      expect((await listApiTokens(store.db)).length).toBe(1);
    });

    test('outbox: enqueueing a key twice is one job; concurrent claimers never share a job', async () => {
      const instance = `hook-${kind}`;
      const now = Date.now();
      const jobs = Array.from({ length: 120 }, (_, i) => ({ kind: 'escalation' as const, instance_id: instance, item_id: null, payload: { n: i }, idempotency_key: `${instance}:${i}`, max_attempts: 3 }));
      const first = await enqueueJobs(store.db, jobs, now);
      const again = await enqueueJobs(store.db, jobs.slice(0, 10), now);
      expect([...first.values()].every((r) => r.created)).toBe(true);
      expect([...again.values()].map((r) => r.created)).toEqual(Array(10).fill(false));
      expect([...again.values()].map((r) => r.id)).toEqual(jobs.slice(0, 10).map((j) => first.get(j.idempotency_key)!.id));
      const claims = await Promise.all(Array.from({ length: 4 }, (_, w) => claimJobs(store.db, store.dialect, { instanceId: instance, workerId: `w${w}`, limit: 50, leaseMs: 60_000, now })));
      const ids = claims.flat().map((j) => j.id);
      expect(ids.length).toBe(120);
      expect(new Set(ids).size).toBe(120);
      expect(await claimJobs(store.db, store.dialect, { instanceId: 'other', workerId: 'w', limit: 50, leaseMs: 1, now })).toEqual([]);
    });

    test('outbox: complete is fenced by the claim; failures retry, then go dead, and a dead job can be retried', async () => {
      const instance = `fence-${kind}`;
      const now = Date.now();
      const keys = await enqueueJobs(store.db, [{ kind: 'action', instance_id: instance, item_id: null, payload: {}, idempotency_key: `${instance}:1`, max_attempts: 2 }], now);
      const id = keys.get(`${instance}:1`)!.id;
      const [job] = await claimJobs(store.db, store.dialect, { instanceId: instance, workerId: 'a', limit: 1, leaseMs: 1000, now });
      expect(job!.attempts).toBe(1);
      expect(await completeJob(store.db, id, 'b', {}, now)).toBe(false);
      await failJob(store.db, id, 'a', '500 from platform', now + 500, now);
      expect(await claimJobs(store.db, store.dialect, { instanceId: instance, workerId: 'a', limit: 1, leaseMs: 1000, now: now + 100 })).toEqual([]);
      await claimJobs(store.db, store.dialect, { instanceId: instance, workerId: 'a', limit: 1, leaseMs: 1000, now: now + 600 });
      await failJob(store.db, id, 'a', '403 forbidden', null, now + 700);
      expect(await getJob(store.db, id)).toMatchObject({ state: 'dead', last_error: '403 forbidden', attempts: 2 });
      expect((await listJobs(store.db, { state: 'dead', instanceId: instance, limit: 10 })).map((j) => j.id)).toEqual([id]);
      expect(await retryDeadJob(store.db, id, now + 800)).toBe(true);
      const [retried] = await claimJobs(store.db, store.dialect, { instanceId: instance, workerId: 'a', limit: 1, leaseMs: 1000, now: now + 900 });
      expect(await completeJob(store.db, retried!.id, 'a', { externalRef: 'T-1' }, now + 950)).toBe(true);
      expect(await getJob(store.db, id)).toMatchObject({ state: 'done', result: { externalRef: 'T-1' } });
    });

    test('plugin state: set, overwrite, read back, delete', async () => {
      const now = Date.now();
      await setPluginState(store.db, 'tg-1', 'cursor:updates', '100', now);
      await setPluginState(store.db, 'tg-1', 'cursor:updates', '101', now);
      await setPluginState(store.db, 'tg-2', 'cursor:updates', { nested: true }, now);
      expect(await getPluginState(store.db, 'tg-1', 'cursor:updates')).toBe('101');
      expect(await getPluginState(store.db, 'tg-2', 'cursor:updates')).toEqual({ nested: true });
      await deletePluginState(store.db, 'tg-1', 'cursor:updates');
      expect(await getPluginState(store.db, 'tg-1', 'cursor:updates')).toBeUndefined();
    });

    test('leases: one holder at a time until expiry; the holder renews; release frees it', async () => {
      const now = Date.now();
      const name = `gateway-${kind}`;
      const results = await Promise.all(['r1', 'r2', 'r3'].map((h) => tryAcquireLease(store.db, name, h, 1000, now)));
      expect(results.filter(Boolean).length).toBe(1);
      const holder = ['r1', 'r2', 'r3'][results.indexOf(true)]!;
      expect(await tryAcquireLease(store.db, name, holder, 1000, now + 500)).toBe(true);
      expect(await tryAcquireLease(store.db, name, 'other', 1000, now + 1000)).toBe(false);
      expect(await tryAcquireLease(store.db, name, 'other', 1000, now + 2000)).toBe(true);
      await releaseLease(store.db, name, 'other');
      expect(await tryAcquireLease(store.db, name, holder, 1000, now + 2001)).toBe(true);
    });
  });
}
