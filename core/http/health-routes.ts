/** /healthz (the process answers) and /readyz (the database answers and its schema is current). */
import { Hono } from 'hono';
import { pendingMigrations, pingStore, type Store } from '../store/index.ts';

export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }>;
}

export function healthRoutes(store: Store, extraChecks: () => ReadinessCheck[] = () => []): Hono {
  const app = new Hono();
  let schemaCurrent = false;

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', async (c) => {
    const checks: Record<string, { ok: boolean; detail?: string }> = {};
    checks.database = (await pingStore(store)) ? { ok: true } : { ok: false, detail: 'the database does not answer' };
    if (checks.database.ok && !schemaCurrent) {
      const pending = await pendingMigrations(store).catch(() => ['(unknown)']);
      schemaCurrent = pending.length === 0;
      checks.migrations = schemaCurrent ? { ok: true } : { ok: false, detail: `pending: ${pending.join(', ')}` };
    } else {
      checks.migrations = { ok: schemaCurrent };
    }
    for (const extra of extraChecks()) checks[extra.name] = await extra.check();
    const ready = Object.values(checks).every((r) => r.ok);
    return c.json({ status: ready ? 'ready' : 'not_ready', checks }, ready ? 200 : 503);
  });

  return app;
}
