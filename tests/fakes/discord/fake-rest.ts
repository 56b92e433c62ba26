// Fake Discord REST v10: the moderation endpoints of docs/channel-wire-formats.md §1.5, with the
// request checks of §1.1 and §5 (Bot auth, DiscordBot User-Agent, JSON Content-Type,
// X-Audit-Log-Reason) and the rate limits of §1.6. Error bodies are `{code, message, errors?}`.
import { FakeRateLimits, type RateDecision } from './fake-rate-limits.ts';
import {
  discordTimestamp,
  makeUser,
  snowflake,
  type DiscordMessage,
  type DiscordUser,
} from './discord-fixtures.ts';

export interface RecordedRequest {
  method: string;
  /** Path below the API root, e.g. `/channels/1/messages` (no `/api/v10`, no query). */
  path: string;
  /** Route template used for rate-limit buckets, e.g. `POST /channels/:channel_id/messages`. */
  route: string | null;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  /** X-Audit-Log-Reason after URL-decoding, when sent. */
  auditLogReason?: string;
  status: number;
  at: number;
}

export interface FakeMember {
  user: DiscordUser;
  nick: string | null;
  roles: string[];
  joined_at: string;
  communication_disabled_until: string | null;
  administrator: boolean;
  owner: boolean;
}

export interface FakeChannel {
  id: string;
  type: number;
  guild_id?: string;
  recipients?: DiscordUser[];
}

export interface RestContext {
  token: string;
  botUser: DiscordUser;
  gatewayUrl: () => string;
  dispatch: (t: string, d: unknown) => void;
  /** session_start_limit: 1000 IDENTIFYs per 24 h (§1.2.6); remaining falls with each IDENTIFY. */
  identifyBudget: () => { total: number; remaining: number };
  requireUserAgent: boolean;
  now: () => number;
}

type Handler = (req: ParsedRequest, params: string[]) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  template: string;
  /** Index of the top-level resource param (channel_id / guild_id) that splits buckets. */
  major: number | null;
  auth: boolean;
  handler: Handler;
}

interface ParsedRequest {
  method: string;
  headers: Headers;
  body: unknown;
  auditLogReason?: string;
}

const MAX_TIMEOUT_MS = 28 * 24 * 3600 * 1000; // §1.5: at most 28 days ahead

export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, DiscordMessage>();
  /** key `${guild_id}:${user_id}` */
  readonly members = new Map<string, FakeMember>();
  /** key `${guild_id}:${user_id}` → body of the ban request */
  readonly bans = new Map<string, { delete_message_seconds: number; reason?: string }>();
  /** Users whose DMs are closed: sending to their DM channel answers 50007. */
  readonly closedDms = new Set<string>();
  private readonly routes: Route[];
  private readonly injectedFailures: Array<{ route?: string; status: number; body?: unknown }> = [];

  constructor(private readonly ctx: RestContext, readonly rateLimits: FakeRateLimits) {
    const r = (method: string, template: string, pattern: RegExp, major: number | null, handler: Handler, auth = true): Route => ({
      method, template: `${method} ${template}`, pattern, major, handler, auth,
    });
    this.routes = [
      r('GET', '/gateway', /^\/gateway$/, null, () => json(200, { url: ctx.gatewayUrl() }), false),
      r('GET', '/gateway/bot', /^\/gateway\/bot$/, null, () => this.gatewayBot()),
      r('POST', '/channels/:channel_id/messages', /^\/channels\/(\d+)\/messages$/, 0, (q, p) => this.createMessage(q, p[0]!)),
      r('DELETE', '/channels/:channel_id/messages/:message_id', /^\/channels\/(\d+)\/messages\/(\d+)$/, 0, (q, p) => this.deleteMessage(q, p[0]!, p[1]!)),
      r('POST', '/users/@me/channels', /^\/users\/@me\/channels$/, null, (q) => this.createDm(q)),
      r('PATCH', '/guilds/:guild_id/members/:user_id', /^\/guilds\/(\d+)\/members\/(\d+)$/, 0, (q, p) => this.modifyMember(q, p[0]!, p[1]!)),
      r('PUT', '/guilds/:guild_id/bans/:user_id', /^\/guilds\/(\d+)\/bans\/(\d+)$/, 0, (q, p) => this.createBan(q, p[0]!, p[1]!)),
      r('DELETE', '/guilds/:guild_id/bans/:user_id', /^\/guilds\/(\d+)\/bans\/(\d+)$/, 0, (q, p) => this.removeBan(q, p[0]!, p[1]!)),
    ];
  }

  /** The next matching request answers `status` (e.g. 500/502) without being applied. */
  failNext(spec: { route?: string; status: number; body?: unknown }): void {
    this.injectedFailures.push(spec);
  }

  /** Handle a request whose path is already stripped of `/api/v10`. */
  async handle(req: Request, path: string): Promise<Response> {
    const url = new URL(req.url);
    const headers: Record<string, string> = {};
    req.headers.forEach((v, k) => (headers[k] = v));
    const rawBody = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
    const record: RecordedRequest = {
      method: req.method,
      path,
      route: null,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: rawBody === '' ? undefined : rawBody,
      status: 0,
      at: this.ctx.now(),
    };
    this.requests.push(record);
    const res = await this.route(req, path, rawBody, record);
    record.status = res.status;
    return res;
  }

  private async route(req: Request, path: string, rawBody: string, record: RecordedRequest): Promise<Response> {
    let match: { route: Route; params: string[] } | undefined;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (m && route.method === req.method) {
        match = { route, params: m.slice(1) };
        break;
      }
    }
    if (!match) return json(404, { message: '404: Not Found', code: 0 });
    const { route, params } = match;
    record.route = route.template;

    if (route.auth && req.headers.get('authorization') !== `Bot ${this.ctx.token}`) {
      return json(401, { message: '401: Unauthorized', code: 40001 });
    }
    // §1.1: requests without a valid DiscordBot ($url, $version) User-Agent "may be blocked".
    const ua = req.headers.get('user-agent') ?? '';
    if (this.ctx.requireUserAgent && !/^DiscordBot \(.+, .+\)/.test(ua)) {
      return json(400, { message: 'User-Agent must be "DiscordBot ($url, $versionNumber)"', code: 0 });
    }

    let body: unknown;
    if (rawBody !== '') {
      const ct = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (ct !== 'application/json') return formError('Content-Type must be application/json');
      try {
        body = JSON.parse(rawBody);
      } catch {
        return json(400, { message: 'The request body contains invalid JSON.', code: 50109 });
      }
      record.body = body;
    }

    let auditLogReason: string | undefined;
    const rawReason = req.headers.get('x-audit-log-reason');
    if (rawReason !== null) {
      // §1.1: 1–512 URL-encoded UTF-8 characters.
      try {
        auditLogReason = decodeURIComponent(rawReason);
      } catch {
        return formError('X-Audit-Log-Reason is not valid URL encoding');
      }
      if ([...auditLogReason].length < 1 || [...auditLogReason].length > 512) return formError('X-Audit-Log-Reason must be 1-512 characters');
      record.auditLogReason = auditLogReason;
    }

    const major = route.major === null ? 'global' : params[route.major]!;
    const decision: RateDecision = route.auth ? this.rateLimits.check(route.template, major) : { kind: 'ok', headers: {} };
    if (decision.kind === '429') return json(429, decision.body, decision.headers);
    const failIdx = this.injectedFailures.findIndex((f) => f.route === undefined || f.route === route.template);
    if (failIdx >= 0) {
      const fail = this.injectedFailures.splice(failIdx, 1)[0]!;
      return json(fail.status, fail.body ?? { message: `${fail.status}: Server Error`, code: 0 }, decision.headers);
    }
    const res = await route.handler({ method: req.method, headers: req.headers, body, auditLogReason }, params);
    for (const [k, v] of Object.entries(decision.headers)) res.headers.set(k, v);
    return res;
  }

  // ── Handlers ──────────────────────────────────────────────────────────────────────────────

  private gatewayBot(): Response {
    const b = this.ctx.identifyBudget();
    return json(200, {
      url: this.ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: b.total, remaining: b.remaining, reset_after: 86_400_000, max_concurrency: 1 },
    });
  }

  private createMessage(q: ParsedRequest, channelId: string): Response {
    const channel = this.channels.get(channelId);
    if (!channel) return json(404, { message: 'Unknown Channel', code: 10003 });
    const body = (q.body ?? {}) as Record<string, unknown>;
    const hasPayload = ['content', 'embeds', 'sticker_ids', 'components', 'files', 'poll'].some((k) => {
      const v = body[k];
      return Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.length > 0 : v !== undefined && v !== null;
    });
    if (!hasPayload) return json(400, { message: 'Cannot send an empty message', code: 50006 });
    if (typeof body.content === 'string' && [...body.content].length > 2000) {
      return formError('content: Must be 2000 or fewer in length.', 'content', 'BASE_TYPE_MAX_LENGTH');
    }
    if (channel.type === 1) {
      const recipient = channel.recipients?.[0];
      if (recipient && this.closedDms.has(recipient.id)) {
        return json(403, { message: 'Cannot send messages to this user', code: 50007 });
      }
    }
    let referenced: DiscordMessage | null = null;
    const ref = body.message_reference as Record<string, unknown> | undefined;
    if (ref !== undefined) {
      if (typeof ref !== 'object' || ref === null || typeof ref.message_id !== 'string') {
        return formError('message_reference.message_id must be a snowflake string', 'message_reference', 'NUMBER_TYPE_COERCE');
      }
      const target = this.messages.get(ref.message_id);
      if (!target || target.channel_id !== channelId) {
        // §1.5: fail_if_not_exists defaults to true; false posts a plain message instead.
        if (ref.fail_if_not_exists !== false) {
          return json(400, {
            message: 'Invalid Form Body',
            code: 50035,
            errors: { message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] } },
          });
        }
      } else {
        if (![0, 19].includes(target.type)) {
          return formError('Cannot reply to a system message', 'message_reference', 'REPLIES_CANNOT_REPLY_TO_SYSTEM_MESSAGE');
        }
        referenced = target;
      }
    }
    const now = this.ctx.now();
    const message: DiscordMessage = {
      id: snowflake(now),
      channel_id: channelId,
      ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
      author: this.ctx.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: discordTimestamp(now),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: [],
      pinned: false,
      type: referenced ? 19 : 0,
      flags: 0,
      ...(referenced
        ? {
            message_reference: { type: 0, message_id: referenced.id, channel_id: channelId, ...(channel.guild_id ? { guild_id: channel.guild_id } : {}) },
            referenced_message: referenced,
          }
        : {}),
      ...(body.nonce !== undefined ? { nonce: body.nonce as string } : {}),
    };
    this.messages.set(message.id, message);
    this.ctx.dispatch('MESSAGE_CREATE', { ...message, channel_type: channel.type });
    return json(200, message);
  }

  private deleteMessage(_q: ParsedRequest, channelId: string, messageId: string): Response {
    if (!this.channels.has(channelId)) return json(404, { message: 'Unknown Channel', code: 10003 });
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return json(404, { message: 'Unknown Message', code: 10008 });
    this.messages.delete(messageId);
    this.ctx.dispatch('MESSAGE_DELETE', { id: messageId, channel_id: channelId, ...(message.guild_id ? { guild_id: message.guild_id } : {}) });
    return new Response(null, { status: 204 });
  }

  private createDm(q: ParsedRequest): Response {
    const body = (q.body ?? {}) as Record<string, unknown>;
    if (typeof body.recipient_id !== 'string' || !/^\d+$/.test(body.recipient_id)) {
      return formError('recipient_id must be a snowflake string', 'recipient_id', 'NUMBER_TYPE_COERCE');
    }
    const recipientId = body.recipient_id;
    // An existing DM channel is returned as-is (§1.5).
    for (const ch of this.channels.values()) {
      if (ch.type === 1 && ch.recipients?.[0]?.id === recipientId) return json(200, ch);
    }
    const known = [...this.members.values()].find((m) => m.user.id === recipientId)?.user;
    const channel: FakeChannel = { id: snowflake(this.ctx.now()), type: 1, recipients: [known ?? makeUser({ id: recipientId })] };
    this.channels.set(channel.id, channel);
    return json(200, channel);
  }

  private modifyMember(q: ParsedRequest, guildId: string, userId: string): Response {
    const member = this.members.get(`${guildId}:${userId}`);
    if (!member) return json(404, { message: 'Unknown Member', code: 10007 });
    const body = (q.body ?? {}) as Record<string, unknown>;
    if ('communication_disabled_until' in body) {
      const until = body.communication_disabled_until;
      if (until !== null) {
        const at = typeof until === 'string' ? Date.parse(until) : Number.NaN;
        if (Number.isNaN(at)) {
          return formError('communication_disabled_until must be an ISO8601 timestamp', 'communication_disabled_until', 'DATE_TIME_TYPE_PARSE');
        }
        if (at - this.ctx.now() > MAX_TIMEOUT_MS) {
          return formError('Timeout must be at most 28 days in the future', 'communication_disabled_until', 'BASE_TYPE_BAD_TIME');
        }
      }
      // §1.5: 403 if the target is ADMINISTRATOR or the owner.
      if (member.administrator || member.owner) return json(403, { message: 'Missing Permissions', code: 50013 });
      member.communication_disabled_until = until as string | null;
    }
    if (typeof body.nick === 'string' || body.nick === null) member.nick = body.nick as string | null;
    const out = memberJson(member);
    this.ctx.dispatch('GUILD_MEMBER_UPDATE', { ...out, guild_id: guildId });
    return json(200, out);
  }

  private createBan(q: ParsedRequest, guildId: string, userId: string): Response {
    const body = (q.body ?? {}) as Record<string, unknown>;
    const seconds = body.delete_message_seconds ?? 0;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > 604800) {
      return formError('delete_message_seconds must be between 0 and 604800', 'delete_message_seconds', 'NUMBER_TYPE_MAX');
    }
    const member = this.members.get(`${guildId}:${userId}`);
    if (member && (member.owner || member.administrator)) return json(403, { message: 'Missing Permissions', code: 50013 });
    this.bans.set(`${guildId}:${userId}`, { delete_message_seconds: seconds, ...(q.auditLogReason ? { reason: q.auditLogReason } : {}) });
    if (member) this.members.delete(`${guildId}:${userId}`);
    this.ctx.dispatch('GUILD_BAN_ADD', { guild_id: guildId, user: member?.user ?? makeUser({ id: userId }) });
    return new Response(null, { status: 204 });
  }

  private removeBan(_q: ParsedRequest, guildId: string, userId: string): Response {
    if (!this.bans.delete(`${guildId}:${userId}`)) return json(404, { message: 'Unknown Ban', code: 10026 });
    return new Response(null, { status: 204 });
  }
}

export function memberJson(m: FakeMember): Record<string, unknown> {
  return {
    user: m.user,
    nick: m.nick,
    roles: m.roles,
    joined_at: m.joined_at,
    deaf: false,
    mute: false,
    flags: 0,
    communication_disabled_until: m.communication_disabled_until,
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** 50035 Invalid Form Body with the nested `_errors` shape (§1.5 error body). */
function formError(message: string, field = '_form', code = 'BASE_TYPE_INVALID'): Response {
  return json(400, { message: 'Invalid Form Body', code: 50035, errors: { [field]: { _errors: [{ code, message }] } } });
}
