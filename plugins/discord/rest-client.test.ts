// DiscordRestClient against FakeDiscord over loopback HTTP: each action is checked on the wire.
import { afterEach, expect, test } from 'bun:test';
import { FakeDiscord, makeUser } from '../../tests/fakes/discord/fake-discord.ts';
import { verifyDiscordAction } from '../../tests/fakes/discord/verify-action.ts';
import {
  DiscordApiError,
  DiscordForbiddenError,
  DiscordNotFoundError,
  DiscordRateLimitError,
  DiscordUnauthorizedError,
} from './errors.ts';
import { DiscordRestClient, type DiscordRestOptions } from './rest-client.ts';
import { recordingLogger } from '../../tests/harness/plugin-test-support.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

function rest(f: FakeDiscord, extra: Partial<DiscordRestOptions> = {}) {
  return new DiscordRestClient({ token: f.token, baseUrl: f.restUrl, fetch: (u, i) => fetch(u, i), logger: recordingLogger(), ...extra });
}

const last = (f: FakeDiscord) => f.requests.at(-1)!;

test('reply sends message_reference with Bot auth, DiscordBot UA and a JSON body', async () => {
  fake = await FakeDiscord.start();
  const target = fake.userMessage({ content: 'Buy followers' });
  const sent = await rest(fake).reply(fake.channelId, target.id, 'Your message was removed.');
  expect(sent.type).toBe(19);
  const req = last(fake);
  expect(req.method).toBe('POST');
  expect(req.path).toBe(`/channels/${fake.channelId}/messages`);
  expect(req.headers.authorization).toBe(`Bot ${fake.token}`);
  expect(req.headers['user-agent']).toMatch(/^DiscordBot \(.+, .+\)$/);
  expect(req.headers['content-type']).toBe('application/json');
  expect(req.body).toEqual({
    content: 'Your message was removed.',
    message_reference: { message_id: target.id, fail_if_not_exists: true },
    allowed_mentions: { parse: [], replied_user: false },
  });
  expect(req.status).toBe(200);
});

test('reply to a deleted message: fail_if_not_exists true → 400 error; false → plain message', async () => {
  fake = await FakeDiscord.start();
  const client = rest(fake);
  const err = await client.reply(fake.channelId, '1400000000000009999', 'x').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordApiError);
  expect((err as DiscordApiError).code).toBe(50035);
  expect((err as DiscordApiError).retryable).toBe(false);
  const plain = await client.reply(fake.channelId, '1400000000000009999', 'x', { failIfNotExists: false });
  expect(plain.type).toBe(0);
});

test('DM: create the DM channel, then send on it', async () => {
  fake = await FakeDiscord.start();
  const user = makeUser();
  const { channel_id, message } = await rest(fake).sendDm(user.id, 'A moderator reviewed your report.');
  const [open, send] = fake.requests.slice(-2);
  expect([open!.method, open!.path, open!.body]).toEqual(['POST', '/users/@me/channels', { recipient_id: user.id }]);
  expect([send!.method, send!.path]).toEqual(['POST', `/channels/${channel_id}/messages`]);
  expect(message.channel_id).toBe(channel_id);
  fake.closeDms(user.id);
  const err = await rest(fake).sendDm(user.id, 'again').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordForbiddenError);
  expect((err as DiscordForbiddenError).code).toBe(50007);
});

test('delete, timeout and ban carry X-Audit-Log-Reason (URL-encoded) and the documented bodies', async () => {
  fake = await FakeDiscord.start();
  const user = makeUser({ username: 'spammer' });
  fake.addMember(user);
  const msg = fake.userMessage({ author: user, content: 'spam' });
  const client = rest(fake);

  await client.deleteMessage(fake.channelId, msg.id, 'spam rule 3 — links');
  let req = last(fake);
  expect([req.method, req.path, req.status, req.body]).toEqual(['DELETE', `/channels/${fake.channelId}/messages/${msg.id}`, 204, undefined]);
  expect(req.headers['x-audit-log-reason']).toBe('spam%20rule%203%20%E2%80%94%20links');
  expect(req.auditLogReason).toBe('spam rule 3 — links');
  expect(req.headers['content-type']).toBeUndefined();

  const until = new Date(Date.now() + 3600_000);
  const member = await client.timeoutMember(fake.guildId, user.id, until, 'cool down');
  req = last(fake);
  expect([req.method, req.path, req.auditLogReason]).toEqual(['PATCH', `/guilds/${fake.guildId}/members/${user.id}`, 'cool down']);
  expect(req.body).toEqual({ communication_disabled_until: until.toISOString() });
  expect(member.communication_disabled_until).toBe(until.toISOString());
  await client.timeoutMember(fake.guildId, user.id, null);
  expect(last(fake).body).toEqual({ communication_disabled_until: null });
  expect(() => client.timeoutMember(fake!.guildId, user.id, new Date(Date.now() + 29 * 86_400_000))).toThrow(RangeError);

  await client.banMember(fake.guildId, user.id, { deleteMessageSeconds: 86_400, reason: 'scam' });
  req = last(fake);
  expect([req.method, req.path, req.status, req.auditLogReason]).toEqual(['PUT', `/guilds/${fake.guildId}/bans/${user.id}`, 204, 'scam']);
  expect(req.body).toEqual({ delete_message_seconds: 86_400 });
  expect(fake.violations).toEqual([]);
});

test('403 on an admin, 404 on an unknown message are typed errors with the Discord code', async () => {
  fake = await FakeDiscord.start();
  const admin = makeUser();
  fake.addMember(admin, { administrator: true });
  const client = rest(fake);
  const forbidden = await client.timeoutMember(fake.guildId, admin.id, new Date(Date.now() + 60_000)).catch((e: unknown) => e);
  expect(forbidden).toBeInstanceOf(DiscordForbiddenError);
  expect((forbidden as DiscordForbiddenError).code).toBe(50013);
  const missing = await client.deleteMessage(fake.channelId, '1400000000000000404').catch((e: unknown) => e);
  expect(missing).toBeInstanceOf(DiscordNotFoundError);
  expect((missing as DiscordNotFoundError).code).toBe(10008);
});

test('wrong token → DiscordUnauthorizedError, and later calls do not reach the wire', async () => {
  fake = await FakeDiscord.start();
  const client = rest(fake, { token: 'wrong' });
  const err = await client.getGatewayBot().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordUnauthorizedError);
  expect((err as DiscordUnauthorizedError).status).toBe(401);
  expect((err as Error).message).not.toContain('wrong');
  const count = fake.requests.length;
  await expect(client.deleteMessage(fake.channelId, '1400000000000000001')).rejects.toBeInstanceOf(DiscordUnauthorizedError);
  expect(fake.requests.length).toBe(count);
});

test('429 on DELETE with retry_after 0.5 is waited out, then succeeds (doc fixture §1.8)', async () => {
  fake = await FakeDiscord.start();
  const msg = fake.userMessage({ content: 'x' });
  fake.rateLimitNext({ route: 'DELETE /channels/:channel_id/messages/:message_id', retryAfterS: 0.5 });
  await rest(fake).deleteMessage(fake.channelId, msg.id);
  expect(fake.requests.map((r) => r.status)).toEqual([429, 204]);
  // The fake records any request sent before retry_after elapsed; none were.
  expect(fake.violations).toEqual([]);
});

test('a global 429 blocks every route until retry_after; bucket exhaustion waits for Reset-After', async () => {
  fake = await FakeDiscord.start({ routeLimits: { 'POST /channels/:channel_id/messages': { limit: 2, windowMs: 200 } } });
  const client = rest(fake);
  const target = fake.userMessage({ content: 'x' });
  fake.rateLimitNext({ retryAfterS: 0.2, global: true });
  await client.reply(fake.channelId, target.id, 'a'); // 429 global, waited, then 200
  await client.deleteMessage(fake.channelId, target.id); // another route: sent only after the global block
  expect(fake.requests.map((r) => r.status)).toEqual([429, 200, 204]);
  for (let i = 0; i < 5; i++) await client.createMessage(fake.channelId, { content: `n${i}` });
  expect(fake.requests.filter((r) => r.route === 'POST /channels/:channel_id/messages' && r.status === 200)).toHaveLength(6);
  expect(fake.violations).toEqual([]);
});

test('bounded retries: still limited after maxRetries → DiscordRateLimitError (retryable)', async () => {
  fake = await FakeDiscord.start();
  for (let i = 0; i < 3; i++) fake.rateLimitNext({ retryAfterS: 0.02 });
  const err = await rest(fake, { maxRetries: 2 }).getGatewayBot().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordRateLimitError);
  expect((err as DiscordRateLimitError).retryable).toBe(true);
  expect(fake.requests).toHaveLength(3);
});

test('5xx: idempotent DELETE is retried; POST is not (it may have been applied) and surfaces as retryable', async () => {
  fake = await FakeDiscord.start();
  const msg = fake.userMessage({ content: 'x' });
  const client = rest(fake, { sleep: async () => undefined });
  fake.failNext({ route: 'DELETE /channels/:channel_id/messages/:message_id', status: 502 });
  await client.deleteMessage(fake.channelId, msg.id);
  expect(fake.requests.map((r) => r.status)).toEqual([502, 204]);
  fake.failNext({ route: 'POST /channels/:channel_id/messages', status: 500 });
  const err = await client.createMessage(fake.channelId, { content: 'hi' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordApiError);
  expect((err as DiscordApiError).retryable).toBe(true);
  expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
});

test("every moderation action passes the fake's wire verifier (what a conformance.ts would check)", async () => {
  fake = await FakeDiscord.start();
  const user = makeUser({ username: 'spammer' });
  const msg = fake.userMessage({ author: user, content: 'spam' });
  expect(verifyDiscordAction(fake, 'remove', msg.id)).toContain('no successful DELETE');
  const client = rest(fake);
  await client.reply(msg.channel_id, msg.id, 'Removed.');
  await client.sendDm(user.id, 'Please read the rules.');
  await client.timeoutMember(msg.guild_id!, user.id, new Date(Date.now() + 600_000), 'spam');
  await client.deleteMessage(msg.channel_id, msg.id, 'spam');
  await client.banMember(msg.guild_id!, user.id, { reason: 'spam' });
  for (const kind of ['reply', 'dm', 'timeout', 'remove', 'ban'] as const) expect(verifyDiscordAction(fake, kind, msg.id)).toBeUndefined();
});
