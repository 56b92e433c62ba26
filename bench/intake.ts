/**
 * Intake benchmark: several concurrent clients POST batches of 100 over HTTP to a real
 * `steward serve` process until every item is `open` (through the pipeline). Prints items/s for
 * the whole path, p50/p99 latency of the 2xx, and — measured in the same run — the ceiling:
 * the same rows inserted with one prepared statement in one transaction, with the ratio.
 *
 *   bun run bench/intake.ts [--items 50000] [--clients 8] [--db sqlite,postgres]
 *
 * PostgreSQL: BENCH_DATABASE_URL, or a throwaway cluster started like the test suite's.
 */
import { join } from 'node:path';
import pg from 'pg';
import { loadSqliteDriver } from '../core/store/sqlite-driver.ts';
import { openStore, migrateToLatest } from '../core/store/index.ts';
import { runCli, startServerProcess } from '../tests/harness/server-process.ts';
import { createTestDatabase, stopTestCluster } from '../tests/harness/postgres.ts';
import { tempDir } from '../tests/harness/stores.ts';
import { arg, fmt, percentile, printTable } from './bench-util.ts';

const TOTAL = Number(arg('items', '50000'));
const CLIENTS = Number(arg('clients', '8'));
const BATCH = 100;
const DBS = arg('db', 'sqlite,postgres').split(',');

function makeItems(run: string) {
  return Array.from({ length: TOTAL }, (_, n) => ({
    channel: 'bench',
    external_id: `${run}-${n}`,
    text: `I was charged twice for my subscription this month, order ${n}. Please refund 🙏`,
    author: { external_id: `u-${n % 997}`, handle: `member${n % 997}` },
    created_at: '2026-11-25T10:00:00Z',
    visibility: 'public' as const,
  }));
}

async function measurePath(kind: string, databaseUrl: string) {
  const cwd = tempDir('steward-bench-');
  const env = { DATABASE_URL: databaseUrl, STEWARD_DATA_DIR: join(cwd, 'data'), STEWARD_LOG_LEVEL: 'warn' };
  const created = await runCli(['token', 'create', '--name', 'bench'], env, cwd);
  const token = created.stdout.trim().split('\n').at(-1)!;
  const server = await startServerProcess({ env, cwd });
  const items = makeItems(`${kind}-${Date.now()}`);
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < items.length) {
        const batch = items.slice(next, next + BATCH);
        next += BATCH;
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/v1/items`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ items: batch }),
        });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`intake answered ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const acknowledged = performance.now();
  // Until the pipeline (classify, enrich, decide, act) is done with every item.
  const store = openStore(databaseUrl);
  for (;;) {
    const row = await store.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pipeline_state', '!=', 'done')
      .executeTakeFirstOrThrow();
    if (Number(row.n) === 0) break;
    await Bun.sleep(5);
  }
  const allOpen = performance.now();
  await store.close();
  const rss = await serverRss(server.proc.pid);
  await server.terminate();
  latencies.sort((a, b) => a - b);
  return {
    itemsPerSecond: TOTAL / ((allOpen - started) / 1000),
    ackPerSecond: TOTAL / ((acknowledged - started) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rss,
  };
}

async function serverRss(pid: number): Promise<number> {
  const status = await Bun.file(`/proc/${pid}/status`).text().catch(() => '');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN);
  return kb / 1024;
}

/** The same rows through one prepared INSERT in one transaction: what the database alone can do. */
async function measureCeiling(kind: string, databaseUrl: string): Promise<number> {
  const store = openStore(databaseUrl);
  await migrateToLatest(store);
  await store.close();
  const items = makeItems(`ceiling-${Date.now()}`);
  const now = Date.now();
  const columns = ['id', 'channel', 'external_id', 'author_external_id', 'author_handle', 'text', 'attachments', 'visibility', 'created_at', 'received_at', 'updated_at'];
  const values = (it: (typeof items)[number]) => [Bun.randomUUIDv7(), it.channel, it.external_id, it.author.external_id, it.author.handle, it.text, '[]', it.visibility, now, now, now];
  const started = performance.now();
  if (kind === 'sqlite') {
    const Sqlite = loadSqliteDriver();
    const db = new Sqlite(databaseUrl.replace(/^sqlite:/, ''));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const insert = db.prepare(`insert into items (${columns.join(',')}) values (${columns.map(() => '?').join(',')})`);
    db.transaction(() => {
      for (const it of items) insert.run(...values(it));
    })();
    db.close();
  } else {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('begin');
    const text = `insert into items (${columns.join(',')}) values (${columns.map((_, i) => `$${i + 1}`).join(',')})`;
    for (const it of items) await client.query({ name: 'ceiling_insert', text, values: values(it) });
    await client.query('commit');
    await client.end();
  }
  return TOTAL / ((performance.now() - started) / 1000);
}

const rows: Array<Record<string, string | number>> = [];
for (const kind of DBS) {
  const url = kind === 'sqlite' ? `sqlite:${join(tempDir('steward-bench-db-'), 'steward.db')}` : (process.env.BENCH_DATABASE_URL ?? (await createTestDatabase('steward_bench')));
  const path = await measurePath(kind, url);
  const ceilingUrl = kind === 'sqlite' ? `sqlite:${join(tempDir('steward-bench-db-'), 'ceiling.db')}` : (process.env.BENCH_DATABASE_URL ? url : await createTestDatabase('steward_bench'));
  const ceiling = await measureCeiling(kind, ceilingUrl);
  rows.push({
    db: kind,
    items: TOTAL,
    clients: CLIENTS,
    'items/s to open': fmt(path.itemsPerSecond),
    'items/s acked': fmt(path.ackPerSecond),
    'p50 ms': fmt(path.p50, 1),
    'p99 ms': fmt(path.p99, 1),
    'server RSS MiB': fmt(path.rss),
    'ceiling items/s': fmt(ceiling),
    'path/ceiling': fmt(path.itemsPerSecond / ceiling, 2),
  });
}
printTable(`Intake: batches of ${BATCH} over HTTP, whole path until every item is open (goal on 2 cores, SQLite: ≥ 5,000 items/s)`, rows);
await stopTestCluster();
