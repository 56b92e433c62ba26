/**
 * Acceptance (issue 5) on a running server: a broken edit to a policy file is reported and the
 * previous set keeps deciding; a good edit takes over, and every loaded set is a recorded version.
 */
import { expect, test } from 'bun:test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_DEFAULTS } from '../core/config/index.ts';
import { listPolicyVersions } from '../core/store/index.ts';
import { tempDir } from './harness/stores.ts';
import { incoming, startTestServer } from './harness/test-server.ts';

const ROOT = new URL('..', import.meta.url).pathname;

async function decidedRoute(srv: Awaited<ReturnType<typeof startTestServer>>, text: string): Promise<{ route: string; version: string }> {
  const { body } = await srv.post('/api/v1/items', incoming({ text }));
  for (let i = 0; i < 200; i++) {
    const res = await srv.get(`/api/v1/items/${body.item.id}/decision`);
    if (res.status === 200) return { route: res.body.decision.outcome.route, version: res.body.decision.policy_version };
    await Bun.sleep(25);
  }
  throw new Error('never decided');
}

test('a broken edit keeps the last good set deciding; a good edit replaces it; both are versions', async () => {
  const dir = join(tempDir(), 'policies');
  cpSync(join(ROOT, 'policies'), dir, { recursive: true });
  const srv = await startTestServer('sqlite', { policies: { directory: dir } } as Partial<typeof CONFIG_DEFAULTS>);
  try {
    const billing = 'I was charged twice for my subscription, please refund';
    const before = await decidedRoute(srv, billing);
    expect(before.route).toBe('finance');

    const file = join(dir, '20-support-routing.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('route: finance', 'route: finance\n      - frobnicate: yes'));
    await Bun.sleep(600);
    const during = await decidedRoute(srv, `${billing} (2)`);
    expect(during).toEqual(before); // the previous set is still deciding

    writeFileSync(file, original.replaceAll('route: finance', 'route: billing_ops'));
    let after = during;
    for (let i = 0; i < 40 && after.route !== 'billing_ops'; i++) {
      await Bun.sleep(100);
      after = await decidedRoute(srv, `${billing} (${i + 3})`);
    }
    expect(after.route).toBe('billing_ops');
    const versions = await listPolicyVersions(srv.store.db);
    expect(versions.map((v) => v.hash)).toEqual(expect.arrayContaining([before.version, after.version]));
    expect(versions.find((v) => v.hash === after.version)).toMatchObject({ loaded_by: 'watch' });
  } finally {
    await srv.stop();
  }
}, 60_000);
