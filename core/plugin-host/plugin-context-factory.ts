/** Builds the `ctx` one plugin instance sees: scoped storage, intake under its own channel, HTTP, timers. */
import type { Logger } from '../logger.ts';
import { itemKey } from '../domain/item.ts';
import { StewardError } from '../errors.ts';
import { parseIncomingItems, type IntakeService } from '../intake/index.ts';
import {
  IngestValidationError, type ItemEvent, type Lease, type PluginContext, type PluginItem, type Scheduler,
} from '../plugin-api/index.ts';
import {
  deletePluginState, findItemIdsByKeys, getPluginState, recordEvents, releaseLease, setPluginState, tryAcquireLease, type Store,
} from '../store/index.ts';
import { createHttpClient } from './http-client.ts';

export interface ContextDeps {
  instanceId: string;
  store: Store;
  intake: IntakeService;
  log: Logger;
  /** Who holds leases on behalf of this replica. */
  holderId: string;
  maxItemsPerCall: number;
  onFail(error: Error): void;
  /** The instance's own word on its health (reportHealth); absent in the conformance kit. */
  onHealth?(health: { ok: true } | { ok: false; reason: string }): void;
  clock?: () => number;
}

export interface InstanceContext {
  ctx: PluginContext;
  /** Aborts the signal and cancels every scheduled task. */
  dispose(): void;
}

export function createPluginContext(deps: ContextDeps): InstanceContext {
  const controller = new AbortController();
  const timers = new Set<ReturnType<typeof setInterval>>();
  const now = deps.clock ?? Date.now;
  const log = deps.log.child({ plugin_instance: deps.instanceId });

  const scheduler: Scheduler = {
    every(intervalMs, task) {
      let running = false;
      const timer = setInterval(async () => {
        if (running || controller.signal.aborted) return; // never overlap a slow run with the next
        running = true;
        try {
          await task();
        } catch (err) {
          log.error({ err }, 'scheduled task failed');
        } finally {
          running = false;
        }
      }, intervalMs);
      timers.add(timer);
      return { cancel: () => (clearInterval(timer), timers.delete(timer)) };
    },
    sleep(ms) {
      return new Promise((resolve, reject) => {
        if (controller.signal.aborted) return reject(controller.signal.reason);
        const t = setTimeout(resolve, ms);
        controller.signal.addEventListener('abort', () => (clearTimeout(t), reject(controller.signal.reason)), { once: true });
      });
    },
  };

  const ctx: PluginContext = {
    instanceId: deps.instanceId,
    async ingest(items: PluginItem[]) {
      const withChannel = items.map((i) => ({ ...i, channel: deps.instanceId }));
      try {
        parseIncomingItems(withChannel.length === 1 ? withChannel[0] : { items: withChannel }, deps.maxItemsPerCall);
      } catch (err) {
        if (err instanceof StewardError) {
          throw new IngestValidationError(err.details ?? [{ path: '/', message: err.message }]);
        }
        throw err;
      }
      return deps.intake.ingest(withChannel);
    },
    async recordItemEvent(_channel: string, event: ItemEvent) {
      const key = { channel: deps.instanceId, external_id: event.external_id };
      const ids = await findItemIdsByKeys(deps.store.db, [key]);
      const id = ids.get(itemKey(key));
      if (!id) return false;
      await deps.store.db.transaction().execute((trx) =>
        recordEvents(trx, [{
          item_id: id,
          type: event.kind,
          actor_type: 'plugin',
          actor_id: deps.instanceId,
          data: { ...(event.text !== undefined ? { text: event.text } : {}), at: event.at },
          created_at: now(),
        }]),
      );
      return true;
    },
    log,
    kv: {
      get: async <T>(key: string) => (await getPluginState(deps.store.db, deps.instanceId, `kv:${key}`)) as T | undefined,
      set: (key, value) => setPluginState(deps.store.db, deps.instanceId, `kv:${key}`, value, now()),
      delete: (key) => deletePluginState(deps.store.db, deps.instanceId, `kv:${key}`),
    },
    cursors: {
      get: async (name) => (await getPluginState(deps.store.db, deps.instanceId, `cursor:${name}`)) as string | undefined,
      set: (name, value) => setPluginState(deps.store.db, deps.instanceId, `cursor:${name}`, value, now()),
    },
    http: createHttpClient({ signal: controller.signal }),
    scheduler,
    now,
    async acquireLease(name, ttlMs) {
      const full = `${deps.instanceId}:${name}`;
      if (!(await tryAcquireLease(deps.store.db, full, deps.holderId, ttlMs, now()))) return undefined;
      const lease: Lease = {
        name,
        renew: () => tryAcquireLease(deps.store.db, full, deps.holderId, ttlMs, now()),
        release: () => releaseLease(deps.store.db, full, deps.holderId),
      };
      return lease;
    },
    signal: controller.signal,
    fail: (error) => deps.onFail(error),
    reportHealth: (health) => deps.onHealth?.(health),
  };

  return {
    ctx,
    dispose() {
      controller.abort(new Error(`plugin instance ${deps.instanceId} is stopping`));
      for (const t of timers) clearInterval(t);
      timers.clear();
    },
  };
}
