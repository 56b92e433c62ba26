// Discord HTTP rate limits as the fake serves them (docs/channel-wire-formats.md §1.6):
// per-route buckets keyed by route template + top-level resource, a global per-second limit,
// and 429s a test can inject. A request that arrives while a 429 is still in force is recorded
// as a violation, which is how tests prove a client waited out retry_after.
import { createHash } from 'node:crypto';

export interface RouteLimit {
  limit: number;
  windowMs: number;
}

export interface Injected429 {
  /** Route template such as `DELETE /channels/:channel_id/messages/:message_id`; omit for any. */
  route?: string;
  retryAfterS: number;
  global?: boolean;
  scope?: 'user' | 'global' | 'shared';
}

interface BucketState {
  remaining: number;
  resetAt: number;
  blockedUntil: number;
}

export type RateDecision =
  | { kind: 'ok'; headers: Record<string, string> }
  | { kind: '429'; headers: Record<string, string>; body: Record<string, unknown> };

export class FakeRateLimits {
  readonly violations: string[] = [];
  private readonly buckets = new Map<string, BucketState>();
  private readonly injected: Injected429[] = [];
  private globalBlockedUntil = 0;
  private globalWindowStart = 0;
  private globalCount = 0;

  constructor(
    private readonly routeLimits: Record<string, RouteLimit>,
    private readonly defaultLimit: RouteLimit,
    private readonly globalPerSecond: number,
    private readonly now: () => number,
  ) {}

  inject(spec: Injected429): void {
    this.injected.push(spec);
  }

  /** Opaque bucket id, stable per route template like the real hash (§1.6). */
  static bucketId(template: string): string {
    return createHash('md5').update(template).digest('hex');
  }

  check(template: string, majorParam: string): RateDecision {
    const now = this.now();
    const bucketKey = `${template}:${majorParam}`;
    const limit = this.routeLimits[template] ?? this.defaultLimit;
    let state = this.buckets.get(bucketKey);
    if (!state || now >= state.resetAt) {
      state = { remaining: limit.limit, resetAt: now + limit.windowMs, blockedUntil: state?.blockedUntil ?? 0 };
      this.buckets.set(bucketKey, state);
    }
    const headersFor = (s: BucketState): Record<string, string> => {
      const resetAfter = Math.max(0, s.resetAt - now) / 1000;
      return {
        'X-RateLimit-Limit': String(limit.limit),
        'X-RateLimit-Remaining': String(Math.max(0, s.remaining)),
        'X-RateLimit-Reset': ((s.resetAt) / 1000).toFixed(3),
        'X-RateLimit-Reset-After': resetAfter.toFixed(3),
        'X-RateLimit-Bucket': FakeRateLimits.bucketId(template),
      };
    };
    const tooMany = (retryAfterMs: number, global: boolean, scope: string): RateDecision => {
      const retryAfter = Math.max(0, retryAfterMs) / 1000;
      const headers: Record<string, string> = {
        ...headersFor({ ...state!, remaining: 0 }),
        'Retry-After': String(Math.ceil(retryAfter)),
        'X-RateLimit-Scope': scope,
      };
      if (global) headers['X-RateLimit-Global'] = 'true';
      return {
        kind: '429',
        headers,
        body: { message: 'You are being rate limited.', retry_after: Number(retryAfter.toFixed(3)), global },
      };
    };

    // A request while an earlier 429 is still in force: the client did not wait.
    if (now < this.globalBlockedUntil) {
      this.violations.push(`${template}: request ${this.globalBlockedUntil - now} ms before the global retry_after ended`);
      return tooMany(this.globalBlockedUntil - now, true, 'global');
    }
    if (now < state.blockedUntil) {
      this.violations.push(`${template}: request ${state.blockedUntil - now} ms before retry_after ended`);
      return tooMany(state.blockedUntil - now, false, 'user');
    }

    const idx = this.injected.findIndex((i) => i.route === undefined || i.route === template);
    if (idx >= 0) {
      const spec = this.injected.splice(idx, 1)[0]!;
      const ms = spec.retryAfterS * 1000;
      if (spec.global) this.globalBlockedUntil = now + ms;
      else state.blockedUntil = now + ms;
      return tooMany(ms, spec.global ?? false, spec.scope ?? (spec.global ? 'global' : 'user'));
    }

    // Global limit: 50 requests/s per bot by default (§1.6).
    if (now - this.globalWindowStart >= 1000) {
      this.globalWindowStart = now;
      this.globalCount = 0;
    }
    this.globalCount += 1;
    if (this.globalCount > this.globalPerSecond) {
      this.globalBlockedUntil = this.globalWindowStart + 1000;
      return tooMany(this.globalBlockedUntil - now, true, 'global');
    }

    if (state.remaining <= 0) {
      // The client ignored X-RateLimit-Remaining: 0 and Reset-After.
      this.violations.push(`${template}: request with remaining=0, ${state.resetAt - now} ms before reset`);
      state.blockedUntil = state.resetAt;
      return tooMany(state.resetAt - now, false, 'user');
    }
    state.remaining -= 1;
    return { kind: 'ok', headers: headersFor(state) };
  }
}
