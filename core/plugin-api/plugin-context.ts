/** Everything a plugin may touch. A plugin never sees the database, the container or another plugin. */
import type { IncomingItem } from '../domain/item.ts';

export type { IncomingItem } from '../domain/item.ts';

/** An item as a channel hands it in; `channel` is always the instance id, so it may be left out. */
export type PluginItem = Omit<IncomingItem, 'channel'> & { channel?: string };

/** pino-style logger, already labelled with the plugin instance. Secrets in objects are redacted. */
export interface PluginLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The result of intake for one item: the stored id, and whether it was already stored. */
export interface IngestResult {
  id: string;
  duplicate: boolean;
}

/** An event about an item the channel sent earlier (edited, deleted on the platform). */
export interface ItemEvent {
  kind: 'edited' | 'deleted';
  external_id: string;
  /** New text for an edit. */
  text?: string;
  at: string;
}

/** Plugin-scoped key-value storage, durable across restarts and shared by replicas. */
export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Durable cursors (a poller's offset). Advance one only after the items before it are ingested:
 * `await ctx.ingest(items); await ctx.cursors.set('updates', lastId + 1);`
 */
export interface CursorStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
}

export interface HttpRequestOptions extends RequestInit {
  /** Per-attempt timeout; the client's default otherwise. */
  timeoutMs?: number;
  /** Attempts in all, including the first; the client's default otherwise. */
  attempts?: number;
  /** Which statuses are retried (429 and 5xx by default). */
  retryOn?: (status: number) => boolean;
  /**
   * Hold later requests to the same host while a response says `X-RateLimit-Remaining: 0`
   * (default true). Turn off in a plugin that tracks the platform's finer buckets itself.
   */
  hostPacing?: boolean;
}

/**
 * fetch with timeouts, retries with exponential backoff and jitter, and respect for Retry-After
 * and X-RateLimit-Reset-After. It returns the last response (it does not throw on 4xx/5xx);
 * it throws RetryableError when every attempt failed to get any response.
 *
 * @example
 * const res = await ctx.http.fetch(`${config.baseUrl}/posts?after=${cursor}`, { timeoutMs: 10_000 });
 * if (!res.ok) throw new RetryableError(`feed answered ${res.status}`);
 */
export interface HttpClient {
  fetch(url: string, init?: HttpRequestOptions): Promise<Response>;
}

/** Runs a task every interval until the instance stops. Errors are logged, never thrown. */
export interface Scheduler {
  every(intervalMs: number, task: () => Promise<void>): { cancel(): void };
  /** Resolves after ms, or early (rejecting with an AbortError) when the instance stops. */
  sleep(ms: number): Promise<void>;
}

/**
 * A lease for work that must run once across replicas (a gateway session, a poller). Hold it
 * while running; `renew()` before `ttlMs` passes, and stop the work if renewal returns false.
 */
export interface Lease {
  readonly name: string;
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export interface PluginContext {
  /** The instance id from config (two Discord servers are two instances of one plugin). */
  readonly instanceId: string;
  /**
   * Durable, idempotent intake: resolves after the commit, so advance a cursor or acknowledge a
   * webhook only after it resolves. Idempotent on the item's external_id within this instance.
   * Throws IngestValidationError naming every bad field (a plugin bug: fix the mapping).
   */
  ingest(items: PluginItem[]): Promise<IngestResult[]>;
  /** Records a platform-side event (edit, delete) on an item this channel sent. */
  recordItemEvent(channel: string, event: ItemEvent): Promise<boolean>;
  readonly log: PluginLogger;
  readonly kv: KeyValueStore;
  readonly cursors: CursorStore;
  readonly http: HttpClient;
  readonly scheduler: Scheduler;
  /** Milliseconds since the epoch; a test clock in tests. */
  now(): number;
  /** Tries to take a named lease for ttlMs; undefined when another replica holds it. */
  acquireLease(name: string, ttlMs: number): Promise<Lease | undefined>;
  /** Aborted when the instance is stopping: pass it to long requests and loops. */
  readonly signal: AbortSignal;
  /**
   * Reports that the instance cannot go on (a background loop died). The host stops it, marks it
   * unhealthy and starts it again with backoff.
   */
  fail(error: Error): void;
  /**
   * Says whether the instance is doing its job while it keeps running — e.g. a connection that
   * keeps failing and is being retried with backoff. Unhealthy shows in /readyz and
   * GET /api/v1/plugins with the reason; it does not restart the instance (use fail() for that).
   *
   * @example ctx.reportHealth({ ok: false, reason: 'gateway unreachable: 3 connection attempts failed' });
   */
  reportHealth(health: { ok: true } | { ok: false; reason: string }): void;
}
