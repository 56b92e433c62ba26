/**
 * forum-feed: an example external channel plugin. It polls a forum's JSON feed
 * (`GET {baseUrl}/posts?after=<cursor>`), also takes pushed posts on a signed webhook
 * (`POST /hooks/<instance>/posts`), and can reply to (`POST {baseUrl}/posts/:id/replies`) and
 * remove (`DELETE {baseUrl}/posts/:id`) posts. It imports only `@steward/plugin-api` and `hono`,
 * which the host provides. Read docs/plugins.md alongside it.
 */
import { Hono } from 'hono';
import { definePlugin, hmacSha256Hex, PermanentError, RetryableError, timingSafeEqualHex, type PluginContext, type PluginItem } from '@steward/plugin-api';

interface Config {
  baseUrl: string;
  apiKey: string;
  webhookSecret?: string;
  pollIntervalMs: number;
}

interface ForumPost {
  id: string;
  thread_id?: string;
  reply_to?: string;
  author: { id: string; name?: string };
  body: string;
  created_at: string;
  url?: string;
}

function toItem(post: ForumPost): PluginItem {
  return {
    external_id: post.id,
    text: post.body,
    author: { external_id: post.author.id, ...(post.author.name ? { handle: post.author.name } : {}) },
    created_at: post.created_at,
    ...(post.thread_id ? { thread_external_id: post.thread_id } : {}),
    ...(post.reply_to ? { parent_external_id: post.reply_to } : {}),
    ...(post.url ? { url: post.url } : {}),
    visibility: 'public',
    raw: post,
  };
}

/** One poll: fetch posts after the cursor, ingest them, and only then move the cursor. */
async function pollOnce(ctx: PluginContext, config: Config): Promise<number> {
  const after = (await ctx.cursors.get('posts')) ?? '';
  const res = await ctx.http.fetch(`${config.baseUrl}/posts?after=${encodeURIComponent(after)}`, {
    headers: { authorization: `Bearer ${config.apiKey}` },
    signal: ctx.signal,
  });
  if (res.status === 401) throw new PermanentError('the forum refused the API key');
  if (!res.ok) throw new RetryableError(`feed answered ${res.status}`);
  const { posts } = (await res.json()) as { posts: ForumPost[] };
  if (posts.length === 0) return 0;
  await ctx.ingest(posts.map(toItem));
  await ctx.cursors.set('posts', posts[posts.length - 1]!.id);
  return posts.length;
}

export default definePlugin<Config>({
  id: 'forum-feed',
  version: '1.0.0',
  kind: 'channel',
  description: 'Example: a forum with a JSON feed, a signed push webhook, reply and remove',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['baseUrl', 'apiKey'],
    properties: {
      baseUrl: { type: 'string', pattern: '^https?://' },
      apiKey: { type: 'string', minLength: 1, secret: true },
      webhookSecret: { type: 'string', minLength: 16, secret: true },
      pollIntervalMs: { type: 'integer', minimum: 50, default: 5000 },
    },
  },
  rateLimit: { perSecond: 5, burst: 5, concurrency: 2 },
  create(ctx, config) {
    let poller: { cancel(): void } | undefined;
    const routes = new Hono();
    routes.post('/posts', async (c) => {
      const body = await c.req.text();
      const signature = c.req.header('x-forum-signature') ?? '';
      if (!config.webhookSecret || !timingSafeEqualHex(signature, hmacSha256Hex(config.webhookSecret, body))) {
        return c.json({ error: 'bad signature' }, 401);
      }
      let post: ForumPost;
      try {
        post = JSON.parse(body) as ForumPost;
      } catch {
        return c.json({ error: 'not JSON' }, 400);
      }
      // Acknowledge only after the commit: the forum retries anything we did not acknowledge.
      const [result] = await ctx.ingest([toItem(post)]);
      return c.json({ id: result!.id, duplicate: result!.duplicate });
    });

    return {
      routes,
      actions: ['reply', 'remove'],
      async start() {
        poller = ctx.scheduler.every(config.pollIntervalMs, async () => {
          await pollOnce(ctx, config);
        });
      },
      async stop() {
        poller?.cancel();
      },
      async perform(action, { idempotencyKey }) {
        const headers = { authorization: `Bearer ${config.apiKey}`, 'idempotency-key': idempotencyKey, 'content-type': 'application/json' };
        const res =
          action.kind === 'reply'
            ? await ctx.http.fetch(`${config.baseUrl}/posts/${action.target.external_id}/replies`, { method: 'POST', headers, body: JSON.stringify({ body: action.text }), attempts: 1 })
            : await ctx.http.fetch(`${config.baseUrl}/posts/${action.target.external_id}`, { method: 'DELETE', headers, attempts: 1 });
        if (res.status === 429 || res.status >= 500) throw new RetryableError(`forum answered ${res.status}`);
        if (!res.ok) throw new PermanentError(`forum answered ${res.status} to ${action.kind}`);
        const json = (await res.json().catch(() => ({}))) as { id?: string };
        return json.id ? { external_id: json.id } : {};
      },
    };
  },
});
