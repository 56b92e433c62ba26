// message-mapper on dispatches produced by FakeDiscord and received through the gateway client.
import { afterEach, expect, test } from 'bun:test';
import { FakeDiscord, makeUser } from '../../tests/fakes/discord/fake-discord.ts';
import { Intents } from '../../tests/fakes/discord/discord-fixtures.ts';
import type { GatewayDispatch } from './discord-types.ts';
import { DiscordGatewayClient } from './gateway-client.ts';
import { ContentIntentWatch, mapDispatch, type MappedDispatch } from './message-mapper.ts';
import { recordingLogger, waitFor } from '../../tests/harness/plugin-test-support.ts';

let fake: FakeDiscord | undefined;
let client: DiscordGatewayClient | undefined;
afterEach(async () => {
  await client?.stop();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

async function session(intents?: number) {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 1000 });
  const events: GatewayDispatch[] = [];
  client = new DiscordGatewayClient({
    token: fake.token,
    gatewayUrl: fake.gatewayUrl,
    logger: recordingLogger(),
    onDispatch: (e) => void events.push(e),
    ...(intents !== undefined ? { intents } : {}),
  });
  await client.start();
  return { f: fake, events };
}

function mapAll(events: GatewayDispatch[], botUserId: string): MappedDispatch[] {
  return events.flatMap((e) => mapDispatch(e, { channel: 'discord-main', botUserId }));
}

test('guild message, reply, DM, edit (full and partial) and delete map to items and events', async () => {
  const { f, events } = await session();
  const author = makeUser({ username: 'cheap_followers', global_name: 'Cheap Followers' });
  const first = f.userMessage({ author, content: 'Buy 10k followers', attachments: [{ filename: 'promo.png', content_type: 'image/png', size: 2048 }] });
  const reply = f.userMessage({ content: 'reported', replyTo: first.id, nick: 'Helper' });
  const dm = f.userMessage({ dm: true, author, content: 'psst' });
  f.editMessage(first.id, 'edited text');
  f.editMessage(first.id, 'edited again', { partial: true });
  f.userDeletesMessage(reply.id);
  await waitFor(() => events.filter((e) => e.t.startsWith('MESSAGE_')).length === 6, 'six message dispatches');
  const mapped = mapAll(events, f.botUser.id).filter((m) => m.kind !== 'ignored');

  const [a, b, c, edit, partial, del] = mapped;
  if (a?.kind !== 'item' || b?.kind !== 'item' || c?.kind !== 'item') throw new Error('expected three items');
  expect(a.content_missing).toBe(false);
  expect(a.item).toMatchObject({
    channel: 'discord-main',
    external_id: first.id,
    thread_external_id: f.channelId,
    author: { external_id: author.id, handle: 'cheap_followers', display_name: 'Cheap Followers' },
    text: 'Buy 10k followers',
    attachments: [{ url: first.attachments[0]!.url, content_type: 'image/png', name: 'promo.png', size: 2048 }],
    url: `https://discord.com/channels/${f.guildId}/${f.channelId}/${first.id}`,
    visibility: 'public',
    created_at: new Date(first.timestamp).toISOString(),
  });
  expect(typeof a.item.external_id).toBe('string');
  expect('parent_external_id' in a.item).toBe(false);
  expect(b.item.parent_external_id).toBe(first.id);
  expect(b.item.author.display_name).toBe('Helper');
  expect(c.item.visibility).toBe('private');
  expect(c.item.url).toBe(`https://discord.com/channels/@me/${dm.channel_id}/${dm.id}`);
  expect(edit).toMatchObject({ kind: 'edited', external_id: first.id, text: 'edited text', attachments: [{ name: 'promo.png' }] });
  expect(edit && 'at' in edit && Date.parse(edit.at)).toBeGreaterThan(0);
  expect(partial).toMatchObject({ kind: 'edited', external_id: first.id, text: 'edited again' });
  expect(partial && 'attachments' in partial).toBe(false);
  expect(del).toMatchObject({ kind: 'deleted', external_id: reply.id, thread_external_id: f.channelId });
});

test('without MESSAGE_CONTENT: blank guild content is flagged and warned about once; DMs and mentions are not', async () => {
  const { f, events } = await session(Intents.GUILDS | Intents.GUILD_MESSAGES | Intents.DIRECT_MESSAGES);
  f.userMessage({ content: 'visible only with the intent' });
  f.userMessage({ content: 'second' });
  f.userMessage({ content: 'hey bot', mentions: [f.botUser] });
  f.userMessage({ dm: true, content: 'dm text' });
  await waitFor(() => events.filter((e) => e.t === 'MESSAGE_CREATE').length === 4, 'four creates');
  const items = mapAll(events, f.botUser.id).flatMap((m) => (m.kind === 'item' ? [m] : []));
  expect(items.map((i) => [i.item.text, i.content_missing])).toEqual([
    ['', true],
    ['', true],
    ['hey bot', false],
    ['dm text', false],
  ]);
  const logger = recordingLogger();
  const watch = new ContentIntentWatch(logger);
  for (const i of items) watch.observe(i);
  expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
  expect(logger.entries[0]!.msg).toContain('MESSAGE CONTENT');
});

test("the bot's own messages are ignored; bulk delete yields one event per id", () => {
  const bot = makeUser({ bot: true });
  const own = mapDispatch({ t: 'MESSAGE_CREATE', s: 1, d: { id: '5', channel_id: '6', guild_id: '7', author: bot, content: 'x', timestamp: new Date().toISOString() } }, { channel: 'd', botUserId: bot.id });
  expect(own[0]!.kind).toBe('ignored');
  const bulk = mapDispatch({ t: 'MESSAGE_DELETE_BULK', s: 2, d: { ids: ['1400000000000009001', '1400000000000009002'], channel_id: '6', guild_id: '7' } }, { channel: 'd' });
  expect(bulk.map((b) => (b.kind === 'deleted' ? b.external_id : b.kind))).toEqual(['1400000000000009001', '1400000000000009002']);
});
