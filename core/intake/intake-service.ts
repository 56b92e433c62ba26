/**
 * Durable, idempotent intake. An item is stored once per (channel, external_id); a repeat —
 * in the same batch, in a concurrent request, or days later — is answered with the original id.
 * The returned promise resolves only after the commit, so a caller that acknowledges on it never
 * acknowledges something that could be lost.
 */
import { itemKey, type IncomingItem } from '../domain/item.ts';
import { StewardError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { findItemIdsByKeys, insertNewItems, type NewItemRow, type Store } from '../store/index.ts';
import { GroupCommitter } from './group-committer.ts';

export interface IntakeResult {
  id: string;
  duplicate: boolean;
}

export interface IntakeOptions {
  maxGroupCommitItems: number;
  /** Called after each commit with the number of new items, so idle pipeline workers wake up. */
  onCommitted?: (newItems: number) => void;
  clock?: () => number;
}

export class IntakeService {
  private readonly committer: GroupCommitter<IncomingItem, IntakeResult>;
  private closed = false;
  private readonly clock: () => number;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly options: IntakeOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.committer = new GroupCommitter((items) => this.commit(items), options.maxGroupCommitItems);
  }

  /** Stores the items (validated already) and resolves with one result per item, in order. */
  async ingest(items: IncomingItem[]): Promise<IntakeResult[]> {
    if (this.closed) throw new StewardError('shutting_down');
    return this.committer.submit(items);
  }

  /** Refuses new intake and waits for what was already submitted to commit. */
  async close(): Promise<void> {
    this.closed = true;
    await this.committer.idle();
  }

  private async commit(items: IncomingItem[]): Promise<IntakeResult[]> {
    const now = this.clock();
    // Within one group the first occurrence of a key wins; later ones are its duplicates.
    const firstIndex = new Map<string, number>();
    const rows: NewItemRow[] = [];
    items.forEach((item, index) => {
      const key = itemKey(item);
      if (firstIndex.has(key)) return;
      firstIndex.set(key, index);
      rows.push(toRow(item, now));
    });

    // Insert in key order. Two replicas group the same items differently; inserting in arrival
    // order let each lock a key the other wanted next, and PostgreSQL aborted one of them as a
    // deadlock (seen in tests/postgres-replicas.test.ts under load). One order for everyone
    // means the second waits instead; a deadlock or serialization failure is still retried.
    rows.sort((a, b) => (itemKey(a) < itemKey(b) ? -1 : itemKey(a) > itemKey(b) ? 1 : 0));
    let inserted: Map<string, string> | undefined;
    let existing = new Map<string, string>();
    for (let attempt = 1; inserted === undefined; attempt++) {
      try {
        ({ inserted, existing } = await this.store.db.transaction().execute(async (trx) => {
          const ins = await insertNewItems(trx, rows);
          const missing = rows.filter((r) => !ins.has(itemKey(r)));
          const found = missing.length > 0 ? await findItemIdsByKeys(trx, missing) : new Map<string, string>();
          return { inserted: ins, existing: found };
        }));
      } catch (err) {
        if (attempt < COMMIT_ATTEMPTS && isTransientConflict(err)) {
          this.log.warn({ err, attempt, items: items.length }, 'intake commit conflicted with another writer; retrying');
          continue;
        }
        this.log.error({ err, items: items.length }, 'intake commit failed; nothing of this group was stored');
        throw new StewardError('storage_unavailable');
      }
    }

    const seen = new Set<string>();
    const results = items.map((item): IntakeResult => {
      const key = itemKey(item);
      const newId = inserted.get(key);
      if (newId !== undefined && !seen.has(key)) {
        seen.add(key);
        return { id: newId, duplicate: false };
      }
      const id = newId ?? existing.get(key);
      if (id === undefined) throw new Error(`intake: ${key} neither inserted nor found`);
      return { id, duplicate: true };
    });
    if (inserted.size > 0) this.options.onCommitted?.(inserted.size);
    return results;
  }
}

const COMMIT_ATTEMPTS = 3;

/** PostgreSQL deadlock_detected (40P01) or serialization_failure (40001): safe to run the transaction again. */
function isTransientConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

function toRow(item: IncomingItem, now: number): NewItemRow {
  return {
    id: Bun.randomUUIDv7(),
    channel: item.channel,
    external_id: item.external_id,
    thread_external_id: item.thread_external_id ?? null,
    parent_external_id: item.parent_external_id ?? null,
    author_external_id: item.author.external_id,
    author_handle: item.author.handle ?? null,
    author_display_name: item.author.display_name ?? null,
    text: item.text,
    attachments: JSON.stringify(item.attachments ?? []),
    url: item.url ?? null,
    visibility: item.visibility ?? 'public',
    created_at: Date.parse(item.created_at),
    received_at: now,
    raw: item.raw === undefined ? null : JSON.stringify(item.raw),
    queue: null,
    assignee: null,
    close_reason: null,
    claimed_by: null,
    claim_expires_at: null,
    pipeline_error: null,
    updated_at: now,
  };
}
