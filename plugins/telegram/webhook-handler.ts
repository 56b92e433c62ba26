// Telegram webhook endpoint (docs/channel-wire-formats.md §2.3): check the secret header in
// constant time, parse the single Update, commit it, and answer 200 only after the commit so that
// Telegram retries anything not durably recorded (ARCHITECTURE.md §1). Duplicate update_ids are
// acknowledged without a second commit.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger, TgUpdate } from './telegram-types.ts';

export interface WebhookHandlerOptions {
  /** The secret_token passed to setWebhook (1–256 of [A-Za-z0-9_-]). */
  secretToken: string;
  /** Durably record the update; must be idempotent (Telegram retries on non-2xx). */
  commit: (update: TgUpdate) => Promise<void>;
  logger: Logger;
  /** How many recent update_ids to remember for dedupe. */
  dedupeWindow?: number;
}

export const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

/** Returns a fetch-style handler; mount it on a POST route (e.g. Hono `app.post(path, (c) => h(c.req.raw))`). */
export function createTelegramWebhookHandler(opts: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(opts.secretToken)) {
    throw new Error('Telegram webhook secret must be 1-256 characters from A-Z a-z 0-9 _ -');
  }
  const expected = digest(opts.secretToken);
  const window = opts.dedupeWindow ?? 1000;
  const committed = new Set<number>();
  const order: number[] = [];
  const inFlight = new Map<number, Promise<void>>();

  const remember = (id: number) => {
    committed.add(id);
    order.push(id);
    while (order.length > window) committed.delete(order.shift()!);
  };

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { Allow: 'POST' } });
    const given = request.headers.get(SECRET_HEADER);
    if (given === null) {
      opts.logger.warn({}, 'telegram webhook without secret header rejected');
      return new Response(null, { status: 401 });
    }
    // Hashing both sides gives equal-length buffers, so timingSafeEqual leaks neither content nor length.
    if (!timingSafeEqual(digest(given), expected)) {
      opts.logger.warn({}, 'telegram webhook with wrong secret rejected');
      return new Response(null, { status: 403 });
    }
    let update: TgUpdate;
    try {
      update = (await request.json()) as TgUpdate;
    } catch {
      return new Response(null, { status: 400 });
    }
    if (typeof update !== 'object' || update === null || !Number.isInteger(update.update_id)) {
      return new Response(null, { status: 400 });
    }
    const id = update.update_id;
    if (committed.has(id)) return new Response(null, { status: 200 });
    // A retry racing the original delivery waits for the same commit instead of committing twice.
    let pending = inFlight.get(id);
    if (!pending) {
      pending = opts.commit(update).then(() => remember(id));
      inFlight.set(id, pending);
      void pending.finally(() => inFlight.delete(id)).catch(() => undefined);
    }
    try {
      await pending;
    } catch (err) {
      opts.logger.error({ err: String(err), update_id: id }, 'telegram webhook commit failed; Telegram will retry');
      return new Response(null, { status: 500 });
    }
    return new Response(null, { status: 200 });
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
