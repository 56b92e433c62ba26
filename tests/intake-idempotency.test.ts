/**
 * Acceptance: 10,000 items of which 2,000 are repeats — some inside one batch, some across
 * concurrent requests — store exactly 8,000, and every repeat is answered with the original id.
 * On a real SQLite file and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { countItems } from '../core/store/index.ts';
import { SETUP_TIMEOUT_MS, STORE_KINDS } from './harness/stores.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';

function item(n: number) {
  return {
    channel: n % 2 ? 'discord' : 'telegram',
    external_id: `msg-${n}`,
    text: `message number ${n}`,
    author: { external_id: `u-${n % 50}` },
    created_at: '2026-11-25T10:00:00Z',
  };
}

for (const kind of STORE_KINDS) {
  describe(`idempotent intake on ${kind}`, () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await startTestServer(kind);
    }, SETUP_TIMEOUT_MS);
    afterAll(async () => {
      await srv.stop();
    });

    test('10,000 posted with 2,000 repeats: 8,000 stored, every repeat answered with the original id', async () => {
      const unique = Array.from({ length: 8000 }, (_, n) => item(n));
      // 1,000 repeats inside the same batch as their original, 1,000 in other, concurrent requests.
      const batches: ReturnType<typeof item>[][] = [];
      for (let b = 0; b < 80; b++) {
        const batch = unique.slice(b * 100, b * 100 + 100);
        const inBatchRepeats = Array.from({ length: 12 + (b % 2) }, (_, i) => batch[(i * 7) % batch.length]!);
        batches.push([...batch, ...inBatchRepeats]);
      }
      const inBatchCount = batches.reduce((n, b) => n + b.length - 100, 0);
      const crossRepeats = Array.from({ length: 2000 - inBatchCount }, (_, i) => unique[(i * 13 + 5) % 8000]!);
      for (let i = 0; i < crossRepeats.length; i += 100) batches.push(crossRepeats.slice(i, i + 100));
      expect(batches.reduce((n, b) => n + b.length, 0)).toBe(10_000);

      // Eight concurrent clients take batches from a shared, interleaved list.
      const order = batches.map((_, i) => i).sort((a, b) => ((a * 37) % 97) - ((b * 37) % 97));
      const answers: Array<{ key: string; id: string; duplicate: boolean }> = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < order.length) {
            const batch = batches[order[next++]!]!;
            const res = await srv.post('/api/v1/items', { items: batch });
            expect([200, 201]).toContain(res.status);
            res.body.items.forEach((r: { id: string; duplicate: boolean }, i: number) =>
              answers.push({ key: `${batch[i]!.channel}/${batch[i]!.external_id}`, ...r }),
            );
          }
        }),
      );

      expect(answers.length).toBe(10_000);
      expect(await countItems(srv.store.db)).toBe(8000);
      const idsByKey = new Map<string, Set<string>>();
      for (const a of answers) idsByKey.set(a.key, (idsByKey.get(a.key) ?? new Set()).add(a.id));
      expect(idsByKey.size).toBe(8000);
      expect([...idsByKey.values()].every((ids) => ids.size === 1)).toBe(true);
      expect(answers.filter((a) => a.duplicate).length).toBe(2000);

      // Much later, a replay of one item is still the same item.
      const again = await srv.post('/api/v1/items', item(42));
      expect(again.status).toBe(200);
      expect(again.body.item).toEqual({ id: [...idsByKey.get('telegram/msg-42')!][0]!, duplicate: true });
    });
  });
}
