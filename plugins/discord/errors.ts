// Typed errors for the Discord modules. Expected platform refusals (401/403/404, fatal gateway
// close codes) get their own class so the outbox can decide retry vs dead-letter without parsing text.
import { FATAL_CLOSE_CODES, type FatalCloseCode } from './discord-types.ts';

/** The gateway closed with a code after which reconnecting is pointless (§1.2: 4004, 4010–4014). */
export class DiscordGatewayFatalError extends Error {
  override readonly name = 'DiscordGatewayFatalError';
  constructor(readonly closeCode: FatalCloseCode, readonly closeReason: string) {
    super(`Discord gateway closed with ${closeCode}: ${FATAL_CLOSE_CODES[closeCode]}${closeReason ? ` (${closeReason})` : ''}`);
  }
}

/** A REST error with Discord's JSON error body `{code, message, errors?}` (§1.5). */
export class DiscordApiError extends Error {
  override name = 'DiscordApiError';
  constructor(
    readonly status: number,
    /** Discord JSON error code, e.g. 10008 Unknown Message, 50013 Missing Permissions. */
    readonly code: number | null,
    readonly apiMessage: string,
    readonly route: string,
    readonly errors?: unknown,
  ) {
    super(`Discord ${route} failed: HTTP ${status}${code !== null ? ` code ${code}` : ''} ${apiMessage}`);
  }
  /** Worth retrying later (5xx); 4xx are permanent for this request. */
  get retryable(): boolean {
    return this.status >= 500;
  }
}

/** 401: the bot token is wrong or revoked. Do not retry (§1.8 "do not hammer after 401/403"). */
export class DiscordUnauthorizedError extends DiscordApiError {
  override name = 'DiscordUnauthorizedError';
}
/** 403: missing permission, or the target is an admin/owner (§1.5), or DMs closed (50007). */
export class DiscordForbiddenError extends DiscordApiError {
  override name = 'DiscordForbiddenError';
}
/** 404: unknown channel/message/member (10003/10008/10007). */
export class DiscordNotFoundError extends DiscordApiError {
  override name = 'DiscordNotFoundError';
}
/** Still rate limited after the bounded number of retries. */
export class DiscordRateLimitError extends DiscordApiError {
  override name = 'DiscordRateLimitError';
  constructor(route: string, readonly retryAfterMs: number, readonly global: boolean) {
    super(429, null, `rate limited (retry after ${retryAfterMs} ms${global ? ', global' : ''})`, route);
  }
  override get retryable(): boolean {
    return true;
  }
}
