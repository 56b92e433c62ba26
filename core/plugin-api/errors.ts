/**
 * Errors a plugin throws to tell the host what to do next. Anything else thrown counts as
 * retryable: a plugin bug should not silently drop work.
 */

/** Worth trying again later: a 5xx, a timeout, a dropped connection, a 429. */
export class RetryableError extends Error {
  /** When the platform said when to come back (Retry-After, retry_after), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'RetryableError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Will never succeed as sent: a 400, 401, 403, 404, a message too old to delete. The job is
 * parked as a dead letter at once with this message, for a person to read.
 *
 * @example
 * if (res.status === 403) throw new PermanentError('the bot lacks the Ban Members permission');
 */
export class PermanentError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'PermanentError';
  }
}

/** ctx.ingest() was handed items that are not valid; `problems` names each bad field. */
export class IngestValidationError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(`invalid items: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    this.name = 'IngestValidationError';
  }
}
