// Discord REST v10 calls a moderation plugin makes (docs/channel-wire-formats.md §1.5), with the
// auth/User-Agent/Content-Type rules of §1.1, X-Audit-Log-Reason, and rate-limit handling of §1.6.
import { defaultSleep, type FetchLike, type Logger, type Sleep } from './discord-types.ts';
import {
  DiscordApiError,
  DiscordForbiddenError,
  DiscordNotFoundError,
  DiscordRateLimitError,
  DiscordUnauthorizedError,
} from './errors.ts';
import { RateLimitBuckets, routeOf } from './rate-limit-buckets.ts';

export interface DiscordRestOptions {
  token: string;
  /** Default https://discord.com/api/v10; configurable so a fake can stand in (§0.3). */
  baseUrl?: string;
  fetch: FetchLike;
  logger: Logger;
  sleep?: Sleep;
  now?: () => number;
  /** §1.1: `DiscordBot ($url, $versionNumber)`. */
  userAgent?: string;
  /** Retries after a 429 or (for idempotent methods) a 5xx. */
  maxRetries?: number;
  /** A rate-limit wait longer than this throws DiscordRateLimitError so the outbox can reschedule. */
  maxWaitMs?: number;
  requestTimeoutMs?: number;
}

export interface DiscordMessageRef {
  id: string;
  channel_id: string;
  guild_id?: string;
  type: number;
  content: string;
}

export interface GatewayBotInfo {
  url: string;
  shards: number;
  session_start_limit: { total: number; remaining: number; reset_after: number; max_concurrency: number };
}

/** §1.5: a timeout may be at most 28 days ahead. */
export const MAX_TIMEOUT_MS = 28 * 24 * 3600 * 1000;

export class DiscordRestClient {
  private readonly baseUrl: string;
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private readonly buckets: RateLimitBuckets;
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Set after a 401: further calls fail fast instead of hammering with a bad token (§1.6, §1.8). */
  private unauthorized: DiscordUnauthorizedError | null = null;

  constructor(private readonly opts: DiscordRestOptions) {
    this.baseUrl = (opts.baseUrl ?? 'https://discord.com/api/v10').replace(/\/$/, '');
    this.sleep = opts.sleep ?? defaultSleep;
    this.now = opts.now ?? Date.now;
    this.buckets = new RateLimitBuckets(this.now);
  }

  getGatewayBot(): Promise<GatewayBotInfo> {
    return this.request<GatewayBotInfo>('GET', '/gateway/bot');
  }

  /**
   * Reply to a message (§1.5 reply semantics). `allowed_mentions.parse: []` keeps macro text from
   * pinging roles or @everyone; the author is pinged only when asked.
   */
  reply(channelId: string, messageId: string, content: string, opts: { failIfNotExists?: boolean; mentionAuthor?: boolean } = {}): Promise<DiscordMessageRef> {
    return this.createMessage(channelId, {
      content,
      message_reference: { message_id: messageId, fail_if_not_exists: opts.failIfNotExists ?? true },
      allowed_mentions: { parse: [], replied_user: opts.mentionAuthor ?? false },
    });
  }

  createMessage(channelId: string, body: Record<string, unknown>): Promise<DiscordMessageRef> {
    return this.request<DiscordMessageRef>('POST', `/channels/${channelId}/messages`, { body });
  }

  /** Open (or fetch the existing) DM channel, then send on it (§1.5 "Open a DM"). */
  async sendDm(userId: string, content: string): Promise<{ channel_id: string; message: DiscordMessageRef }> {
    const channel = await this.request<{ id: string }>('POST', '/users/@me/channels', { body: { recipient_id: userId } });
    const message = await this.createMessage(channel.id, { content, allowed_mentions: { parse: [] } });
    return { channel_id: channel.id, message };
  }

  async deleteMessage(channelId: string, messageId: string, reason?: string): Promise<void> {
    await this.request<null>('DELETE', `/channels/${channelId}/messages/${messageId}`, { reason });
  }

  /** Time a member out until `until` (≤ 28 days ahead), or lift it with null (§1.5). */
  timeoutMember(guildId: string, userId: string, until: Date | null, reason?: string): Promise<Record<string, unknown>> {
    if (until !== null && until.getTime() - this.now() > MAX_TIMEOUT_MS) {
      throw new RangeError('Discord timeouts can be at most 28 days ahead');
    }
    return this.request('PATCH', `/guilds/${guildId}/members/${userId}`, {
      body: { communication_disabled_until: until === null ? null : until.toISOString() },
      reason,
    });
  }

  async banMember(guildId: string, userId: string, opts: { deleteMessageSeconds?: number; reason?: string } = {}): Promise<void> {
    const seconds = opts.deleteMessageSeconds ?? 0;
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 604800) throw new RangeError('deleteMessageSeconds must be 0..604800');
    await this.request<null>('PUT', `/guilds/${guildId}/bans/${userId}`, { body: { delete_message_seconds: seconds }, reason: opts.reason });
  }

  // ── Transport ─────────────────────────────────────────────────────────────────────────────

  /** One request, serialised per route so bucket counters are read before the next send. */
  request<T>(method: string, path: string, opts: { body?: unknown; reason?: string | undefined } = {}): Promise<T> {
    const { routeKey, major } = routeOf(method, path);
    const queueKey = `${routeKey}:${major}`;
    const previous = this.queues.get(queueKey) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.send<T>(method, path, routeKey, major, opts));
    this.queues.set(queueKey, run);
    void run.finally(() => {
      if (this.queues.get(queueKey) === run) this.queues.delete(queueKey);
    }).catch(() => undefined);
    return run;
  }

  private async send<T>(method: string, path: string, routeKey: string, major: string, opts: { body?: unknown; reason?: string | undefined }): Promise<T> {
    const maxRetries = this.opts.maxRetries ?? 3;
    const maxWaitMs = this.opts.maxWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      if (this.unauthorized) throw this.unauthorized;
      const wait = this.buckets.waitMs(routeKey, major);
      if (wait > maxWaitMs) throw new DiscordRateLimitError(routeKey, wait, false);
      if (wait > 0) {
        this.opts.logger.debug({ route: routeKey, wait_ms: wait }, 'discord rate limit: waiting for bucket reset');
        await this.sleep(wait);
      }
      const res = await this.opts.fetch(this.baseUrl + path, {
        method,
        headers: this.headers(opts.body !== undefined, opts.reason),
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
        ...(this.opts.requestTimeoutMs ? { signal: AbortSignal.timeout(this.opts.requestTimeoutMs) } : {}),
      });
      this.buckets.update(routeKey, major, res.headers);

      if (res.status === 429) {
        const body = (await res.json().catch(() => ({}))) as { retry_after?: number; global?: boolean };
        // §1.6: the body's retry_after (fractional seconds) is the precise one; the header is whole seconds.
        const header = res.headers.get('retry-after');
        const headerS = header !== null && Number.isFinite(Number(header)) ? Number(header) : 1;
        const retryAfterMs = Math.ceil(1000 * (typeof body.retry_after === 'number' ? body.retry_after : headerS));
        const global = body.global === true || res.headers.get('x-ratelimit-global') === 'true';
        this.buckets.block(routeKey, major, retryAfterMs, global);
        this.opts.logger.warn({ route: routeKey, retry_after_ms: retryAfterMs, global, scope: res.headers.get('x-ratelimit-scope') }, 'discord 429');
        if (attempt >= maxRetries || retryAfterMs > maxWaitMs) throw new DiscordRateLimitError(routeKey, retryAfterMs, global);
        continue;
      }
      // 5xx: retry only idempotent methods; a POST may have been applied (the outbox decides).
      if (res.status >= 500 && method !== 'POST' && attempt < maxRetries) {
        await res.body?.cancel();
        await this.sleep(250 * 2 ** attempt);
        continue;
      }
      if (res.status === 204) return null as T;
      if (res.ok) return (await res.json()) as T;
      throw await this.toError(res, routeKey);
    }
  }

  private headers(hasBody: boolean, reason: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      Authorization: `Bot ${this.opts.token}`,
      'User-Agent': this.opts.userAgent ?? 'DiscordBot (https://github.com/steward-oss/steward, 0.1.0)',
    };
    if (hasBody) headers['Content-Type'] = 'application/json';
    if (reason) headers['X-Audit-Log-Reason'] = auditLogReason(reason);
    return headers;
  }

  private async toError(res: Response, route: string): Promise<DiscordApiError> {
    const text = await res.text();
    let body: { code?: number; message?: string; errors?: unknown } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { message: text.slice(0, 200) };
    }
    const args = [res.status, body.code ?? null, body.message ?? res.statusText, route, body.errors] as const;
    if (res.status === 401) {
      this.unauthorized = new DiscordUnauthorizedError(...args);
      this.opts.logger.error({ route }, 'discord rejected the bot token (401); further calls are refused until restart');
      return this.unauthorized;
    }
    if (res.status === 403) return new DiscordForbiddenError(...args);
    if (res.status === 404) return new DiscordNotFoundError(...args);
    return new DiscordApiError(...args);
  }
}

/** §1.1: 1–512 characters, URL-encoded UTF-8. Truncate by code point before encoding. */
export function auditLogReason(reason: string): string {
  return encodeURIComponent([...reason].slice(0, 512).join(''));
}
