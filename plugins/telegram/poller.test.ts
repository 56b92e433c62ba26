// TelegramPoller against FakeTelegram: offset advanced only after commit, re-delivery after a
// crash, 409 surfaced (never looped on), clean stop.
import { afterEach, expect, test } from 'bun:test';
import { FakeTelegram } from '../../tests/fakes/telegram/fake-telegram.ts';
import { TelegramBotApiClient } from './bot-api-client.ts';
import { TelegramConflictError } from './errors.ts';
import { TelegramPoller, type PollerOptions, type PollingApi } from './poller.ts';
import type { TgUpdate } from './telegram-types.ts';
import { recordingLogger, waitFor } from '../../tests/harness/plugin-test-support.ts';

let tg: FakeTelegram | undefined;
const pollers: TelegramPoller[] = [];
afterEach(async () => {
  for (const p of pollers.splice(0)) await p.stop();
  await tg?.stop();
  tg = undefined;
});

function poller(f: FakeTelegram, commit: PollerOptions['commit'], extra: Partial<PollerOptions> = {}) {
  const api = new TelegramBotApiClient({ token: f.token, apiRoot: f.apiRoot, fetch: (u, i) => fetch(u, i), logger: recordingLogger() });
  const p = new TelegramPoller({ api, commit, logger: recordingLogger(), timeoutS: 1, errorBackoffMs: { initial: 5, max: 20 }, ...extra });
  pollers.push(p);
  return p;
}

const texts = (updates: TgUpdate[]) => updates.map((u) => u.message?.text);

test('commits each batch, then confirms it with offset = last update_id + 1; sends allowed_updates explicitly', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const chat = f.addChat({ type: 'supergroup' });
  f.userSays({ chat, text: 'a' });
  f.userSays({ chat, text: 'b' });
  const committed: Array<{ texts: unknown[]; next: number }> = [];
  const p = poller(f, async (u, next) => void committed.push({ texts: texts(u), next }));
  void p.start();
  await waitFor(() => committed.length === 1, 'first commit');
  f.userSays({ chat, text: 'c' });
  await waitFor(() => committed.length === 2, 'second commit');
  expect(committed).toEqual([
    { texts: ['a', 'b'], next: 734112003 },
    { texts: ['c'], next: 734112004 },
  ]);
  await waitFor(() => f.queue.pending.length === 0, 'all confirmed');
  expect(f.requests[0]!.method).toBe('deleteWebhook');
  const polls = f.requests.filter((r) => r.method === 'getUpdates');
  expect(polls[0]!.params).toEqual({ limit: 100, timeout: 1, allowed_updates: ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'callback_query', 'chat_member', 'my_chat_member'] });
  expect(polls[1]!.params.offset).toBe(734112003);
  expect(p.offset).toBe(734112004);
});

test('a crash between getUpdates and commit loses nothing: a new poller from the stored cursor gets the same updates', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const chat = f.addChat({ type: 'supergroup' });
  f.userSays({ chat, text: 'x' });
  f.userSays({ chat, text: 'y' });
  let storedCursor = null as number | null;
  const first = poller(f, async () => {
    throw new Error('process died before the write');
  });
  void first.start();
  await waitFor(() => f.requests.filter((r) => r.method === 'getUpdates').length >= 1, 'first getUpdates');
  await first.stop();
  expect(first.offset).toBeNull();

  const committed: string[] = [];
  const second = poller(f, async (u, next) => {
    committed.push(...(texts(u) as string[]));
    storedCursor = next;
  }, { initialOffset: storedCursor });
  void second.start();
  await waitFor(() => committed.length === 2, 're-delivered updates');
  expect(committed).toEqual(['x', 'y']);
  expect(storedCursor as number | null).toBe(734112003);
});

test('a failed commit is retried with the same updates; the offset does not move until it succeeds', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const chat = f.addChat({ type: 'supergroup' });
  f.userSays({ chat, text: 'once' });
  const attempts: number[][] = [];
  const p = poller(f, async (u) => {
    attempts.push(u.map((x) => x.update_id));
    if (attempts.length === 1) throw new Error('database busy');
  });
  void p.start();
  await waitFor(() => p.offset === 734112002, 'offset advanced after the successful commit');
  expect(attempts).toEqual([[734112001], [734112001]]);
  const polls = f.requests.filter((r) => r.method === 'getUpdates');
  expect(polls[1]!.params.offset).toBeUndefined();
});

test('409 while a webhook is set: start() rejects with TelegramConflictError after one request, no loop', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const api = new TelegramBotApiClient({ token: f.token, apiRoot: f.apiRoot, fetch: (u, i) => fetch(u, i), logger: recordingLogger() });
  await api.setWebhook({ url: 'http://127.0.0.1:9/hook' });
  const p = poller(f, async () => undefined, { deleteWebhookOnStart: false });
  await expect(p.start()).rejects.toBeInstanceOf(TelegramConflictError);
  await Bun.sleep(50);
  expect(f.requests.filter((r) => r.method === 'getUpdates')).toHaveLength(1);
});

test('two pollers: the first is terminated with 409 and stops; the second keeps polling', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const a = poller(f, async () => undefined);
  const aDone = a.start().then(() => 'resolved', (e: unknown) => e);
  await waitFor(() => f.requests.filter((r) => r.method === 'getUpdates').length === 1, 'first poll held');
  const got: string[] = [];
  const b = poller(f, async (u) => void got.push(...(texts(u) as string[])), { deleteWebhookOnStart: false });
  void b.start();
  expect(await aDone).toBeInstanceOf(TelegramConflictError);
  f.userSays({ chat: f.addChat({ type: 'supergroup' }), text: 'for b' });
  await waitFor(() => got.length === 1, 'b receives');
  expect(got).toEqual(['for b']);
});

test('stop() during a long poll returns promptly and commits nothing further', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const p = poller(f, async () => undefined, { timeoutS: 50 });
  const done = p.start();
  await waitFor(() => f.requests.some((r) => r.method === 'getUpdates'), 'long poll in flight');
  await p.stop();
  await expect(done).resolves.toBeUndefined();
});

test('dedupe: repeats within a batch and update_ids below the committed offset are dropped', async () => {
  const batches: TgUpdate[][] = [
    [{ update_id: 10 }, { update_id: 10 }, { update_id: 11 }],
    [{ update_id: 11 }, { update_id: 12 }],
  ];
  let stopAfter: () => void = () => undefined;
  const api: PollingApi = {
    deleteWebhook: async () => true,
    getUpdates: async () => {
      const next = batches.shift();
      if (!next) {
        stopAfter();
        return [];
      }
      return next;
    },
  };
  const committed: number[][] = [];
  const p = new TelegramPoller({ api, commit: async (u) => void committed.push(u.map((x) => x.update_id)), logger: recordingLogger() });
  stopAfter = () => void p.stop();
  await p.start();
  expect(committed).toEqual([[10, 11], [12]]);
  expect(p.offset).toBe(13);
});

test('a cursor stored more than a week ago is not used: update ids may have restarted below it (§2.2)', async () => {
  tg = await FakeTelegram.start({ firstUpdateId: 100 });
  const f = tg;
  f.userSays({ chat: f.addChat({ type: 'supergroup' }), text: 'after a quiet week' });
  const got: string[] = [];
  const weekAgo = Date.now() - 8 * 24 * 3600 * 1000;
  const p = poller(f, async (u) => void got.push(...(texts(u) as string[])), { initialOffset: 734112999, initialOffsetSavedAt: weekAgo });
  void p.start();
  await waitFor(() => got.length === 1, 'update with a lower id delivered');
  expect(f.requests.find((r) => r.method === 'getUpdates')!.params.offset).toBeUndefined();
  expect(p.offset).toBe(101);
});
