// The webhook handler served on loopback, receiving real deliveries from FakeTelegram.
import { afterEach, expect, test } from 'bun:test';
import { FakeTelegram } from '../../tests/fakes/telegram/fake-telegram.ts';
import type { TgUpdate } from './telegram-types.ts';
import { recordingLogger, waitFor } from '../../tests/harness/plugin-test-support.ts';
import { createTelegramWebhookHandler, SECRET_HEADER, type WebhookHandlerOptions } from './webhook-handler.ts';

let tg: FakeTelegram | undefined;
let hook: ReturnType<typeof Bun.serve> | undefined;
afterEach(async () => {
  await hook?.stop(true);
  await tg?.stop();
  hook = undefined;
  tg = undefined;
});

const SECRET = 'steward_hook-secret_1';

async function serve(commit: WebhookHandlerOptions['commit']): Promise<string> {
  const handler = createTelegramWebhookHandler({ secretToken: SECRET, commit, logger: recordingLogger() });
  hook = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
  return `http://127.0.0.1:${hook.port}/hooks/telegram`;
}

async function setWebhook(f: FakeTelegram, url: string, secret?: string): Promise<void> {
  const res = await fetch(`${f.apiRoot}/bot${f.token}/setWebhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, ...(secret ? { secret_token: secret } : {}) }),
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
}

test('answers 200 only after commit resolves; Telegram keeps the update pending until then', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  let release: () => void = () => undefined;
  const committed: TgUpdate[] = [];
  const url = await serve(async (u) => {
    await new Promise<void>((r) => (release = r));
    committed.push(u);
  });
  await setWebhook(f, url, SECRET);
  f.userSays({ chat: f.addChat({ type: 'supergroup' }), text: 'hello' });
  await waitFor(() => f.queue.webhookAttempts.length === 1, 'delivery started');
  await Bun.sleep(30);
  expect(f.queue.pending).toHaveLength(1);
  expect(f.queue.webhookAttempts[0]!.status).toBeNull();
  release();
  await waitFor(() => f.queue.pending.length === 0, 'acknowledged');
  expect(f.queue.webhookAttempts[0]!.status).toBe(200);
  expect(committed.map((u) => u.message?.text)).toEqual(['hello']);
});

test('a failed commit answers 500; the fake retries the same update_id, which is committed once', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const committed: number[] = [];
  let fail = true;
  const url = await serve(async (u) => {
    if (fail) {
      fail = false;
      throw new Error('database unavailable');
    }
    committed.push(u.update_id);
  });
  await setWebhook(f, url, SECRET);
  f.userSays({ chat: f.addChat({ type: 'supergroup' }), text: 'retry me' });
  await waitFor(() => committed.length === 1 && f.queue.pending.length === 0, 'committed and acknowledged after retry');
  expect(f.queue.webhookAttempts.map((a) => [a.update_id, a.status])).toEqual([
    [734112001, 500],
    [734112001, 200],
  ]);
  const info = await (await fetch(`${f.apiRoot}/bot${f.token}/getWebhookInfo`)).json() as { result: { last_error_message: string } };
  expect(info.result.last_error_message).toBe('Wrong response from the webhook: 500 Internal Server Error');
});

test('missing secret header → 401, wrong secret → 403, and nothing is committed', async () => {
  tg = await FakeTelegram.start({ setWebhookMinIntervalMs: 0 });
  const f = tg;
  const committed: TgUpdate[] = [];
  const url = await serve(async (u) => void committed.push(u));
  await setWebhook(f, url); // no secret_token: Telegram sends no header
  f.userSays({ chat: f.addChat({ type: 'supergroup' }), text: 'forged?' });
  await waitFor(() => (f.queue.webhookAttempts[0]?.status ?? null) !== null, 'first attempt answered');
  expect(f.queue.webhookAttempts[0]!.status).toBe(401);
  await setWebhook(f, url, 'someone_elses_secret');
  await waitFor(() => f.queue.webhookAttempts.some((a) => a.status === 403), 'wrong-secret attempt');
  expect(committed).toEqual([]);
  await setWebhook(f, url, SECRET);
  await waitFor(() => committed.length === 1, 'accepted with the right secret');
});

test('the same update delivered twice (or concurrently) is committed once; bad bodies → 400; GET → 405', async () => {
  let commits = 0;
  const handler = createTelegramWebhookHandler({
    secretToken: SECRET,
    commit: async () => {
      commits += 1;
      await Bun.sleep(10);
    },
    logger: recordingLogger(),
  });
  const post = (body: string, secret = SECRET) =>
    handler(new Request('http://local/hook', { method: 'POST', headers: { [SECRET_HEADER]: secret, 'Content-Type': 'application/json' }, body }));
  const update = JSON.stringify({ update_id: 5, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'x' } });
  const [a, b] = await Promise.all([post(update), post(update)]);
  expect([a.status, b.status]).toEqual([200, 200]);
  expect((await post(update)).status).toBe(200);
  expect(commits).toBe(1);
  expect((await post('not json')).status).toBe(400);
  expect((await post('{"message":{}}')).status).toBe(400);
  expect((await handler(new Request('http://local/hook'))).status).toBe(405);
  expect(() => createTelegramWebhookHandler({ secretToken: 'has space', commit: async () => undefined, logger: recordingLogger() })).toThrow();
});
