/**
 * Bad input at the intake API: each gets a clear 4xx naming the problem, nothing of that request
 * is stored, and the server keeps serving. Real HTTP over loopback, real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { countItems } from '../core/store/index.ts';
import { SETUP_TIMEOUT_MS } from './harness/stores.ts';
import { incoming, startTestServer, type TestServer } from './harness/test-server.ts';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer('sqlite');
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await srv.stop();
});

async function raw(body: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${srv.url}/api/v1/items`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.token}`, 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

describe('intake refuses bad input and stores nothing of it', () => {
  const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string, string?]> = [
    ['malformed JSON', () => raw('{"channel": "discord", '), 400, 'invalid_json'],
    ['a body that is not UTF-8', () => raw(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'invalid_json'],
    ['wrong content type', () => raw(JSON.stringify(incoming()), { 'content-type': 'text/plain' }), 415, 'unsupported_media_type'],
    ['no token', () => raw(JSON.stringify(incoming()), { authorization: '' }), 401, 'unauthorized'],
    ['wrong token', () => raw(JSON.stringify(incoming()), { authorization: 'Bearer stw_not-a-real-token' }), 401, 'invalid_token'],
    ['a 10 MB body', () => raw(JSON.stringify({ ...incoming(), text: 'x'.repeat(10 * 1024 * 1024) })), 413, 'body_too_large'],
    ['1,001 items', () => raw(JSON.stringify({ items: Array.from({ length: 1001 }, () => incoming()) })), 400, 'too_many_items'],
    ['an unknown field', () => raw(JSON.stringify({ ...incoming(), colour: 'red' })), 400, 'validation_failed', '/colour'],
    ['an unknown field inside a batch item', () => raw(JSON.stringify({ items: [incoming(), { ...incoming(), author: { external_id: 'u', mood: 1 } }] })), 400, 'validation_failed', '/items/1/author/mood'],
    ['wrong types', () => raw(JSON.stringify({ ...incoming(), text: 42, author: 'ana' })), 400, 'validation_failed', '/text'],
    ['a missing field', () => raw(JSON.stringify({ ...incoming(), created_at: undefined })), 400, 'validation_failed', '/created_at'],
    ['a lone UTF-16 surrogate', () => raw(JSON.stringify(incoming()).replace('the app', 'the \\ud800 app')), 400, 'validation_failed', '/text'],
    ['a 10,000-character external id', () => raw(JSON.stringify(incoming({ external_id: 'e'.repeat(10_000) }))), 400, 'validation_failed', '/external_id'],
    ['a bad time', () => raw(JSON.stringify(incoming({ created_at: 'yesterday' }))), 400, 'validation_failed', '/created_at'],
    ['an empty batch', () => raw(JSON.stringify({ items: [] })), 400, 'validation_failed', '/items'],
  ];

  for (const [name, send, status, code, path] of cases) {
    test(name, async () => {
      const before = await countItems(srv.store.db);
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message.length).toBeGreaterThan(10);
      if (path) expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await countItems(srv.store.db)).toBe(before);
      // The server keeps serving.
      expect((await srv.post('/api/v1/items', incoming())).status).toBe(201);
    });
  }

  test('a batch with one bad item stores none of the batch, and every bad field is listed', async () => {
    const before = await countItems(srv.store.db);
    const res = await raw(JSON.stringify({ items: [incoming(), incoming({ channel: 'Not A Channel!' }), incoming({ visibility: 'secret', url: 'not a url' })] }));
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/items/1/channel', '/items/2/visibility', '/items/2/url']));
    expect(await countItems(srv.store.db)).toBe(before);
  });
});

describe('reading items back', () => {
  test('GET one item shows its fields, labels, status and events, and its decision with the trace; an unknown id is a 404', async () => {
    const posted = await srv.post('/api/v1/items', incoming({ text: 'charged twice this month, refund please 🙏', visibility: 'private' }));
    const deadline = Date.now() + 5000;
    let got;
    do {
      got = await srv.get(`/api/v1/items/${posted.body.item.id}`);
    } while (got.body.item.status !== 'open' && Date.now() < deadline && (await Bun.sleep(20), true));
    // Classified by the local model and routed by the default support pack.
    expect(got.body.item).toMatchObject({ text: 'charged twice this month, refund please 🙏', visibility: 'private', status: 'open', queue: 'billing' });
    expect(got.body.classification).toMatchObject({ model_version: expect.stringMatching(/^triage-/), labels: { topic: { label: 'billing' } } });
    expect(got.body.events[0]).toMatchObject({ type: 'opened', actor_type: 'policy', data: { route: 'finance', queue: 'billing' } });
    const { body } = await srv.get(`/api/v1/items/${posted.body.item.id}/decision`);
    expect(body.decision.policy_version).toBe(got.body.events[0].actor_id);
    expect(body.decision.outcome.route).toBe('finance');
    expect(body.decision.trace.length).toBeGreaterThan(10);
    expect(body.decision.trace[0].conditions[0]).toHaveProperty('outcome');
    expect((await srv.get('/api/v1/items/01a21038-e832-721d-b14a-5f46fc982c95')).status).toBe(404);
    expect((await srv.get('/api/v1/items/nonsense')).status).toBe(404);
  });

  test('the list pages by cursor and filters by channel, status and since', async () => {
    const channel = 'telegram';
    for (let i = 0; i < 5; i++) await srv.post('/api/v1/items', incoming({ channel }));
    const first = await srv.get(`/api/v1/items?channel=${channel}&limit=3`);
    expect(first.body.items.length).toBe(3);
    const second = await srv.get(`/api/v1/items?channel=${channel}&limit=3&cursor=${first.body.next_cursor}`);
    expect(second.body.items.length).toBe(2);
    expect(second.body.next_cursor).toBeNull();
    expect((await srv.get('/api/v1/items?since=1h&limit=1000')).body.items.length).toBeGreaterThan(5);
    expect((await srv.get('/api/v1/items?status=bogus')).status).toBe(400);
    expect((await srv.get('/api/v1/items?cursor=%%%')).body.error.code).toBe('invalid_cursor');
  });
});

describe('metrics', () => {
  test('/metrics serves Prometheus text with the queue, pipeline and outbox figures', async () => {
    const res = await fetch(`${srv.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^# TYPE steward_items gauge$/m);
    expect(text).toMatch(/^steward_items\{status="open"\} \d+$/m);
    expect(text).toMatch(/^steward_pipeline_processed_total \d+$/m);
    expect(text).toMatch(/^steward_outbox_jobs\{state="dead"\} 0$/m);
  });
});
