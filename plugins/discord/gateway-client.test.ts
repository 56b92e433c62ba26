// DiscordGatewayClient against FakeDiscord over loopback WebSockets (docs/channel-wire-formats.md §1.2).
import { afterEach, expect, test } from 'bun:test';
import { FakeDiscord } from '../../tests/fakes/discord/fake-discord.ts';
import { Intents } from '../../tests/fakes/discord/discord-fixtures.ts';
import type { GatewayDispatch } from './discord-types.ts';
import { DiscordGatewayFatalError } from './errors.ts';
import { DiscordGatewayClient, type GatewayClientOptions } from './gateway-client.ts';
import { recordingLogger, waitFor } from '../../tests/harness/plugin-test-support.ts';

let fake: FakeDiscord | undefined;
let client: DiscordGatewayClient | undefined;
afterEach(async () => {
  await client?.stop();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

function makeClient(f: FakeDiscord, events: GatewayDispatch[], extra: Partial<GatewayClientOptions> = {}) {
  const logger = recordingLogger();
  const c = new DiscordGatewayClient({
    token: f.token,
    gatewayUrl: f.gatewayUrl,
    logger,
    onDispatch: (ev) => void events.push(ev),
    random: () => 0.5,
    reidentifyDelayMs: { min: 5, max: 15 },
    reconnectBackoffMs: { initial: 10, max: 50 },
    ...extra,
  });
  return { client: c, logger };
}

const created = (events: GatewayDispatch[]) =>
  events.filter((e) => e.t === 'MESSAGE_CREATE').map((e) => (e.d as { content: string }).content);

test('every dispatched message is delivered exactly once across a skipped ACK, RECONNECT, INVALID_SESSION and a TCP drop', async () => {
  // A generous server-side heartbeat timeout keeps a slow CI machine from adding a fault of its own.
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40, heartbeatTimeoutMs: 2_000, reconnectCloseDelayMs: 5_000 });
  const f = fake;
  const events: GatewayDispatch[] = [];
  const made = makeClient(f, events);
  client = made.client;
  await client.start();
  expect(client.sessionId).toBe(f.gateway.sessionIds()[0]!);
  expect(client.resumeGatewayUrl).toBe(f.resumeGatewayUrl);
  const say = (content: string) => f.userMessage({ content });
  const resumes = () => f.gateway.connections.filter((c) => c.handshake === 'resume').length;
  const resumedCount = () => events.filter((e) => e.t === 'RESUMED').length;

  say('m1');
  say('m2');
  await waitFor(() => created(events).length === 2, 'm1, m2');

  // 1. Zombie: the fake swallows one ACK; the client must notice at its next beat and RESUME.
  f.skipNextHeartbeatAck();
  const beats = f.gateway.heartbeats.length;
  await waitFor(() => f.gateway.heartbeats.length > beats, 'the unacknowledged heartbeat');
  say('m3'); // sent on the zombie socket or buffered: either way replayed by RESUME
  say('m4');
  await waitFor(() => resumedCount() === 1, 'RESUMED after zombie');

  // 2. op 7: the fake keeps the old socket open; the client must leave it and RESUME.
  f.sendReconnect();
  say('m5'); // follows op 7 on the old socket, which the client has abandoned → replayed
  await waitFor(() => resumedCount() === 2, 'RESUMED after op 7');

  // 3. op 9 d:false: the session is gone. §1.2.11: a new IDENTIFY; nothing is replayed, so an
  //    event dispatched before the new READY reaches no session and is lost.
  f.sendInvalidSession(false);
  const lost = say('m6-lost');
  await waitFor(() => events.filter((e) => e.t === 'READY').length === 2, 'second READY');
  expect(f.gateway.dispatches.find((d) => (d.d as { id: string }).id === lost.id)!.seqs).toEqual({});
  say('m7');

  // 4. Bare TCP drop (no close frame): resumable (§1.2.9), so m8 sent while down is replayed.
  await waitFor(() => created(events).includes('m7'), 'm7');
  f.dropConnections();
  say('m8');
  await waitFor(() => resumedCount() === 3, 'RESUMED after drop');
  say('m9');
  await waitFor(() => created(events).includes('m9'), 'm9');

  expect(created(events)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm7', 'm8', 'm9']);
  // Sequence numbers within each session strictly increase; none is handed on twice.
  // (a new session after READY starts again at 1).
  let last = 0;
  for (const e of events) {
    if (e.t === 'READY') last = 0;
    expect(e.s).toBeGreaterThan(last);
    last = e.s;
  }
  // Resumes went to resume_gateway_url; identifies to the cached gateway URL.
  const conns = f.gateway.connections;
  expect(conns.filter((c) => c.handshake === 'resume').every((c) => c.kind === 'resume')).toBe(true);
  expect(conns.filter((c) => c.handshake === 'identify').every((c) => c.kind === 'gateway')).toBe(true);
  expect(resumes()).toBe(3);
  expect(f.gateway.identifyCount).toBe(2);
  // The client never closed with 1000/1001 while reconnecting (§1.2.12).
  expect(conns.filter((c) => c.closedBy === 'client').map((c) => c.closeCode)).not.toContain(1000);
  // Heartbeats carried the last seq the fake had sent on that connection.
  expect(f.gateway.heartbeats.some((h) => h.d !== null)).toBe(true);
  expect(f.violations).toEqual([]);
});

test('IDENTIFY carries token, default intents 37377 and properties; op 1 from the server gets an immediate heartbeat', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 60_000 });
  const f = fake;
  const events: GatewayDispatch[] = [];
  client = makeClient(f, events).client;
  await client.start();
  const identify = f.gateway.log.find((l) => l.dir === 'in' && l.frame.op === 2)!.frame.d as Record<string, unknown>;
  expect(identify.token).toBe(f.token);
  expect(identify.intents).toBe(Intents.GUILDS | Intents.GUILD_MESSAGES | Intents.MESSAGE_CONTENT | Intents.DIRECT_MESSAGES);
  expect(Object.keys(identify.properties as object).sort()).toEqual(['browser', 'device', 'os']);
  // With a 60 s interval and jitter 0.5 no heartbeat is due yet; op 1 must trigger one now.
  expect(f.gateway.heartbeats).toHaveLength(0);
  f.requestHeartbeat();
  await waitFor(() => f.gateway.heartbeats.length === 1, 'heartbeat on request');
  expect(f.gateway.heartbeats[0]!.d).toBe(1);
});

test('op 7 mid-stream: three dispatches sent after it are replayed on the resume connection, then RESUMED (§1.8 fixture)', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 60_000, reconnectCloseDelayMs: 5_000 });
  const f = fake;
  const events: GatewayDispatch[] = [];
  client = makeClient(f, events).client;
  await client.start();
  f.sendReconnect();
  const missed = [f.userMessage({ content: 'r1' }), f.userMessage({ content: 'r2' }), f.userMessage({ content: 'r3' })];
  await waitFor(() => events.some((e) => e.t === 'RESUMED'), 'RESUMED');
  const resumeConn = f.gateway.connections.find((c) => c.handshake === 'resume')!;
  const replayed = f.gateway.log.filter((l) => l.connId === resumeConn.connId && l.dir === 'out' && l.frame.op === 0);
  expect(replayed.map((l) => l.frame.t)).toEqual(['MESSAGE_CREATE', 'MESSAGE_CREATE', 'MESSAGE_CREATE', 'RESUMED']);
  expect(replayed.slice(0, 3).map((l) => (l.frame.d as { id: string }).id)).toEqual(missed.map((m) => m.id));
  expect(created(events)).toEqual(['r1', 'r2', 'r3']);
  // The abandoned socket was closed by the client with a resumable code, not 1000.
  expect(f.gateway.connections[0]!.closeCode).toBe(4900);
});

test('first heartbeat waits heartbeat_interval * jitter: jitter 0 beats at once, carrying the last seq', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 60_000 });
  const f = fake;
  client = makeClient(f, [], { random: () => 0 }).client;
  await client.start();
  await waitFor(() => f.gateway.heartbeats.length === 1, 'immediate first heartbeat');
  expect([null, 1]).toContain(f.gateway.heartbeats[0]!.d);
  expect(f.gateway.heartbeats[0]!.acked).toBe(true);
});

test('op 9 d:true and a resumable close code (4000) both RESUME without losing events', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 60_000 });
  const f = fake;
  const events: GatewayDispatch[] = [];
  client = makeClient(f, events).client;
  await client.start();
  f.sendInvalidSession(true);
  f.userMessage({ content: 'during op 9' });
  await waitFor(() => events.some((e) => e.t === 'RESUMED'), 'RESUMED after op 9 d:true');
  f.closeGateway(4000, 'Unknown error');
  f.userMessage({ content: 'during 4000' });
  await waitFor(() => events.filter((e) => e.t === 'RESUMED').length === 2, 'RESUMED after 4000');
  expect(created(events)).toEqual(['during op 9', 'during 4000']);
  expect(f.gateway.identifyCount).toBe(1);
});

test('handover: a second client RESUMEs the session the first left with 4900, receiving what was sent in between', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 60_000 });
  const f = fake;
  const first: GatewayDispatch[] = [];
  const a = makeClient(f, first).client;
  await a.start();
  f.userMessage({ content: 'before handover' });
  await waitFor(() => created(first).length === 1, 'first client got its message');
  const session = a.session!;
  await a.stop(4900);
  f.userMessage({ content: 'during handover' });
  const second: GatewayDispatch[] = [];
  client = makeClient(f, second, { initialSession: session }).client;
  await client.start();
  await waitFor(() => created(second).length === 1, 'replayed to the second client');
  expect(created(second)).toEqual(['during handover']);
  expect(f.gateway.identifyCount).toBe(1);

  // A session Discord no longer knows falls back to a fresh IDENTIFY.
  await client.stop();
  const third: GatewayDispatch[] = [];
  client = makeClient(f, third, { initialSession: session }).client;
  await client.start();
  await client.idle();
  expect(third.map((e) => e.t)).toContain('READY');
  expect(f.gateway.identifyCount).toBe(2);
});

test('wrong token: start() rejects with DiscordGatewayFatalError 4004 and the client does not reconnect', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40 });
  const f = fake;
  const made = makeClient(f, [], { token: 'wrong.token' });
  client = made.client;
  const err = await client.start().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DiscordGatewayFatalError);
  expect((err as DiscordGatewayFatalError).closeCode).toBe(4004);
  expect((err as Error).message).toContain('token');
  expect(client.status).toBe('failed');
  await expect(client.done).rejects.toBeInstanceOf(DiscordGatewayFatalError);
  await Bun.sleep(150);
  expect(f.gateway.connections).toHaveLength(1);
});

test('privileged intent not enabled: 4014 names the portal setting; fatal close mid-session also stops', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40, enabledPrivilegedIntents: 0 });
  const made = makeClient(fake, []);
  client = made.client;
  const err = (await client.start().catch((e: unknown) => e)) as DiscordGatewayFatalError;
  expect(err.closeCode).toBe(4014);
  expect(err.message).toContain('Developer Portal');
  await fake.stop();

  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40 });
  const f = fake;
  client = makeClient(f, []).client;
  await client.start();
  f.closeGateway(4013, 'Invalid intent(s)');
  await expect(client.done).rejects.toBeInstanceOf(DiscordGatewayFatalError);
  await Bun.sleep(150);
  expect(f.gateway.connections).toHaveLength(1);
});

test('close 4009 ends the session: the client re-identifies on the gateway URL instead of resuming', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40 });
  const f = fake;
  const events: GatewayDispatch[] = [];
  client = makeClient(f, events).client;
  await client.start();
  const first = client.sessionId;
  f.closeGateway(4009, 'Session timed out');
  await waitFor(() => events.filter((e) => e.t === 'READY').length === 2, 'second READY');
  expect(client.sessionId).not.toBe(first);
  expect(f.gateway.connections.map((c) => [c.kind, c.handshake])).toEqual([['gateway', 'identify'], ['gateway', 'identify']]);
});

test('stop() closes with 1000 so the fake drops the session', async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 40 });
  const f = fake;
  client = makeClient(f, []).client;
  await client.start();
  await client.stop();
  await waitFor(() => f.gateway.sessionIds().length === 0, 'session invalidated');
  expect(f.gateway.connections[0]!.closeCode).toBe(1000);
});
