/**
 * Acceptance (issue 5): a backtest over 10,000 stored items finishes and reports the differences
 * correctly on a case built so that the answer is known: the candidate set is the live set with
 * billing sent to a new "billing_ops" team instead of finance, so exactly the items the live set
 * routed to finance must move, and nothing else.
 */
import { expect, test } from 'bun:test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../core/store/index.ts';
import { runCli, startServerProcess } from './harness/server-process.ts';
import { tempDir } from './harness/stores.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TEXTS = [
  'I was charged twice for my subscription, please refund',
  'the app crashes every time I open settings',
  'cannot log in since yesterday, password reset email never arrives',
  'love the new update, great work team',
  'when will dark mode be available? would be a great feature',
  'my order still has not shipped after two weeks',
  'why is there an extra fee on my invoice this month',
  'hello everyone, first time here',
];

test('10,000 stored items replayed through a candidate set: exactly the finance-routed items change', async () => {
  const cwd = tempDir();
  const env = { STEWARD_DATA_DIR: join(cwd, 'data') };
  const token = (await runCli(['token', 'create', '--name', 'bt'], env, cwd)).stdout.trim().split('\n').at(-1)!;
  const server = await startServerProcess({ env, cwd });
  try {
    for (let b = 0; b < 10; b++) {
      const items = Array.from({ length: 1000 }, (_, i) => {
        const n = b * 1000 + i;
        return { channel: 'forum', external_id: `bt-${n}`, text: `${TEXTS[n % TEXTS.length]} (${n})`, author: { external_id: `u${n % 300}` }, created_at: '2026-11-25T10:00:00Z' };
      });
      const res = await fetch(`${server.url}/api/v1/items`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
      expect(res.status).toBe(201);
    }
    const store = openStore(`sqlite:${join(cwd, 'data', 'steward.db')}`);
    let decided = 0;
    for (let i = 0; i < 600 && decided < 10_000; i++) {
      await Bun.sleep(100);
      decided = Number((await store.db.selectFrom('item_decisions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    }
    expect(decided).toBe(10_000);
    const decisions = await store.db.selectFrom('item_decisions').select('decision').execute();
    const toFinance = decisions.filter((d) => JSON.parse(d.decision).outcome.route === 'finance').length;
    await store.close();
    expect(toFinance).toBeGreaterThan(500);

    // The candidate: the policies the server wrote on first start, with finance renamed.
    const candidate = join(cwd, 'candidate');
    cpSync(join(cwd, 'policies'), candidate, { recursive: true });
    const routing = join(candidate, '20-support-routing.yaml');
    writeFileSync(routing, readFileSync(routing, 'utf8').replaceAll('route: finance', 'route: billing_ops'));

    const { code, stdout, stderr } = await runCli(['policy', 'backtest', '--since', '1d', '--policies', candidate, '--json'], env, cwd);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.items).toBe(10_000);
    expect(report.unrecorded_items).toBe(0);
    expect(report.changed_items).toBe(toFinance);
    expect(report.routes.finance).toEqual({ before: toFinance, after: 0 });
    expect(report.routes.billing_ops).toEqual({ before: 0, after: toFinance });
    expect(stderr).toContain('10000'); // progress was shown
  } finally {
    expect(await server.terminate()).toBe(0);
  }
}, 180_000);
