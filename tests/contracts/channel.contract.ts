/**
 * The channel contract: what every channel plugin must do, run against each one with its fake
 * platform server (tests/channel-*.test.ts). The plugin runs for real inside a PluginHost — real
 * context, real IntakeService, a real SQLite file — so "stored exactly once" is read back from
 * the database, and every action is checked by the fake on the wire.
 */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { CONFIG_DEFAULTS, type PluginInstanceConfig, type StewardConfig } from '../../core/config/index.ts';
import { IntakeService } from '../../core/intake/index.ts';
import { createLogger } from '../../core/logger.ts';
import type { ActionKind, ChannelInstance, ConformanceSession, PluginDefinition } from '../../core/plugin-api/index.ts';
import { PluginHost } from '../../core/plugin-host/index.ts';
import { listEventsForItem, listItems, migrateToLatest, openStore, type Store } from '../../core/store/index.ts';
import { tempDir } from '../harness/stores.ts';

/** A fake platform session: the conformance shape plus the platform-side edit, where it reports edits. */
export interface ContractSession extends ConformanceSession {
  produce(count: number): Promise<string[]>;
  /** The author edits a message the fake sent; the plugin should record an `edited` event. */
  edit?(externalId: string, text: string): void;
}

export interface ChannelContractSubject {
  name: string;
  /** The platform tells the bot about edits, and the session can make one (`edit`). */
  reportsEdits: boolean;
  plugin(): Promise<PluginDefinition>;
  start(): Promise<ContractSession>;
}

export interface ChannelHost {
  host: PluginHost;
  store: Store;
  /** Every log line the host and plugins wrote (JSON). */
  logs: string[];
  /** external_id → how many stored items carry it, for one instance. */
  counts(instanceId: string): Promise<Map<string, number>>;
  /** Waits until every id is stored for the instance; returns the counts. */
  waitForItems(instanceId: string, ids: string[], timeoutMs?: number): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** A PluginHost over a fresh SQLite file, running the given instances; restarts after failures are quick. */
export async function startChannelHost(plugins: PluginDefinition[], instances: PluginInstanceConfig[], options: { holderId?: string; databaseUrl?: string } = {}): Promise<ChannelHost> {
  const databaseUrl = options.databaseUrl ?? `sqlite:${join(tempDir(), 'steward.db')}`;
  const store = openStore(databaseUrl, { sqliteSynchronous: 'NORMAL' });
  await migrateToLatest(store);
  const logs: string[] = [];
  const log = createLogger('info', new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) }));
  const config: StewardConfig = {
    ...structuredClone(CONFIG_DEFAULTS),
    instanceId: options.holderId ?? `contract-${Math.random().toString(36).slice(2, 8)}`,
    plugins: { ...CONFIG_DEFAULTS.plugins, instances: structuredClone(instances) },
  };
  const intake = new IntakeService(store, log, { maxGroupCommitItems: 5000 });
  const host = new PluginHost({ config, store, intake, log, builtIn: plugins, instanceOptions: { restartBaseMs: 100, restartMaxMs: 1_000 } });
  await host.startAll();
  const counts = async (instanceId: string) => {
    const map = new Map<string, number>();
    for (const item of await listItems(store.db, { channel: instanceId, limit: 100_000 })) map.set(item.external_id, (map.get(item.external_id) ?? 0) + 1);
    return map;
  };
  return {
    host,
    store,
    logs,
    counts,
    async waitForItems(instanceId, ids, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const seen = await counts(instanceId);
        if (ids.every((id) => seen.has(id)) || Date.now() > deadline) return seen;
        await Bun.sleep(20);
      }
    },
    async close() {
      await host.stopAll();
      await intake.close();
      await store.close();
    },
  };
}

/** Polls until `pred` holds or fails naming `what`; never asserts on elapsed time. */
export async function eventually(pred: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await Bun.sleep(20);
  }
}

export function runChannelContract(subject: ChannelContractSubject): void {
  describe(`channel contract: ${subject.name}`, () => {
    const instanceId = `contract-${subject.name}`;
    let plugin: PluginDefinition;
    let session: ContractSession;
    let env: ChannelHost;
    const ingested: string[] = [];
    const channel = () => env.host.get(instanceId)!.channel as ChannelInstance;

    beforeAll(async () => {
      plugin = await subject.plugin();
      session = await subject.start();
      env = await startChannelHost([plugin], [{ id: instanceId, plugin: plugin.id, config: session.config }]);
    });
    afterAll(async () => {
      await env?.close();
      await session?.teardown();
    });

    test('starts and reports itself healthy, declaring actions from the closed list', async () => {
      const [status] = env.host.statuses();
      expect(status).toMatchObject({ id: instanceId, plugin: plugin.id, state: 'running', healthy: true, last_error: null });
      expect(status!.actions.length).toBeGreaterThan(0);
    });

    test('stores every message the platform sends exactly once, under the instance as its channel', async () => {
      const ids = await session.produce(5);
      ingested.push(...ids);
      const counts = await env.waitForItems(instanceId, ids);
      expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
      const items = await listItems(env.store.db, { channel: instanceId, limit: 100 });
      for (const item of items) {
        expect(item.text.length).toBeGreaterThan(0);
        expect(item.author.external_id.length).toBeGreaterThan(0);
        expect(Number.isFinite(item.created_at)).toBe(true);
      }
    });

    test('after a restart, messages sent while it was stopped arrive, and none is stored twice', async () => {
      const instance = env.host.get(instanceId)!;
      await instance.stop();
      const whileStopped = await session.produce(2);
      await instance.start();
      const after = await session.produce(1);
      ingested.push(...whileStopped, ...after);
      const counts = await env.waitForItems(instanceId, ingested);
      expect(ingested.map((id) => counts.get(id))).toEqual(ingested.map(() => 1));
      expect(counts.size).toBe(ingested.length);
    });

    test.skipIf(!subject.reportsEdits)('an edit on the platform becomes an event on the stored item', async () => {
      const [target] = ingested;
      session.edit!(target!, 'edited: nothing to see here');
      const [item] = (await listItems(env.store.db, { channel: instanceId, limit: 100 })).filter((i) => i.external_id === target);
      await eventually(async () => (await listEventsForItem(env.store.db, item!.id)).some((e) => e.type === 'edited'), 'the edited event');
      const edited = (await listEventsForItem(env.store.db, item!.id)).find((e) => e.type === 'edited')!;
      expect(edited.data).toMatchObject({ text: 'edited: nothing to see here' });
    });

    test('each declared action reaches the platform as the platform expects', async () => {
      const target = ingested[1]!;
      for (const kind of channel().actions as ActionKind[]) {
        const action = session.sampleAction!(kind, target);
        const result = await channel().perform(action, { idempotencyKey: `contract-${kind}`, attempt: 1 });
        expect(typeof result).toBe('object');
        expect({ kind, wrong: await session.verifyAction!(kind, target) }).toEqual({ kind, wrong: undefined });
      }
    });

    test('after stop, nothing more is taken in and the instance reports stopped', async () => {
      await env.host.stopAll();
      const before = (await env.counts(instanceId)).size;
      await session.produce(2);
      await Bun.sleep(500);
      expect((await env.counts(instanceId)).size).toBe(before);
      expect(env.host.statuses()[0]).toMatchObject({ state: 'stopped', healthy: false });
    });
  });
}
