// Typed errors for the Telegram modules, one per `ok:false` class the plugin reacts to differently
// (docs/channel-wire-formats.md §2.1, §2.6). Messages never contain the bot token.

export interface TelegramErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** `{ok:false, error_code, description, parameters?}` from the Bot API. */
export class TelegramApiError extends Error {
  override name = 'TelegramApiError';
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
    readonly parameters: TelegramErrorParameters = {},
  ) {
    super(`Telegram ${method} failed: ${errorCode} ${description}`);
  }
  get retryAfter(): number | undefined {
    return this.parameters.retry_after;
  }
  get migrateToChatId(): number | undefined {
    return this.parameters.migrate_to_chat_id;
  }
  /** Worth trying again later (429, 5xx); 400/401/403/409 are permanent for this request. */
  get retryable(): boolean {
    return this.errorCode === 429 || this.errorCode >= 500;
  }
  /** retry_after in ms, for the outbox's RetryableError. */
  get retryAfterMs(): number | undefined {
    return this.parameters.retry_after === undefined ? undefined : this.parameters.retry_after * 1000;
  }
}

/** 400 Bad Request: permanent for this request (message too old, not found, user is admin…). */
export class TelegramBadRequestError extends TelegramApiError {
  override name = 'TelegramBadRequestError';
}
/** 401: the bot token is wrong or revoked. */
export class TelegramUnauthorizedError extends TelegramApiError {
  override name = 'TelegramUnauthorizedError';
}
/** 403: bot blocked by the user, kicked from the chat, or lacking rights. */
export class TelegramForbiddenError extends TelegramApiError {
  override name = 'TelegramForbiddenError';
}
/**
 * 409: a webhook is set while polling, or another instance is polling (§2.2). Never retried in a
 * loop: it means two deployments fight over one bot, which only an operator can settle.
 */
export class TelegramConflictError extends TelegramApiError {
  override name = 'TelegramConflictError';
}
/** 429 still in force after the bounded retries, or retry_after longer than the client waits. */
export class TelegramRateLimitError extends TelegramApiError {
  override name = 'TelegramRateLimitError';
}
/** 400 with migrate_to_chat_id: the group became a supergroup; re-key the chat (§2.6). */
export class TelegramChatMigratedError extends TelegramApiError {
  override name = 'TelegramChatMigratedError';
}
/** The request never produced a Bot API envelope (network failure, proxy HTML, timeout). */
export class TelegramTransportError extends Error {
  override name = 'TelegramTransportError';
  constructor(readonly method: string, message: string, readonly status?: number) {
    super(`Telegram ${method}: ${message}`);
  }
  readonly retryable = true;
}
