// Client-side view of Discord's HTTP rate limits (docs/channel-wire-formats.md §1.6): which bucket
// a route maps to (learnt from X-RateLimit-Bucket), how many requests it has left and when it
// resets, plus the global block set by a global 429. Limits are never hard-coded.

interface BucketState {
  remaining: number;
  resetAt: number;
}

export class RateLimitBuckets {
  /** route key → opaque bucket id from X-RateLimit-Bucket */
  private readonly routeToBucket = new Map<string, string>();
  /** `${bucket}:${major}` → state; routes whose bucket is unknown yet use the route key. */
  private readonly states = new Map<string, BucketState>();
  private globalUntil = 0;

  constructor(private readonly now: () => number) {}

  /** How long to wait before sending on this route (0 = go now). */
  waitMs(routeKey: string, major: string): number {
    const now = this.now();
    const global = Math.max(0, this.globalUntil - now);
    const state = this.states.get(this.stateKey(routeKey, major));
    const bucket = state && state.remaining <= 0 ? Math.max(0, state.resetAt - now) : 0;
    return Math.max(global, bucket);
  }

  /** Record the headers of any response (§1.6: parse them rather than hard-coding limits). */
  update(routeKey: string, major: string, headers: Headers): void {
    const bucket = headers.get('x-ratelimit-bucket');
    if (bucket) this.routeToBucket.set(routeKey, bucket);
    const remaining = headers.get('x-ratelimit-remaining');
    const resetAfter = headers.get('x-ratelimit-reset-after');
    if (remaining === null || resetAfter === null) return;
    this.states.set(this.stateKey(routeKey, major), {
      remaining: Number(remaining),
      resetAt: this.now() + Number(resetAfter) * 1000,
    });
  }

  /** A 429: block the bucket (or everything, for a global limit) for retry_after. */
  block(routeKey: string, major: string, retryAfterMs: number, global: boolean): void {
    const until = this.now() + retryAfterMs;
    if (global) {
      this.globalUntil = Math.max(this.globalUntil, until);
      return;
    }
    this.states.set(this.stateKey(routeKey, major), { remaining: 0, resetAt: until });
  }

  private stateKey(routeKey: string, major: string): string {
    return `${this.routeToBucket.get(routeKey) ?? routeKey}:${major}`;
  }
}

/**
 * Route key and top-level resource for a REST path: ids other than the major parameter
 * (channel_id, guild_id, webhook_id) are collapsed, because per-route limits are keyed by route
 * template plus that resource (§1.6).
 */
export function routeOf(method: string, path: string): { routeKey: string; major: string } {
  const parts = path.split('/');
  let major = 'global';
  const template = parts.map((part, i) => {
    if (!/^\d{5,}$/.test(part)) return part;
    const parent = parts[i - 1];
    if (i === 2 && (parent === 'channels' || parent === 'guilds' || parent === 'webhooks')) {
      major = part;
      return `:${parent.slice(0, -1)}_id`;
    }
    return ':id';
  });
  return { routeKey: `${method} ${template.join('/')}`, major };
}
