import { afterAll, beforeEach, describe, expect, test } from 'bun:test';
import { startFakeInferenceServer } from '../../tests/fakes/huggingface/fake-inference-server.ts';
import { HuggingFaceClassifier } from './hf-classifier.ts';
import { LocalClassifier } from './local-classifier.ts';
import { loadShippedModel } from './shipped-model.ts';

const fake = startFakeInferenceServer();
const local = new LocalClassifier(await loadShippedModel());
afterAll(() => fake.stop());
beforeEach(() => {
  fake.behaviour = 'ok';
  fake.requests.length = 0;
});

const zeroShot = (extra: Partial<ConstructorParameters<typeof HuggingFaceClassifier>[0]> = {}) =>
  new HuggingFaceClassifier({
    task: 'zero-shot-classification',
    endpointUrl: `${fake.url}/zero-shot`,
    head: 'topic',
    labels: { 'billing and invoices': 'billing', 'service outage or downtime': 'outage', 'praise for the product': 'praise' },
    timeoutMs: 500,
    ...extra,
  }, local);

describe('HuggingFaceClassifier against a fake inference endpoint', () => {
  test('sends candidate labels and maps the best zero-shot label onto our topic', async () => {
    const [out] = await zeroShot().classify([{ text: 'my invoices are wrong, billing charged twice' }]);
    expect(out!.outcome).toBe('ok');
    if (out!.outcome !== 'ok') return;
    expect(out!.labels.topic.label).toBe('billing');
    expect(out!.modelVersion).toContain(local.model.meta.version);
    expect(fake.requests[0]!.path).toBe('/zero-shot');
    expect(fake.requests[0]!.body.parameters!.candidate_labels).toContain('billing and invoices');
  });

  test('text-classification labels map onto a head; other heads keep the local answer', async () => {
    const hf = new HuggingFaceClassifier({
      task: 'text-classification', endpointUrl: fake.url, head: 'intent', labels: { toxic: 'risk' }, timeoutMs: 500,
    }, local);
    const [out] = await hf.classify([{ text: 'you stupid idiot' }]);
    expect(out!.outcome === 'ok' && out!.labels.intent).toEqual({ label: 'risk', confidence: 0.97 });
  });

  test('classifies a batch larger than the batch size, one request per text, in order', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => ({ text: i % 2 ? 'service outage downtime' : 'billing invoices' }));
    const outs = await zeroShot({ batchSize: 3 }).classify(texts);
    expect(outs).toHaveLength(7);
    expect(fake.requests).toHaveLength(7);
    expect(outs.map((o) => (o.outcome === 'ok' ? o.labels.topic.label : o.reason))).toEqual(['billing', 'outage', 'billing', 'outage', 'billing', 'outage', 'billing']);
  });

  test('endpoint answering 500 → errored outcome with the reason', async () => {
    fake.behaviour = 'error500';
    const [out] = await zeroShot().classify([{ text: 'site is down' }]);
    expect(out!.outcome).toBe('errored');
    expect(out!.outcome === 'errored' && out!.reason).toContain('failed');
  });

  test('model still loading (503) → errored at once, no retry loop', async () => {
    fake.behaviour = 'loading503';
    const [out] = await zeroShot().classify([{ text: 'site is down' }]);
    expect(out!.outcome).toBe('errored');
    expect(fake.requests).toHaveLength(1);
  });

  test('slow endpoint → timeout recorded as errored', async () => {
    fake.behaviour = 'slow';
    fake.slowMs = 1500;
    const [out] = await zeroShot({ timeoutMs: 100 }).classify([{ text: 'site is down' }]);
    expect(out).toEqual({ outcome: 'errored', reason: 'timeout after 100 ms' });
  });

  test('endpoint unreachable → errored', async () => {
    const hf = zeroShot({ endpointUrl: 'http://127.0.0.1:9/nothing-listens-here' });
    const [out] = await hf.classify([{ text: 'hello' }]);
    expect(out!.outcome).toBe('errored');
  });
});
