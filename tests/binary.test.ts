/** Acceptance: `npm run build` makes dist/steward, which starts and serves from an empty directory. */
import { expect, test } from 'bun:test';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const ROOT = new URL('..', import.meta.url).pathname;

test('dist/steward, copied to an empty directory, migrates, takes an item through the pipeline and serves it back', async () => {
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
    // The pipeline (its own thread, an embedded entry point) classifies and decides it.
    let got: { item: { text: string; pipeline_state: string }; classification: { model_version: string } | null } | undefined;
    for (let i = 0; i < 200; i++) {
      got = (await (await fetch(`${server.url}/api/v1/items/${item.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as typeof got;
      if (got!.item.pipeline_state === 'done') break;
      await Bun.sleep(25);
    }
    expect(got!.item).toMatchObject({ text: 'hello from the binary', pipeline_state: 'done' });
    expect(got!.classification?.model_version).toMatch(/^triage-/);
    expect(server.output()).not.toContain('pipeline worker');
  } finally {
    expect(await server.terminate()).toBe(0);
  }
}, 120_000);
