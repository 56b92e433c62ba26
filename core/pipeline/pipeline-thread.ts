/**
 * The main thread's handle on the pipeline worker (see pipeline-worker.ts): the same start /
 * notify / stop / stats as an in-thread PipelineRunner, so the server does not care which runs.
 * Intake and the pipeline then use a core each, and acknowledging intake never waits on a batch.
 */
import type { StewardConfig } from '../config/index.ts';
import type { Logger } from '../logger.ts';
import type { ActTargetsSnapshot } from './act-targets.ts';
import type { PipelineStats } from './pipeline-runner.ts';
import type { FromWorker, ToWorker } from './pipeline-worker.ts';

/** What the server needs of a pipeline, wherever it runs. */
export interface PipelineDriver {
  start(): void;
  notify(): void;
  stop(): Promise<void>;
  readonly stats: PipelineStats;
}

/** In the compiled binary the worker is an embedded entry point (scripts/build.ts adds it). */
function workerUrl(): string {
  return import.meta.url.includes('$bunfs') ? './core/pipeline/pipeline-worker.ts' : new URL('./pipeline-worker.ts', import.meta.url).href;
}

export class PipelineThread implements PipelineDriver {
  readonly stats: PipelineStats = { processed: 0, failedAttempts: 0, batches: 0 };
  private worker: Worker | undefined;
  private targetsTimer: ReturnType<typeof setInterval> | undefined;
  private lastTargets = '';
  private stopped: (() => void) | undefined;

  constructor(
    private readonly config: StewardConfig,
    private readonly targets: () => ActTargetsSnapshot,
    private readonly onJobsQueued: () => void,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.worker) return;
    const worker = new Worker(workerUrl());
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => this.log.error({ error: event.message }, 'pipeline worker error');
    const targets = this.targets();
    this.lastTargets = JSON.stringify(targets);
    this.post({ type: 'start', config: this.config, targets });
    // Plugin instances start, fail and restart: keep the worker's picture of them current.
    this.targetsTimer = setInterval(() => {
      const next = JSON.stringify(this.targets());
      if (next === this.lastTargets) return;
      this.lastTargets = next;
      this.post({ type: 'targets', targets: JSON.parse(next) });
    }, 1000);
  }

  notify(): void {
    this.post({ type: 'notify' });
  }

  /** Lets the worker finish the batch in hand and close its connection, then ends the thread. */
  async stop(): Promise<void> {
    clearInterval(this.targetsTimer);
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      this.stopped = resolve;
      this.post({ type: 'stop' });
    });
    worker.terminate();
    this.worker = undefined;
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'stats':
        Object.assign(this.stats, { processed: message.processed, failedAttempts: message.failedAttempts, batches: message.batches });
        break;
      case 'jobs':
        this.onJobsQueued();
        break;
      case 'failed':
        this.log.error({ reason: message.message }, 'pipeline worker failed');
        this.stopped?.();
        break;
      case 'stopped':
        this.stopped?.();
        break;
      case 'started':
        this.log.info('pipeline running on its own thread');
        break;
    }
  }
}
