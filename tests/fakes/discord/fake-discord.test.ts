// Self-test: the fake speaks Gateway v10 and REST v10 as docs/channel-wire-formats.md §1 says,
// driven by a raw WebSocket and fetch over loopback.
import { afterEach, describe, expect, test } from 'bun:test';
import { FakeDiscord, Intents, makeUser } from './fake-discord.ts';

const UA = 'DiscordBot (https://example.invalid/steward, 0.1.0)';
const INTENTS = Intents.GUILDS | Intents.GUILD_MESSAGES | Intents.MESSAGE_CONTENT;

interface Frame {
  op: number;
  d: any;
  s: number | null;
  t: string | null;
}

/** A raw gateway client: buffers frames and close events so tests can await them in order. */
class RawGateway {
  readonly frames: Frame[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];
  private readonly ws: WebSocket;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.addEventListener('message', (e) => {
      this.frames.push(JSON.parse(String(e.data)));
      this.wake();
    });
    this.ws.addEventListener('close', (e) => {
      this.closed = { code: e.code, reason: e.reason };
      this.wake();
    });
  }
  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
  send(frame: unknown): void {
    this.ws.send(JSON.stringify(frame));
  }
  close(code: number): void {
    this.ws.close(code);
  }
  async next(pred: (f: Frame) => boolean, timeoutMs = 2000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.frames.length; seen++) if (pred(this.frames[seen]!)) return this.frames.splice(seen, 1)[0]!;
      if (this.closed) throw new Error(`closed ${this.closed.code} ${this.closed.reason}`);
      if (Date.now() > deadline) throw new Error('timeout waiting for frame');
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 20);
      });
    }
  }
  async waitClose(timeoutMs = 2000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('timeout waiting for close');
      await Bun.sleep(10);
    }
    return this.closed;
  }
}

let fake: FakeDiscord;
afterEach(async () => {
  await fake?.stop();
});

async function identify(gw: RawGateway, token = fake.token, intents = INTENTS): Promise<Frame> {
  const hello = await gw.next((f) => f.op === 10);
  expect(hello.d.heartbeat_interval).toBeGreaterThan(0);
  gw.send({ op: 2, d: { token, intents, properties: { os: 'linux', browser: 'raw', device: 'raw' } } });
  return gw.next((f) => f.op === 0 && f.t === 'READY');
}

describe('FakeDiscord gateway', () => {
  test('HELLO, IDENTIFY, READY, heartbeat ACK and dispatch sequence numbers', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const gw = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    const ready = await identify(gw);
    expect(ready.s).toBe(1);
    expect(ready.d.session_id).toMatch(/^[0-9a-f]{32}$/);
    expect(ready.d.resume_gateway_url).toBe(fake.resumeGatewayUrl);
    expect(ready.d.user.id).toBe(fake.botUser.id);
    expect(typeof ready.d.guilds[0].id).toBe('string');
    gw.send({ op: 1, d: 1 });
    await gw.next((f) => f.op === 11);
    const msg = fake.userMessage({ content: 'hello' });
    const ev = await gw.next((f) => f.t === 'MESSAGE_CREATE');
    expect(ev.s).toBe(2);
    expect(ev.d.id).toBe(msg.id);
    expect(ev.d.content).toBe('hello');
    expect(fake.gateway.heartbeats).toEqual([{ connId: 1, d: 1, lastSentSeq: 1, acked: true }]);
    gw.close(1000);
  });

  test('wrong token closes with 4004; disallowed privileged intent with 4014; bad bits with 4013', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200, enabledPrivilegedIntents: 0 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await a.next((f) => f.op === 10);
    a.send({ op: 2, d: { token: 'wrong', intents: 512, properties: { os: 'x', browser: 'x', device: 'x' } } });
    expect((await a.waitClose()).code).toBe(4004);
    const b = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await b.next((f) => f.op === 10);
    b.send({ op: 2, d: { token: fake.token, intents: INTENTS, properties: { os: 'x', browser: 'x', device: 'x' } } });
    expect((await b.waitClose()).code).toBe(4014);
    const c = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await c.next((f) => f.op === 10);
    c.send({ op: 2, d: { token: fake.token, intents: 1 << 30, properties: { os: 'x', browser: 'x', device: 'x' } } });
    expect((await c.waitClose()).code).toBe(4013);
    const d = new RawGateway(`${fake.gatewayUrl}?v=9&encoding=json`);
    expect((await d.waitClose()).code).toBe(4012);
  });

  test('payload before IDENTIFY → 4003; second IDENTIFY → 4005; oversized frame → 4002', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await a.next((f) => f.op === 10);
    a.send({ op: 3, d: { status: 'online' } });
    expect((await a.waitClose()).code).toBe(4003);
    const b = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(b);
    b.send({ op: 2, d: { token: fake.token, intents: INTENTS, properties: { os: 'x', browser: 'x', device: 'x' } } });
    expect((await b.waitClose()).code).toBe(4005);
    const c = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await c.next((f) => f.op === 10);
    c.send({ op: 1, d: null, pad: 'x'.repeat(5000) });
    expect((await c.waitClose()).code).toBe(4002);
  });

  test('RESUME on the resume URL replays missed dispatches in order, then RESUMED', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    const ready = await identify(a);
    fake.userMessage({ content: 'one' });
    const one = await a.next((f) => f.t === 'MESSAGE_CREATE');
    fake.dropConnections();
    await a.waitClose();
    const missed = [fake.userMessage({ content: 'two' }), fake.userMessage({ content: 'three' }), fake.userMessage({ content: 'four' })];
    const b = new RawGateway(`${ready.d.resume_gateway_url}?v=10&encoding=json`);
    await b.next((f) => f.op === 10);
    b.send({ op: 6, d: { token: fake.token, session_id: ready.d.session_id, seq: one.s } });
    const replayed = [await b.next((f) => f.op === 0), await b.next((f) => f.op === 0), await b.next((f) => f.op === 0)];
    expect(replayed.map((f) => f.d.id)).toEqual(missed.map((m) => m.id));
    expect(replayed.map((f) => f.s)).toEqual([3, 4, 5]);
    const resumed = await b.next((f) => f.op === 0);
    expect(resumed.t).toBe('RESUMED');
    expect(fake.violations).toEqual([]);
  });

  test('RESUME on the plain gateway URL, or of an unknown session, answers INVALID_SESSION false', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    const ready = await identify(a);
    a.close(4900);
    await a.waitClose();
    const b = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await b.next((f) => f.op === 10);
    b.send({ op: 6, d: { token: fake.token, session_id: ready.d.session_id, seq: 1 } });
    expect((await b.next((f) => f.op === 9)).d).toBe(false);
    expect(fake.violations[0]).toContain('resume_gateway_url');
    const c = new RawGateway(`${fake.resumeGatewayUrl}?v=10&encoding=json`);
    await c.next((f) => f.op === 10);
    c.send({ op: 6, d: { token: fake.token, session_id: 'nope', seq: 1 } });
    expect((await c.next((f) => f.op === 9)).d).toBe(false);
  });

  test('client close with 1000 invalidates the session (§1.2.12)', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(a);
    a.close(1000);
    await a.waitClose();
    await Bun.sleep(20);
    expect(fake.gateway.sessionIds()).toEqual([]);
    expect(fake.userMessage({ content: 'lost' }) && fake.gateway.dispatches.at(-1)!.seqs).toEqual({});
  });

  test('faults: skipped ACK, op 7 then server close, op 9, op 1 request, and a fatal close code', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200, reconnectCloseDelayMs: 50 });
    const a = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(a);
    fake.skipNextHeartbeatAck();
    a.send({ op: 1, d: 1 });
    a.send({ op: 1, d: 1 });
    await a.next((f) => f.op === 11);
    expect(fake.gateway.heartbeats.map((h) => h.acked)).toEqual([false, true]);
    fake.requestHeartbeat();
    await a.next((f) => f.op === 1);
    fake.sendInvalidSession(true);
    expect((await a.next((f) => f.op === 9)).d).toBe(true);
    fake.sendReconnect();
    await a.next((f) => f.op === 7);
    expect((await a.waitClose()).code).toBe(4000);
    const b = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(b);
    fake.closeGateway(4011, 'Sharding required');
    expect((await b.waitClose()).code).toBe(4011);
  });

  test('intents: no MESSAGE_CREATE without GUILD_MESSAGES; blank content without MESSAGE_CONTENT unless mentioned', async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
    const noContent = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(noContent, fake.token, Intents.GUILDS | Intents.GUILD_MESSAGES | Intents.DIRECT_MESSAGES);
    const noMessages = new RawGateway(`${fake.gatewayUrl}?v=10&encoding=json`);
    await identify(noMessages, fake.token, Intents.GUILDS);
    fake.userMessage({ content: 'secret', attachments: [{ filename: 'a.png' }] });
    const blank = await noContent.next((f) => f.t === 'MESSAGE_CREATE');
    expect(blank.d.content).toBe('');
    expect(blank.d.attachments).toEqual([]);
    fake.userMessage({ content: 'hey bot', mentions: [fake.botUser] });
    expect((await noContent.next((f) => f.t === 'MESSAGE_CREATE')).d.content).toBe('hey bot');
    fake.userMessage({ dm: true, content: 'dm text' });
    expect((await noContent.next((f) => f.t === 'MESSAGE_CREATE')).d.content).toBe('dm text');
    await Bun.sleep(50);
    expect(noMessages.frames.filter((f) => f.t === 'MESSAGE_CREATE')).toEqual([]);
  });
});

describe('FakeDiscord REST', () => {
  const headers = (token: string) => ({ Authorization: `Bot ${token}`, 'User-Agent': UA, 'Content-Type': 'application/json' });

  test('GET /gateway/bot needs the bot token; wrong token → 401 code 40001', async () => {
    fake = await FakeDiscord.start();
    const ok = await fetch(`${fake.restUrl}/gateway/bot`, { headers: headers(fake.token) });
    expect(ok.status).toBe(200);
    const body: any = await ok.json();
    expect(body.url).toBe(fake.gatewayUrl);
    expect(body.session_start_limit.max_concurrency).toBe(1);
    const bad = await fetch(`${fake.restUrl}/gateway/bot`, { headers: headers('nope') });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as any).code).toBe(40001);
    const noUa = await fetch(`${fake.restUrl}/gateway/bot`, { headers: { Authorization: `Bot ${fake.token}` } });
    expect(noUa.status).toBe(400);
  });

  test('reply with message_reference: existing → type 19; missing → 50035 unless fail_if_not_exists=false', async () => {
    fake = await FakeDiscord.start();
    const target = fake.userMessage({ content: 'spam' });
    const url = `${fake.restUrl}/channels/${fake.channelId}/messages`;
    const ok = await fetch(url, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ content: 'removed', message_reference: { message_id: target.id } }) });
    expect(ok.status).toBe(200);
    const reply: any = await ok.json();
    expect(reply.type).toBe(19);
    expect(reply.referenced_message.id).toBe(target.id);
    expect(ok.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('9');
    const missing = await fetch(url, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ content: 'x', message_reference: { message_id: '1' } }) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).code).toBe(50035);
    const lenient = await fetch(url, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ content: 'x', message_reference: { message_id: '1', fail_if_not_exists: false } }) });
    expect(((await lenient.json()) as any).type).toBe(0);
    const form = await fetch(url, { method: 'POST', headers: { ...headers(fake.token), 'Content-Type': 'text/plain' }, body: '{"content":"x"}' });
    expect(((await form.json()) as any).code).toBe(50035);
  });

  test('DM, delete with audit reason, timeout (admin → 403, > 28 days → 400), ban', async () => {
    fake = await FakeDiscord.start();
    const user = makeUser({ username: 'spammer' });
    const admin = makeUser({ username: 'admin' });
    fake.addMember(user);
    fake.addMember(admin, { administrator: true });
    const dm: any = await (await fetch(`${fake.restUrl}/users/@me/channels`, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ recipient_id: user.id }) })).json();
    expect(dm.type).toBe(1);
    const again: any = await (await fetch(`${fake.restUrl}/users/@me/channels`, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ recipient_id: user.id }) })).json();
    expect(again.id).toBe(dm.id);
    const msg = fake.userMessage({ author: user, content: 'buy now' });
    const del = await fetch(`${fake.restUrl}/channels/${fake.channelId}/messages/${msg.id}`, { method: 'DELETE', headers: { ...headers(fake.token), 'X-Audit-Log-Reason': encodeURIComponent('spam rule 3') } });
    expect(del.status).toBe(204);
    expect(fake.requests.at(-1)!.auditLogReason).toBe('spam rule 3');
    const until = new Date(Date.now() + 3600_000).toISOString();
    const patch = (uid: string, body: unknown) => fetch(`${fake.restUrl}/guilds/${fake.guildId}/members/${uid}`, { method: 'PATCH', headers: headers(fake.token), body: JSON.stringify(body) });
    expect((await patch(user.id, { communication_disabled_until: until })).status).toBe(200);
    expect(fake.member(user.id)!.communication_disabled_until).toBe(until);
    expect((await patch(admin.id, { communication_disabled_until: until })).status).toBe(403);
    expect((await patch(user.id, { communication_disabled_until: new Date(Date.now() + 29 * 86_400_000).toISOString() })).status).toBe(400);
    const ban = await fetch(`${fake.restUrl}/guilds/${fake.guildId}/bans/${user.id}`, { method: 'PUT', headers: { ...headers(fake.token), 'X-Audit-Log-Reason': 'scam' }, body: JSON.stringify({ delete_message_seconds: 3600 }) });
    expect(ban.status).toBe(204);
    expect(fake.rest.bans.get(`${fake.guildId}:${user.id}`)).toEqual({ delete_message_seconds: 3600, reason: 'scam' });
  });

  test('injected 429 per route and global; an early retry is recorded as a violation', async () => {
    fake = await FakeDiscord.start();
    const url = `${fake.restUrl}/channels/${fake.channelId}/messages`;
    const post = () => fetch(url, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ content: 'x' }) });
    fake.rateLimitNext({ route: 'POST /channels/:channel_id/messages', retryAfterS: 0.2 });
    const limited = await post();
    expect(limited.status).toBe(429);
    const body: any = await limited.json();
    expect(body).toEqual({ message: 'You are being rate limited.', retry_after: 0.2, global: false });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
    expect((await post()).status).toBe(429);
    expect(fake.violations).toHaveLength(1);
    await Bun.sleep(220);
    expect((await post()).status).toBe(200);
    fake.rateLimitNext({ retryAfterS: 0.1, global: true });
    const global = await post();
    expect(global.headers.get('x-ratelimit-global')).toBe('true');
    expect(((await global.json()) as any).global).toBe(true);
  });

  test('bucket exhaustion: remaining reaches 0 and the next request before reset is a 429 + violation', async () => {
    fake = await FakeDiscord.start({ routeLimits: { 'POST /channels/:channel_id/messages': { limit: 2, windowMs: 300 } } });
    const post = () => fetch(`${fake.restUrl}/channels/${fake.channelId}/messages`, { method: 'POST', headers: headers(fake.token), body: JSON.stringify({ content: 'x' }) });
    expect((await post()).headers.get('x-ratelimit-remaining')).toBe('1');
    const second = await post();
    expect(second.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(second.headers.get('x-ratelimit-reset-after'))).toBeGreaterThan(0);
    expect((await post()).status).toBe(429);
    expect(fake.violations[0]).toContain('remaining=0');
  });
});
