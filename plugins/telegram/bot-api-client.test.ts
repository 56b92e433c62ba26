// TelegramBotApiClient against FakeTelegram over loopback HTTP: each call is checked on the wire.
import { afterEach, expect, test } from 'bun:test';
import { FakeTelegram } from '../../tests/fakes/telegram/fake-telegram.ts';
import { makeTgUser } from '../../tests/fakes/telegram/telegram-fixtures.ts';
import { verifyTelegramAction } from '../../tests/fakes/telegram/verify-action.ts';
import { MUTED_PERMISSIONS, TelegramBotApiClient, type BotApiClientOptions } from './bot-api-client.ts';
import {
  TelegramBadRequestError,
  TelegramConflictError,
  TelegramForbiddenError,
  TelegramRateLimitError,
  TelegramUnauthorizedError,
} from './errors.ts';
import { recordingLogger } from '../../tests/harness/plugin-test-support.ts';

let tg: FakeTelegram | undefined;
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

function client(f: FakeTelegram, extra: Partial<BotApiClientOptions> = {}) {
  return new TelegramBotApiClient({ token: f.token, apiRoot: f.apiRoot, fetch: (u, i) => fetch(u, i), logger: recordingLogger(), ...extra });
}

test('sendMessage with reply_parameters, deleteMessage, banChatMember, restrictChatMember on the wire', async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'supergroup', title: 'Example Community' });
  const user = makeTgUser({ username: 'dana_promo' });
  const spam = tg.userSays({ chat: group, from: user, text: 'Free crypto signals' });
  const api = client(tg);

  const sent = await api.sendMessage({ chat_id: group.id, text: 'Removed: links are not allowed.', reply_parameters: { message_id: spam.message_id, allow_sending_without_reply: true } });
  expect(sent.reply_to_message?.message_id).toBe(spam.message_id);
  let req = tg.requests.at(-1)!;
  expect([req.httpMethod, req.path, req.headers['content-type']]).toEqual(['POST', `/bot${tg.token}/sendMessage`, 'application/json']);
  expect(req.params).toEqual({ chat_id: group.id, text: 'Removed: links are not allowed.', reply_parameters: { message_id: spam.message_id, allow_sending_without_reply: true } });
  expect(JSON.parse(req.body)).toEqual(req.params);

  expect(await api.deleteMessage(group.id, spam.message_id)).toBe(true);
  expect(tg.deleted).toEqual([{ chat_id: group.id, message_id: spam.message_id }]);

  const until = Math.floor(Date.now() / 1000) + 3600;
  expect(await api.restrictChatMember({ chat_id: group.id, user_id: user.id, until_date: until, use_independent_chat_permissions: true, permissions: MUTED_PERMISSIONS })).toBe(true);
  expect(await api.banChatMember({ chat_id: group.id, user_id: user.id, revoke_messages: true })).toBe(true);
  req = tg.requests.at(-1)!;
  expect([req.method, req.params]).toEqual(['banChatMember', { chat_id: group.id, user_id: user.id, revoke_messages: true }]);
  expect(tg.memberActions.map((a) => [a.method, a.user_id, a.forever])).toEqual([
    ['restrictChatMember', user.id, false],
    ['banChatMember', user.id, true],
  ]);
  expect(tg.memberActions[0]!.params.permissions).toEqual(MUTED_PERMISSIONS);
});

test('429 retry_after is waited out, then the call succeeds; no early retry reaches the fake', async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'supergroup' });
  tg.failNext('sendMessage', 1);
  const logger = recordingLogger();
  const msg = await client(tg, { logger }).sendMessage({ chat_id: group.id, text: 'hello' });
  expect(msg.text).toBe('hello');
  expect(tg.requests.map((r) => r.status)).toEqual([429, 200]);
  expect(tg.violations).toEqual([]);
  expect(logger.entries.find((e) => e.level === 'warn')!.obj).toEqual({ method: 'sendMessage', retry_after: 1 });
});

test('retry_after longer than maxRetryAfterS → TelegramRateLimitError at once (the outbox reschedules)', async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'supergroup' });
  tg.failNext('sendMessage', 30);
  const err = await client(tg, { maxRetryAfterS: 5 }).sendMessage({ chat_id: group.id, text: 'x' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TelegramRateLimitError);
  expect((err as TelegramRateLimitError).retryAfter).toBe(30);
  expect((err as TelegramRateLimitError).retryable).toBe(true);
  expect((err as TelegramRateLimitError).retryAfterMs).toBe(30_000);
  expect(tg.requests).toHaveLength(1);
});

test('wrong token → TelegramUnauthorizedError whose message does not contain the token', async () => {
  tg = await FakeTelegram.start();
  const secret = '999999:THIS-IS-A-WRONG-BUT-WELLFORMED-TOKEN';
  const err = await client(tg, { token: secret }).getMe().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TelegramUnauthorizedError);
  expect((err as TelegramUnauthorizedError).errorCode).toBe(401);
  expect((err as Error).message).not.toContain(secret);
});

test('409 while a webhook is set → TelegramConflictError after exactly one request', async () => {
  tg = await FakeTelegram.start();
  await client(tg).setWebhook({ url: 'http://127.0.0.1:9/hook', secret_token: 'abc' });
  const err = await client(tg).getUpdates({ timeout: 0 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TelegramConflictError);
  expect((err as TelegramConflictError).description).toContain('webhook is active');
  expect(tg.requests.filter((r) => r.method === 'getUpdates')).toHaveLength(1);
});

test('migrate_to_chat_id: the call is retried once on the new chat id and the plugin is told', async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'group', title: 'Small' });
  const supergroup = tg.migrateGroup(group.id);
  const seen: Array<[number, number]> = [];
  const msg = await client(tg, { onChatMigrated: (a, b) => void seen.push([a, b]) }).sendMessage({ chat_id: group.id, text: 'hi' });
  expect(msg.chat.id).toBe(supergroup.id);
  expect(seen).toEqual([[group.id, supergroup.id]]);
  expect(tg.requests.map((r) => [r.status, r.params.chat_id])).toEqual([
    [400, group.id],
    [200, supergroup.id],
  ]);
});

test('typed errors: 48 h delete → BadRequest with the real description; blocked user → Forbidden', async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'supergroup' });
  const old = tg.userSays({ chat: group, text: 'old', date: Math.floor(Date.now() / 1000) - 3 * 86400 });
  const err = await client(tg).deleteMessage(group.id, old.message_id).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TelegramBadRequestError);
  expect((err as TelegramBadRequestError).description).toBe("Bad Request: message can't be deleted");
  const dm = tg.addChat({ type: 'private', first_name: 'Dana' });
  tg.blockBot(dm.id);
  await expect(client(tg).sendMessage({ chat_id: dm.id, text: 'x' })).rejects.toBeInstanceOf(TelegramForbiddenError);
});

test("every moderation action passes the fake's wire verifier (what a conformance.ts would check)", async () => {
  tg = await FakeTelegram.start();
  const group = tg.addChat({ type: 'supergroup' });
  const user = makeTgUser();
  tg.addChat({ type: 'private', id: user.id, first_name: user.first_name }); // the user has started the bot
  const msg = tg.userSays({ chat: group, from: user, text: 'spam' });
  const id = `${group.id}:${msg.message_id}`;
  expect(verifyTelegramAction(tg, 'remove', id)).toContain('no successful deleteMessage');
  const api = client(tg);
  await api.sendMessage({ chat_id: group.id, text: 'Removed.', reply_parameters: { message_id: msg.message_id } });
  await api.sendMessage({ chat_id: user.id, text: 'Please read the rules.' });
  await api.restrictChatMember({ chat_id: group.id, user_id: user.id, permissions: MUTED_PERMISSIONS, until_date: Math.floor(Date.now() / 1000) + 600 });
  await api.deleteMessage(group.id, msg.message_id);
  await api.banChatMember({ chat_id: group.id, user_id: user.id });
  for (const kind of ['reply', 'dm', 'timeout', 'remove', 'ban'] as const) expect(verifyTelegramAction(tg, kind, id)).toBeUndefined();
});
