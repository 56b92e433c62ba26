/**
 * Acceptance (issue 4): with the Hugging Face endpoint down or slow, items are still triaged
 * with the local labels, and the classification records why the endpoint's answer is missing.
 * With the endpoint up, its answer refines the local one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { startFakeInferenceServer, type FakeInferenceServer } from './fakes/huggingface/fake-inference-server.ts';
import { SETUP_TIMEOUT_MS } from './harness/stores.ts';
import { incoming, startTestServer, type TestServer } from './harness/test-server.ts';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';

let fake: FakeInferenceServer;
let srv: TestServer;
beforeAll(async () => {
  fake = startFakeInferenceServer();
  srv = await startTestServer('sqlite', {
    triage: {
      ...CONFIG_DEFAULTS.triage,
      huggingface: {
        task: 'zero-shot-classification',
        endpointUrl: `${fake.url}/zero-shot`,
        head: 'topic',
        labels: { 'billing and invoices': 'billing', 'service outage or downtime': 'outage', 'praise for the product': 'praise' },
        timeoutMs: 300,
      },
    },
  });
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await srv.stop();
  await fake.stop();
});

async function classification(text: string) {
  const { body } = await srv.post('/api/v1/items', incoming({ text }));
  for (let i = 0; i < 200; i++) {
    const got = await srv.get(`/api/v1/items/${body.item.id}`);
    if (got.body.item.pipeline_state === 'done') return got.body;
    await Bun.sleep(25);
  }
  throw new Error('not processed');
}

describe('Hugging Face classifier in the pipeline', () => {
  for (const behaviour of ['error500', 'loading503', 'slow'] as const) {
    test(`endpoint ${behaviour}: local labels stand, the outcome says why, the item is routed`, async () => {
      fake.behaviour = behaviour;
      fake.slowMs = 2000;
      const got = await classification('I was charged twice on my invoice this month');
      expect(got.classification.labels.topic.label).toBe('billing');
      expect(got.classification.outcomes).toEqual([
        expect.objectContaining({ classifier: 'local', outcome: 'ok' }),
        expect.objectContaining({ outcome: 'errored', reason: expect.any(String) }),
      ]);
      expect(got.item.status).toBe('open');
    });
  }

  test('endpoint up: its answer is used and recorded', async () => {
    fake.behaviour = 'ok';
    const got = await classification('the whole service has an outage, downtime everywhere');
    expect(got.classification.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['ok', 'ok']);
    expect(got.classification.labels.topic.label).toBe('outage');
  });
});
