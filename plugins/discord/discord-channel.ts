// One running Discord instance: holds the 'gateway' lease, runs the gateway session, turns
// MESSAGE_CREATE into items and MESSAGE_UPDATE/DELETE into item events, checkpoints the
// resumable session so a restart or another replica RESUMEs instead of losing what was sent
// meanwhile, and performs moderation actions over REST.
import {
  IngestValidationError, PermanentError, RetryableError,
  type ActionKind, type ActionResult, type ChannelInstance, type DeliveryOptions, type ItemEvent, type PlatformAction, type PluginContext,
} from '../../core/plugin-api/index.ts';
import { createHash } from 'node:crypto';
import type { DiscordConfig } from './discord-config.ts';
import type { GatewayDispatch } from './discord-types.ts';
import {
  DiscordApiError, DiscordForbiddenError, DiscordGatewayFatalError, DiscordNotFoundError, DiscordRateLimitError, DiscordUnauthorizedError,
} from './errors.ts';
import { DiscordGatewayClient } from './gateway-client.ts';
import { LeaseKeeper } from '../../core/plugin-api/index.ts';
import { ContentIntentWatch, mapDispatch } from './message-mapper.ts';
import { DiscordRestClient, MAX_TIMEOUT_MS } from './rest-client.ts';

export const DISCORD_ACTIONS = ['reply', 'dm', 'remove', 'timeout', 'ban'] as const satisfies readonly ActionKind[];

/** What a new leader needs to RESUME this session (kv 'gateway-session'). */
export interface SavedSession {
  sessionId: string;
  resumeGatewayUrl: string;
  /** The last dispatch whose item or event is committed: RESUME replays everything after it. */
  seq: number;
  botUserId: string | null;
  savedAt: number;
}

/** Channel facts learnt from dispatches (kv 'channels'): the guild for ban/timeout, a thread's parent for the allow-list. */
type ChannelFacts = Record<string, { guild?: string; parent?: string }>;

const SESSION_KEY = 'gateway-session';
const CHANNELS_KEY = 'channels';
const WRITE_ATTEMPTS = 5;
/** Fresh IDENTIFYs kept in reserve out of Discord's daily 1000. */
const MIN_IDENTIFY_BUDGET = 10;

export class DiscordChannel implements ChannelInstance {
  readonly actions = DISCORD_ACTIONS;
  private readonly rest: DiscordRestClient;
  private readonly lease: LeaseKeeper;
  private readonly contentWatch: ContentIntentWatch;
  private gateway: DiscordGatewayClient | undefined;
  private session: SavedSession | null = null;
  private sessionDirty = false;
  private channels: ChannelFacts = {};
  private channelsDirty = false;
  private checkpointTask: { cancel(): void } | undefined;
  /** Set when a dispatch could not be committed: later ones are not acknowledged either, so RESUME replays them all. */
  private poisoned = false;
  /** stop() may run while startGateway() awaits; a gateway must not be started after it. */
  private stopped = false;

  constructor(private readonly ctx: PluginContext, private readonly config: DiscordConfig) {
    this.rest = new DiscordRestClient({
      token: config.botToken,
      baseUrl: config.apiBaseUrl,
      // The REST client does its own 429 and per-route bucket handling: the host client makes one
      // attempt and does not hold the whole host back on one empty bucket.
      fetch: (url, init) => ctx.http.fetch(url, { ...init, attempts: 1, timeoutMs: 120_000, hostPacing: false }),
      logger: ctx.log,
      sleep: (ms) => ctx.scheduler.sleep(ms),
      now: () => ctx.now(),
      userAgent: config.userAgent,
      maxWaitMs: config.maxInlineRateLimitWaitMs,
    });
    this.contentWatch = new ContentIntentWatch(ctx.log);
    this.lease = new LeaseKeeper({
      ctx,
      name: 'gateway',
      ttlMs: config.leaseTtlMs,
      onAcquired: () => this.startGateway(),
      // Not saved: the lease, and with it the session record, already belong to another replica.
      onLost: () => this.stopGateway({ save: false }),
    });
  }

  async start(): Promise<void> {
    this.channels = (await this.ctx.kv.get<ChannelFacts>(CHANNELS_KEY)) ?? {};
    this.checkpointTask = this.ctx.scheduler.every(this.config.checkpointIntervalMs, () => this.checkpoint());
    // Returns at once: the session connects in the background, and a replica that does not
    // hold the lease stands by (LeaseKeeper retries).
    await this.lease.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.checkpointTask?.cancel();
    await this.stopGateway({ save: true });
    await this.lease.stop();
  }

  // ── Gateway ───────────────────────────────────────────────────────────────────────────────

  private async startGateway(): Promise<void> {
    const saved = await this.ctx.kv.get<SavedSession>(SESSION_KEY);
    this.session = saved ?? null;
    this.poisoned = false;
    let gatewayUrl = this.config.gatewayUrl;
    if (!gatewayUrl) {
      let info;
      try {
        info = await this.rest.getGatewayBot();
      } catch (err) {
        if (err instanceof DiscordUnauthorizedError) {
          throw new Error('Discord refused the bot token (401 on GET /gateway/bot): check botToken, or reset the token in the Developer Portal', { cause: err });
        }
        throw err;
      }
      // §1.2.6: past 1000 IDENTIFYs a day Discord resets the bot's token. A fatal close that the
      // host keeps restarting (say, a missing intent) must not run the budget out.
      const budget = info.session_start_limit;
      if (!saved && budget && budget.remaining <= MIN_IDENTIFY_BUDGET) {
        throw new Error(`Discord allows only ${budget.remaining} more new gateway sessions for this bot until ${new Date(this.ctx.now() + budget.reset_after).toISOString()}; not connecting, so that Discord does not reset the token`);
      }
      gatewayUrl = info.url;
    }
    if (this.stopped) return;
    const client = new DiscordGatewayClient({
      token: this.config.botToken,
      gatewayUrl,
      intents: this.config.intents,
      logger: this.ctx.log,
      onDispatch: (event) => this.onDispatch(event),
      reidentifyDelayMs: this.config.reidentifyDelayMs,
      reconnectBackoffMs: this.config.reconnectBackoffMs,
      // While the client retries an unreachable gateway, the instance runs but says it is unhealthy.
      onConnectivity: (state) =>
        this.ctx.reportHealth(state.connected ? { ok: true } : { ok: false, reason: `Discord gateway unreachable: ${state.failedAttempts} connection attempts in a row failed; retrying with backoff` }),
      ...(saved ? { initialSession: { sessionId: saved.sessionId, resumeGatewayUrl: saved.resumeGatewayUrl, seq: saved.seq } } : {}),
    });
    this.gateway = client;
    // start() settles at READY; `done` carries a fatal close (4004, 4010–4014) for as long as it runs.
    client.start().catch(() => undefined);
    client.done.catch((err: unknown) => {
      if (this.gateway !== client) return;
      this.ctx.fail(err instanceof DiscordGatewayFatalError ? fatalGatewayError(err) : (err as Error));
    });
  }

  /** Closes with 4900 (not 1000) so the session stays resumable, then saves it for whoever runs next. */
  private async stopGateway({ save }: { save: boolean }): Promise<void> {
    const client = this.gateway;
    this.gateway = undefined;
    if (!client) return;
    await client.stop(4900);
    if (save) await this.checkpoint();
  }

  private async checkpoint(): Promise<void> {
    // Only the lease holder writes the session: a replica that lost it must not overwrite the new leader's.
    if (!this.lease.held) return;
    if (this.sessionDirty && this.session) {
      this.sessionDirty = false;
      await this.ctx.kv.set(SESSION_KEY, { ...this.session, savedAt: this.ctx.now() });
    }
    if (this.channelsDirty) {
      this.channelsDirty = false;
      await this.ctx.kv.set(CHANNELS_KEY, this.channels);
    }
  }

  /** Called by the gateway client one dispatch at a time, in order. */
  private async onDispatch(event: GatewayDispatch): Promise<void> {
    if (this.poisoned) return;
    try {
      await this.handle(event);
    } catch (err) {
      // The seq is not advanced past this dispatch: the saved session RESUMEs from before it.
      this.poisoned = true;
      this.ctx.log.error({ err, t: event.t, s: event.s }, 'could not commit a Discord dispatch; restarting the instance to replay it');
      this.ctx.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (this.session && event.t !== 'READY') {
      this.session.seq = event.s;
      this.sessionDirty = true;
    }
  }

  private async handle(event: GatewayDispatch): Promise<void> {
    const d = (event.d ?? {}) as Record<string, unknown>;
    switch (event.t) {
      case 'READY': {
        const user = d.user as { id?: string } | undefined;
        this.session = {
          sessionId: String(d.session_id),
          resumeGatewayUrl: String(d.resume_gateway_url),
          seq: event.s,
          botUserId: user?.id ?? null,
          savedAt: this.ctx.now(),
        };
        // Saved at once: a crash before the first checkpoint can still RESUME this session.
        this.sessionDirty = true;
        await this.checkpoint();
        return;
      }
      case 'GUILD_CREATE': {
        const guild = String(d.id);
        for (const ch of (d.channels as Array<{ id: string }> | undefined) ?? []) this.learn(ch.id, guild);
        for (const th of (d.threads as Array<{ id: string; parent_id?: string }> | undefined) ?? []) this.learn(th.id, guild, th.parent_id);
        return;
      }
      case 'CHANNEL_CREATE':
      case 'THREAD_CREATE':
      case 'THREAD_UPDATE':
        if (typeof d.guild_id === 'string') this.learn(String(d.id), d.guild_id, typeof d.parent_id === 'string' ? d.parent_id : undefined);
        return;
      case 'MESSAGE_CREATE':
      case 'MESSAGE_UPDATE':
      case 'MESSAGE_DELETE':
      case 'MESSAGE_DELETE_BULK':
        return this.handleMessageEvent(event, d);
      default:
        return;
    }
  }

  private async handleMessageEvent(event: GatewayDispatch, d: Record<string, unknown>): Promise<void> {
    const guildId = typeof d.guild_id === 'string' ? d.guild_id : undefined;
    const channelId = String(d.channel_id);
    if (guildId) this.learn(channelId, guildId);
    if (!this.watched(guildId, channelId)) return;
    const mapped = mapDispatch(event, { channel: this.ctx.instanceId, botUserId: this.session?.botUserId ?? null, now: () => this.ctx.now() });
    for (const m of mapped) {
      if (m.kind === 'item') {
        this.contentWatch.observe(m);
        const { channel: _instance, ...item } = m.item;
        await this.durably(() => this.ctx.ingest([item]), `ingest message ${item.external_id}`);
      } else if (m.kind === 'edited') {
        // An embed unfurl also sends MESSAGE_UPDATE, with edited_timestamp null: not an edit by the author.
        if ((m.raw as { edited_timestamp?: unknown }).edited_timestamp === null) continue;
        await this.recordEvent({ kind: 'edited', external_id: m.external_id, ...(m.text !== undefined ? { text: m.text } : {}), at: m.at });
      } else if (m.kind === 'deleted') {
        await this.recordEvent({ kind: 'deleted', external_id: m.external_id, at: m.at });
      }
    }
  }

  private async recordEvent(event: ItemEvent): Promise<void> {
    const known = await this.durably(() => this.ctx.recordItemEvent(this.ctx.instanceId, event), `record ${event.kind} of ${event.external_id}`);
    if (known === false) this.ctx.log.debug({ external_id: event.external_id, kind: event.kind }, 'event about a Discord message that was never ingested; ignored');
  }

  /**
   * Retries a store write a few times (a busy database), so that one hiccup does not restart the
   * session. A validation error is a mapping bug: logged loudly and skipped, never retried.
   */
  private async durably<T>(write: () => Promise<T>, what: string): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        if (err instanceof IngestValidationError) {
          this.ctx.log.error({ problems: err.problems }, `Discord message rejected by intake (${what}); this is a plugin bug`);
          return undefined;
        }
        if (attempt >= WRITE_ATTEMPTS || this.ctx.signal.aborted) throw err;
        this.ctx.log.warn({ err, attempt }, `could not ${what}; retrying`);
        await this.ctx.scheduler.sleep(100 * 2 ** attempt);
      }
    }
  }

  private learn(channelId: string, guild: string, parent?: string): void {
    const known = this.channels[channelId];
    if (known?.guild === guild && (parent === undefined || known.parent === parent)) return;
    this.channels[channelId] = { guild, ...(parent ?? known?.parent ? { parent: parent ?? known!.parent! } : {}) };
    this.channelsDirty = true;
  }

  private watched(guildId: string | undefined, channelId: string): boolean {
    if (!guildId) return this.config.includeDirectMessages;
    if (this.config.guildIds.length > 0 && !this.config.guildIds.includes(guildId)) return false;
    if (this.config.channelIds.length === 0) return true;
    const parent = this.channels[channelId]?.parent;
    return this.config.channelIds.includes(channelId) || (parent !== undefined && this.config.channelIds.includes(parent));
  }

  // ── Actions ───────────────────────────────────────────────────────────────────────────────

  async perform(action: PlatformAction, options: DeliveryOptions): Promise<ActionResult> {
    try {
      return await this.performOnDiscord(action, options);
    } catch (err) {
      throw deliveryError(action.kind, err);
    }
  }

  private async performOnDiscord(action: PlatformAction, { idempotencyKey }: DeliveryOptions): Promise<ActionResult> {
    const messageId = action.target.external_id;
    const channelId = action.target.thread_external_id;
    const userId = action.target.author_external_id;
    // Discord drops a second message with the same nonce sent within minutes (enforce_nonce),
    // so an outbox retry after a lost response does not post the reply twice.
    const nonce = createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
    switch (action.kind) {
      case 'reply': {
        const content = requireText(action);
        const sent = await this.rest.createMessage(requireChannel(channelId), {
          content,
          // fail_if_not_exists false: a reply often follows a removal, and should still arrive.
          message_reference: { message_id: messageId, fail_if_not_exists: false },
          allowed_mentions: { parse: [], replied_user: this.config.mentionAuthorOnReply },
          nonce,
          enforce_nonce: true,
        });
        return { external_id: sent.id };
      }
      case 'dm': {
        const content = requireText(action);
        const dm = await this.rest.request<{ id: string }>('POST', '/users/@me/channels', { body: { recipient_id: requireAuthor(userId) } });
        const sent = await this.rest.createMessage(dm.id, { content, allowed_mentions: { parse: [] }, nonce, enforce_nonce: true });
        return { external_id: sent.id };
      }
      case 'remove':
        try {
          await this.rest.deleteMessage(requireChannel(channelId), messageId, action.reason);
        } catch (err) {
          // 10008 Unknown Message: already gone (by its author, another moderator, or our own earlier attempt).
          if (err instanceof DiscordNotFoundError && err.code === 10008) return {};
          throw err;
        }
        return {};
      case 'timeout': {
        const seconds = action.durationSeconds ?? this.config.defaultTimeoutSeconds;
        if (seconds * 1000 > MAX_TIMEOUT_MS) throw new PermanentError(`Discord timeouts can last at most 28 days (asked for ${seconds} s)`);
        const until = new Date(this.ctx.now() + seconds * 1000);
        await this.rest.timeoutMember(await this.guildOf(channelId), requireAuthor(userId), until, action.reason);
        return {};
      }
      case 'ban':
        await this.rest.banMember(await this.guildOf(channelId), requireAuthor(userId), { deleteMessageSeconds: this.config.banDeleteMessageSeconds, reason: action.reason });
        return {};
      default:
        throw new PermanentError(`the Discord plugin does not support "${action.kind}"`);
    }
  }

  /**
   * Actions name a channel, not a server: the server comes from what the gateway told us. The
   * outbox may run this on a replica that does not hold the gateway, so a miss re-reads the
   * leader's checkpoint.
   */
  private async guildOf(channelId: string | undefined): Promise<string> {
    if (channelId && !this.channels[channelId] && !this.lease.held) {
      this.channels = { ...((await this.ctx.kv.get<ChannelFacts>(CHANNELS_KEY)) ?? {}), ...this.channels };
    }
    const guild = channelId ? this.channels[channelId]?.guild : undefined;
    if (guild) return guild;
    if (this.config.guildIds.length === 1) return this.config.guildIds[0]!;
    throw new PermanentError(`cannot tell which Discord server channel ${channelId ?? '(none)'} belongs to: no message from it was seen; list the server in guildIds`);
  }
}

function requireText(action: PlatformAction): string {
  if (!action.text) throw new PermanentError(`a ${action.kind} needs text`);
  return action.text;
}

function requireChannel(channelId: string | undefined): string {
  if (!channelId) throw new PermanentError('the item has no Discord channel id (thread_external_id)');
  return channelId;
}

function requireAuthor(userId: string | undefined): string {
  if (!userId) throw new PermanentError('the item has no Discord author id');
  return userId;
}

function fatalGatewayError(err: DiscordGatewayFatalError): Error {
  const hint = err.closeCode === 4004 ? 'check botToken'
    : err.closeCode === 4014 ? 'enable the privileged intents in the Developer Portal (Bot → Privileged Gateway Intents), or remove them from intents'
    : err.closeCode === 4013 ? 'fix the intents bitfield'
    : 'fix the instance config';
  return new Error(`${err.message}; ${hint}. Not reconnecting in a loop: the instance restarts with backoff`, { cause: err });
}

/** Maps what went wrong to what the outbox should do (retry, with the platform's wait, or park). */
function deliveryError(kind: ActionKind, err: unknown): Error {
  if (err instanceof RetryableError || err instanceof PermanentError) return err;
  if (err instanceof DiscordRateLimitError) return new RetryableError(`Discord rate limit on ${kind}: ${err.message}`, { retryAfterMs: err.retryAfterMs, cause: err });
  if (err instanceof DiscordUnauthorizedError) return new PermanentError(`Discord refused the bot token (401) on ${kind}: check botToken`, { cause: err });
  if (err instanceof DiscordForbiddenError) {
    const why = err.code === 50007 ? 'the member does not accept direct messages from this server'
      : err.code === 50013 ? `the bot lacks the permission for ${kind} here (${PERMISSION_FOR[kind] ?? 'check its role'}), or the member is the owner or an administrator`
      : err.code === 50001 ? 'the bot cannot see this channel'
      : err.apiMessage;
    return new PermanentError(`Discord refused ${kind} (403 ${err.code ?? ''}): ${why}`, { cause: err });
  }
  if (err instanceof DiscordApiError) {
    if (err.retryable) return new RetryableError(`Discord answered ${err.status} to ${kind}`, { cause: err });
    return new PermanentError(`Discord refused ${kind}: ${err.message}`, { cause: err });
  }
  if (err instanceof RangeError) return new PermanentError(err.message, { cause: err });
  return err instanceof Error ? err : new Error(String(err));
}

const PERMISSION_FOR: Partial<Record<ActionKind, string>> = {
  reply: 'Send Messages and Read Message History',
  remove: 'Manage Messages',
  timeout: 'Moderate Members',
  ban: 'Ban Members',
};
