/**
 * Outbox benchmark: N escalation jobs wait in the outbox of a real `steward serve` process; we
 * measure how fast the webhook target delivers them (signed, one POST each) to a local receiver,
 * until the receiver has every one. In the same run, the baseline: the same number of POSTs of
 * the same bodies sent straight from this process at the same concurrency.
 *
 *   bun run bench/outbox.ts [--jobs 5000] [--concurrency 16] [--db sqlite|postgres]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escalationPayload } from '../core/outbox/index.ts';
import { enqueueJobs, migrateToLatest, openStore } from '../core/store/index.ts';
import { signDelivery } from '../plugins/webhook/signature.ts';
import { createTestDatabase, stopTestCluster } from '../tests/harness/postgres.ts';
import { startServerProcess } from '../tests/harness/server-process.ts';
import { tempDir } from '../tests/harness/stores.ts';
import { arg, fmt, percentile, printTable } from './bench-util.ts';

const JOBS = Number(arg('jobs', '5000'));
const CONCURRENCY = Number(arg('concurrency', '16'));
const DB = arg('db', 'sqlite');
const SECRET = 'bench-secret-0123456789';

const received = new Set<string>();
const receiveTimes: number[] = [];
const receiver = Bun.serve({
  port: 0,
  hostname: '127.0.0.1',
  async fetch(req) {
    await req.text();
    received.add(req.headers.get('idempotency-key') ?? '');
    receiveTimes.push(performance.now());
    return Response.json({ id: 'ok' });
  },
});
const receiverUrl = `http://127.0.0.1:${receiver.port}/hook`;

const cwd = tempDir('steward-bench-outbox-');
const databaseUrl = DB === 'postgres' ? (process.env.BENCH_DATABASE_URL ?? (await createTestDatabase('steward_bench'))) : `sqlite:${join(cwd, 'steward.db')}`;
const now = Date.now();
const item = { id: '00000000-0000-7000-8000-000000000000', channel: 'bench', external_id: 'x', thread_external_id: null, parent_external_id: null, author: { external_id: 'u' }, text: 'I was charged twice', attachments: [], url: null, visibility: 'public' as const, created_at: now, received_at: now, raw: null, status: 'open' as const, queue: 'default', assignee: null, close_reason: null, pipeline_state: 'done', updated_at: now };
const payloads = Array.from({ length: JOBS }, (_, n) => escalationPayload(item, 'finance', 'bench', `escalation:bench-${n}:finance`, now));

// The jobs are queued before the server starts, so the run measures delivery alone.
const store = openStore(databaseUrl);
await migrateToLatest(store);
await enqueueJobs(store.db, payloads.map((p) => ({ kind: 'escalation', instance_id: 'bench-hook', item_id: null, payload: p, idempotency_key: p.id, max_attempts: 5 })), now);
await store.close();

writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({
  databaseUrl,
  plugins: { instances: [{ id: 'bench-hook', plugin: 'webhook', config: { url: receiverUrl, secret: SECRET }, rateLimit: { perSecond: 100_000, burst: 1000, concurrency: CONCURRENCY } }] },
  routes: { finance: 'bench-hook' },
  outbox: { pollIntervalMs: 50 },
}));
const started = performance.now();
const server = await startServerProcess({ env: { STEWARD_DATA_DIR: cwd }, cwd });
while (received.size < JOBS) await Bun.sleep(5);
const outboxSeconds = (performance.now() - started) / 1000;
await server.terminate();
const gaps = receiveTimes.slice(1).map((t, i) => t - receiveTimes[i]!).sort((a, b) => a - b);

// Baseline: the same signed POSTs straight from here, same concurrency.
received.clear();
const baseStart = performance.now();
let next = 0;
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (next < JOBS) {
    const p = payloads[next++]!;
    const body = JSON.stringify({ type: 'escalation', escalation: p, idempotency_key: p.id });
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(receiverUrl, { method: 'POST', body, headers: { 'content-type': 'application/json', 'idempotency-key': p.id, 'x-steward-timestamp': String(ts), 'x-steward-signature': signDelivery(SECRET, ts, body) } });
    await res.arrayBuffer();
  }
}));
const baseSeconds = (performance.now() - baseStart) / 1000;
receiver.stop(true);

printTable(`Outbox: ${JOBS} escalations through the webhook target to a local receiver (${DB}; includes server start-up)`, [{
  db: DB,
  jobs: JOBS,
  concurrency: CONCURRENCY,
  'outbox jobs/s': fmt(JOBS / outboxSeconds),
  'p50 gap ms': fmt(percentile(gaps, 50), 2),
  'p99 gap ms': fmt(percentile(gaps, 99), 2),
  'direct POSTs/s': fmt(JOBS / baseSeconds),
  'outbox/direct': fmt(baseSeconds / outboxSeconds, 2),
}]);
await stopTestCluster();
