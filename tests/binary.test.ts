/** Acceptance: `npm run build` makes dist/steward, which starts and serves from an empty directory. */
import { expect, test } from 'bun:test';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const ROOT = new URL('..', import.meta.url).pathname;

test('dist/steward, copied to an empty directory, migrates, takes an item and serves it back', async () => {
  const build = Bun.spawnSync([process.execPath, 'run', 'build'], { cwd: ROOT, stdout: 'pipe', stderr: 'pipe' });
  expect(build.exitCode).toBe(0);
  const dir = tempDir('steward-binary-');
  const binary = join(dir, 'steward');
  copyFileSync(join(ROOT, 'dist', 'steward'), binary);
  Bun.spawnSync(['chmod', '+x', binary]);

  const version = Bun.spawnSync([binary, 'version'], { cwd: dir, stdout: 'pipe' });
  expect(version.stdout.toString()).toMatch(/^steward \d+\.\d+\.\d+/);
  const created = Bun.spawnSync([binary, 'token', 'create', '--name', 'bin'], { cwd: dir, stdout: 'pipe', stderr: 'pipe' });
  expect(created.exitCode).toBe(0);
  const token = created.stdout.toString().trim().split('\n').at(-1)!;

  const server = await startServerProcess({ env: {}, cwd: dir, command: [binary, 'serve'] });
  try {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const res = await fetch(`${server.url}/api/v1/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'web', external_id: 'b1', text: 'hello from the binary', author: { external_id: 'u' }, created_at: '2026-11-25T00:00:00Z' }),
    });
    expect(res.status).toBe(201);
    const { item } = (await res.json()) as { item: { id: string } };
    const got = (await (await fetch(`${server.url}/api/v1/items/${item.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { item: { text: string } };
    expect(got.item.text).toBe('hello from the binary');
  } finally {
    expect(await server.terminate()).toBe(0);
  }
}, 120_000);
