// update-mapper on Updates produced by FakeTelegram and fetched with the real client.
import { afterEach, expect, test } from 'bun:test';
import { FakeTelegram } from '../../tests/fakes/telegram/fake-telegram.ts';
import { makeTgUser } from '../../tests/fakes/telegram/telegram-fixtures.ts';
import { TelegramBotApiClient } from './bot-api-client.ts';
import type { TgUpdate } from './telegram-types.ts';
import { recordingLogger } from '../../tests/harness/plugin-test-support.ts';
import { mapUpdate, permalink, type MappedUpdate } from './update-mapper.ts';

let tg: FakeTelegram | undefined;
afterEach(async () => {
  await tg?.stop();
  tg = undefined;
});

async function fetchAll(f: FakeTelegram, allowed?: string[]): Promise<TgUpdate[]> {
  const api = new TelegramBotApiClient({ token: f.token, apiRoot: f.apiRoot, fetch: (u, i) => fetch(u, i), logger: recordingLogger() });
  return api.getUpdates({ timeout: 0, ...(allowed ? { allowed_updates: allowed } : {}) });
}

const map = (updates: TgUpdate[], botUserId?: number): MappedUpdate[] => updates.map((u) => mapUpdate(u, { channel: 'tg-main', botUserId: botUserId ?? null }));

test('message, reply with context, edit, channel post without from, anonymous admin via sender_chat', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const group = f.addChat({ type: 'supergroup', title: 'Example Community', username: 'example_community' });
  const channel = f.addChat({ type: 'channel', title: 'Announcements' });
  const dana = makeTgUser({ first_name: 'Dana', last_name: 'P', username: 'dana_promo' });
  const first = f.userSays({ chat: group, from: dana, text: 'Free crypto signals' });
  const reply = f.userSays({ chat: group, text: 'this is spam', replyTo: first.message_id });
  f.editMessage(group.id, first.message_id, 'Free crypto signals: DM me');
  const post = f.userSays({ chat: channel, text: 'News' });
  f.userSays({ chat: group, from: makeTgUser({ first_name: 'Group', username: 'GroupAnonymousBot', is_bot: true }), senderChat: group, text: 'from an anonymous admin' });
  f.pushUpdate({ message_reaction: { chat: group } });
  const mapped = map(await fetchAll(f));

  const [a, b, edit, c, anon] = mapped;
  if (a?.kind !== 'item' || b?.kind !== 'item' || c?.kind !== 'item' || anon?.kind !== 'item') throw new Error(`unexpected ${JSON.stringify(mapped.map((m) => m.kind))}`);
  expect(a.item).toMatchObject({
    channel: 'tg-main',
    external_id: `${group.id}:${first.message_id}`,
    thread_external_id: String(group.id),
    author: { external_id: String(dana.id), handle: 'dana_promo', display_name: 'Dana P' },
    text: 'Free crypto signals',
    attachments: [],
    url: `https://t.me/example_community/${first.message_id}`,
    visibility: 'public',
    created_at: new Date(first.date * 1000).toISOString(),
  });
  expect(b.item.parent_external_id).toBe(`${group.id}:${first.message_id}`);
  expect('parent_external_id' in a.item).toBe(false);
  expect(b.reply_to).toEqual({ external_id: `${group.id}:${first.message_id}`, author: a.item.author, text: 'Free crypto signals' });
  expect(b.item.external_id).toBe(`${group.id}:${reply.message_id}`);
  expect(edit).toMatchObject({ kind: 'edited', external_id: `${group.id}:${first.message_id}`, text: 'Free crypto signals: DM me' });
  expect(c.item.author).toEqual({ external_id: `chat:${channel.id}`, handle: 'Announcements', display_name: 'Announcements' });
  expect(c.item.url).toBe(`https://t.me/c/${String(channel.id).slice(4)}/${post.message_id}`);
  expect(anon.item.author.external_id).toBe(`chat:${group.id}`);
  expect(mapped).toHaveLength(5); // message_reaction is opt-in and was filtered by the fake
});

test('group migration yields chat_migrated from both service messages; chat_member only when opted in', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const group = f.addChat({ type: 'group', title: 'Small' });
  const before = f.userSays({ chat: group, text: 'before' });
  const supergroup = f.migrateGroup(group.id);
  const after = f.userSays({ chat: supergroup, text: 'after' });
  const user = makeTgUser({ first_name: 'Lee' });
  f.chatMemberChanged(supergroup, user, 'left', 'member'); // filtered: chat_member not requested
  const mapped = map(await fetchAll(f));
  expect(mapped.map((m) => m.kind)).toEqual(['item', 'chat_migrated', 'chat_migrated', 'item']);
  const migrations = mapped.filter((m) => m.kind === 'chat_migrated');
  for (const m of migrations) expect(m).toMatchObject({ from_chat_id: String(group.id), to_chat_id: String(supergroup.id) });
  const items = mapped.flatMap((m) => (m.kind === 'item' ? [m.item] : []));
  // Old items keep their key; new ones are keyed by the supergroup id.
  expect(items.map((i) => i.external_id)).toEqual([`${group.id}:${before.message_id}`, `${supergroup.id}:${after.message_id}`]);
  expect('url' in items[0]!).toBe(false);

  await fetchAll(f, ['message', 'chat_member']);
  f.chatMemberChanged(supergroup, user, 'member', 'kicked', makeTgUser({ first_name: 'Mod' }));
  const member = map(await fetchAll(f)).at(-1)!;
  expect(member).toMatchObject({ kind: 'member', chat_id: String(supergroup.id), user: { external_id: String(user.id) }, old_status: 'member', new_status: 'kicked' });
});

test('DMs are private; captions and the largest photo become text and attachments; own and service messages are ignored', async () => {
  tg = await FakeTelegram.start();
  const f = tg;
  const dm = f.addChat({ type: 'private', first_name: 'Dana' });
  f.userSays({
    chat: dm,
    extra: {
      caption: 'look',
      photo: [
        { file_id: 'small', file_unique_id: 's', width: 90, height: 90, file_size: 100 },
        { file_id: 'large', file_unique_id: 'l', width: 800, height: 800, file_size: 9000 },
      ],
      document: { file_id: 'doc1', file_unique_id: 'd', file_name: 'promo.pdf', mime_type: 'application/pdf', file_size: 512 },
    },
  });
  f.userSays({ chat: dm, from: f.bot, text: 'bot echo' });
  f.userSays({ chat: dm, extra: { new_chat_members: [makeTgUser()] } });
  const [photo, own, service] = map(await fetchAll(f), f.bot.id);
  if (photo?.kind !== 'item') throw new Error('expected an item');
  expect(photo.item.visibility).toBe('private');
  expect(photo.item.url).toBeUndefined();
  expect(photo.item.text).toBe('look');
  expect(photo.item.attachments).toEqual([
    { url: 'tg-file:large', content_type: 'image/jpeg', size: 9000 },
    { url: 'tg-file:doc1', content_type: 'application/pdf', name: 'promo.pdf', size: 512 },
  ]);
  expect(own).toMatchObject({ kind: 'ignored', reason: 'own message' });
  expect(service?.kind).toBe('ignored');
});

test('forum topics: thread key per topic, the topic root is not a reply parent, permalinks include the topic', () => {
  const chat = { id: -1001234567890, type: 'supergroup' as const, is_forum: true };
  const update: TgUpdate = {
    update_id: 1,
    message: {
      message_id: 77,
      message_thread_id: 70,
      is_topic_message: true,
      from: { id: 1, is_bot: false, first_name: 'A' },
      date: 1785665700,
      chat,
      text: 'in a topic',
      reply_to_message: { message_id: 70, date: 1785665000, chat, from: { id: 2, is_bot: false, first_name: 'B' } },
    },
  };
  const m = mapUpdate(update, { channel: 'tg' });
  if (m.kind !== 'item') throw new Error('expected an item');
  expect(m.item.thread_external_id).toBe('-1001234567890:topic:70');
  expect(m.item.parent_external_id).toBeUndefined();
  expect(m.item.url).toBe('https://t.me/c/1234567890/70/77');
  expect(permalink({ id: -4001, type: 'group' }, 1)).toBeNull();
  expect(mapUpdate({ update_id: 2, business_message: {} }, { channel: 'tg' })).toEqual({ kind: 'ignored', update_id: 2, reason: 'update type business_message is not mapped' });
});
