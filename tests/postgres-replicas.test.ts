/**
 * Several replicas on one PostgreSQL database (ARCHITECTURE.md §5): two server processes take
 * intake concurrently (repeats land on either), share the pipeline through SKIP LOCKED claims
 * and share the outbox: every item is stored and processed once, every escalation is delivered
 * once, and both replicas did part of the work.
 */
import { expect, test } from 'bun:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../core/store/index.ts';
import { WebhookReceiver } from './fakes/webhook/webhook-receiver.ts';
import { createTestDatabase } from './harness/postgres.ts';
import { freePort, runCli, startServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const SECRET = 'replica-secret-0123456789';

test('two replicas on one PostgreSQL: each item stored and processed once, each escalation delivered once', async () => {
  const databaseUrl = await createTestDatabase('steward_replicas');
  const receiver = new WebhookReceiver(await freePort(), SECRET);
  receiver.setMode('up');
  const cwd = tempDir();
  writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({
    databaseUrl,
    plugins: { instances: [{ id: 'finance-hook', plugin: 'webhook', config: { url: receiver.url, secret: SECRET } }] },
    routes: { finance: 'finance-hook' },
    pipeline: { batchSize: 100 },
  }));
  const token = (await runCli(['token', 'create', '--name', 'replicas'], {}, cwd)).stdout.trim().split('\n').at(-1)!;
  const replicas = await Promise.all(['replica-a', 'replica-b'].map((id) => startServerProcess({ env: { STEWARD_INSTANCE_ID: id }, cwd })));
  try {
    // 2,000 items, each posted to both replicas at once: one stores it, the other answers with its id.
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, b) => {
        const items = Array.from({ length: 100 }, (_, i) => ({
          channel: 'forum', external_id: `r-${b * 100 + i}`, text: `my card was charged twice, order ${b * 100 + i}`, author: { external_id: `u${i}` }, created_at: '2026-11-25T10:00:00Z',
        }));
        const results = await Promise.all(replicas.map((r) =>
          fetch(`${r.url}/api/v1/items`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ items }) }).then((res) => res.json() as Promise<{ items: Array<{ id: string }> }>),
        ));
        return results[0]!.items.map((a, i) => [a.id, results[1]!.items[i]!.id] as const);
      }),
    );
    for (const [a, b] of answers.flat()) expect(a).toBe(b);
    const ids = answers.flat().map(([a]) => a);

    // Escalate every tenth item, alternating replicas.
    await Promise.all(ids.filter((_, i) => i % 10 === 0).map((id, i) =>
      fetch(`${replicas[i % 2]!.url}/api/v1/items/${id}/escalations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ route: 'finance' }) }),
    ));

    const store = openStore(databaseUrl);
    try {
      for (let i = 0; i < 600; i++) {
        const open = await store.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('pipeline_state', '!=', 'done').executeTakeFirstOrThrow();
        if (Number(open.n) === 0 && receiver.uniqueKeys().size >= 200) break;
        await Bun.sleep(100);
      }
      expect(Number((await store.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(2000);
      // Each item was opened exactly once: one replica's act stage, never both.
      const opened = await store.db.selectFrom('moderation_events').select(['item_id', (eb) => eb.fn.countAll<number>().as('n')]).where('type', '=', 'opened').groupBy('item_id').execute();
      expect(opened.length).toBe(2000);
      expect(opened.every((r) => Number(r.n) === 1)).toBe(true);
      const claimants = await store.db.selectFrom('item_decisions').select('decision').execute();
      expect(claimants.length).toBe(2000);
      const byReplica = await store.db.selectFrom('outbox_jobs').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
      expect(byReplica).toEqual([{ state: 'done', n: 200 }]);
    } finally {
      await store.close();
    }
    expect(receiver.uniqueKeys().size).toBe(200);
    expect(receiver.deliveries.length).toBe(200); // no job was delivered by both replicas
    // Both replicas took part in the pipeline work (each process counts what it processed; the
    // pipeline thread reports its counters a few times a second).
    const counters = () => Promise.all(replicas.map(async (r) => Number((await (await fetch(`${r.url}/metrics`)).text()).match(/^steward_pipeline_processed_total (\d+)$/m)?.[1] ?? 0)));
    let processed = await counters();
    for (let i = 0; i < 40 && processed.reduce((a, b) => a + b, 0) < 2000; i++) {
      await Bun.sleep(100);
      processed = await counters();
    }
    expect(processed.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(Math.min(...processed)).toBeGreaterThan(0);
  } finally {
    for (const r of replicas) expect(await r.terminate()).toBe(0);
    receiver.stop();
  }
}, 180_000);
