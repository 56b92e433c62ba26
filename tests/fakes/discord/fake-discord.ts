// In-process fake Discord: REST v10 under /api/v10 and Gateway v10 over WebSocket, one Bun.serve
// on 127.0.0.1:0. The gateway answers on /gateway (the URL GET /gateway/bot returns) and on
// /resume (the resume_gateway_url in READY) so tests can see which one a client used (§1.2.9).
//
// Usage:
//   const discord = await FakeDiscord.start({ heartbeatIntervalMs: 100 });
//   discord.userMessage({ content: 'hello' });           // MESSAGE_CREATE to every session
//   discord.skipNextHeartbeatAck(); discord.sendReconnect(); discord.dropConnections();
//   discord.requests;                                     // every REST request, as received
//   await discord.stop();
import type { Server } from 'bun';
import {
  discordTimestamp,
  Intents,
  makeUser,
  snowflake,
  type DiscordAttachment,
  type DiscordMessage,
  type DiscordUser,
} from './discord-fixtures.ts';
import { FakeGateway, type GatewayConnData } from './fake-gateway.ts';
import { FakeRateLimits, type Injected429, type RouteLimit } from './fake-rate-limits.ts';
import { FakeDiscordRest, type FakeMember, type RecordedRequest } from './fake-rest.ts';

export interface FakeDiscordOptions {
  token?: string;
  /** HELLO's heartbeat_interval; tests use tens of ms (real Discord: ~41 250). */
  heartbeatIntervalMs?: number;
  /** Close a connection that stops heartbeating after this long; default 4 × interval; null = never. */
  heartbeatTimeoutMs?: number | null;
  /** Privileged intents "enabled in the developer portal"; default all three. */
  enabledPrivilegedIntents?: number;
  shardingRequired?: boolean;
  requireResumeUrl?: boolean;
  requireUserAgent?: boolean;
  resumeWindowMs?: number;
  reconnectCloseDelayMs?: number;
  routeLimits?: Record<string, RouteLimit>;
  defaultRouteLimit?: RouteLimit;
  globalLimitPerSecond?: number;
  now?: () => number;
}

export interface UserMessageInput {
  /** Omit for the default guild text channel. */
  channelId?: string;
  /** true → a DM channel with the author (no guild_id). */
  dm?: boolean;
  author?: DiscordUser;
  content?: string;
  mentions?: DiscordUser[];
  attachments?: Array<Partial<DiscordAttachment> & { filename: string }>;
  replyTo?: string;
  type?: number;
  nick?: string | null;
  at?: number;
}

export class FakeDiscord {
  readonly token: string;
  readonly botUser: DiscordUser;
  readonly guildId: string;
  readonly channelId: string;
  readonly gateway: FakeGateway;
  readonly rest: FakeDiscordRest;
  readonly rateLimits: FakeRateLimits;
  /** Every message users posted, kept after deletion so actions about it can be verified. */
  readonly posted = new Map<string, DiscordMessage>();
  private server: Server<GatewayConnData> | null = null;
  private readonly now: () => number;

  private constructor(opts: FakeDiscordOptions) {
    this.now = opts.now ?? Date.now;
    this.token = opts.token ?? 'MTQwMDAwMDAwMDAwMDAwMDAx.FAKE.BOT-TOKEN';
    this.botUser = makeUser({ username: 'steward-bot', bot: true });
    this.guildId = snowflake();
    this.channelId = snowflake();
    const interval = opts.heartbeatIntervalMs ?? 41_250;
    this.gateway = new FakeGateway({
      token: this.token,
      heartbeatIntervalMs: interval,
      heartbeatTimeoutMs: opts.heartbeatTimeoutMs === undefined ? interval * 4 : opts.heartbeatTimeoutMs,
      enabledPrivilegedIntents: opts.enabledPrivilegedIntents ?? (Intents.GUILD_MEMBERS | Intents.GUILD_PRESENCES | Intents.MESSAGE_CONTENT),
      botUser: this.botUser,
      applicationId: this.botUser.id,
      guildIds: [this.guildId],
      resumeWindowMs: opts.resumeWindowMs ?? 180_000,
      reconnectCloseDelayMs: opts.reconnectCloseDelayMs ?? 2_000,
      shardingRequired: opts.shardingRequired ?? false,
      requireResumeUrl: opts.requireResumeUrl ?? true,
      resumeUrl: () => this.resumeGatewayUrl,
      now: this.now,
    });
    this.rateLimits = new FakeRateLimits(
      opts.routeLimits ?? {},
      opts.defaultRouteLimit ?? { limit: 10, windowMs: 1000 },
      opts.globalLimitPerSecond ?? 50,
      this.now,
    );
    this.rest = new FakeDiscordRest(
      {
        token: this.token,
        botUser: this.botUser,
        gatewayUrl: () => this.gatewayUrl,
        dispatch: (t, d) => this.gateway.dispatch(t, d),
        identifyBudget: () => ({ total: 1000, remaining: Math.max(0, 1000 - this.gateway.identifyCount) }),
        requireUserAgent: opts.requireUserAgent ?? true,
        now: this.now,
      },
      this.rateLimits,
    );
    this.rest.channels.set(this.channelId, { id: this.channelId, type: 0, guild_id: this.guildId });
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(opts);
    const gateway = fake.gateway;
    fake.server = Bun.serve<GatewayConnData>({
      hostname: '127.0.0.1',
      port: 0,
      fetch: (req, server) => {
        const url = new URL(req.url);
        if (url.pathname === '/gateway' || url.pathname === '/gateway/' || url.pathname === '/resume' || url.pathname === '/resume/') {
          const data: GatewayConnData = {
            connId: gateway.allocConnId(),
            kind: url.pathname.startsWith('/resume') ? 'resume' : 'gateway',
            query: Object.fromEntries(url.searchParams),
          };
          if (server.upgrade(req, { data })) return undefined;
          return new Response('Upgrade Required', { status: 426 });
        }
        if (url.pathname.startsWith('/api/v10/')) return fake.rest.handle(req, url.pathname.slice('/api/v10'.length));
        return new Response(JSON.stringify({ message: '404: Not Found', code: 0 }), {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        });
      },
      websocket: {
        open: (ws) => gateway.onOpen(ws),
        message: (ws, msg) => gateway.onMessage(ws, msg),
        close: (ws, code, reason) => gateway.onClose(ws, code, reason),
      },
    });
    return fake;
  }

  get origin(): string {
    if (!this.server) throw new Error('FakeDiscord is not started');
    return `http://127.0.0.1:${this.server.port}`;
  }
  get restUrl(): string {
    return `${this.origin}/api/v10`;
  }
  get gatewayUrl(): string {
    return `${this.origin.replace('http:', 'ws:')}/gateway`;
  }
  get resumeGatewayUrl(): string {
    return `${this.origin.replace('http:', 'ws:')}/resume`;
  }
  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }

  // ── Scripting the world ───────────────────────────────────────────────────────────────────

  addMember(user: DiscordUser, opts: { administrator?: boolean; owner?: boolean; nick?: string | null; guildId?: string } = {}): FakeMember {
    const member: FakeMember = {
      user,
      nick: opts.nick ?? null,
      roles: [],
      joined_at: discordTimestamp(this.now() - 86_400_000),
      communication_disabled_until: null,
      administrator: opts.administrator ?? false,
      owner: opts.owner ?? false,
    };
    this.rest.members.set(`${opts.guildId ?? this.guildId}:${user.id}`, member);
    return member;
  }

  member(userId: string, guildId = this.guildId): FakeMember | undefined {
    return this.rest.members.get(`${guildId}:${userId}`);
  }

  closeDms(userId: string): void {
    this.rest.closedDms.add(userId);
  }

  /** A user posts a message: stored (so REST can reply/delete it) and dispatched as MESSAGE_CREATE. */
  userMessage(input: UserMessageInput = {}): DiscordMessage {
    const at = input.at ?? this.now();
    const author = input.author ?? makeUser({ username: 'member_one', global_name: 'Member One' });
    let channelId = input.channelId ?? this.channelId;
    if (input.dm) {
      const existing = [...this.rest.channels.values()].find((c) => c.type === 1 && c.recipients?.[0]?.id === author.id);
      channelId = existing?.id ?? snowflake(at);
      if (!existing) this.rest.channels.set(channelId, { id: channelId, type: 1, recipients: [author] });
    } else if (!this.rest.channels.has(channelId)) {
      this.rest.channels.set(channelId, { id: channelId, type: 0, guild_id: this.guildId });
    }
    const channel = this.rest.channels.get(channelId)!;
    if (channel.guild_id && !this.member(author.id, channel.guild_id)) this.addMember(author, { guildId: channel.guild_id, nick: input.nick ?? null });
    const referenced = input.replyTo ? this.rest.messages.get(input.replyTo) ?? null : undefined;
    const message: DiscordMessage = {
      id: snowflake(at),
      channel_id: channelId,
      ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
      author,
      content: input.content ?? '',
      timestamp: discordTimestamp(at),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: input.mentions ?? [],
      mention_roles: [],
      attachments: (input.attachments ?? []).map((a) => {
        const id = a.id ?? snowflake(at);
        const url = a.url ?? `https://cdn.discordapp.com/attachments/${channelId}/${id}/${a.filename}`;
        return { id, filename: a.filename, size: a.size ?? 1024, url, proxy_url: a.proxy_url ?? url, ...(a.content_type ? { content_type: a.content_type } : {}) };
      }),
      embeds: [],
      components: [],
      pinned: false,
      type: input.type ?? (input.replyTo ? 19 : 0),
      flags: 0,
      ...(input.replyTo
        ? { message_reference: { type: 0, message_id: input.replyTo, channel_id: channelId, ...(channel.guild_id ? { guild_id: channel.guild_id } : {}) }, referenced_message: referenced ?? null }
        : {}),
    };
    this.rest.messages.set(message.id, message);
    this.posted.set(message.id, message);
    const member = channel.guild_id ? this.member(author.id, channel.guild_id) : undefined;
    this.gateway.dispatch('MESSAGE_CREATE', {
      ...message,
      channel_type: channel.type,
      ...(member ? { member: { roles: member.roles, nick: member.nick, joined_at: member.joined_at, deaf: false, mute: false, flags: 0 } } : {}),
    });
    return message;
  }

  /** MESSAGE_UPDATE: the full object by default, or only id/channel_id/content when partial (§1.4). */
  editMessage(id: string, content: string, opts: { partial?: boolean } = {}): void {
    const message = this.rest.messages.get(id);
    if (!message) throw new Error(`FakeDiscord: no message ${id}`);
    message.content = content;
    message.edited_timestamp = discordTimestamp(this.now());
    const base = { id, channel_id: message.channel_id, ...(message.guild_id ? { guild_id: message.guild_id } : {}) };
    this.gateway.dispatch('MESSAGE_UPDATE', opts.partial ? { ...base, content, edited_timestamp: message.edited_timestamp } : { ...message, tts: false });
  }

  /** The user deletes their own message: MESSAGE_DELETE carries only ids (§1.4). */
  userDeletesMessage(id: string): void {
    const message = this.rest.messages.get(id);
    if (!message) throw new Error(`FakeDiscord: no message ${id}`);
    this.rest.messages.delete(id);
    this.gateway.dispatch('MESSAGE_DELETE', { id, channel_id: message.channel_id, ...(message.guild_id ? { guild_id: message.guild_id } : {}) });
  }

  dispatch(t: string, d: unknown): ReturnType<FakeGateway['dispatch']> {
    return this.gateway.dispatch(t, d);
  }

  // ── Faults ────────────────────────────────────────────────────────────────────────────────

  skipNextHeartbeatAck(n = 1): void {
    this.gateway.skipNextHeartbeatAck(n);
  }
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }
  sendInvalidSession(resumable: boolean): void {
    this.gateway.sendInvalidSession(resumable);
  }
  requestHeartbeat(): void {
    this.gateway.requestHeartbeat();
  }
  dropConnections(): void {
    this.gateway.dropConnections();
  }
  closeGateway(code: number, reason = ''): void {
    this.gateway.closeAll(code, reason);
  }
  /** The next matching REST request answers 429 with this retry_after (per route or global). */
  rateLimitNext(spec: Injected429): void {
    this.rateLimits.inject(spec);
  }

  /** The next matching REST request fails with this status (5xx faults) and is not applied. */
  failNext(spec: { route?: string; status: number; body?: unknown }): void {
    this.rest.failNext(spec);
  }

  /** Every client-side breach both halves noticed; a passing test expects this to be empty. */
  get violations(): string[] {
    return [...this.gateway.violations, ...this.rateLimits.violations];
  }

  async stop(): Promise<void> {
    this.gateway.stop();
    await this.server?.stop(true);
    this.server = null;
  }
}

export { Intents, makeUser, snowflake } from './discord-fixtures.ts';
export type { DiscordMessage, DiscordUser } from './discord-fixtures.ts';
export type { RecordedRequest } from './fake-rest.ts';
