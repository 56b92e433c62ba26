/**
 * A small forum server for tests and the conformance kit: a feed with cursor paging, replies
 * and deletes, each request recorded. Serves on 127.0.0.1 only.
 */
export interface FakeForum {
  url: string;
  /** Adds posts to the feed; returns their ids. */
  publish(count: number): string[];
  requests: Array<{ method: string; path: string; headers: Record<string, string>; body: string }>;
  stop(): void;
}

export function startFakeForum(apiKey: string): FakeForum {
  const posts: Array<{ id: string; author: { id: string; name: string }; body: string; created_at: string; thread_id: string }> = [];
  const requests: FakeForum['requests'] = [];
  let next = 1;
  const server = Bun.serve({
    port: 0,
    hostname: '127.0.0.1',
    async fetch(req) {
      const url = new URL(req.url);
      const body = await req.text();
      requests.push({ method: req.method, path: url.pathname + url.search, headers: Object.fromEntries(req.headers), body });
      if (req.headers.get('authorization') !== `Bearer ${apiKey}`) return Response.json({ error: 'unauthorized' }, { status: 401 });
      if (req.method === 'GET' && url.pathname === '/posts') {
        const after = url.searchParams.get('after') ?? '';
        const start = after ? posts.findIndex((p) => p.id === after) + 1 : 0;
        return Response.json({ posts: posts.slice(start, start + 50) });
      }
      const reply = url.pathname.match(/^\/posts\/([^/]+)\/replies$/);
      if (req.method === 'POST' && reply) return Response.json({ id: `reply-${next++}` }, { status: 201 });
      const one = url.pathname.match(/^\/posts\/([^/]+)$/);
      if (req.method === 'DELETE' && one) return posts.some((p) => p.id === one[1]) ? Response.json({}) : Response.json({ error: 'no such post' }, { status: 404 });
      return Response.json({ error: 'not found' }, { status: 404 });
    },
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    publish(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const id = `p${String(next++).padStart(6, '0')}`;
        posts.push({ id, author: { id: `a${i % 3}`, name: `member${i % 3}` }, body: `post ${id}: the app crashes on login`, created_at: new Date().toISOString(), thread_id: 't1' });
        ids.push(id);
      }
      return ids;
    },
    requests,
    stop: () => server.stop(true),
  };
}
