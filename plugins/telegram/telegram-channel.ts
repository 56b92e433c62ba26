// One running Telegram instance. Polling mode holds the 'poller' lease and runs getUpdates,
// confirming an offset only after ctx.ingest() committed the batch; webhook mode registers the
// webhook (with its secret) and takes updates on /hooks/<instance>. Actions go over the Bot API.
import { Hono } from 'hono';
import {
  IngestValidationError, PermanentError, RetryableError,
  type ActionKind, type ActionResult, type ChannelInstance, type ItemEvent, type PlatformAction, type PluginContext, type PluginItem,
} from '../../core/plugin-api/index.ts';
import { MUTED_PERMISSIONS, TelegramBotApiClient } from './bot-api-client.ts';
import {
  TelegramApiError, TelegramConflictError, TelegramRateLimitError, TelegramTransportError, TelegramUnauthorizedError,
} from './errors.ts';
import { LeaseKeeper } from '../../core/plugin-api/index.ts';
import { TelegramPoller } from './poller.ts';
import { allowedUpdates, type TelegramConfig } from './telegram-config.ts';
import type { TgUpdate, TgUser } from './telegram-types.ts';
import { mapUpdate, messageKey } from './update-mapper.ts';
import { createTelegramWebhookHandler } from './webhook-handler.ts';

export const TELEGRAM_ACTIONS = ['reply', 'remove', 'ban', 'restrict', 'timeout'] as const satisfies readonly ActionKind[];

/** The poller's cursor (cursor 'updates'): the save time tells a stale cursor from a live one (§2.2). */
interface SavedOffset {
  offset: number;
  saved_at: number;
}

const CURSOR = 'updates';
const ALIASES_KEY = 'chat-aliases';

export class TelegramChannel implements ChannelInstance {
  readonly actions = TELEGRAM_ACTIONS;
  readonly routes: Hono | undefined;
  /** Long polls and setWebhook may wait out a long retry_after; nothing else is waiting on them. */
  private readonly pollApi: TelegramBotApiClient;
  /** Actions run inside an outbox job with a timeout: a long wait goes back to the outbox. */
  private readonly actionApi: TelegramBotApiClient;
  private readonly lease: LeaseKeeper | undefined;
  private poller: TelegramPoller | undefined;
  private bot: TgUser | undefined;
  /** Group → supergroup ids (migrate_to_chat_id), so actions on old items reach the new chat. */
  private aliases: Record<string, number> = {};
  private stopped = false;

  constructor(private readonly ctx: PluginContext, private readonly config: TelegramConfig) {
    const common = {
      token: config.botToken,
      apiRoot: config.apiRoot,
      // The client handles retry_after itself; long polls need more than the host's default timeout.
      fetch: (url: string, init?: RequestInit) => ctx.http.fetch(url, { ...init, attempts: 1, timeoutMs: 120_000 }),
      logger: ctx.log,
      onChatMigrated: (from: number, to: number) => this.rememberMigration(String(from), to),
    };
    this.pollApi = new TelegramBotApiClient({ ...common, maxRetryAfterS: 60 });
    this.actionApi = new TelegramBotApiClient({ ...common, maxRetryAfterS: config.maxInlineRetryAfterS });
    if (config.mode === 'polling') {
      this.lease = new LeaseKeeper({ ctx, name: 'poller', ttlMs: config.leaseTtlMs, onAcquired: () => this.startPolling(), onLost: () => this.stopPolling() });
    } else {
      this.routes = this.webhookRoutes();
    }
  }

  async start(): Promise<void> {
    this.aliases = (await this.ctx.kv.get<Record<string, number>>(ALIASES_KEY)) ?? {};
    if (this.lease) {
      await this.lease.start();
      return;
    }
    // Awaited: a wrong token or URL fails the start with the reason, and the instance is not
    // reported healthy while Telegram has nowhere to deliver.
    await this.registerWebhook();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.stopPolling();
    await this.lease?.stop();
  }

  // ── Polling ───────────────────────────────────────────────────────────────────────────────

  private async startPolling(): Promise<void> {
    try {
      this.bot ??= await this.pollApi.getMe();
    } catch (err) {
      throw clearStartError(err, 'getMe');
    }
    const saved = parseOffset(await this.ctx.cursors.get(CURSOR));
    // stop() may have run while this awaited; a poller must not be started after it.
    if (this.stopped) return;
    const poller = new TelegramPoller({
      api: this.pollApi,
      commit: (updates, nextOffset) => this.commitBatch(updates, nextOffset),
      logger: this.ctx.log,
      initialOffset: saved?.offset ?? null,
      initialOffsetSavedAt: saved?.saved_at ?? null,
      now: () => this.ctx.now(),
      allowedUpdates: allowedUpdates(this.config),
      timeoutS: this.config.pollTimeoutS,
      errorBackoffMs: this.config.errorBackoffMs,
    });
    this.poller = poller;
    poller.start().catch((err: unknown) => {
      if (this.poller !== poller || this.stopped) return;
      this.poller = undefined;
      // 409 and 401 end the loop: reported once through the host (which restarts with backoff), never spun on.
      this.ctx.fail(err instanceof TelegramConflictError
        ? new Error(`Telegram answered 409 to getUpdates (${err.description}): another process polls this bot, or a webhook is set for it. Run one Steward deployment per bot, or use mode "webhook" everywhere`, { cause: err })
        : clearStartError(err, 'getUpdates'));
    });
  }

  private async stopPolling(): Promise<void> {
    const poller = this.poller;
    this.poller = undefined;
    await poller?.stop();
  }

  /** Ingests a batch and only then moves the cursor past it; a crash in between re-delivers it, and intake absorbs the repeat. */
  private async commitBatch(updates: TgUpdate[], nextOffset: number): Promise<void> {
    await this.commitUpdates(updates);
    await this.ctx.cursors.set(CURSOR, JSON.stringify({ offset: nextOffset, saved_at: this.ctx.now() } satisfies SavedOffset));
  }

  private async commitUpdates(updates: TgUpdate[]): Promise<void> {
    const items: PluginItem[] = [];
    const events: ItemEvent[] = [];
    for (const update of updates) {
      const chatId = chatIdOf(update);
      if (chatId !== undefined && !this.watched(chatId)) continue;
      const mapped = mapUpdate(update, { channel: this.ctx.instanceId, botUserId: this.bot?.id ?? null, now: () => this.ctx.now() });
      switch (mapped.kind) {
        case 'item': {
          // The replied-to message travels in raw (message.reply_to_message); parent_external_id links it.
          const { channel: _instance, ...item } = mapped.item;
          items.push(item);
          break;
        }
        case 'member':
          items.push({
            external_id: `${mapped.chat_id}:member:${mapped.update_id}`,
            thread_external_id: mapped.chat_id,
            author: mapped.user,
            text: '',
            created_at: mapped.at,
            visibility: 'public',
            raw: mapped.raw,
          });
          break;
        case 'edited':
          events.push({ kind: 'edited', external_id: mapped.external_id, text: mapped.text, at: mapped.at });
          break;
        case 'chat_migrated':
          await this.rememberMigration(mapped.from_chat_id, Number(mapped.to_chat_id));
          break;
        case 'ignored':
          break;
      }
    }
    if (items.length > 0) await this.ingest(items);
    for (const event of events) {
      // At least once: a crash before the cursor moves records an edit again on re-delivery.
      const known = await this.ctx.recordItemEvent(this.ctx.instanceId, event);
      if (!known) this.ctx.log.debug({ external_id: event.external_id }, 'edit of a Telegram message that was never ingested; ignored');
    }
  }

  /**
   * A batch that fails validation would otherwise be re-polled forever: retry item by item and
   * skip (loudly) the ones intake refuses — a mapping bug must not stop every chat.
   */
  private async ingest(items: PluginItem[]): Promise<void> {
    try {
      await this.ctx.ingest(items);
    } catch (err) {
      if (!(err instanceof IngestValidationError)) throw err;
      for (const item of items) {
        try {
          await this.ctx.ingest([item]);
        } catch (one) {
          if (!(one instanceof IngestValidationError)) throw one;
          this.ctx.log.error({ external_id: item.external_id, problems: one.problems }, 'Telegram message rejected by intake; this is a plugin bug');
        }
      }
    }
  }

  // ── Webhook ───────────────────────────────────────────────────────────────────────────────

  private async registerWebhook(): Promise<void> {
    try {
      this.bot ??= await this.pollApi.getMe();
    } catch (err) {
      throw clearStartError(err, 'getMe');
    }
    try {
      await this.pollApi.setWebhook({
        url: this.config.webhookUrl!,
        secret_token: this.config.webhookSecret!,
        allowed_updates: allowedUpdates(this.config),
      });
    } catch (err) {
      throw clearStartError(err, 'setWebhook');
    }
    this.ctx.log.info({ url: this.config.webhookUrl }, 'telegram webhook registered');
  }

  private webhookRoutes(): Hono {
    const handle = createTelegramWebhookHandler({
      secretToken: this.config.webhookSecret!,
      // Answered 2xx only after the commit: Telegram retries anything we did not acknowledge.
      commit: (update) => this.commitUpdates([update]),
      logger: this.ctx.log,
    });
    const routes = new Hono();
    routes.post('/', async (c) => {
      const res = await handle(c.req.raw);
      if (res.status !== 401 && res.status !== 403) return res;
      // Telegram ignores the body; an operator testing the endpoint by hand reads it.
      return c.json({ error: { code: 'webhook_secret_mismatch', message: `X-Telegram-Bot-Api-Secret-Token is missing or does not match the webhookSecret of instance "${this.ctx.instanceId}"` } }, res.status as 401 | 403);
    });
    return routes;
  }

  // ── Chats ─────────────────────────────────────────────────────────────────────────────────

  private async rememberMigration(fromChatId: string, toChatId: number): Promise<void> {
    if (this.aliases[fromChatId] === toChatId) return;
    this.aliases[fromChatId] = toChatId;
    this.ctx.log.info({ from_chat_id: fromChatId, to_chat_id: toChatId }, 'telegram group became a supergroup; actions on its old messages go to the new chat id');
    await this.ctx.kv.set(ALIASES_KEY, this.aliases);
  }

  private resolveChat(chatId: number): number {
    return this.aliases[String(chatId)] ?? chatId;
  }

  private watched(chatId: number): boolean {
    const list = this.config.chatIds;
    if (list.length === 0 || list.includes(chatId)) return true;
    // A migrated group stays watched under its new id.
    return Object.entries(this.aliases).some(([from, to]) => to === chatId && list.includes(Number(from)));
  }

  // ── Actions ───────────────────────────────────────────────────────────────────────────────

  async perform(action: PlatformAction): Promise<ActionResult> {
    try {
      return await this.performOnTelegram(action);
    } catch (err) {
      throw deliveryError(action.kind, err);
    }
  }

  private async performOnTelegram(action: PlatformAction): Promise<ActionResult> {
    const { chatId: originalChat, messageId } = parseMessageKey(action.target.external_id);
    const chatId = this.resolveChat(originalChat);
    const now = Math.floor(this.ctx.now() / 1000);
    switch (action.kind) {
      case 'reply': {
        if (!action.text) throw new PermanentError('a reply needs text');
        const topic = /:topic:(\d+)$/.exec(action.target.thread_external_id ?? '');
        const sent = await this.actionApi.sendMessage({
          chat_id: chatId,
          text: action.text,
          // allow_sending_without_reply: the reply still arrives after the message was removed.
          reply_parameters: { message_id: messageId, allow_sending_without_reply: true },
          ...(topic ? { message_thread_id: Number(topic[1]) } : {}),
        });
        return { external_id: messageKey(sent.chat.id, sent.message_id) };
      }
      case 'remove':
        try {
          await this.actionApi.deleteMessage(chatId, messageId);
        } catch (err) {
          // Already gone (the author deleted it, or an earlier attempt of this job succeeded).
          if (err instanceof TelegramApiError && /message to delete not found/i.test(err.description)) return {};
          if (err instanceof TelegramApiError && /can't be deleted/i.test(err.description)) {
            throw new PermanentError(`Telegram refused to delete ${action.target.external_id}: "${err.description}". Bots can delete messages only within 48 hours of posting, and need the "Delete messages" admin right`, { cause: err });
          }
          throw err;
        }
        return {};
      case 'ban':
        await this.actionApi.banChatMember({
          chat_id: chatId,
          user_id: requireUser(action),
          // No duration: banned for good. Telegram treats < 30 s or > 366 days as forever too.
          ...(action.durationSeconds ? { until_date: now + action.durationSeconds } : {}),
        });
        return {};
      case 'restrict':
      case 'timeout':
        await this.actionApi.restrictChatMember({
          chat_id: chatId,
          user_id: requireUser(action),
          permissions: MUTED_PERMISSIONS,
          use_independent_chat_permissions: true,
          until_date: now + (action.durationSeconds ?? this.config.defaultRestrictSeconds),
        });
        return {};
      default:
        throw new PermanentError(`the Telegram plugin does not support "${action.kind}"`);
    }
  }
}

function parseMessageKey(externalId: string): { chatId: number; messageId: number } {
  const m = /^(-?\d+):(\d+)$/.exec(externalId);
  if (!m) throw new PermanentError(`"${externalId}" is not a Telegram message id (<chat_id>:<message_id>)`);
  return { chatId: Number(m[1]), messageId: Number(m[2]) };
}

function requireUser(action: PlatformAction): number {
  const author = action.target.author_external_id;
  if (author === undefined) throw new PermanentError('the item has no Telegram author id');
  // `chat:<id>`: posted on behalf of a channel or an anonymous admin, not a member to ban or mute.
  if (!/^\d+$/.test(author)) throw new PermanentError(`the author ${author} posted as a chat, not as a member: ${action.kind} does not apply`);
  return Number(author);
}

function chatIdOf(update: TgUpdate): number | undefined {
  const m = update.message ?? update.channel_post ?? update.edited_message ?? update.edited_channel_post;
  return m?.chat.id ?? update.chat_member?.chat.id ?? update.my_chat_member?.chat.id;
}

function parseOffset(stored: string | undefined): SavedOffset | undefined {
  if (stored === undefined) return undefined;
  try {
    const parsed = JSON.parse(stored) as SavedOffset | number;
    if (typeof parsed === 'number') return { offset: parsed, saved_at: Date.now() };
    if (Number.isInteger(parsed.offset)) return parsed;
  } catch {
    // Not ours: start from Telegram's oldest unconfirmed update.
  }
  return undefined;
}

function clearStartError(err: unknown, method: string): Error {
  if (err instanceof TelegramUnauthorizedError) {
    return new Error(`Telegram refused the bot token (401 on ${method}): check botToken, or ask @BotFather for the current one`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Maps what went wrong to what the outbox should do (retry, with Telegram's retry_after, or park). */
function deliveryError(kind: ActionKind, err: unknown): Error {
  if (err instanceof RetryableError || err instanceof PermanentError) return err;
  if (err instanceof TelegramRateLimitError) return new RetryableError(`Telegram rate limit on ${kind}: ${err.description}`, { retryAfterMs: err.retryAfterMs ?? 1000, cause: err });
  if (err instanceof TelegramTransportError) return new RetryableError(err.message, { cause: err });
  if (err instanceof TelegramUnauthorizedError) return new PermanentError(`Telegram refused the bot token (401) on ${kind}: check botToken`, { cause: err });
  if (err instanceof TelegramApiError) {
    if (err.retryable) return new RetryableError(`Telegram answered ${err.errorCode} to ${kind}: ${err.description}`, { cause: err });
    return new PermanentError(`Telegram refused ${kind}: ${err.errorCode} ${err.description}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}
