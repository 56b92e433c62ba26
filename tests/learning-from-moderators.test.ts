/**
 * Acceptance (issue 4): a moderator's corrected label changes the next model version's answer on
 * that item and on near copies. Real server, real training from ../shared/datasets, promotion
 * through the comparison with the current model, and the server picking the new model up.
 */
import { expect, test } from 'bun:test';
import { join } from 'node:path';
import { runCli, startServerProcess, type ServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const TEXT = 'the new pricing page keeps timing out when I compare plans';
const NEAR_COPY = 'new pricing page keeps timing out when i compare the plans!!';

async function classify(server: ServerProcess, token: string, externalId: string, text: string): Promise<{ id: string; topic: string; version: string }> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = await fetch(`${server.url}/api/v1/items`, { method: 'POST', headers, body: JSON.stringify({ channel: 'forum', external_id: externalId, text, author: { external_id: 'u1' }, created_at: '2026-11-25T10:00:00Z' }) });
  const { item } = (await res.json()) as { item: { id: string } };
  for (let i = 0; i < 200; i++) {
    const got = (await (await fetch(`${server.url}/api/v1/items/${item.id}`, { headers })).json()) as any;
    if (got.classification) return { id: item.id, topic: got.classification.labels.topic.label, version: got.classification.model_version };
    await Bun.sleep(25);
  }
  throw new Error('never classified');
}

test('a corrected label flips the next model version on that item and on a near copy', async () => {
  const cwd = tempDir();
  const env = { STEWARD_DATA_DIR: join(cwd, 'data') };
  const token = (await runCli(['token', 'create', '--name', 'mod-ana'], env, cwd)).stdout.trim().split('\n').at(-1)!;
  let server = await startServerProcess({ env, cwd });
  const before = await classify(server, token, 'm1', TEXT);
  const wanted = before.topic === 'outage' ? 'pricing' : 'outage';
  const corrected = await fetch(`${server.url}/api/v1/items/${before.id}/labels`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ labels: { topic: wanted } }),
  });
  expect(corrected.status).toBe(201);
  expect(await server.terminate()).toBe(0);

  const candidate = join(cwd, 'candidate.bin');
  const trained = await runCli(['model', 'train', '--corrections-from-db', '--out', candidate], env, cwd);
  expect(trained.code).toBe(0);
  expect(trained.stderr).toContain('1 moderator correction(s) from the database');
  const promoted = await runCli(['model', 'promote', candidate], env, cwd);
  if (promoted.code !== 0) console.log(promoted.stdout, promoted.stderr);
  expect(promoted.stdout).toMatch(/^promoted triage-/m);
  expect(promoted.code).toBe(0);

  server = await startServerProcess({ env, cwd });
  try {
    const same = await classify(server, token, 'm2', TEXT);
    const near = await classify(server, token, 'm3', NEAR_COPY);
    expect(same.version).not.toBe(before.version);
    expect(same.topic).toBe(wanted);
    expect(near.topic).toBe(wanted);
  } finally {
    expect(await server.terminate()).toBe(0);
  }
}, 240_000);
