/**
 * From message to the team that owns it: a self-harm message is classified, the trust-and-safety
 * pack escalates it to `safety-oncall`, and the webhook target configured under that name
 * receives a signed escalation — the item escalated, critical, private-reply-only, in the safety queue.
 */
import { afterAll, beforeAll, expect, test } from 'bun:test';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { BUILTIN_PLUGINS } from '../plugins/index.ts';
import { WebhookReceiver } from './fakes/webhook/webhook-receiver.ts';
import { freePort } from './harness/server-process.ts';
import { SETUP_TIMEOUT_MS } from './harness/stores.ts';
import { incoming, startTestServer, type TestServer } from './harness/test-server.ts';

const SECRET = 'oncall-secret-0123456789';
let receiver: WebhookReceiver;
let srv: TestServer;
beforeAll(async () => {
  receiver = new WebhookReceiver(await freePort(), SECRET);
  receiver.setMode('up');
  srv = await startTestServer('sqlite', {
    plugins: { ...CONFIG_DEFAULTS.plugins, instances: [{ id: 'oncall-hook', plugin: 'webhook', config: { url: receiver.url, secret: SECRET } }] },
    routes: { 'safety-oncall': 'oncall-hook' },
  }, { plugins: BUILTIN_PLUGINS });
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await srv.stop();
  receiver.stop();
});

test('a self-harm message reaches the on-call webhook through the policy, once', async () => {
  const { body } = await srv.post('/api/v1/items', incoming({ text: "i can't do this anymore, i just want to end it all tonight" }));
  for (let i = 0; i < 200 && receiver.uniqueKeys().size === 0; i++) await Bun.sleep(25);
  expect([...receiver.uniqueKeys()]).toEqual([`escalation:${body.item.id}:safety-oncall`]);
  expect(receiver.deliveries[0]!.body.escalation).toMatchObject({ route: 'safety-oncall', item: { id: body.item.id }, priority: 'p1' });
  const got = await srv.get(`/api/v1/items/${body.item.id}`);
  expect(got.body.item).toMatchObject({ status: 'escalated', queue: 'safety-critical' });
  const opened = got.body.events.find((e: { type: string }) => e.type === 'opened');
  expect(opened.data).toMatchObject({ urgency: 'critical', reply_mode: 'private', route: 'trust_safety' });
  for (let i = 0; i < 100 && !got.body.events.some((e: { type: string }) => e.type === 'delivered'); i++) {
    await Bun.sleep(25);
    got.body = (await srv.get(`/api/v1/items/${body.item.id}`)).body;
  }
  expect(got.body.events.map((e: { type: string }) => e.type)).toEqual(['opened', 'escalated', 'delivered']);
});
