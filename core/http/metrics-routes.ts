/**
 * GET /metrics: Prometheus text format. Gauges are read from the database (shared by every
 * replica); counters are this process's since it started. Aggregates only — no item content —
 * so it is served without a token, like /healthz; keep it on an internal network.
 */
import { Hono } from 'hono';
import type { OutboxRunner } from '../outbox/index.ts';
import type { PipelineDriver } from '../pipeline/index.ts';
import type { PluginHost } from '../plugin-host/index.ts';
import { countJobsByState, type Store } from '../store/index.ts';

export interface MetricsDeps {
  store: Store;
  pipeline: PipelineDriver;
  outbox: OutboxRunner;
  plugins: PluginHost;
}

export function metricsRoutes(deps: MetricsDeps): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    const lines: string[] = [];
    const metric = (name: string, type: 'gauge' | 'counter', help: string, samples: Array<[labels: Record<string, string>, value: number]>) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [labels, value] of samples) {
        const l = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',');
        lines.push(`${name}${l ? `{${l}}` : ''} ${value}`);
      }
    };
    const byStatus = await deps.store.db.selectFrom('items').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    const byPipeline = await deps.store.db.selectFrom('items').select(['pipeline_state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('pipeline_state').execute();
    const jobs = await countJobsByState(deps.store.db);
    metric('steward_items', 'gauge', 'Items by status.', byStatus.map((r) => [{ status: r.status }, Number(r.n)]));
    metric('steward_pipeline_items', 'gauge', 'Items by pipeline state (pending and claimed are waiting; failed are parked).', byPipeline.map((r) => [{ state: r.pipeline_state }, Number(r.n)]));
    metric('steward_pipeline_processed_total', 'counter', 'Items this process took through the pipeline.', [[{}, deps.pipeline.stats.processed]]);
    metric('steward_pipeline_failed_attempts_total', 'counter', 'Pipeline attempts that failed for an item in this process.', [[{}, deps.pipeline.stats.failedAttempts]]);
    metric('steward_outbox_jobs', 'gauge', 'Outbox jobs by state (dead = dead letters).', Object.entries(jobs).map(([state, n]) => [{ state }, n]));
    metric('steward_outbox_delivered_total', 'counter', 'Outbox jobs this process delivered.', [[{}, deps.outbox.stats.delivered]]);
    metric('steward_outbox_failed_attempts_total', 'counter', 'Outbox attempts that failed in this process.', [[{}, deps.outbox.stats.failedAttempts]]);
    metric('steward_plugin_instance_up', 'gauge', '1 when the plugin instance is running and reports itself healthy.', deps.plugins.all().map((i) => [{ instance: i.id, plugin: i.definition.id }, i.state === 'running' && i.degraded === null ? 1 : 0]));
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory of this process.', [[{}, process.memoryUsage().rss]]);
    return c.text(`${lines.join('\n')}\n`, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  return app;
}
