// Self-test: the fake speaks the Bot API as docs/channel-wire-formats.md §2 says, driven by raw fetch.
import { afterEach, describe, expect, test } from 'bun:test';
import { FakeTelegram } from './fake-telegram.ts';
import { makeTgUser } from './telegram-fixtures.ts';

let tg: FakeTelegram;
const servers: Array<{ stop(force?: boolean): unknown }> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop(true);
  await tg?.stop();
});

async function call(method: string, params: Record<string, unknown> = {}, token = tg.token): Promise<{ status: number; body: any }> {
  const res = await fetch(`${tg.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: await res.json() };
}

describe('FakeTelegram envelope and auth', () => {
  test('ok envelope; wrong token 401; unknown method 404; method names are case-insensitive; GET query works', async () => {
    tg = await FakeTelegram.start();
    expect(await call('getMe')).toEqual({ status: 200, body: { ok: true, result: tg.bot } });
    expect((await call('GETME')).body.ok).toBe(true);
    expect(await call('getMe', {}, '123456:WRONG-token-but-well-formed')).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect((await call('getMe', {}, 'garbage')).body.description).toBe('Unauthorized: invalid token specified');
    expect(await call('noSuchMethod')).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } });
    const get = await fetch(`${tg.apiRoot}/bot${tg.token}/getUpdates?offset=0&timeout=0&allowed_updates=${encodeURIComponent('["message"]')}`);
    expect(await get.json()).toEqual({ ok: true, result: [] });
    expect(tg.queue.allowedUpdates).toEqual(['message']);
  });

  test('injected 429 carries parameters.retry_after; calling again early is a recorded violation', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup', title: 'G' });
    tg.failNext('sendMessage', 1);
    expect(await call('sendMessage', { chat_id: chat.id, text: 'x' })).toEqual({
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
    });
    expect((await call('sendMessage', { chat_id: chat.id, text: 'x' })).status).toBe(429);
    expect(tg.violations).toHaveLength(1);
  });
});

describe('FakeTelegram getUpdates', () => {
  test('offset confirms earlier updates; the next call without a higher offset re-delivers', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup', title: 'G' });
    tg.userSays({ chat, text: 'a' });
    tg.userSays({ chat, text: 'b' });
    const first = (await call('getUpdates', { timeout: 0 })).body.result;
    expect(first.map((u: any) => u.message.text)).toEqual(['a', 'b']);
    // Not confirmed yet: same updates again.
    expect((await call('getUpdates', {})).body.result).toHaveLength(2);
    const next = (await call('getUpdates', { offset: first[0].update_id + 1 })).body.result;
    expect(next.map((u: any) => u.message.text)).toEqual(['b']);
    expect(tg.queue.pending.map((u) => u.update_id)).toEqual([first[1].update_id]);
    expect((await call('getUpdates', { offset: first[1].update_id + 1, limit: 1 })).body.result).toEqual([]);
    tg.userSays({ chat, text: 'c' });
    tg.userSays({ chat, text: 'd' });
    expect((await call('getUpdates', { offset: -1 })).body.result.map((u: any) => u.message.text)).toEqual(['d']);
  });

  test('long poll holds an empty request and answers as soon as an update arrives', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup' });
    const pending = call('getUpdates', { timeout: 30 });
    await Bun.sleep(50);
    tg.userSays({ chat, text: 'wake' });
    const res = await pending;
    expect(res.body.result[0].message.text).toBe('wake');
  });

  test('long poll with nothing to deliver answers [] after timeout seconds', async () => {
    tg = await FakeTelegram.start();
    expect((await call('getUpdates', { timeout: 1 })).body).toEqual({ ok: true, result: [] });
  });

  test('allowed_updates: chat_member is opt-in, the setting persists when omitted, [] resets to the default', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup' });
    const user = makeTgUser();
    tg.chatMemberChanged(chat, user, 'left', 'member');
    expect(tg.queue.filteredOut).toHaveLength(1);
    await call('getUpdates', { allowed_updates: ['message', 'chat_member'] });
    await call('getUpdates', {});
    tg.chatMemberChanged(chat, user, 'member', 'kicked');
    expect((await call('getUpdates', {})).body.result[0].chat_member.new_chat_member.status).toBe('kicked');
    await call('getUpdates', { allowed_updates: [] });
    tg.chatMemberChanged(chat, user, 'kicked', 'left');
    expect(tg.queue.filteredOut).toHaveLength(2);
  });

  test('409 for a second concurrent poller (the first one fails) and while a webhook is set', async () => {
    tg = await FakeTelegram.start({ setWebhookMinIntervalMs: 0 });
    const first = call('getUpdates', { timeout: 30 });
    await Bun.sleep(30);
    const second = call('getUpdates', { timeout: 1 });
    expect(await first).toEqual({
      status: 409,
      body: { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' },
    });
    expect((await second).status).toBe(200);
    await call('setWebhook', { url: 'http://127.0.0.1:9/hook' });
    const conflict = await call('getUpdates', {});
    expect(conflict.status).toBe(409);
    expect(conflict.body.description).toContain('webhook is active');
    expect((await call('deleteWebhook')).body).toEqual({ ok: true, result: true, description: 'Webhook was deleted' });
  });
});

describe('FakeTelegram webhooks', () => {
  test('one Update per POST with the secret header; non-2xx is retried with the same update_id and reported', async () => {
    tg = await FakeTelegram.start();
    const received: Array<{ secret: string | null; body: any }> = [];
    let failFirst = true;
    const hook = Bun.serve({
      hostname: '127.0.0.1',
      port: 0,
      fetch: async (req) => {
        received.push({ secret: req.headers.get('x-telegram-bot-api-secret-token'), body: await req.json() });
        if (failFirst) {
          failFirst = false;
          return new Response('boom', { status: 500 });
        }
        return new Response(null, { status: 200 });
      },
    });
    servers.push(hook);
    expect((await call('setWebhook', { url: `http://127.0.0.1:${hook.port}/hook`, secret_token: 'bad secret!' })).status).toBe(400);
    // A rejected call does not count towards the 1 s setWebhook interval.
    expect((await call('setWebhook', { url: `http://127.0.0.1:${hook.port}/hook`, secret_token: 's3cret_token-1' })).body.description).toBe('Webhook was set');
    const chat = tg.addChat({ type: 'supergroup' });
    tg.userSays({ chat, text: 'one' });
    tg.userSays({ chat, text: 'two' });
    for (let i = 0; i < 200 && tg.queue.pending.length > 0; i++) await Bun.sleep(10);
    expect(received.map((r) => [r.body.update_id, r.body.message.text])).toEqual([
      [734112001, 'one'],
      [734112001, 'one'],
      [734112002, 'two'],
    ]);
    expect(received.every((r) => r.secret === 's3cret_token-1')).toBe(true);
    const info = (await call('getWebhookInfo')).body.result;
    expect(info.last_error_message).toBe('Wrong response from the webhook: 500 Internal Server Error');
    expect(info.pending_update_count).toBe(0);
  });

  test('setWebhook again within 1 s answers 429 retry_after 1', async () => {
    tg = await FakeTelegram.start();
    await call('setWebhook', { url: 'http://127.0.0.1:9/a' });
    expect((await call('setWebhook', { url: 'http://127.0.0.1:9/b' })).body.parameters).toEqual({ retry_after: 1 });
  });
});

describe('FakeTelegram moderation methods', () => {
  test('sendMessage with reply_parameters (and legacy reply_to_message_id); missing target → 400', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup', title: 'G' });
    const spam = tg.userSays({ chat, text: 'spam' });
    const sent = await call('sendMessage', { chat_id: chat.id, text: 'Removed.', reply_parameters: { message_id: spam.message_id } });
    expect(sent.body.result.reply_to_message.message_id).toBe(spam.message_id);
    expect(sent.body.result.from.id).toBe(tg.bot.id);
    const legacy = await call('sendMessage', { chat_id: chat.id, text: 'x', reply_to_message_id: spam.message_id });
    expect(legacy.body.result.reply_to_message.text).toBe('spam');
    expect((await call('sendMessage', { chat_id: chat.id, text: 'x', reply_parameters: { message_id: 1 } })).body.description).toBe('Bad Request: message to be replied not found');
    expect((await call('sendMessage', { chat_id: chat.id, text: 'x', reply_parameters: { message_id: 1, allow_sending_without_reply: true } })).body.ok).toBe(true);
    expect((await call('sendMessage', { chat_id: 42, text: 'x' })).body.description).toBe('Bad Request: chat not found');
  });

  test('deleteMessage: < 48 h ok; older → "message can\'t be deleted"; missing → "message to delete not found"', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup' });
    const fresh = tg.userSays({ chat, text: 'new' });
    const old = tg.userSays({ chat, text: 'old', date: Math.floor(Date.now() / 1000) - 49 * 3600 });
    expect((await call('deleteMessage', { chat_id: chat.id, message_id: fresh.message_id })).body).toEqual({ ok: true, result: true });
    expect((await call('deleteMessage', { chat_id: chat.id, message_id: old.message_id })).body.description).toBe("Bad Request: message can't be deleted");
    expect((await call('deleteMessage', { chat_id: chat.id, message_id: fresh.message_id })).body.description).toBe('Bad Request: message to delete not found');
  });

  test('banChatMember / restrictChatMember: admin refused, supergroup-only restrict, the 30 s / 366 d forever rule', async () => {
    tg = await FakeTelegram.start();
    const chat = tg.addChat({ type: 'supergroup' });
    const group = tg.addChat({ type: 'group' });
    const user = makeTgUser();
    const admin = makeTgUser();
    tg.setAdmin(chat.id, admin.id);
    const now = Math.floor(Date.now() / 1000);
    expect((await call('banChatMember', { chat_id: chat.id, user_id: user.id, until_date: now + 10 })).body.result).toBe(true);
    expect((await call('banChatMember', { chat_id: chat.id, user_id: admin.id })).body.description).toBe('Bad Request: user is an administrator of the chat');
    const perms = { can_send_messages: false };
    expect((await call('restrictChatMember', { chat_id: chat.id, user_id: user.id, until_date: now + 3600, permissions: perms })).body.result).toBe(true);
    expect((await call('restrictChatMember', { chat_id: group.id, user_id: user.id, permissions: perms })).body.description).toBe('Bad Request: method is available only for supergroups');
    expect(tg.memberActions.map((a) => [a.method, a.forever])).toEqual([
      ['banChatMember', true],
      ['restrictChatMember', false],
    ]);
  });

  test('a migrated group answers 400 with parameters.migrate_to_chat_id', async () => {
    tg = await FakeTelegram.start();
    const group = tg.addChat({ type: 'group', title: 'Small' });
    const supergroup = tg.migrateGroup(group.id);
    const res = await call('sendMessage', { chat_id: group.id, text: 'x' });
    expect(res.body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: supergroup.id },
    });
    const updates = (await call('getUpdates')).body.result;
    expect(updates.map((u: any) => [u.message.migrate_to_chat_id, u.message.migrate_from_chat_id])).toEqual([
      [supergroup.id, undefined],
      [undefined, group.id],
    ]);
  });
});
