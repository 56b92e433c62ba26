/**
 * The Telegram plugin end to end: the channel contract against FakeTelegram, then the acceptance
 * scenarios of issue 6 — SIGKILL of a real server between getUpdates and the commit, retry_after
 * waited out, 409 reported rather than looped on, webhook mode with its secret, and failures that
 * leave the other instances running. Real plugin, real PluginHost or server, real SQLite.
 */
import { Database } from 'bun:sqlite';
import { afterEach, describe, expect, test } from 'bun:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { PermanentError, RetryableError, type ChannelInstance, type PlatformAction } from '../core/plugin-api/index.ts';
import { listItems, openStore } from '../core/store/index.ts';
import { BUILTIN_PLUGINS } from '../plugins/index.ts';
import telegram from '../plugins/telegram/index.ts';
import { startTelegramSession, type TelegramSession } from '../plugins/telegram/conformance.ts';
import { eventually, runChannelContract, startChannelHost, type ChannelHost } from './contracts/channel.contract.ts';
import type { TgUpdate } from './fakes/telegram/telegram-fixtures.ts';
import { freePort, startServerProcess, type ServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';

runChannelContract({
  reportsEdits: true,
  name: 'telegram',
  plugin: async () => telegram,
  async start() {
    const session = await startTelegramSession();
    return {
      ...session,
      edit(externalId, text) {
        const [chat, message] = externalId.split(':').map(Number);
        session.fake.editMessage(chat!, message!, text);
      },
    };
  },
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function session(): Promise<TelegramSession> {
  const s = await startTelegramSession();
  cleanups.push(() => s.teardown());
  return s;
}

async function telegramHost(s: TelegramSession, config: Record<string, unknown> = {}, id = 'tg'): Promise<ChannelHost> {
  const env = await startChannelHost([telegram], [{ id, plugin: 'telegram', config: { ...s.config, ...config } }]);
  cleanups.push(() => env.close());
  return env;
}

const channelOf = (env: ChannelHost, id = 'tg') => env.host.get(id)!.channel as ChannelInstance;
const perform = (env: ChannelHost, action: PlatformAction, key: string) => channelOf(env).perform(action, { idempotencyKey: key, attempt: 1 });
const returned = (s: TelegramSession, ids: number[]) =>
  s.fake.requests.some((r) => r.method === 'getUpdates' && ((r.response as { result?: TgUpdate[] })?.result ?? []).some((u) => ids.includes(u.update_id)));

describe('telegram acceptance', () => {
  test('SIGKILL between getUpdates and the commit: after a restart no update is lost and none is stored twice', async () => {
    const s = await session();
    const cwd = tempDir();
    const dbPath = join(cwd, 'data', 'steward.db');
    writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({
      plugins: { instances: [{ id: 'tg', plugin: 'telegram', config: { ...s.config, leaseTtlMs: 1_000 } }] },
    }));
    const env = { STEWARD_DATA_DIR: join(cwd, 'data') };
    let server: ServerProcess = await startServerProcess({ env, cwd });
    cleanups.push(async () => void (server.proc.exitCode === null && (await server.kill())));
    const stored = async () => {
      const store = openStore(`sqlite:${dbPath}`);
      try {
        const counts = new Map<string, number>();
        for (const i of await listItems(store.db, { channel: 'tg', limit: 1000 })) counts.set(i.external_id, (counts.get(i.external_id) ?? 0) + 1);
        return counts;
      } finally {
        await store.close();
      }
    };

    const before = await s.produce(3);
    await eventually(async () => (await stored()).size === 3, 'the first three stored', 20_000);
    // Confirmed (offset moved past them) only after they were stored.
    await eventually(() => s.fake.queue.pending.length === 0, 'the next getUpdates to confirm them');

    // Hold SQLite's write lock from here, so the server can fetch the next batch but cannot commit it.
    const locker = new Database(dbPath);
    locker.exec('PRAGMA busy_timeout = 5000');
    locker.exec('BEGIN IMMEDIATE');
    const inFlight = await s.produce(4);
    const inFlightUpdateIds = s.fake.queue.pending.map((u) => u.update_id);
    await eventually(() => returned(s, inFlightUpdateIds), 'getUpdates to hand the batch to the server');
    await Bun.sleep(300); // the response reaches the server, whose commit now waits for the lock
    await server.kill();
    locker.exec('ROLLBACK');
    locker.close();
    expect((await stored()).size).toBe(3);
    // Nothing was confirmed: Telegram still holds the batch for the next getUpdates.
    expect(s.fake.queue.pending.map((u) => u.update_id)).toEqual(inFlightUpdateIds);

    const whileDown = await s.produce(2);
    const killedAt = Date.now();
    server = await startServerProcess({ env, cwd });
    const all = [...before, ...inFlight, ...whileDown];
    await eventually(async () => (await stored()).size === all.length, 'every update stored after the restart', 20_000);
    const counts = await stored();
    expect(all.map((id) => counts.get(id))).toEqual(all.map(() => 1));
    // The restarted poller asked again from the first unconfirmed update: re-delivery, not luck.
    const firstPollAfter = s.fake.requests.find((r) => r.method === 'getUpdates' && r.at > killedAt && r.params.offset !== undefined);
    expect(firstPollAfter?.params.offset).toBe(inFlightUpdateIds[0]);
    expect(await server.terminate()).toBe(0);
  }, 60_000);

  test('a 429 with retry_after is waited out: on getUpdates, and on an action; a long one goes back to the outbox', async () => {
    const s = await session();
    s.fake.failNext('getUpdates', 1);
    const env = await telegramHost(s);
    const ids = await s.produce(2);
    const counts = await env.waitForItems('tg', ids);
    expect(ids.map((id) => counts.get(id))).toEqual([1, 1]);
    expect(s.fake.requests.filter((r) => r.method === 'getUpdates').map((r) => r.status).slice(0, 2)).toEqual([429, 200]);

    s.fake.failNext('sendMessage', 1);
    const reply = await perform(env, s.sampleAction!('reply', ids[0]!), 'reply-1');
    expect(reply.external_id).toMatch(/^-100\d+:\d+$/);
    s.fake.failNext('sendMessage', 30); // longer than maxInlineRetryAfterS: the outbox reschedules
    const limited = await perform(env, s.sampleAction!('reply', ids[1]!), 'reply-2').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RetryableError);
    expect((limited as RetryableError).retryAfterMs).toBe(30_000);
    expect(s.fake.violations).toEqual([]);
  });

  test('409 from a second poller is reported with a clear error and the instance restarts with backoff, not in a loop', async () => {
    const s = await session();
    const env = await telegramHost(s);
    await eventually(() => s.fake.requests.some((r) => r.method === 'getUpdates'), 'the plugin polling');
    // Another deployment polls the same bot: Telegram terminates the earlier request with 409.
    const rival = fetch(`${s.fake.apiRoot}/bot${s.fake.token}/getUpdates?timeout=2`).then((r) => r.json());
    await eventually(() => env.host.statuses()[0]!.last_error !== null, 'the instance to report the conflict');
    expect(env.host.statuses()[0]!.last_error).toContain('Telegram answered 409 to getUpdates');
    expect(env.host.statuses()[0]!.last_error).toContain('another process polls this bot');
    await rival.catch(() => undefined);
    const conflicts = s.fake.requests.filter((r) => r.status === 409).length;
    expect(conflicts).toBeLessThanOrEqual(env.host.statuses()[0]!.restarts + 1);
  });

  test('a second replica stands by instead of polling (no 409), takes the poller over when the first stops, and continues from its cursor', async () => {
    const s = await session();
    const shared = `sqlite:${join(tempDir(), 'steward.db')}`;
    const instances = [{ id: 'tg', plugin: 'telegram', config: s.config }];
    const first = await startChannelHost([telegram], instances, { holderId: 'replica-a', databaseUrl: shared });
    cleanups.push(() => first.close());
    const second = await startChannelHost([telegram], instances, { holderId: 'replica-b', databaseUrl: shared });
    cleanups.push(() => second.close());
    const ids = await s.produce(2);
    await first.waitForItems('tg', ids);
    await Bun.sleep(400); // more than a lease tick
    expect(s.fake.queue.conflicts).toBe(0);
    await first.host.stopAll();
    ids.push(...(await s.produce(2)));
    const counts = await second.waitForItems('tg', ids);
    expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
    expect(s.fake.queue.conflicts).toBe(0);
    expect(second.host.statuses()[0]).toMatchObject({ healthy: true, restarts: 0 });
  });

  test('delete of a message older than 48 hours surfaces Telegram\'s error as a permanent failure', async () => {
    const s = await session();
    const env = await telegramHost(s);
    const old = s.fake.userSays({ chat: s.group, text: 'posted three days ago', date: Math.floor(Date.now() / 1000) - 72 * 3600 });
    const id = `${s.group.id}:${old.message_id}`;
    await env.waitForItems('tg', [id]);
    const err = await perform(env, { kind: 'remove', target: { external_id: id, thread_external_id: String(s.group.id) }, reason: 'spam' }, 'rm-old').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toContain("Bad Request: message can't be deleted");
    expect((err as Error).message).toContain('within 48 hours');
  });

  test('a group that became a supergroup is re-keyed: an action on an old item goes to the new chat id', async () => {
    const s = await session();
    const env = await telegramHost(s);
    const group = s.fake.addChat({ type: 'group', title: 'Small group' });
    const before = s.fake.userSays({ chat: group, text: 'before the upgrade' });
    const supergroup = s.fake.migrateGroup(group.id);
    const after = s.fake.userSays({ chat: supergroup, text: 'after the upgrade' });
    const ids = [`${group.id}:${before.message_id}`, `${supergroup.id}:${after.message_id}`];
    await env.waitForItems('tg', ids);
    await perform(env, { kind: 'reply', target: { external_id: ids[0]! }, text: 'noted' }, 'reply-old');
    const sends = s.fake.requests.filter((r) => r.method === 'sendMessage');
    expect(sends.map((r) => [Number(r.params.chat_id), r.status])).toEqual([[supergroup.id, 200]]);
  });

  test('channel posts (sender_chat, no from) are stored; chat_member updates are asked for and stored only when configured', async () => {
    const s = await session();
    const env = await telegramHost(s, { memberUpdates: true });
    // Telegram filters by allowed_updates when an update arrives, so the plugin must have asked first.
    await eventually(() => s.fake.queue.allowedUpdates !== null, 'the first getUpdates');
    const news = s.fake.addChat({ type: 'channel', title: 'Announcements', username: 'example_news' });
    const post = s.fake.userSays({ chat: news, text: 'release notes' });
    const joiner = { id: 6099999999, is_bot: false, first_name: 'Lee' };
    const join_ = s.fake.chatMemberChanged(s.group, joiner, 'left', 'member');
    const ids = [`${news.id}:${post.message_id}`, `${s.group.id}:member:${join_.update_id}`];
    await env.waitForItems('tg', ids);
    const items = await listItems(env.store.db, { channel: 'tg', limit: 10 });
    expect(items.find((i) => i.external_id === ids[0])!.author).toMatchObject({ external_id: `chat:${news.id}`, handle: 'example_news' });
    expect(items.find((i) => i.external_id === ids[1])!.author).toMatchObject({ external_id: '6099999999' });
    const asked = s.fake.requests.find((r) => r.method === 'getUpdates')!.params.allowed_updates as string[];
    expect(asked).toContain('chat_member');

    // Without memberUpdates the plugin does not ask, so Telegram never sends them.
    const plain = await session();
    const plainEnv = await telegramHost(plain, {}, 'tg-plain');
    await eventually(() => plain.fake.queue.allowedUpdates !== null, 'the first getUpdates');
    expect(plain.fake.queue.allowedUpdates).not.toContain('chat_member');
    const ignored = plain.fake.chatMemberChanged(plain.group, joiner, 'left', 'member');
    const [said] = await plain.produce(1);
    const counts = await plainEnv.waitForItems('tg-plain', [said!]);
    expect(counts.has(`${plain.group.id}:member:${ignored.update_id}`)).toBe(false);
    expect(plain.fake.queue.filteredOut.map((u) => u.update_id)).toEqual([ignored.update_id]);
  });
});

describe('telegram webhook mode and failures (GET /api/v1/plugins)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  test('webhook: registered with its secret; deliveries stored once; a wrong or missing secret is refused with a clear error; a wrong token fails only its own instance', async () => {
    const hooked = await session();
    const polled = await session();
    const port = await freePort();
    const secret = 'steward_hook-secret_0123456789';
    server = await startTestServer('sqlite', {
      port,
      plugins: {
        ...CONFIG_DEFAULTS.plugins,
        instances: [
          { id: 'tg-hook', plugin: 'telegram', config: { ...hooked.config, mode: 'webhook', webhookUrl: `http://127.0.0.1:${port}/hooks/tg-hook`, webhookSecret: secret } },
          { id: 'tg-poll', plugin: 'telegram', config: polled.config },
          { id: 'tg-bad-token', plugin: 'telegram', config: { ...polled.config, botToken: '999999:WRONG-token_abcdefghijklmnopqrstu' } },
        ],
      },
    }, { plugins: BUILTIN_PLUGINS });
    const statuses = async () => Object.fromEntries(((await server!.get('/api/v1/plugins')).body.instances as Array<{ id: string; healthy: boolean; last_error: string | null }>).map((s) => [s.id, s]));

    await eventually(() => hooked.fake.queue.webhook !== null, 'setWebhook');
    const set = hooked.fake.requests.find((r) => r.method === 'setWebhook')!;
    expect(set.params).toMatchObject({ url: `http://127.0.0.1:${port}/hooks/tg-hook`, secret_token: secret });
    expect(set.params.allowed_updates).toEqual(['message', 'edited_message', 'channel_post', 'edited_channel_post', 'my_chat_member']);

    const ids = await hooked.produce(3);
    await eventually(async () => (await listItems(server!.store.db, { channel: 'tg-hook', limit: 10 })).length === 3, 'webhook deliveries stored');
    // Telegram may deliver before the host marks the instance running (404 then); it retries until 200.
    const delivered = () => new Set(hooked.fake.queue.webhookAttempts.filter((a) => a.status === 200).map((a) => a.update_id)).size;
    await eventually(() => delivered() === 3, 'Telegram to see 200 for every delivery');
    // Telegram delivers at least once: a repeat of a delivered update is acknowledged and not stored again.
    const repeat = hooked.fake.queue.webhookAttempts.find((a) => a.status === 200)!;
    const again = await fetch(repeat.url, { method: 'POST', headers: repeat.headers, body: repeat.body });
    expect(again.status).toBe(200);
    expect((await listItems(server!.store.db, { channel: 'tg-hook', limit: 10 })).map((i) => i.external_id).sort()).toEqual(ids.sort());

    const update = JSON.stringify({ update_id: 1, message: { message_id: 1, date: 1785665700, chat: { id: -1001, type: 'supergroup' }, from: { id: 7, is_bot: false, first_name: 'Eve' }, text: 'forged' } });
    const wrong = await fetch(`${server.url}/hooks/tg-hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'not-the-secret' }, body: update });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.message).toContain('does not match the webhookSecret of instance "tg-hook"');
    const missing = await fetch(`${server.url}/hooks/tg-hook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: update });
    expect(missing.status).toBe(401);
    expect((await listItems(server!.store.db, { channel: 'tg-hook', limit: 10 })).length).toBe(3);

    await eventually(async () => (await statuses())['tg-bad-token']!.last_error !== null, 'the wrong token to be reported');
    const now = await statuses();
    expect(now['tg-bad-token']!.last_error).toContain('Telegram refused the bot token (401 on getMe)');
    expect(now['tg-hook']).toMatchObject({ healthy: true, last_error: null });
    expect(now['tg-poll']).toMatchObject({ healthy: true, last_error: null });
    // Through the outbox: a remove Telegram refuses (older than 48 h) is parked with Telegram's words.
    const old = polled.fake.userSays({ chat: polled.group, text: 'three days old', date: Math.floor(Date.now() / 1000) - 72 * 3600 });
    await eventually(async () => (await listItems(server!.store.db, { channel: 'tg-poll', limit: 10 })).length === 1, 'the old message stored');
    const oldItem = (await listItems(server.store.db, { channel: 'tg-poll', limit: 10 }))[0]!;
    expect(oldItem.external_id).toBe(`${polled.group.id}:${old.message_id}`);
    expect((await server.post(`/api/v1/items/${oldItem.id}/actions`, { kind: 'remove', reason: 'spam' }, { 'idempotency-key': 'rm-old' })).status).toBe(202);
    await eventually(async () => ((await server!.get('/api/v1/outbox?state=dead')).body.jobs as unknown[]).length === 1, 'the job parked');
    const [dead] = (await server.get('/api/v1/outbox?state=dead')).body.jobs as Array<{ attempts: number; last_error: string }>;
    expect(dead!.last_error).toContain("message can't be deleted");
    expect(dead!.attempts).toBe(1);

    const polledIds = await polled.produce(2);
    await eventually(async () => (await listItems(server!.store.db, { channel: 'tg-poll', limit: 10 })).length === 3, 'the polling instance ingesting');
    const polledStored = (await listItems(server!.store.db, { channel: 'tg-poll', limit: 10 })).map((i) => i.external_id);
    expect(polledIds.every((id) => polledStored.includes(id))).toBe(true);
  }, 30_000);
});
