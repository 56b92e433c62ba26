/**
 * The conformance kit behind `steward plugin test <dir>`: loads a plugin folder, checks its
 * declaration and config schema, then runs it for real — a temporary SQLite store, the real
 * intake and plugin context — against the fake platform its conformance.ts starts, and reports
 * each contract rule as passed or failed with the reason.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../logger.ts';
import { IntakeService } from '../intake/index.ts';
import {
  ACTION_KINDS, PermanentError, RetryableError, type ActionKind, type ChannelInstance, type ConformanceFixture,
  type ConformanceSession, type EscalationInstance, type PluginDefinition,
} from '../plugin-api/index.ts';
import { listItems, migrateToLatest, openStore, type Store } from '../store/index.ts';
import { checkInstanceConfig } from './instance-config.ts';
import { createPluginContext, type InstanceContext } from './plugin-context-factory.ts';
import { loadPluginFolder } from './plugin-loader.ts';
import { registerSharedModules } from './shared-modules.ts';

export interface KitCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface KitOptions {
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** How long to wait for produced messages to be ingested. */
  ingestWaitMs?: number;
}

const CREDENTIAL_NAME = /(token|secret|password|passwd|api[-_]?key|private[-_]?key|signing[-_]?key|credential)/i;

export async function runConformanceKit(folder: string, options: KitOptions = {}): Promise<KitCheck[]> {
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
  const ingestWaitMs = options.ingestWaitMs ?? 10_000;
  const checks: KitCheck[] = [];
  const pass = (name: string, detail?: string) => checks.push({ name, ok: true, ...(detail ? { detail } : {}) });
  const fail = (name: string, detail: string) => checks.push({ name, ok: false, detail });

  registerSharedModules();
  let definition: PluginDefinition;
  try {
    definition = (await loadPluginFolder(folder)).definition;
    pass('loads, and declares id, version, kind and a config schema', `${definition.id}@${definition.version} (${definition.kind})`);
  } catch (err) {
    fail('loads, and declares id, version, kind and a config schema', (err as Error).message);
    return checks;
  }

  const unmarked = findUnmarkedCredentials(definition.configSchema);
  if (unmarked.length === 0) pass('credential-like config fields are marked "secret": true');
  else fail('credential-like config fields are marked "secret": true', `not marked: ${unmarked.join(', ')}`);

  const fixtureFile = ['conformance.ts', 'conformance.js'].map((f) => join(resolve(folder), f)).find((f) => existsSync(f));
  if (!fixtureFile) {
    fail('provides a conformance fixture', 'no conformance.ts: it must start a fake of the platform and export it as the default (see docs/plugins.md)');
    return checks;
  }
  let session: ConformanceSession;
  try {
    const fixture = (await import(fixtureFile)).default as ConformanceFixture;
    session = await fixture.setup();
    pass('provides a conformance fixture');
  } catch (err) {
    fail('provides a conformance fixture', `conformance.ts setup() failed: ${(err as Error).message}`);
    return checks;
  }

  const dataDir = join(process.env.TMPDIR ?? '/tmp', `steward-kit-${process.pid}-${Date.now()}`);
  const store = openStore(`sqlite:${join(dataDir, 'kit.db')}`, { sqliteSynchronous: 'NORMAL' });
  const logLines: string[] = [];
  const log = createLogger('warn', new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }));
  try {
    await migrateToLatest(store);
    const config = structuredClone(session.config);
    const configProblems = checkInstanceConfig('kit', definition, config);
    if (configProblems.length > 0) {
      fail('the fixture config is valid against the config schema', configProblems.join('; '));
      return checks;
    }
    pass('the fixture config is valid against the config schema');
    const intake = new IntakeService(store, log, { maxGroupCommitItems: 5000 });
    const instanceId = `kit-${definition.id}`;
    const run = new KitRun(definition, config, { store, intake, log, instanceId }, startTimeoutMs, stopTimeoutMs);

    const started = await run.start();
    if (started !== undefined) {
      fail(`create() and start() finish within ${startTimeoutMs} ms`, started);
      return checks;
    }
    pass(`create() and start() finish within ${startTimeoutMs} ms`);

    if (definition.kind === 'channel') {
      await channelChecks(run, session, store, instanceId, ingestWaitMs, logLines, pass, fail);
    } else {
      await escalationChecks(run, session, pass, fail);
    }

    const stopped = await run.stop();
    if (stopped === undefined) pass(`stop() finishes within ${stopTimeoutMs} ms`);
    else fail(`stop() finishes within ${stopTimeoutMs} ms`, stopped);

    if (definition.kind === 'channel' && session.produce) {
      const before = (await listItems(store.db, { channel: instanceId, limit: 100_000 })).length;
      await session.produce(2);
      await Bun.sleep(Math.min(1500, ingestWaitMs));
      const after = (await listItems(store.db, { channel: instanceId, limit: 100_000 })).length;
      if (after === before) pass('takes in nothing after stop()');
      else fail('takes in nothing after stop()', `${after - before} item(s) were ingested after stop(): cancel timers and loops in stop()`);
    }
  } finally {
    await session.teardown().catch(() => {});
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return checks;
}

type Mark = (name: string, detail: string) => void;

async function channelChecks(
  run: KitRun, session: ConformanceSession, store: Store, instanceId: string, waitMs: number, logLines: string[],
  pass: (name: string, detail?: string) => void, fail: Mark,
): Promise<void> {
  const channel = run.instance as ChannelInstance;
  const bad = (channel.actions ?? []).filter((a) => !ACTION_KINDS.includes(a));
  if (!Array.isArray(channel.actions) || bad.length > 0) fail('declares its actions from the closed list', `unknown actions: ${bad.join(', ') || '(actions is not an array)'}`);
  else pass('declares its actions from the closed list', channel.actions.join(', ') || '(none)');

  if (!session.produce) {
    fail('ingests the messages the platform sends', 'the fixture has no produce(): it cannot make the fake platform send anything');
    return;
  }
  const ids = await session.produce(3);
  const stored = await waitForItems(store, instanceId, ids, waitMs);
  const missing = ids.filter((id) => !stored.has(id));
  if (missing.length === 0) pass('ingests the messages the platform sends', `${ids.length} of ${ids.length} stored`);
  else {
    const errors = logLines.filter((l) => l.includes('"level":"error"') || l.includes('"level":50')).map((l) => JSON.parse(l).err?.message ?? JSON.parse(l).msg);
    fail('ingests the messages the platform sends', `${missing.length} of ${ids.length} never reached ctx.ingest() within ${waitMs} ms${errors.length ? `; errors: ${[...new Set(errors)].slice(0, 3).join(' | ')}` : ''}`);
  }

  // Restart: a new instance on the same storage must not take old messages in again.
  const beforeRestart = run.duplicates;
  const restartProblem = (await run.stop()) ?? (await run.start());
  if (restartProblem) {
    fail('restarts cleanly and keeps its place', restartProblem);
  } else {
    const more = await session.produce(1);
    await waitForItems(store, instanceId, more, waitMs);
    const repeated = run.duplicates - beforeRestart;
    if (repeated === 0) pass('restarts cleanly and keeps its place (nothing ingested twice)');
    else fail('restarts cleanly and keeps its place (nothing ingested twice)', `${repeated} message(s) were handed to ctx.ingest() again after a restart: store the cursor with ctx.cursors after each ingest`);
  }

  const target = ids[0]!;
  for (const kind of (run.instance as ChannelInstance).actions as ActionKind[]) {
    const name = `performs "${kind}" on the platform`;
    const action = session.sampleAction?.(kind, target);
    if (!action) {
      fail(name, 'the fixture has no sampleAction() for it');
      continue;
    }
    try {
      const result = await (run.instance as ChannelInstance).perform(action, { idempotencyKey: `kit-${kind}-1`, attempt: 1 });
      if (result === null || typeof result !== 'object') throw new TypeError(`perform() must resolve to an object, got ${JSON.stringify(result)}`);
      const wrong = await session.verifyAction?.(kind, target);
      if (wrong) fail(name, wrong);
      else pass(name);
    } catch (err) {
      const typed = err instanceof RetryableError || err instanceof PermanentError;
      fail(name, `${typed ? '' : 'threw an untyped error (throw RetryableError or PermanentError): '}${(err as Error).message}`);
    }
  }
}

async function escalationChecks(run: KitRun, session: ConformanceSession, pass: (name: string, detail?: string) => void, fail: Mark): Promise<void> {
  const escalation = {
    id: 'escalation:kit-item:finance',
    route: 'finance',
    item: { id: 'kit-item', channel: 'kit', external_id: 'm1', text: 'I was charged twice', url: null, author: { external_id: 'u1', handle: 'ana' }, created_at: new Date().toISOString() },
    reason: 'billing dispute',
    created_at: new Date().toISOString(),
  };
  const name = 'escalates and returns an external reference';
  try {
    const result = await (run.instance as EscalationInstance).escalate(escalation, { idempotencyKey: escalation.id, attempt: 1 });
    if (!result || typeof result.externalRef !== 'string' || result.externalRef === '') throw new TypeError(`escalate() must resolve to { externalRef: string }, got ${JSON.stringify(result)}`);
    const wrong = await session.verifyEscalation?.(escalation, result.externalRef);
    if (wrong) fail(name, wrong);
    else pass(name, `externalRef ${result.externalRef}`);
  } catch (err) {
    fail(name, (err as Error).message);
  }
}

async function waitForItems(store: Store, channel: string, ids: string[], waitMs: number): Promise<Set<string>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const stored = new Set((await listItems(store.db, { channel, limit: 100_000 })).map((i) => i.external_id));
    if (ids.every((id) => stored.has(id)) || Date.now() > deadline) return stored;
    await Bun.sleep(25);
  }
}

function findUnmarkedCredentials(schema: unknown, path = ''): string[] {
  const s = schema as { properties?: Record<string, unknown> } | undefined;
  if (!s?.properties) return [];
  return Object.entries(s.properties).flatMap(([key, sub]) => {
    const here = path ? `${path}.${key}` : key;
    const own = CREDENTIAL_NAME.test(key) && (sub as { secret?: boolean }).secret !== true ? [here] : [];
    return [...own, ...findUnmarkedCredentials(sub, here)];
  });
}

/** One instance under test, started and stopped with the host's timeouts, counting repeats. */
class KitRun {
  instance: ChannelInstance | EscalationInstance | undefined;
  duplicates = 0;
  private context: InstanceContext | undefined;

  constructor(
    private readonly definition: PluginDefinition,
    private readonly config: Record<string, unknown>,
    private readonly deps: { store: Store; intake: IntakeService; log: ReturnType<typeof createLogger>; instanceId: string },
    private readonly startTimeoutMs: number,
    private readonly stopTimeoutMs: number,
  ) {}

  /** undefined on success, else what went wrong. */
  async start(): Promise<string | undefined> {
    const counting = {
      ingest: async (items: Parameters<IntakeService['ingest']>[0]) => {
        const results = await this.deps.intake.ingest(items);
        this.duplicates += results.filter((r) => r.duplicate).length;
        return results;
      },
    } as IntakeService;
    this.context = createPluginContext({
      instanceId: this.deps.instanceId,
      store: this.deps.store,
      intake: counting,
      log: this.deps.log,
      holderId: 'kit',
      maxItemsPerCall: 1000,
      onFail: () => {},
    });
    try {
      this.instance = await timeout(Promise.resolve(this.definition.create(this.context.ctx, structuredClone(this.config) as never)), this.startTimeoutMs, 'create()');
      await timeout(Promise.resolve(this.instance.start?.()), this.startTimeoutMs, 'start()');
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }

  async stop(): Promise<string | undefined> {
    this.context?.dispose();
    try {
      await timeout(Promise.resolve(this.instance?.stop?.()), this.stopTimeoutMs, 'stop()');
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

export function formatKitReport(folder: string, checks: KitCheck[]): string {
  const lines = checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  const failed = checks.filter((c) => !c.ok).length;
  return `steward plugin test ${folder}\n${lines.join('\n')}\n${failed === 0 ? `all ${checks.length} checks passed` : `${failed} of ${checks.length} checks failed`}\n`;
}
