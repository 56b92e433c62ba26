// Telegram Bot API client: POST JSON to `<apiRoot>/bot<token>/<method>`, check the `ok` envelope
// (never the HTTP status alone), honour retry_after, follow migrate_to_chat_id once, and surface
// 409 as TelegramConflictError (docs/channel-wire-formats.md §2.1, §2.5, §2.6).
import {
  TelegramApiError,
  TelegramBadRequestError,
  TelegramChatMigratedError,
  TelegramConflictError,
  TelegramForbiddenError,
  TelegramRateLimitError,
  TelegramTransportError,
  TelegramUnauthorizedError,
  type TelegramErrorParameters,
} from './errors.ts';
import { defaultSleep, type FetchLike, type Logger, type Sleep, type TgMessage, type TgUpdate, type TgUser } from './telegram-types.ts';

export interface BotApiClientOptions {
  token: string;
  /** Default https://api.telegram.org; configurable so a fake can stand in (§0.3). */
  apiRoot?: string;
  fetch: FetchLike;
  logger: Logger;
  sleep?: Sleep;
  /** 429 retries per call. */
  maxRetries?: number;
  /** A retry_after longer than this is not slept through: TelegramRateLimitError lets the outbox reschedule. */
  maxRetryAfterS?: number;
  /** Per-request timeout; getUpdates adds its long-poll `timeout` on top (§2.2). */
  requestTimeoutMs?: number;
  /** Called when a chat id turned out to be migrated, before the call is retried on the new id. */
  onChatMigrated?: (fromChatId: number, toChatId: number) => void | Promise<void>;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface GetUpdatesParams {
  offset?: number;
  limit?: number;
  timeout?: number;
  allowed_updates?: readonly string[];
}

export interface ReplyParameters {
  message_id: number;
  chat_id?: number | string;
  allow_sending_without_reply?: boolean;
}

export type ChatPermissions = Partial<Record<
  | 'can_send_messages' | 'can_send_audios' | 'can_send_documents' | 'can_send_photos' | 'can_send_videos'
  | 'can_send_video_notes' | 'can_send_voice_notes' | 'can_send_polls' | 'can_send_other_messages'
  | 'can_add_web_page_previews' | 'can_react_to_messages' | 'can_change_info' | 'can_invite_users'
  | 'can_pin_messages' | 'can_manage_topics',
  boolean
>>;

/** Every send permission false: a mute (§2.5 ChatPermissions). */
export const MUTED_PERMISSIONS: ChatPermissions = {
  can_send_messages: false,
  can_send_audios: false,
  can_send_documents: false,
  can_send_photos: false,
  can_send_videos: false,
  can_send_video_notes: false,
  can_send_voice_notes: false,
  can_send_polls: false,
  can_send_other_messages: false,
  can_add_web_page_previews: false,
};

export interface WebhookInfo {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  last_error_date?: number;
  last_error_message?: string;
  max_connections?: number;
  allowed_updates?: string[];
}

interface Envelope {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: TelegramErrorParameters;
}

export class TelegramBotApiClient {
  private readonly apiRoot: string;
  private readonly sleep: Sleep;

  constructor(private readonly opts: BotApiClientOptions) {
    this.apiRoot = (opts.apiRoot ?? 'https://api.telegram.org').replace(/\/$/, '');
    this.sleep = opts.sleep ?? defaultSleep;
  }

  getMe(): Promise<TgUser> {
    return this.call('getMe', {});
  }

  /** Long poll. The HTTP timeout is the poll timeout plus margin, as §2.2 requires. */
  getUpdates(params: GetUpdatesParams, opts: CallOptions = {}): Promise<TgUpdate[]> {
    const timeoutMs = (params.timeout ?? 0) * 1000 + (this.opts.requestTimeoutMs ?? 30_000);
    return this.call('getUpdates', params as Record<string, unknown>, { ...opts, timeoutMs });
  }

  setWebhook(params: { url: string; secret_token?: string; allowed_updates?: readonly string[]; max_connections?: number; drop_pending_updates?: boolean }): Promise<true> {
    return this.call('setWebhook', params);
  }

  deleteWebhook(params: { drop_pending_updates?: boolean } = {}): Promise<true> {
    return this.call('deleteWebhook', params);
  }

  getWebhookInfo(): Promise<WebhookInfo> {
    return this.call('getWebhookInfo', {});
  }

  sendMessage(params: { chat_id: number | string; text: string; reply_parameters?: ReplyParameters; message_thread_id?: number; disable_notification?: boolean }): Promise<TgMessage> {
    return this.call('sendMessage', params);
  }

  /** Fails with TelegramBadRequestError for messages ≥ 48 h old (§2.5). */
  deleteMessage(chatId: number | string, messageId: number): Promise<true> {
    return this.call('deleteMessage', { chat_id: chatId, message_id: messageId });
  }

  /** until_date < 30 s or > 366 days from now means forever (§2.5); omit for a permanent ban. */
  banChatMember(params: { chat_id: number | string; user_id: number; until_date?: number; revoke_messages?: boolean }): Promise<true> {
    return this.call('banChatMember', params);
  }

  restrictChatMember(params: { chat_id: number | string; user_id: number; permissions: ChatPermissions; until_date?: number; use_independent_chat_permissions?: boolean }): Promise<true> {
    return this.call('restrictChatMember', params);
  }

  /** Any method, for calls not wrapped above. */
  async call<T>(method: string, params: Record<string, unknown>, opts: CallOptions = {}): Promise<T> {
    const maxRetries = this.opts.maxRetries ?? 3;
    const maxRetryAfterS = this.opts.maxRetryAfterS ?? 60;
    let body = params;
    let migrated = false;
    for (let attempt = 0; ; attempt++) {
      const envelope = await this.post(method, body, opts);
      if (envelope.ok) return envelope.result as T;
      const err = toError(method, envelope);
      if (err instanceof TelegramRateLimitError) {
        const retryAfter = err.retryAfter ?? 1;
        if (attempt >= maxRetries || retryAfter > maxRetryAfterS) throw err;
        this.opts.logger.warn({ method, retry_after: retryAfter }, 'telegram 429: waiting retry_after');
        await this.sleep(retryAfter * 1000, opts.signal);
        continue;
      }
      if (err instanceof TelegramChatMigratedError && !migrated && 'chat_id' in body) {
        // §2.6: re-key the chat to the new id and retry (once).
        const to = err.migrateToChatId!;
        this.opts.logger.info({ method, from_chat_id: body.chat_id, to_chat_id: to }, 'telegram chat migrated to a supergroup; retrying on the new id');
        await this.opts.onChatMigrated?.(Number(body.chat_id), to);
        body = { ...body, chat_id: to };
        migrated = true;
        continue;
      }
      throw err;
    }
  }

  private async post(method: string, params: Record<string, unknown>, opts: CallOptions): Promise<Envelope> {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? this.opts.requestTimeoutMs ?? 30_000);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.opts.fetch(`${this.apiRoot}/bot${this.opts.token}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
        signal,
      });
    } catch (err) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      // Runtime errors can echo the URL, which contains the token.
      throw new TelegramTransportError(method, this.redact(String(err)));
    }
    const text = await res.text();
    try {
      const envelope = JSON.parse(text) as Envelope;
      if (typeof envelope === 'object' && envelope !== null && typeof envelope.ok === 'boolean') return envelope;
    } catch {
      // fall through: not a Bot API envelope
    }
    throw new TelegramTransportError(method, `HTTP ${res.status} without a Bot API envelope`, res.status);
  }

  private redact(s: string): string {
    return s.split(this.opts.token).join('<token>');
  }
}

function toError(method: string, e: Envelope): TelegramApiError {
  const code = e.error_code ?? 0;
  const description = e.description ?? 'unknown error';
  const params = e.parameters ?? {};
  if (code === 429 || params.retry_after !== undefined) return new TelegramRateLimitError(method, code, description, params);
  if (params.migrate_to_chat_id !== undefined) return new TelegramChatMigratedError(method, code, description, params);
  if (code === 409) return new TelegramConflictError(method, code, description, params);
  if (code === 401) return new TelegramUnauthorizedError(method, code, description, params);
  if (code === 403) return new TelegramForbiddenError(method, code, description, params);
  if (code === 400) return new TelegramBadRequestError(method, code, description, params);
  return new TelegramApiError(method, code, description, params);
}
