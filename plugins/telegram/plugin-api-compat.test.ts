// Keeps this folder's protocol modules plug-compatible with core/plugin-api (type-level: the
// wrapper in index.ts should need no adapters beyond what is shown here).
import { expect, test } from 'bun:test';
import type { HttpClient, ItemEvent, PluginItem, PluginLogger } from '../../core/plugin-api/index.ts';
import type { FetchLike, Logger } from './telegram-types.ts';
import { mapUpdate } from './update-mapper.ts';

test('mapped items and edits are PluginItem / ItemEvent; the host logger and HTTP client fit', () => {
  const chat = { id: -1001234567890, type: 'supergroup' as const, username: 'example_community' };
  const message = { message_id: 5521, date: 1785665700, chat, from: { id: 6012345678, is_bot: false, first_name: 'Dana' }, text: 'hi' };
  const created = mapUpdate({ update_id: 1, message }, { channel: 'telegram' });
  const edited = mapUpdate({ update_id: 2, edited_message: { ...message, edit_date: 1785665760, text: 'hi!' } }, { channel: 'telegram' });
  if (created.kind !== 'item' || edited.kind !== 'edited') throw new Error('unexpected mapping');
  const item: PluginItem = created.item;
  const event: ItemEvent = edited;
  expect(item.external_id).toBe('-1001234567890:5521');
  expect(event.at).toBe(new Date(1785665760 * 1000).toISOString());
  const asLogger = (l: PluginLogger): Logger => l;
  const asFetch = (http: HttpClient): FetchLike => (url, init) => http.fetch(url, { ...init, attempts: 1 });
  expect(typeof asLogger).toBe('function');
  expect(typeof asFetch).toBe('function');
});
