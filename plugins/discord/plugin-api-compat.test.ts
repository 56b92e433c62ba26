// Keeps this folder's protocol modules plug-compatible with core/plugin-api (type-level: the
// wrapper in index.ts should need no adapters beyond what is shown here).
import { expect, test } from 'bun:test';
import type { HttpClient, ItemEvent, PluginItem, PluginLogger } from '../../core/plugin-api/index.ts';
import type { FetchLike, Logger } from './discord-types.ts';
import { mapDispatch } from './message-mapper.ts';

test('mapped items and events are PluginItem / ItemEvent; the host logger and HTTP client fit', () => {
  const [created] = mapDispatch(
    { t: 'MESSAGE_CREATE', s: 1, d: { id: '1400000000000009001', channel_id: '1400000000000000200', guild_id: '1400000000000000100', author: { id: '1400000000000000777', username: 'u', discriminator: '0' }, content: 'hi', timestamp: '2026-08-02T10:15:30.123000+00:00' } },
    { channel: 'discord' },
  );
  const [deleted] = mapDispatch({ t: 'MESSAGE_DELETE', s: 2, d: { id: '1400000000000009001', channel_id: '1400000000000000200' } }, { channel: 'discord' });
  if (created?.kind !== 'item' || deleted?.kind !== 'deleted') throw new Error('unexpected mapping');
  const item: PluginItem = created.item;
  const event: ItemEvent = deleted;
  expect(item.external_id).toBe('1400000000000009001');
  expect(event.kind).toBe('deleted');
  // ctx.log is a Logger; ctx.http.fetch with attempts: 1 is a FetchLike (the REST client owns retries).
  const asLogger = (l: PluginLogger): Logger => l;
  const asFetch = (http: HttpClient): FetchLike => (url, init) => http.fetch(url, { ...init, attempts: 1 });
  expect(typeof asLogger).toBe('function');
  expect(typeof asFetch).toBe('function');
});
