/** /api/v1/items: intake (one item or a batch), one item with its events, and the paged list. */
import { Hono } from 'hono';
import { ITEM_STATUSES, type ItemStatus } from '../domain/item-status.ts';
import { StewardError } from '../errors.ts';
import { parseIncomingItems, readJsonBody, type IntakeService } from '../intake/index.ts';
import { expandDecision, type RuleIndex, type StoredDecision } from '../policy/index.ts';
import { getClassification, getDecision, getItem, getRuleIndex, listEventsForItem, listItems, type Store, type StoredItem } from '../store/index.ts';
import type { AuthVariables } from './auth-middleware.ts';

export interface ItemsRoutesDeps {
  store: Store;
  intake: IntakeService;
  maxItemsPerRequest: number;
  maxBodyBytes: number;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function itemsRoutes(deps: ItemsRoutesDeps): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();

  app.post('/', async (c) => {
    const body = await readJsonBody(c.req.raw, deps.maxBodyBytes);
    const { items, batch } = parseIncomingItems(body, deps.maxItemsPerRequest);
    const results = await deps.intake.ingest(items);
    if (!batch) {
      const [result] = results;
      return c.json({ item: result }, result!.duplicate ? 200 : 201);
    }
    const duplicates = results.filter((r) => r.duplicate).length;
    return c.json({ items: results, created: results.length - duplicates, duplicates }, duplicates === results.length ? 200 : 201);
  });

  app.get('/', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !ITEM_STATUSES.includes(status as ItemStatus)) {
      throw new StewardError('validation_failed', undefined, [{ path: 'status', message: `must be one of ${ITEM_STATUSES.join(', ')}` }]);
    }
    const limit = parseLimit(c.req.query('limit'));
    const since = parseSince(c.req.query('since'));
    const afterId = decodeCursor(c.req.query('cursor'));
    const channel = c.req.query('channel');
    const items = await listItems(deps.store.db, {
      limit,
      ...(status ? { status: status as ItemStatus } : {}),
      ...(channel ? { channel } : {}),
      ...(since !== undefined ? { since } : {}),
      ...(afterId ? { afterId } : {}),
    });
    const next = items.length === limit ? encodeCursor(items.at(-1)!.id) : null;
    return c.json({ items: items.map(serializeItem), next_cursor: next });
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const item = UUID.test(id) ? await getItem(deps.store.db, id) : undefined;
    if (!item) throw new StewardError('not_found', `No item with id "${id.slice(0, 100)}".`);
    const [events, classification] = await Promise.all([listEventsForItem(deps.store.db, id), getClassification(deps.store.db, id)]);
    return c.json({
      item: serializeItem(item),
      classification: classification ? { ...classification, classified_at: iso(classification.classified_at) } : null,
      events: events.map((e) => ({ ...e, created_at: iso(e.created_at) })),
    });
  });

  /** The latest policy decision with its full trace: every rule, condition and action, shadow included. */
  app.get('/:id/decision', async (c) => {
    const id = c.req.param('id');
    const item = UUID.test(id) ? await getItem(deps.store.db, id) : undefined;
    if (!item) throw new StewardError('not_found', `No item with id "${id.slice(0, 100)}".`);
    const decision = await getDecision(deps.store.db, id);
    if (!decision) throw new StewardError('not_found', `Item ${id} has not been decided yet (status ${item.status}).`);
    const stored = decision as StoredDecision;
    const index = (await getRuleIndex(deps.store.db, stored.policy_version)) as RuleIndex | undefined;
    return c.json({ decision: expandDecision(stored, index) });
  });

  return app;
}

/** The API speaks RFC 3339 times; the store keeps epoch milliseconds. */
function serializeItem(item: StoredItem) {
  return { ...item, created_at: iso(item.created_at), received_at: iso(item.received_at), updated_at: iso(item.updated_at) };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PAGE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new StewardError('validation_failed', undefined, [{ path: 'limit', message: `must be an integer from 1 to ${MAX_PAGE}` }]);
  }
  return n;
}

/** `since` is an RFC 3339 time, epoch milliseconds, or a duration back from now (`30d`, `12h`, `15m`). */
export function parseSince(raw: string | undefined, now = Date.now()): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const relative = raw.match(/^(\d+)(d|h|m)$/);
  if (relative) return now - Number(relative[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
  if (/^\d+$/.test(raw)) return Number(raw);
  const t = Date.parse(raw);
  if (Number.isNaN(t)) {
    throw new StewardError('validation_failed', undefined, [{ path: 'since', message: 'must be an RFC 3339 time, epoch milliseconds, or a duration such as 30d' }]);
  }
  return t;
}

function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

function decodeCursor(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const id = Buffer.from(raw, 'base64url').toString('utf8');
  if (!UUID.test(id)) throw new StewardError('invalid_cursor');
  return id;
}
