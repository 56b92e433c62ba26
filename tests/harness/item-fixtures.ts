/** Rows for store-level tests: valid items with unique external ids. */
import type { NewItemRow } from '../../core/store/index.ts';

let seq = 0;
export function itemRow(overrides: Partial<NewItemRow> = {}): NewItemRow {
  const now = Date.now();
  seq += 1;
  return {
    id: Bun.randomUUIDv7(),
    channel: 'discord',
    external_id: `m-${seq}-${Math.random().toString(36).slice(2)}`,
    thread_external_id: null,
    parent_external_id: null,
    author_external_id: 'u1',
    author_handle: 'ana',
    author_display_name: null,
    text: 'my card was charged twice',
    attachments: '[]',
    url: null,
    visibility: 'public',
    created_at: now,
    received_at: now,
    raw: null,
    queue: null,
    assignee: null,
    close_reason: null,
    claimed_by: null,
    claim_expires_at: null,
    pipeline_error: null,
    updated_at: now,
    ...overrides,
  };
}
