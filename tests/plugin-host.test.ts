/**
 * The plugin host as a user meets it: external plugins load from a directory, a bad instance
 * config stops start-up with a precise message, a plugin that throws in start is restarted with
 * backoff and shown unhealthy without taking the server down, and one that hangs in stop delays
 * shutdown no longer than the stop timeout.
 */
import { afterAll, describe, expect, test } from 'bun:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { createLogger } from '../core/logger.ts';
import { IntakeService } from '../core/intake/index.ts';
import { definePlugin } from '../core/plugin-api/index.ts';
import { PluginHost } from '../core/plugin-host/index.ts';
import { hmacSha256Hex } from '../core/plugin-api/index.ts';
import { startFakeForum } from '../examples/plugins/forum-feed/fake-forum.ts';
import { runCli, startServerProcess } from './harness/server-process.ts';
import { openTestStore, tempDir } from './harness/stores.ts';
import { startTestServer } from './harness/test-server.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const log = createLogger('silent');

const throwsInStart = definePlugin({
  id: 'throws-in-start', version: '1.0.0', kind: 'escalation', configSchema: { type: 'object' },
  create: () => ({
    start: async () => {
      throw new Error('cannot reach the platform');
    },
    escalate: async () => ({ externalRef: 'x' }),
  }),
});

const hangsInStop = definePlugin({
  id: 'hangs-in-stop', version: '1.0.0', kind: 'escalation', configSchema: { type: 'object' },
  create: () => ({ stop: () => new Promise<void>(() => {}), escalate: async () => ({ externalRef: 'x' }) }),
});

describe('plugin host', () => {
  test('an instance that throws in start is restarted with backoff and reported unhealthy; the server keeps serving', async () => {
    const srv = await startTestServer('sqlite', {
      plugins: { ...CONFIG_DEFAULTS.plugins, stopTimeoutMs: 200, instances: [{ id: 'flaky', plugin: 'throws-in-start' }, { id: 'fine', plugin: 'hangs-in-stop' }] },
    }, { plugins: [throwsInStart, hangsInStop] });
    try {
      const ready = await fetch(`${srv.url}/readyz`);
      expect(ready.status).toBe(503);
      const readyBody = (await ready.json()) as { checks: { plugins: { ok: boolean; detail: string } } };
      expect(readyBody.checks.plugins.detail).toContain('flaky: failed (start failed: cannot reach the platform)');
      await Bun.sleep(1200); // first restart after 1 s
      const { body } = await srv.get('/api/v1/plugins');
      const flaky = body.instances.find((i: { id: string }) => i.id === 'flaky');
      expect(flaky).toMatchObject({ state: 'failed', healthy: false, last_error: 'start failed: cannot reach the platform' });
      expect(flaky.restarts).toBeGreaterThanOrEqual(2);
      expect(body.instances.find((i: { id: string }) => i.id === 'fine')).toMatchObject({ state: 'running', healthy: true });
      expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    } finally {
      await srv.stop();
    }
  });

  test('an instance that hangs in stop delays shutdown by its stop timeout, not forever', async () => {
    const store = await openTestStore('sqlite');
    const config = { ...structuredClone(CONFIG_DEFAULTS), plugins: { ...CONFIG_DEFAULTS.plugins, stopTimeoutMs: 300, instances: [{ id: 'stuck', plugin: 'hangs-in-stop' }] } };
    const host = new PluginHost({ config, store, intake: new IntakeService(store, log, { maxGroupCommitItems: 100 }), log, builtIn: [hangsInStop] });
    await host.startAll();
    expect(host.get('stuck')?.state).toBe('running');
    const started = performance.now();
    await host.stopAll();
    // Bounded by the 300 ms timeout (with room for a loaded machine), where the plugin would hang forever.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(host.get('stuck')?.state).toBe('stopped');
    await store.close();
  });

  test('a bad instance config refuses start-up, naming the instance, the field and what was expected', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({
      plugins: { instances: [{ id: 'finance-hook', plugin: 'webhook', config: { url: 'ftp://nowhere', secret: 'short', colour: 'red' } }] },
      routes: { finance: 'finance-hook', legal: 'missing-hook' },
    }));
    const proc = Bun.spawn([process.execPath, join(ROOT, 'main.ts'), 'serve'], { cwd, env: { ...process.env, STEWARD_PORT: '0', STEWARD_LOG_LEVEL: 'silent' }, stderr: 'pipe', stdout: 'pipe' });
    const [stderr, code] = await Promise.all([new Response(proc.stderr).text(), proc.exited]);
    expect(code).toBe(2);
    expect(stderr).toContain('plugin instance "finance-hook" (webhook): config field "url" expected a value that must match pattern');
    expect(stderr).toContain('config field "secret" expected a value that must NOT have fewer than 16 characters');
    expect(stderr).toContain('config field "colour" is not a setting of plugin "webhook"');
    expect(stderr).toContain('route "legal": no plugin instance "missing-hook"');
    expect(stderr).not.toContain('short'); // the secret's value is never printed
  });
});

describe('external plugins from a directory', () => {
  const forum = startFakeForum('k-123');
  afterAll(() => forum.stop());

  async function exercise(command?: string[]) {
    const cwd = tempDir();
    const pluginsDir = join(cwd, 'my-plugins');
    mkdirSync(pluginsDir);
    // The plugin folder copied next to the binary, as an operator would deploy it.
    Bun.spawnSync(['cp', '-r', join(ROOT, 'examples/plugins/forum-feed'), pluginsDir]);
    writeFileSync(join(cwd, 'steward.config.json'), JSON.stringify({
      plugins: { directory: './my-plugins', instances: [{ id: 'community-forum', plugin: 'forum-feed', config: { baseUrl: forum.url, apiKey: 'k-123', webhookSecret: 'hook-secret-0123456789', pollIntervalMs: 100 } }] },
    }));
    const env = { STEWARD_DATA_DIR: join(cwd, 'data') };
    const token = command
      ? Bun.spawnSync([...command, 'token', 'create', '--name', 't'], { cwd, env: { ...process.env, ...env } }).stdout.toString().trim().split('\n').at(-1)!
      : (await runCli(['token', 'create', '--name', 't'], env, cwd)).stdout.trim().split('\n').at(-1)!;
    const server = await startServerProcess({ env, cwd, ...(command ? { command: [...command, 'serve'] } : {}) });
    const auth = { authorization: `Bearer ${token}` };
    try {
      const plugins = (await (await fetch(`${server.url}/api/v1/plugins`, { headers: auth })).json()) as any;
      expect(plugins.instances[0]).toMatchObject({ id: 'community-forum', plugin: 'forum-feed', state: 'running', config: { apiKey: '[secret]', webhookSecret: '[secret]' } });
      // Polled posts arrive as items of the instance's channel …
      const [postId] = forum.publish(1);
      let items: any[] = [];
      for (let i = 0; i < 100 && !items.some((x) => x.external_id === postId); i++) {
        await Bun.sleep(50);
        items = ((await (await fetch(`${server.url}/api/v1/items?channel=community-forum`, { headers: auth })).json()) as any).items;
      }
      expect(items.find((x) => x.external_id === postId)).toMatchObject({ channel: 'community-forum', author: { handle: expect.any(String) } });
      // … and so do signed pushes to its webhook, under /hooks/<instance>.
      const push = JSON.stringify({ id: 'pushed-1', author: { id: 'a9' }, body: 'pushed post', created_at: '2026-11-25T10:00:00Z' });
      const hook = await fetch(`${server.url}/hooks/community-forum/posts`, { method: 'POST', body: push, headers: { 'x-forum-signature': hmacSha256Hex('hook-secret-0123456789', push) } });
      expect(hook.status).toBe(200);
      const forged = await fetch(`${server.url}/hooks/community-forum/posts`, { method: 'POST', body: push, headers: { 'x-forum-signature': 'ab'.repeat(32) } });
      expect(forged.status).toBe(401);
      // A moderator's reply goes out through the plugin and the outbox, on the wire.
      const item = items.find((x) => x.external_id === postId);
      const queued = await fetch(`${server.url}/api/v1/items/${item.id}/actions`, {
        method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'reply-1' }, body: JSON.stringify({ kind: 'reply', text: 'We are on it' }),
      });
      expect(queued.status).toBe(202);
      for (let i = 0; i < 100 && !forum.requests.some((r) => r.path === `/posts/${postId}/replies`); i++) await Bun.sleep(50);
      expect(forum.requests.find((r) => r.path === `/posts/${postId}/replies`)).toMatchObject({ method: 'POST', body: '{"body":"We are on it"}' });
    } finally {
      expect(await server.terminate()).toBe(0);
    }
  }

  test('the example plugin loads, ingests, takes webhooks and acts, under bun run', async () => {
    await exercise();
  }, 60_000);

  test('the example plugin loads from a directory next to dist/steward', async () => {
    const build = Bun.spawnSync([process.execPath, 'run', 'build'], { cwd: ROOT });
    expect(build.exitCode).toBe(0);
    const binDir = tempDir('steward-bin-');
    Bun.spawnSync(['cp', join(ROOT, 'dist/steward'), binDir]);
    await exercise([join(binDir, 'steward')]);
  }, 120_000);
});
