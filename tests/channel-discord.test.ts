/**
 * The Discord plugin end to end: the channel contract against FakeDiscord, then the acceptance
 * scenarios of issue 6 — a gateway session with every fault in it, a replica handover, fatal
 * errors that leave the other instances running, rate limits and platform refusals on actions.
 * Each runs the real plugin in a real PluginHost (or server) over a real SQLite store.
 */
import { afterEach, describe, expect, test } from 'bun:test';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { PermanentError, RetryableError, type ChannelInstance } from '../core/plugin-api/index.ts';
import { listEventsForItem, listItems } from '../core/store/index.ts';
import discord from '../plugins/discord/index.ts';
import { startDiscordSession, type DiscordSession } from '../plugins/discord/conformance.ts';
import { BUILTIN_PLUGINS } from '../plugins/index.ts';
import { eventually, runChannelContract, startChannelHost, type ChannelHost } from './contracts/channel.contract.ts';
import { makeUser } from './fakes/discord/fake-discord.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';
import { freePort } from './harness/server-process.ts';

runChannelContract({
  reportsEdits: true,
  name: 'discord',
  plugin: async () => discord,
  async start() {
    const session = await startDiscordSession();
    return { ...session, edit: (id, text) => session.fake.editMessage(id, text) };
  },
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function discordHost(session: DiscordSession, config: Record<string, unknown> = {}, id = 'discord-main'): Promise<ChannelHost> {
  const env = await startChannelHost([discord], [{ id, plugin: 'discord', config: { ...session.config, ...config } }]);
  cleanups.push(() => env.close());
  return env;
}

async function session(options: Parameters<typeof startDiscordSession>[0] = {}): Promise<DiscordSession> {
  const s = await startDiscordSession(options);
  cleanups.push(() => s.teardown());
  return s;
}

describe('discord acceptance', () => {
  test('through a skipped HEARTBEAT_ACK, RECONNECT, INVALID_SESSION and a dropped TCP connection, every message the fake sent is stored exactly once', async () => {
    // A generous server-side heartbeat timeout keeps a slow machine from adding a fault of its own.
    const s = await session({ heartbeatIntervalMs: 40, heartbeatTimeoutMs: 2_000, reconnectCloseDelayMs: 5_000 });
    const f = s.fake;
    const env = await discordHost(s);
    const said: string[] = [];
    const say = (content: string) => {
      const message = f.userMessage({ content });
      said.push(message.id);
      return message;
    };
    const outFrames = (t: string) => f.gateway.log.filter((e) => e.dir === 'out' && e.frame.t === t).length;
    const stored = async () => env.counts('discord-main');

    said.push(...(await s.produce(2)));
    await env.waitForItems('discord-main', said);

    // 1. Zombie connection: one ACK swallowed; the plugin's client must notice and RESUME.
    f.skipNextHeartbeatAck();
    const beats = f.gateway.heartbeats.length;
    await eventually(() => f.gateway.heartbeats.length > beats, 'the unacknowledged heartbeat');
    say('sent on the zombie socket or buffered');
    say('also replayed by RESUME');
    await eventually(() => outFrames('RESUMED') === 1, 'RESUMED after the missed ACK');

    // 2. op 7 RECONNECT: what follows on the abandoned socket is replayed on the resumed one.
    f.sendReconnect();
    say('after RECONNECT');
    await eventually(() => outFrames('RESUMED') === 2, 'RESUMED after RECONNECT');

    // 3. op 9 d:false: the session is gone; a message dispatched before the new READY reaches no
    //    session (Discord never sends it), and the plugin must IDENTIFY again.
    f.sendInvalidSession(false);
    const lost = f.userMessage({ content: 'dispatched while no session exists' });
    await eventually(() => outFrames('READY') === 2, 'a new READY after INVALID_SESSION');
    say('after the new READY');

    // 4. A bare TCP drop: resumable, so the message sent while down is replayed.
    await env.waitForItems('discord-main', said);
    f.dropConnections();
    say('sent while the connection is down');
    await eventually(() => outFrames('RESUMED') === 3, 'RESUMED after the drop');
    say('after the drop');

    // "Sent" = dispatched to a session; the fake's dispatch log is the ground truth.
    const sent = f.gateway.dispatches
      .filter((d) => d.t === 'MESSAGE_CREATE' && Object.keys(d.seqs).length > 0)
      .map((d) => (d.d as { id: string }).id);
    expect(sent).toEqual(said);
    expect(f.gateway.dispatches.find((d) => (d.d as { id: string }).id === lost.id)!.seqs).toEqual({});
    const counts = await env.waitForItems('discord-main', sent);
    expect(sent.map((id) => counts.get(id))).toEqual(sent.map(() => 1));
    expect([...(await stored()).keys()].sort()).toEqual([...sent].sort());
    expect(f.gateway.connections.filter((c) => c.handshake === 'resume').every((c) => c.kind === 'resume')).toBe(true);
    expect(f.violations).toEqual([]);
    expect(env.host.statuses()[0]).toMatchObject({ healthy: true, restarts: 0 });
  });

  test('a second replica stands by while the first holds the gateway lease, then RESUMEs its session: nothing lost, nothing twice', async () => {
    const s = await session();
    const f = s.fake;
    const shared = `sqlite:${(await import('./harness/stores.ts')).tempDir()}/steward.db`;
    const instances = [{ id: 'discord-main', plugin: 'discord', config: s.config }];
    const first = await startChannelHost([discord], instances, { holderId: 'replica-a', databaseUrl: shared });
    cleanups.push(() => first.close());
    const ids = await s.produce(2);
    await first.waitForItems('discord-main', ids);
    const second = await startChannelHost([discord], instances, { holderId: 'replica-b', databaseUrl: shared });
    cleanups.push(() => second.close());
    await Bun.sleep(400); // more than a lease tick: the standby must not have connected
    expect(f.gateway.connections.length).toBe(1);

    await first.host.stopAll();
    ids.push(...(await s.produce(2))); // buffered in the detached session
    // The connection is recorded on the WebSocket upgrade, its handshake when the first frame arrives.
    await eventually(() => f.gateway.connections[1]?.handshake !== undefined, 'the standby connecting and saying who it is');
    expect(f.gateway.connections[1]).toMatchObject({ kind: 'resume', handshake: 'resume' });
    ids.push(...(await s.produce(1)));
    const counts = await second.waitForItems('discord-main', ids);
    expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
    expect(counts.size).toBe(ids.length);
  });

  test('MESSAGE_UPDATE and MESSAGE_DELETE become events on the stored item; an embed unfurl is not an edit', async () => {
    const s = await session();
    const env = await discordHost(s);
    const [id] = await s.produce(1);
    await env.waitForItems('discord-main', [id!]);
    const item = (await listItems(env.store.db, { channel: 'discord-main', limit: 10 }))[0]!;
    // An unfurl: the full object again, edited_timestamp still null.
    s.fake.dispatch('MESSAGE_UPDATE', { ...s.fake.posted.get(id!)!, embeds: [{ type: 'link', url: 'https://example.invalid' }] });
    s.fake.editMessage(id!, 'edited text', { partial: true });
    s.fake.userDeletesMessage(id!);
    await eventually(async () => (await listEventsForItem(env.store.db, item.id)).some((e) => e.type === 'deleted'), 'the deleted event');
    const events = (await listEventsForItem(env.store.db, item.id)).filter((e) => e.actor_type === 'plugin');
    expect(events.map((e) => [e.type, (e.data as { text?: string }).text])).toEqual([['edited', 'edited text'], ['deleted', undefined]]);
  });

  test('without the MESSAGE CONTENT intent, blank messages are still stored and the missing intent is logged once', async () => {
    const s = await session();
    const env = await discordHost(s, { intents: 1 | 512 | 4096 });
    const ids = await s.produce(3);
    const counts = await env.waitForItems('discord-main', ids);
    expect(ids.map((id) => counts.get(id))).toEqual([1, 1, 1]);
    expect((await listItems(env.store.db, { channel: 'discord-main', limit: 10 })).map((i) => i.text)).toEqual(['', '', '']);
    expect(env.logs.filter((l) => l.includes('enable the MESSAGE CONTENT privileged intent')).length).toBe(1);
  });

  test('with the daily IDENTIFY budget nearly spent, the plugin refuses to start a new session rather than have Discord reset the token', async () => {
    const s = await session();
    s.fake.gateway.identifyCount = 995; // GET /gateway/bot now reports 5 remaining
    const env = await discordHost(s);
    await eventually(() => env.host.statuses()[0]!.last_error !== null, 'the refusal');
    expect(env.host.statuses()[0]!.last_error).toContain('Discord allows only 5 more new gateway sessions');
    expect(s.fake.gateway.connections).toEqual([]);
  });

  test('guild and channel allow-lists: messages from other channels are not taken in', async () => {
    const s = await session();
    const env = await discordHost(s, { channelIds: [s.fake.channelId] });
    const [watched] = await s.produce(1);
    const other = s.fake.userMessage({ channelId: '1400000000000000999', content: 'elsewhere' });
    const [after] = await s.produce(1);
    const counts = await env.waitForItems('discord-main', [watched!, after!]);
    expect(counts.has(other.id)).toBe(false);
  });

  test('actions: a 429 with retry_after is waited out; a long one goes back to the outbox; a refusal is permanent and says why', async () => {
    const s = await session();
    const f = s.fake;
    const env = await discordHost(s);
    const admin = makeUser({ username: 'admin' });
    f.addMember(admin, { administrator: true });
    const [spam] = await s.produce(1);
    const adminPost = f.userMessage({ author: admin, content: 'admin here' });
    await env.waitForItems('discord-main', [spam!, adminPost.id]);
    const channel = env.host.get('discord-main')!.channel as ChannelInstance;
    const perform = (action: Parameters<ChannelInstance['perform']>[0], key: string) => channel.perform(action, { idempotencyKey: key, attempt: 1 });

    f.rateLimitNext({ route: 'DELETE /channels/:channel_id/messages/:message_id', retryAfterS: 0.5 });
    await perform(s.sampleAction!('remove', spam!), 'remove-1');
    expect(s.verifyAction!('remove', spam!)).toBeUndefined();
    expect(f.violations).toEqual([]);

    const refused = await perform(s.sampleAction!('timeout', adminPost.id), 'timeout-admin').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermanentError);
    expect((refused as Error).message).toContain('the member is the owner or an administrator');

    // Removing a message that is already gone succeeds: a retried job must not dead-letter.
    await perform(s.sampleAction!('remove', spam!), 'remove-2');
    const removeCalls = f.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith(`/messages/${spam}`));
    expect(removeCalls.map((r) => r.status)).toEqual([429, 204, 404]);

    // Last, because ctx.http then holds every request to this host back until the 30 s are over.
    f.rateLimitNext({ route: 'POST /channels/:channel_id/messages', retryAfterS: 30 });
    const limited = await perform(s.sampleAction!('reply', spam!), 'reply-1').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RetryableError);
    expect((limited as RetryableError).retryAfterMs).toBe(30_000);
  });
});

describe('discord in a running server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  test('actions queued through the API reach Discord through the outbox, audit-log reason included', async () => {
    const s = await session();
    server = await startTestServer('sqlite', {
      plugins: { ...CONFIG_DEFAULTS.plugins, instances: [{ id: 'discord-main', plugin: 'discord', config: s.config }] },
    }, { plugins: BUILTIN_PLUGINS });
    const [id] = await s.produce(1);
    await eventually(async () => (await listItems(server!.store.db, { channel: 'discord-main', limit: 10 })).length === 1, 'the message stored');
    const item = (await listItems(server.store.db, { channel: 'discord-main', limit: 10 }))[0]!;
    for (const [kind, extra] of [['reply', { text: 'Please keep it on topic.' }], ['timeout', { reason: 'spam rule 3', duration_seconds: 600 }], ['ban', { reason: 'spam rule 3' }]] as const) {
      const queued = await server.post(`/api/v1/items/${item.id}/actions`, { kind, ...extra }, { 'idempotency-key': `api-${kind}` });
      expect(queued.status).toBe(202);
    }
    await eventually(async () => ((await server!.get('/api/v1/outbox?state=done')).body.jobs as unknown[]).length === 3, 'three jobs done');
    expect(['reply', 'timeout', 'ban'].map((kind) => s.verifyAction!(kind as 'reply', id!))).toEqual([undefined, undefined, undefined]);
    const ban = s.fake.requests.find((r) => r.method === 'PUT')!;
    expect(ban.auditLogReason).toBe('spam rule 3');
  });

  test('a wrong bot token and a disallowed intent (close 4014) make their instances unhealthy with a clear error, without a reconnect loop', async () => {
    const good = await session();
    const strict = await session({ enabledPrivilegedIntents: 0 }); // MESSAGE CONTENT not enabled in the "portal"
    const base = { leaseTtlMs: 1_000, checkpointIntervalMs: 100, reidentifyDelayMs: { min: 5, max: 20 }, reconnectBackoffMs: { initial: 10, max: 100 } };
    server = await startTestServer('sqlite', {
      plugins: {
        ...CONFIG_DEFAULTS.plugins,
        instances: [
          { id: 'discord-good', plugin: 'discord', config: good.config },
          { id: 'discord-bad-token', plugin: 'discord', config: { ...base, botToken: 'MTQwMDAwMDAwMDAwMDAwMDAx.WRONG.TOKEN', apiBaseUrl: good.fake.restUrl } },
          { id: 'discord-no-intent', plugin: 'discord', config: { ...strict.config } },
        ],
      },
    }, { plugins: BUILTIN_PLUGINS });
    const statuses = async () => (await server!.get('/api/v1/plugins')).body.instances as Array<{ id: string; healthy: boolean; last_error: string | null; restarts: number }>;
    await eventually(async () => (await statuses()).filter((s) => s.last_error !== null).length === 2, 'both bad instances to report');
    const byId = Object.fromEntries((await statuses()).map((s) => [s.id, s]));
    expect(byId['discord-bad-token']!.last_error).toContain('Discord refused the bot token (401 on GET /gateway/bot)');
    expect(byId['discord-no-intent']!.last_error).toContain('Discord gateway closed with 4014');
    expect(byId['discord-no-intent']!.last_error).toContain('Privileged Gateway Intents');
    expect(byId['discord-good']).toMatchObject({ healthy: true, last_error: null });

    // The healthy instance keeps taking messages in while the others fail.
    const ids = await good.produce(2);
    await eventually(async () => (await listItems(server!.store.db, { channel: 'discord-good', limit: 10 })).length === 2, 'the good instance ingesting');
    expect((await listItems(server!.store.db, { channel: 'discord-good', limit: 10 })).map((i) => i.external_id).sort()).toEqual(ids.sort());
    // No reconnect loop: every IDENTIFY the strict fake saw is one host restart (with backoff).
    const identifies = strict.fake.gateway.connections.filter((c) => c.handshake === 'identify').length;
    expect(identifies).toBeLessThanOrEqual(byId['discord-no-intent']!.restarts + 1);
  });
  test('an unreachable gateway: the instance keeps retrying without restarts and shows unhealthy with the reason', async () => {
    const s = await session();
    // A gateway URL where nothing listens: every connection attempt fails at once.
    const deadPort = await freePort();
    server = await startTestServer('sqlite', {
      plugins: { ...CONFIG_DEFAULTS.plugins, instances: [{ id: 'discord-offline', plugin: 'discord', config: { ...s.config, gatewayUrl: `ws://127.0.0.1:${deadPort}`, reconnectBackoffMs: { initial: 10, max: 50 } } }] },
    }, { plugins: BUILTIN_PLUGINS });
    const status = async () => ((await server!.get('/api/v1/plugins')).body.instances as Array<{ id: string; state: string; healthy: boolean; last_error: string | null; restarts: number }>)[0]!;
    await eventually(async () => (await status()).healthy === false, 'the instance to report it is unhealthy');
    expect(await status()).toMatchObject({ state: 'running', healthy: false, restarts: 0, last_error: expect.stringContaining('Discord gateway unreachable') });
    const ready = await fetch(`${server!.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('running but unhealthy (Discord gateway unreachable');
  });
});
