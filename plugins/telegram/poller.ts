// getUpdates long-poll loop (docs/channel-wire-formats.md §2.2). The offset moves past a batch
// only after `commit` resolves, so a crash between getUpdates and commit loses nothing: Telegram
// re-delivers every update not yet confirmed by a higher offset. 409 and 401 stop the loop.
import { TelegramConflictError, TelegramUnauthorizedError } from './errors.ts';
import type { GetUpdatesParams } from './bot-api-client.ts';
import { DEFAULT_ALLOWED_UPDATES, defaultSleep, type Logger, type Sleep, type TgUpdate } from './telegram-types.ts';

/** The two calls the poller needs; TelegramBotApiClient provides them. */
export interface PollingApi {
  getUpdates(params: GetUpdatesParams, opts?: { signal?: AbortSignal }): Promise<TgUpdate[]>;
  deleteWebhook(params?: { drop_pending_updates?: boolean }): Promise<true>;
}

export interface PollerOptions {
  api: PollingApi;
  /**
   * Durably record the updates and the next offset (ideally in one transaction: intake writes
   * plus the cursor). Must be idempotent: after a failed commit the same updates come again.
   */
  commit: (updates: TgUpdate[], nextOffset: number) => Promise<void>;
  logger: Logger;
  /** The stored cursor (last committed update_id + 1), or null to start from Telegram's oldest unconfirmed. */
  initialOffset?: number | null;
  /**
   * When that cursor was stored (ms). §2.2: after a week without updates the next update_id is
   * random, possibly below the stored offset, and polling with it would confirm (drop) new
   * updates unseen. Older than a week → start without an offset. Telegram keeps updates ≤ 24 h,
   * so nothing committable is lost by doing so.
   */
  initialOffsetSavedAt?: number | null;
  now?: () => number;
  allowedUpdates?: readonly string[];
  /** Long-poll seconds, 1–50 (the official server clamps to 50). */
  timeoutS?: number;
  limit?: number;
  /** §2.2 MUST: a webhook and getUpdates are exclusive, so clear any webhook first. */
  deleteWebhookOnStart?: boolean;
  errorBackoffMs?: { initial: number; max: number };
  sleep?: Sleep;
}

const STALE_CURSOR_MS = 7 * 24 * 3600 * 1000;

export class TelegramPoller {
  private offset_: number | null;
  private stopped = false;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;
  private readonly sleep: Sleep;

  constructor(private readonly opts: PollerOptions) {
    this.offset_ = opts.initialOffset ?? null;
    this.sleep = opts.sleep ?? defaultSleep;
    const savedAt = opts.initialOffsetSavedAt;
    if (this.offset_ !== null && savedAt != null && (opts.now ?? Date.now)() - savedAt > STALE_CURSOR_MS) {
      opts.logger.warn({ offset: this.offset_, saved_at: new Date(savedAt).toISOString() }, 'telegram cursor older than a week; polling without offset (update ids may have restarted)');
      this.offset_ = null;
    }
  }

  /** Next offset to request: last committed update_id + 1. */
  get offset(): number | null {
    return this.offset_;
  }

  /**
   * Starts the loop. The promise settles when it ends: resolves after stop(), rejects with
   * TelegramConflictError (another poller or a webhook) or TelegramUnauthorizedError.
   */
  start(): Promise<void> {
    if (this.loop) throw new Error('TelegramPoller already started');
    this.loop = this.run();
    return this.loop;
  }

  /** Ends the loop: aborts the in-flight long poll, waits for a running commit to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort(new Error('poller stopped'));
    await this.loop?.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { api, logger } = this.opts;
    const signal = this.abort.signal;
    const backoff = this.opts.errorBackoffMs ?? { initial: 1000, max: 30_000 };
    let failures = 0;
    const pause = async () => {
      failures += 1;
      await this.sleep(Math.min(backoff.max, backoff.initial * 2 ** (failures - 1)), signal).catch(() => undefined);
    };

    if (this.opts.deleteWebhookOnStart ?? true) {
      await api.deleteWebhook({ drop_pending_updates: false });
    }
    while (!this.stopped) {
      let batch: TgUpdate[];
      try {
        batch = await api.getUpdates(
          {
            ...(this.offset_ !== null ? { offset: this.offset_ } : {}),
            limit: this.opts.limit ?? 100,
            timeout: Math.min(50, Math.max(1, this.opts.timeoutS ?? 30)),
            allowed_updates: this.opts.allowedUpdates ?? DEFAULT_ALLOWED_UPDATES,
          },
          { signal },
        );
      } catch (err) {
        if (this.stopped) break;
        if (err instanceof TelegramConflictError || err instanceof TelegramUnauthorizedError) {
          logger.error({ error_code: err.errorCode, description: err.description }, 'telegram polling stopped');
          throw err;
        }
        logger.warn({ err: String(err) }, 'telegram getUpdates failed; backing off');
        await pause();
        continue;
      }
      if (batch.length === 0) continue;

      const next = Math.max(...batch.map((u) => u.update_id)) + 1;
      const fresh = this.dedupe(batch);
      if (fresh.length > 0) {
        try {
          await this.opts.commit(fresh, next);
        } catch (err) {
          // Offset stays put: the next getUpdates re-delivers this batch.
          logger.error({ err: String(err), first_update_id: fresh[0]!.update_id, count: fresh.length }, 'telegram commit failed; will re-poll the same updates');
          await pause();
          continue;
        }
      }
      this.offset_ = next;
      failures = 0;
    }
  }

  /** Drop updates below the committed offset and repeats within the batch (§0.4 at-least-once). */
  private dedupe(batch: TgUpdate[]): TgUpdate[] {
    const seen = new Set<number>();
    return batch.filter((u) => {
      if (this.offset_ !== null && u.update_id < this.offset_) return false;
      if (seen.has(u.update_id)) return false;
      seen.add(u.update_id);
      return true;
    });
  }
}
