/**
 * The pipeline on its own thread (`pipeline.thread: worker`): its own database connection, the
 * classify, enrich, decide and act stages, and its own copy of the policy set (the main thread
 * records versions; both load the same files, so decisions name the same version). The main
 * thread keeps intake, HTTP, plugins and the outbox, and sends: start, notify, targets, stop.
 */
import { createLogger } from '../logger.ts';
import { PolicyService } from '../policy/index.ts';
import { openStore } from '../store/index.ts';
import { createTriageClassifiers } from '../triage-setup.ts';
import type { StewardConfig } from '../config/index.ts';
import { actTargetsFromSnapshot, type ActTargetsSnapshot } from './act-targets.ts';
import { PipelineRunner } from './pipeline-runner.ts';
import { createActStage } from './stages/act-stage.ts';
import { createClassifyStage } from './stages/classify-stage.ts';
import { createDecideStage } from './stages/decide-stage.ts';
import { enrichStage } from './stages/enrich-stage.ts';
import { resolve } from 'node:path';

declare const self: Worker;

export type ToWorker =
  | { type: 'start'; config: StewardConfig; targets: ActTargetsSnapshot }
  | { type: 'notify' }
  | { type: 'targets'; targets: ActTargetsSnapshot }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'started' }
  | { type: 'stats'; processed: number; failedAttempts: number; batches: number }
  | { type: 'jobs' }
  | { type: 'failed'; message: string }
  | { type: 'stopped' };

let runner: PipelineRunner | undefined;
let policies: PolicyService | undefined;
let closeStore: (() => Promise<void>) | undefined;
let targets: ActTargetsSnapshot = { escalation: {}, channelActions: {}, maxAttempts: 12 };
let statsTimer: ReturnType<typeof setInterval> | undefined;
const send = (message: FromWorker) => postMessage(message);

async function start(config: StewardConfig): Promise<void> {
  const log = createLogger(config.logLevel).child({ component: 'pipeline', thread: 'worker' });
  const store = openStore(config.databaseUrl, { sqliteSynchronous: config.sqlite.synchronous, busyTimeoutMs: config.sqlite.busyTimeoutMs, poolSize: config.postgres.poolSize });
  closeStore = () => store.close();
  policies = new PolicyService({ dir: resolve(config.policies.directory), watchLoadedBy: 'watch' });
  const loaded = await policies.start('pipeline-worker');
  if (!loaded.ok) throw new Error('the policies do not load (the main thread reports why)');
  const stages = [
    ...(config.triage.enabled ? [createClassifyStage({ load: createTriageClassifiers(config) })] : []),
    enrichStage,
    createDecideStage(policies),
    createActStage(actTargetsFromSnapshot(() => targets, () => send({ type: 'jobs' }))),
  ];
  runner = new PipelineRunner(store, stages, log, {
    workerId: config.instanceId,
    batchSize: config.pipeline.batchSize,
    pollIntervalMs: config.pipeline.pollIntervalMs,
    leaseMs: config.pipeline.leaseMs,
    maxAttempts: config.pipeline.maxAttempts,
  });
  runner.start();
  statsTimer = setInterval(() => runner && send({ type: 'stats', ...runner.stats }), 250);
  send({ type: 'started' });
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'start':
        targets = message.targets;
        await start(message.config);
        break;
      case 'notify':
        runner?.notify();
        break;
      case 'targets':
        targets = message.targets;
        break;
      case 'stop':
        clearInterval(statsTimer);
        await runner?.stop();
        if (runner) send({ type: 'stats', ...runner.stats });
        policies?.stop();
        await closeStore?.();
        send({ type: 'stopped' });
        break;
    }
  } catch (err) {
    send({ type: 'failed', message: (err as Error).message });
  }
};
