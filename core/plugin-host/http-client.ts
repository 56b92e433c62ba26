/**
 * The HTTP client plugins get as `ctx.http`: fetch with a per-attempt timeout, retries with
 * exponential backoff and full jitter on 429, 5xx and network errors, and respect for what the
 * platform says — `Retry-After` (seconds or an HTTP date) and `X-RateLimit-Remaining: 0` with
 * `X-RateLimit-Reset-After`, which holds back the next request to that host until the reset.
 */
import { RetryableError, type HttpClient, type HttpRequestOptions } from '../plugin-api/index.ts';

export interface HttpClientOptions {
  timeoutMs?: number;
  attempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Aborts every request and wait (the instance is stopping). */
  signal?: AbortSignal;
  /** Injected for tests. */
  fetchImpl?: typeof fetch;
  random?: () => number;
}

const defaultRetryOn = (status: number) => status === 429 || status >= 500;

/** Milliseconds to wait that the response asks for, if it asks. */
export function requestedWaitMs(res: Response, now = Date.now()): number | undefined {
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (res.headers.get('x-ratelimit-remaining') === '0') {
    const resetAfter = Number(res.headers.get('x-ratelimit-reset-after'));
    if (Number.isFinite(resetAfter)) return Math.max(0, resetAfter * 1000);
  }
  return undefined;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const doFetch = options.fetchImpl ?? fetch;
  const random = options.random ?? Math.random;
  const baseMs = options.backoffBaseMs ?? 250;
  const maxMs = options.backoffMaxMs ?? 30_000;
  /** host → time before which no request is sent (the platform said its bucket is empty). */
  const blockedUntil = new Map<string, number>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(resolve, ms);
      options.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(options.signal!.reason ?? new Error('aborted'));
      }, { once: true });
    });
  const backoff = (attempt: number) => Math.min(maxMs, baseMs * 2 ** (attempt - 1)) * (0.5 + random() / 2);

  return {
    async fetch(url: string, init: HttpRequestOptions = {}): Promise<Response> {
      const { timeoutMs = options.timeoutMs ?? 10_000, attempts = options.attempts ?? 3, retryOn = defaultRetryOn, hostPacing = true, ...requestInit } = init;
      const host = new URL(url).host;
      let lastError: unknown;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const wait = hostPacing ? (blockedUntil.get(host) ?? 0) - Date.now() : 0;
        if (wait > 0) await sleep(wait);
        const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : []), ...(requestInit.signal ? [requestInit.signal] : [])];
        try {
          const res = await doFetch(url, { ...requestInit, signal: AbortSignal.any(signals) });
          const asked = requestedWaitMs(res);
          if (hostPacing && res.headers.get('x-ratelimit-remaining') === '0' && asked !== undefined) blockedUntil.set(host, Date.now() + asked);
          if (!retryOn(res.status) || attempt === attempts) return res;
          await res.arrayBuffer().catch(() => undefined);
          await sleep(asked ?? backoff(attempt));
        } catch (err) {
          if (options.signal?.aborted) throw err;
          lastError = err;
          if (attempt === attempts) break;
          await sleep(backoff(attempt));
        }
      }
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new RetryableError(`${init.method ?? 'GET'} ${url} failed after ${attempts} attempts: ${reason}`, { cause: lastError });
    },
  };
}
