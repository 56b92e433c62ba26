// Fake Discord Gateway v10 (JSON encoding) behind Bun.serve's WebSocket support.
// Every rule it enforces is from docs/channel-wire-formats.md §1.2 (flow, opcodes, close codes)
// and §1.3 (intents). Tests script faults through the public methods at the bottom.
import type { ServerWebSocket } from 'bun';
import {
  ALL_KNOWN_INTENTS,
  Intents,
  PRIVILEGED_INTENTS,
  type DiscordMessage,
  type DiscordUser,
} from './discord-fixtures.ts';

export interface GatewayConnData {
  connId: number;
  /** 'gateway' = the cached URL from GET /gateway/bot; 'resume' = resume_gateway_url from READY. */
  kind: 'gateway' | 'resume';
  query: Record<string, string>;
}

export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewayLogEntry {
  connId: number;
  dir: 'in' | 'out';
  frame: GatewayFrame;
  at: number;
}

export interface GatewayConnectionRecord {
  connId: number;
  kind: 'gateway' | 'resume';
  query: Record<string, string>;
  /** First meaningful op the client sent: 2 IDENTIFY or 6 RESUME. */
  handshake?: 'identify' | 'resume';
  closedBy?: 'client' | 'server';
  closeCode?: number;
  closeReason?: string;
}

export interface HeartbeatRecord {
  connId: number;
  d: number | null;
  /** Highest seq the fake had sent on this connection when the heartbeat arrived. */
  lastSentSeq: number | null;
  acked: boolean;
}

export interface DispatchRecord {
  t: string;
  d: unknown;
  /** seq per session that received (or buffered) it; empty = lost, no session existed. */
  seqs: Record<string, number>;
}

interface StoredDispatch {
  s: number;
  t: string;
  d: unknown;
}

interface FakeSession {
  id: string;
  intents: number;
  seq: number;
  log: StoredDispatch[];
  ws: ServerWebSocket<GatewayConnData> | null;
  detachedAt: number | null;
}

interface ConnState {
  ws: ServerWebSocket<GatewayConnData>;
  sessionId: string | null;
  lastSentSeq: number | null;
  frameTimes: number[];
  heartbeatTimer: ReturnType<typeof setTimeout> | null;
}

export interface FakeGatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** The server closes a connection that sends no heartbeat for this long (null = never). */
  heartbeatTimeoutMs: number | null;
  enabledPrivilegedIntents: number;
  botUser: DiscordUser;
  applicationId: string;
  guildIds: string[];
  /** How long a detached session stays resumable ("a few minutes", §1.2.12). */
  resumeWindowMs: number;
  /** After op 7 the server "may close the socket a few seconds later" (§1.2.10). */
  reconnectCloseDelayMs: number;
  shardingRequired: boolean;
  /** RESUME must arrive on resume_gateway_url (§1.2.9); otherwise op 9 d:false. */
  requireResumeUrl: boolean;
  resumeUrl: () => string;
  now: () => number;
}

const MAX_CLIENT_FRAME_BYTES = 4096; // §1.2.3
const SEND_LIMIT = 120; // events per connection per 60 s, §1.2.13
const SEND_WINDOW_MS = 60_000;

export class FakeGateway {
  readonly log: GatewayLogEntry[] = [];
  readonly connections: GatewayConnectionRecord[] = [];
  readonly heartbeats: HeartbeatRecord[] = [];
  readonly dispatches: DispatchRecord[] = [];
  /** Protocol breaches by the client that the fake tolerated but a test should fail on. */
  readonly violations: string[] = [];
  identifyCount = 0;

  private readonly sessions = new Map<string, FakeSession>();
  private readonly conns = new Map<number, ConnState>();
  private nextConnId = 1;
  private acksToSkip = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly opts: FakeGatewayOptions) {}

  allocConnId(): number {
    return this.nextConnId++;
  }

  // ── WebSocket handlers ────────────────────────────────────────────────────────────────────

  onOpen(ws: ServerWebSocket<GatewayConnData>): void {
    const { connId, kind, query } = ws.data;
    this.connections.push({ connId, kind, query });
    const conn: ConnState = { ws, sessionId: null, lastSentSeq: null, frameTimes: [], heartbeatTimer: null };
    this.conns.set(connId, conn);
    // §1.2.2: v=10 and encoding=json are the only things this fake speaks.
    if (query.v !== '10') return this.closeConn(conn, 4012, 'Invalid API version');
    if (query.encoding !== undefined && query.encoding !== 'json') return this.closeConn(conn, 4002, 'Decode error');
    this.send(conn, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null });
    this.armHeartbeatTimeout(conn);
  }

  onMessage(ws: ServerWebSocket<GatewayConnData>, raw: string | Buffer): void {
    const conn = this.conns.get(ws.data.connId);
    if (!conn) return;
    const text = typeof raw === 'string' ? raw : raw.toString('utf8');
    if (Buffer.byteLength(text) > MAX_CLIENT_FRAME_BYTES) return this.closeConn(conn, 4002, 'Decode error');
    const now = this.opts.now();
    conn.frameTimes = conn.frameTimes.filter((t) => now - t < SEND_WINDOW_MS);
    conn.frameTimes.push(now);
    if (conn.frameTimes.length > SEND_LIMIT) return this.closeConn(conn, 4008, 'Rate limited');
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(text) as GatewayFrame;
    } catch {
      return this.closeConn(conn, 4002, 'Decode error');
    }
    if (typeof frame !== 'object' || frame === null || typeof frame.op !== 'number') {
      return this.closeConn(conn, 4001, 'Invalid payload');
    }
    this.log.push({ connId: ws.data.connId, dir: 'in', frame, at: now });
    switch (frame.op) {
      case 1:
        return this.onHeartbeat(conn, frame.d);
      case 2:
        return this.onIdentify(conn, frame.d);
      case 6:
        return this.onResume(conn, frame.d);
      case 3:
      case 4:
      case 8:
      case 31:
      case 43:
        if (!conn.sessionId) return this.closeConn(conn, 4003, 'Not authenticated');
        return;
      default:
        return this.closeConn(conn, 4001, 'Unknown opcode');
    }
  }

  onClose(ws: ServerWebSocket<GatewayConnData>, code: number, reason: string): void {
    const conn = this.conns.get(ws.data.connId);
    if (!conn) return;
    this.conns.delete(ws.data.connId);
    if (conn.heartbeatTimer) clearTimeout(conn.heartbeatTimer);
    const record = this.connections.find((c) => c.connId === ws.data.connId);
    if (record && !record.closedBy) Object.assign(record, { closedBy: 'client', closeCode: code, closeReason: reason });
    const session = conn.sessionId ? this.sessions.get(conn.sessionId) : undefined;
    if (!session || session.ws?.data.connId !== ws.data.connId) return;
    session.ws = null;
    session.detachedAt = this.opts.now();
    // §1.2.12: a client close with 1000/1001 invalidates the session; anything else stays resumable.
    if (record?.closedBy === 'client' && (code === 1000 || code === 1001)) this.sessions.delete(session.id);
  }

  // ── Client opcodes ────────────────────────────────────────────────────────────────────────

  private onHeartbeat(conn: ConnState, d: unknown): void {
    if (d !== null && typeof d !== 'number') return this.closeConn(conn, 4001, 'Invalid payload');
    if (typeof d === 'number' && (conn.lastSentSeq === null || d > conn.lastSentSeq)) {
      this.violations.push(`conn ${conn.ws.data.connId}: heartbeat seq ${d} was never sent (last sent ${conn.lastSentSeq})`);
    }
    const acked = this.acksToSkip === 0;
    this.heartbeats.push({ connId: conn.ws.data.connId, d, lastSentSeq: conn.lastSentSeq, acked });
    this.armHeartbeatTimeout(conn);
    if (!acked) {
      this.acksToSkip -= 1;
      return;
    }
    this.send(conn, { op: 11, d: null, s: null, t: null });
  }

  private onIdentify(conn: ConnState, d: unknown): void {
    this.markHandshake(conn, 'identify');
    if (conn.sessionId) return this.closeConn(conn, 4005, 'Already authenticated');
    const body = (d ?? {}) as Record<string, unknown>;
    if (body.token !== this.opts.token) return this.closeConn(conn, 4004, 'Authentication failed');
    const props = body.properties as Record<string, unknown> | undefined;
    if (!props || typeof props.os !== 'string' || typeof props.browser !== 'string' || typeof props.device !== 'string') {
      return this.closeConn(conn, 4001, 'Invalid payload: properties{os,browser,device} required');
    }
    const intents = body.intents;
    // §1.2.6: intents are required on v8+; §1.3: unknown bits → 4013, privileged-but-disabled → 4014.
    if (typeof intents !== 'number' || !Number.isInteger(intents) || intents < 0 || (intents & ~ALL_KNOWN_INTENTS) !== 0) {
      return this.closeConn(conn, 4013, 'Invalid intent(s)');
    }
    if ((intents & PRIVILEGED_INTENTS & ~this.opts.enabledPrivilegedIntents) !== 0) {
      return this.closeConn(conn, 4014, 'Disallowed intent(s)');
    }
    const shard = body.shard;
    if (shard !== undefined) {
      const ok = Array.isArray(shard) && shard.length === 2 && Number.isInteger(shard[0]) && Number.isInteger(shard[1])
        && (shard[0] as number) >= 0 && (shard[0] as number) < (shard[1] as number);
      if (!ok) return this.closeConn(conn, 4010, 'Invalid shard');
    } else if (this.opts.shardingRequired) {
      return this.closeConn(conn, 4011, 'Sharding required');
    }
    if (body.large_threshold !== undefined) {
      const lt = body.large_threshold;
      if (typeof lt !== 'number' || lt < 50 || lt > 250) return this.closeConn(conn, 4001, 'Invalid large_threshold');
    }
    this.identifyCount += 1;
    const session: FakeSession = {
      id: crypto.randomUUID().replaceAll('-', ''),
      intents,
      seq: 0,
      log: [],
      ws: conn.ws,
      detachedAt: null,
    };
    this.sessions.set(session.id, session);
    conn.sessionId = session.id;
    this.pushDispatch(session, 'READY', {
      v: 10,
      user: this.opts.botUser,
      guilds: this.opts.guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.opts.resumeUrl(),
      ...(shard !== undefined ? { shard } : {}),
      application: { id: this.opts.applicationId, flags: 8912896 },
    });
  }

  private onResume(conn: ConnState, d: unknown): void {
    this.markHandshake(conn, 'resume');
    if (conn.sessionId) return this.closeConn(conn, 4005, 'Already authenticated');
    const body = (d ?? {}) as Record<string, unknown>;
    if (body.token !== this.opts.token) return this.closeConn(conn, 4004, 'Authentication failed');
    this.expireSessions();
    const session = typeof body.session_id === 'string' ? this.sessions.get(body.session_id) : undefined;
    if (!session) return this.send(conn, { op: 9, d: false, s: null, t: null });
    if (this.opts.requireResumeUrl && conn.ws.data.kind !== 'resume') {
      this.violations.push(`conn ${conn.ws.data.connId}: RESUME sent to the gateway URL instead of resume_gateway_url`);
      return this.send(conn, { op: 9, d: false, s: null, t: null });
    }
    const seq = body.seq;
    if (seq !== null && (typeof seq !== 'number' || seq < 0 || seq > session.seq)) {
      this.sessions.delete(session.id);
      return this.closeConn(conn, 4007, 'Invalid seq');
    }
    // The old socket may still be open when a zombie-detecting client resumes elsewhere.
    if (session.ws && session.ws !== conn.ws) {
      const old = this.conns.get(session.ws.data.connId);
      session.ws = null;
      if (old) this.closeConn(old, 4000, 'Session resumed elsewhere', true);
    }
    session.ws = conn.ws;
    session.detachedAt = null;
    conn.sessionId = session.id;
    // §1.2.9: replay the missed dispatches in order, then RESUMED.
    const from = typeof seq === 'number' ? seq : 0;
    for (const ev of session.log) {
      if (ev.s > from && ev.t !== 'READY' && ev.t !== 'RESUMED') this.send(conn, { op: 0, d: ev.d, s: ev.s, t: ev.t });
    }
    this.pushDispatch(session, 'RESUMED', null);
  }

  // ── Dispatching ───────────────────────────────────────────────────────────────────────────

  /**
   * Dispatch an event to every live or resumable session, filtered and blanked by that session's
   * intents (§1.3). Detached sessions buffer it for RESUME. With no session at all it is lost.
   */
  dispatch(t: string, d: unknown): DispatchRecord {
    this.expireSessions();
    const record: DispatchRecord = { t, d, seqs: {} };
    for (const session of this.sessions.values()) {
      const shaped = shapeForIntents(t, d, session.intents, this.opts.botUser.id);
      if (shaped === undefined) continue;
      record.seqs[session.id] = this.pushDispatch(session, t, shaped);
    }
    this.dispatches.push(record);
    return record;
  }

  private pushDispatch(session: FakeSession, t: string, d: unknown): number {
    session.seq += 1;
    session.log.push({ s: session.seq, t, d });
    const conn = session.ws ? this.conns.get(session.ws.data.connId) : undefined;
    if (conn) this.send(conn, { op: 0, d, s: session.seq, t });
    return session.seq;
  }

  // ── Faults a test can trigger ─────────────────────────────────────────────────────────────

  /** Do not answer the next `n` heartbeats (a zombied connection, §1.2.5). */
  skipNextHeartbeatAck(n = 1): void {
    this.acksToSkip += n;
  }

  /** op 7, then close the socket after reconnectCloseDelayMs if the client has not (§1.2.10). */
  sendReconnect(): void {
    for (const conn of this.liveSessionConns()) {
      this.send(conn, { op: 7, d: null, s: null, t: null });
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (this.conns.has(conn.ws.data.connId)) this.closeConn(conn, 4000, 'Reconnect requested', true);
      }, this.opts.reconnectCloseDelayMs);
      this.timers.add(timer);
    }
  }

  /** op 9. With resumable=false the session is gone: dispatches until the next READY are lost. */
  sendInvalidSession(resumable: boolean): void {
    for (const conn of this.liveSessionConns()) {
      if (!resumable && conn.sessionId) {
        this.sessions.delete(conn.sessionId);
        conn.sessionId = null;
      }
      this.send(conn, { op: 9, d: resumable, s: null, t: null });
    }
  }

  /** op 1 from the server: the client must heartbeat immediately (§1.2.5). */
  requestHeartbeat(): void {
    for (const conn of this.conns.values()) this.send(conn, { op: 1, d: null, s: null, t: null });
  }

  /** Drop the TCP connection with no close frame; the session stays resumable (§1.2.9). */
  dropConnections(): void {
    for (const conn of [...this.conns.values()]) {
      const record = this.connections.find((c) => c.connId === conn.ws.data.connId);
      if (record) Object.assign(record, { closedBy: 'server', closeCode: 1006, closeReason: 'dropped' });
      conn.ws.terminate();
    }
  }

  /** Close every open connection with a gateway close code (4004, 4010–4014 are fatal, §1.2). */
  closeAll(code: number, reason = ''): void {
    for (const conn of [...this.conns.values()]) this.closeConn(conn, code, reason);
  }

  openConnectionCount(): number {
    return this.conns.size;
  }

  sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const conn of this.conns.values()) if (conn.heartbeatTimer) clearTimeout(conn.heartbeatTimer);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────

  private liveSessionConns(): ConnState[] {
    return [...this.conns.values()].filter((c) => c.sessionId !== null);
  }

  private markHandshake(conn: ConnState, kind: 'identify' | 'resume'): void {
    const record = this.connections.find((c) => c.connId === conn.ws.data.connId);
    if (record && !record.handshake) record.handshake = kind;
  }

  private send(conn: ConnState, frame: GatewayFrame): void {
    if (frame.op === 0 && typeof frame.s === 'number') conn.lastSentSeq = frame.s;
    this.log.push({ connId: conn.ws.data.connId, dir: 'out', frame, at: this.opts.now() });
    conn.ws.send(JSON.stringify(frame));
  }

  private closeConn(conn: ConnState, code: number, reason: string, keepSession = false): void {
    const record = this.connections.find((c) => c.connId === conn.ws.data.connId);
    if (record && !record.closedBy) Object.assign(record, { closedBy: 'server', closeCode: code, closeReason: reason });
    // 4007/4009 mean "start a new session" (§1.2 table); other server closes keep it resumable.
    if ((code === 4007 || code === 4009) && conn.sessionId) this.sessions.delete(conn.sessionId);
    conn.ws.close(code, reason);
  }

  private armHeartbeatTimeout(conn: ConnState): void {
    if (this.opts.heartbeatTimeoutMs === null) return;
    if (conn.heartbeatTimer) clearTimeout(conn.heartbeatTimer);
    conn.heartbeatTimer = setTimeout(() => {
      if (!this.conns.has(conn.ws.data.connId)) return;
      this.violations.push(`conn ${conn.ws.data.connId}: no heartbeat for ${this.opts.heartbeatTimeoutMs} ms`);
      // 4000 keeps the session resumable so a slow test machine degrades to a resume, not data loss.
      this.closeConn(conn, 4000, 'Heartbeat timeout', true);
    }, this.opts.heartbeatTimeoutMs);
  }

  private expireSessions(): void {
    const now = this.opts.now();
    for (const s of this.sessions.values()) {
      if (s.ws === null && s.detachedAt !== null && now - s.detachedAt > this.opts.resumeWindowMs) this.sessions.delete(s.id);
    }
  }
}

/**
 * What a session with these intents receives (§1.3): MESSAGE_* need bit 9 (guild) or bit 12 (DM);
 * without bit 15, guild message content is blanked unless the bot wrote it or is mentioned.
 * Returns undefined when the session must not receive the event.
 */
export function shapeForIntents(t: string, d: unknown, intents: number, botUserId: string): unknown {
  const has = (bit: number) => (intents & bit) !== 0;
  if (t.startsWith('MESSAGE_') && !t.startsWith('MESSAGE_REACTION') && !t.startsWith('MESSAGE_POLL')) {
    const msg = d as Partial<DiscordMessage>;
    const inGuild = typeof msg.guild_id === 'string';
    if (inGuild ? !has(Intents.GUILD_MESSAGES) : !has(Intents.DIRECT_MESSAGES)) return undefined;
    if ((t === 'MESSAGE_CREATE' || t === 'MESSAGE_UPDATE') && inGuild && !has(Intents.MESSAGE_CONTENT)) {
      const own = msg.author?.id === botUserId;
      const mentioned = (msg.mentions ?? []).some((u) => u.id === botUserId);
      if (!own && !mentioned) {
        const blank: Record<string, unknown> = { ...msg };
        for (const key of ['content', 'embeds', 'attachments', 'components'] as const) {
          if (key in blank) blank[key] = key === 'content' ? '' : [];
        }
        delete blank.poll;
        return blank;
      }
    }
    return d;
  }
  if (t.startsWith('GUILD_MEMBER_') && t !== 'GUILD_MEMBERS_CHUNK') return has(Intents.GUILD_MEMBERS) ? d : undefined;
  if (t === 'GUILD_BAN_ADD' || t === 'GUILD_BAN_REMOVE' || t === 'GUILD_AUDIT_LOG_ENTRY_CREATE') {
    return has(Intents.GUILD_MODERATION) ? d : undefined;
  }
  if (t.startsWith('GUILD_') || t.startsWith('CHANNEL_') || t.startsWith('THREAD_')) return has(Intents.GUILDS) ? d : undefined;
  return d;
}
