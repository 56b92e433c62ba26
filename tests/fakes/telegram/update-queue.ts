// The fake bot's pending-update queue: getUpdates offset confirmation and long polling (§2.2),
// allowed_updates persistence, the two 409 conflicts, and webhook delivery (§2.3) with the
// X-Telegram-Bot-Api-Secret-Token header, one Update per POST and retries on non-2xx.
import { OPT_IN_UPDATE_TYPES, updateType, type TgUpdate } from './telegram-fixtures.ts';

export interface WebhookConfig {
  url: string;
  secret_token?: string;
  max_connections: number;
  allowed_updates?: string[];
}

export interface WebhookAttempt {
  update_id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number | null;
  error?: string;
}

export type PollOutcome =
  | { kind: 'updates'; updates: TgUpdate[] }
  | { kind: 'conflict'; description: string };

interface PendingPoll {
  offset: number | null;
  limit: number;
  resolve: (outcome: PollOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

export const WEBHOOK_CONFLICT = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
export const POLLER_CONFLICT = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

export class UpdateQueue {
  readonly pending: TgUpdate[] = [];
  /** Updates dropped at push time because allowed_updates excluded them. */
  readonly filteredOut: TgUpdate[] = [];
  readonly webhookAttempts: WebhookAttempt[] = [];
  /** null = never set: everything except the opt-in types (§2.2). */
  allowedUpdates: string[] | null = null;
  webhook: WebhookConfig | null = null;
  lastErrorDate: number | null = null;
  lastErrorMessage: string | null = null;
  conflicts = 0;
  private nextUpdateId: number;
  private poll: PendingPoll | null = null;
  private delivering = false;
  private stopped = false;

  constructor(
    firstUpdateId: number,
    private readonly webhookRetryDelaysMs: number[],
    private readonly now: () => number,
  ) {
    this.nextUpdateId = firstUpdateId;
  }

  /** Assign the next update_id and queue it, unless the current allowed_updates excludes its type. */
  push(body: Omit<TgUpdate, 'update_id'>): TgUpdate {
    // Snapshot: later edits to the fake's stored message must not rewrite an update already queued.
    const update = { update_id: this.nextUpdateId++, ...structuredClone(body) } as TgUpdate;
    // "The new setting does not filter updates that already exist": filter at arrival time.
    if (!this.allows(updateType(update))) {
      this.filteredOut.push(update);
      return update;
    }
    this.pending.push(update);
    if (this.webhook) void this.deliver();
    else this.wakePoll();
    return update;
  }

  setAllowedUpdates(list: string[]): void {
    this.allowedUpdates = list;
  }

  /** getUpdates (§2.2). Resolves at once when updates are ready or timeout is 0; else holds. */
  getUpdates(offset: number | null, limit: number, timeoutS: number, signal?: AbortSignal): Promise<PollOutcome> {
    if (this.webhook) return Promise.resolve({ kind: 'conflict', description: WEBHOOK_CONFLICT });
    if (this.poll) {
      // A second concurrent poller makes the *first* one fail with 409.
      this.conflicts += 1;
      const previous = this.poll;
      this.poll = null;
      clearTimeout(previous.timer);
      previous.resolve({ kind: 'conflict', description: POLLER_CONFLICT });
    }
    this.confirm(offset);
    const ready = this.take(offset, limit);
    if (ready.length > 0 || timeoutS <= 0) return Promise.resolve({ kind: 'updates', updates: ready });
    return new Promise<PollOutcome>((resolve) => {
      const poll: PendingPoll = {
        offset,
        limit,
        resolve,
        timer: setTimeout(() => {
          if (this.poll === poll) this.poll = null;
          resolve({ kind: 'updates', updates: [] });
        }, Math.min(timeoutS, 50) * 1000), // the official server clamps to 50 s (§2.2)
      };
      this.poll = poll;
      signal?.addEventListener('abort', () => {
        if (this.poll === poll) {
          this.poll = null;
          clearTimeout(poll.timer);
        }
      });
    });
  }

  setWebhook(config: WebhookConfig, dropPending: boolean): void {
    if (dropPending) this.pending.length = 0;
    this.webhook = config;
    if (config.allowed_updates) this.allowedUpdates = config.allowed_updates;
    this.cancelPoll();
    void this.deliver();
  }

  deleteWebhook(dropPending: boolean): boolean {
    const had = this.webhook !== null;
    this.webhook = null;
    if (dropPending) this.pending.length = 0;
    return had;
  }

  stop(): void {
    this.stopped = true;
    this.cancelPoll();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────

  private allows(type: string): boolean {
    const list = this.allowedUpdates;
    if (list === null || list.length === 0) return !(OPT_IN_UPDATE_TYPES as readonly string[]).includes(type);
    return list.includes(type);
  }

  /** "An update is confirmed as soon as getUpdates is called with an offset higher than its update_id." */
  private confirm(offset: number | null): void {
    if (offset === null || offset === 0) return;
    if (offset > 0) {
      while (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending.shift();
      return;
    }
    // A negative offset -N keeps the last N updates and forgets everything earlier.
    const keep = -offset;
    if (this.pending.length > keep) this.pending.splice(0, this.pending.length - keep);
  }

  private take(offset: number | null, limit: number): TgUpdate[] {
    const from = offset !== null && offset > 0 ? offset : -Infinity;
    return this.pending.filter((u) => u.update_id >= from).slice(0, limit);
  }

  private wakePoll(): void {
    const poll = this.poll;
    if (!poll) return;
    const ready = this.take(poll.offset, poll.limit);
    if (ready.length === 0) return;
    this.poll = null;
    clearTimeout(poll.timer);
    poll.resolve({ kind: 'updates', updates: ready });
  }

  private cancelPoll(): void {
    if (!this.poll) return;
    clearTimeout(this.poll.timer);
    this.poll.resolve({ kind: 'updates', updates: [] });
    this.poll = null;
  }

  /** One Update per POST, in order; a non-2xx keeps it queued and retries with the same update_id. */
  private async deliver(): Promise<void> {
    if (this.delivering) return;
    this.delivering = true;
    let failures = 0;
    try {
      while (!this.stopped && this.webhook && this.pending.length > 0) {
        const hook = this.webhook;
        const update = this.pending[0]!;
        const body = JSON.stringify(update);
        const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip, deflate' };
        if (hook.secret_token) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret_token;
        const attempt: WebhookAttempt = { update_id: update.update_id, url: hook.url, headers, body, status: null };
        this.webhookAttempts.push(attempt);
        let retryAfterMs: number | null = null;
        try {
          const res = await fetch(hook.url, { method: 'POST', headers, body });
          attempt.status = res.status;
          await res.body?.cancel();
          if (res.status >= 200 && res.status < 300) {
            if (this.pending[0] === update) this.pending.shift();
            failures = 0;
            continue;
          }
          this.recordError(`Wrong response from the webhook: ${res.status} ${res.statusText}`.trim());
          const ra = Number(res.headers.get('retry-after'));
          if (Number.isFinite(ra) && ra > 0) retryAfterMs = Math.min(ra, 3600) * 1000;
        } catch (err) {
          attempt.error = String(err);
          this.recordError(`Connection refused: ${String(err)}`);
        }
        const delays = this.webhookRetryDelaysMs;
        const delay = retryAfterMs ?? delays[Math.min(failures, delays.length - 1)] ?? 1000;
        failures += 1;
        await Bun.sleep(delay);
      }
    } finally {
      this.delivering = false;
    }
  }

  private recordError(message: string): void {
    this.lastErrorDate = Math.floor(this.now() / 1000);
    this.lastErrorMessage = message;
  }
}
