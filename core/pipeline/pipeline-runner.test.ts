import { afterEach, describe, expect, test } from 'bun:test';
import { createLogger } from '../logger.ts';
import { getItem, insertNewItems, listEventsForItem, type Store } from '../store/index.ts';
import { itemRow } from '../../tests/harness/item-fixtures.ts';
import { openTestStore } from '../../tests/harness/stores.ts';
import { createActStage, PipelineRunner, type PipelineStage } from './index.ts';

const actStage = createActStage();

const log = createLogger('silent');
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

function runner(s: Store, stages: PipelineStage[], clock?: () => number) {
  return new PipelineRunner(s, stages, log, { workerId: 'w1', batchSize: 50, pollIntervalMs: 10, leaseMs: 60_000, maxAttempts: 2, ...(clock ? { clock } : {}) });
}

describe('pipeline runner', () => {
  test('an item with no decision is opened in the default queue with an event that says so', async () => {
    store = await openTestStore('sqlite');
    const row = itemRow();
    await insertNewItems(store.db, [row]);
    expect(await runner(store, [actStage]).runOnce()).toBe(1);
    expect(await getItem(store.db, row.id)).toMatchObject({ status: 'open', queue: 'default', pipeline_state: 'done' });
    const [event] = await listEventsForItem(store.db, row.id);
    expect(event).toMatchObject({ type: 'opened', actor_type: 'system', data: { queue: 'default', reason: 'no policy decided otherwise' } });
  });

  test('a stage failing for one item marks that item only; the rest of the batch goes on', async () => {
    store = await openTestStore('sqlite');
    const good = itemRow({ text: 'fine' });
    const bad = itemRow({ text: 'poison' });
    await insertNewItems(store.db, [good, bad]);
    const picky: PipelineStage = {
      name: 'classify',
      async run(batch) {
        for (const w of batch) if (w.item.text === 'poison') w.failure = { stage: 'classify', reason: 'cannot read this' };
      },
    };
    let now = Date.now();
    const r = runner(store, [actStage, picky], () => now);
    await r.runOnce();
    expect((await getItem(store.db, good.id))?.status).toBe('open');
    expect(await getItem(store.db, bad.id)).toMatchObject({ status: 'received', pipeline_state: 'pending' });
    // Retried after its backoff, then parked as failed after the last attempt: never lost.
    now += 2000;
    await r.runOnce();
    expect(await getItem(store.db, bad.id)).toMatchObject({ pipeline_state: 'failed' });
    expect(r.stats).toMatchObject({ processed: 1, failedAttempts: 2 });
  });

  test('a stage that throws fails the attempt for the whole batch, which is retried, not lost', async () => {
    store = await openTestStore('sqlite');
    const rows = [itemRow(), itemRow()];
    await insertNewItems(store.db, rows);
    let explode = true;
    const flaky: PipelineStage = {
      name: 'enrich',
      async run() {
        if (explode) throw new Error('bug');
      },
    };
    let now = Date.now();
    const r = runner(store, [flaky, actStage], () => now);
    await r.runOnce();
    expect((await getItem(store.db, rows[0]!.id))?.status).toBe('received');
    explode = false;
    now += 2000;
    await r.runOnce();
    for (const row of rows) expect((await getItem(store.db, row.id))?.status).toBe('open');
  });

  test('stages run in pipeline order whatever order they were registered in', async () => {
    store = await openTestStore('sqlite');
    await insertNewItems(store.db, [itemRow()]);
    const order: string[] = [];
    const stage = (name: 'classify' | 'enrich' | 'decide'): PipelineStage => ({ name, run: async () => void order.push(name) });
    await runner(store, [stage('decide'), actStage, stage('classify'), stage('enrich')]).runOnce();
    expect(order).toEqual(['classify', 'enrich', 'decide']);
  });
});
