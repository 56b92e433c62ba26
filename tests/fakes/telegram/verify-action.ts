// What "Telegram received this moderation action as the platform expects" means, checked on the
// recorded calls (docs/channel-wire-formats.md §2.5). External ids are `<chat_id>:<message_id>`.
// Shaped for a plugin's conformance.ts (`verifyAction(kind, externalId)` → undefined or the problem).
import type { FakeTelegram, RecordedCall } from './fake-telegram.ts';

export type TelegramActionKind = 'reply' | 'dm' | 'remove' | 'ban' | 'timeout' | 'restrict';

export function verifyTelegramAction(fake: FakeTelegram, kind: TelegramActionKind, externalId: string): string | undefined {
  const [chatPart, messagePart] = externalId.split(':');
  const chatId = Number(chatPart);
  const messageId = Number(messagePart);
  const original = fake.originalMessage(chatId, messageId);
  if (!original) return `the fake never saw message ${externalId}`;
  const authorId = original.from?.id;
  const calls = (method: string) => fake.requests.filter((r) => r.method.toLowerCase() === method.toLowerCase() && r.status === 200);
  const num = (v: unknown) => Number(v);
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | undefined;
  const inChat = (r: RecordedCall) => num(r.params.chat_id) === chatId;
  switch (kind) {
    case 'reply':
      return calls('sendMessage').some((r) => inChat(r) && (num(json(r.params.reply_parameters)?.message_id) === messageId || num(r.params.reply_to_message_id) === messageId))
        ? undefined
        : `no successful sendMessage to ${chatId} replying to ${messageId}`;
    case 'dm':
      if (authorId === undefined) return `message ${externalId} has no user author to DM`;
      return calls('sendMessage').some((r) => num(r.params.chat_id) === authorId) ? undefined : `no successful sendMessage to the author's private chat ${authorId}`;
    case 'remove':
      return calls('deleteMessage').some((r) => inChat(r) && num(r.params.message_id) === messageId) ? undefined : `no successful deleteMessage ${externalId}`;
    case 'ban':
      return calls('banChatMember').some((r) => inChat(r) && num(r.params.user_id) === authorId) ? undefined : `no successful banChatMember of ${authorId} in ${chatId}`;
    case 'timeout':
    case 'restrict': {
      const hit = calls('restrictChatMember').find((r) => inChat(r) && num(r.params.user_id) === authorId);
      if (!hit) return `no successful restrictChatMember of ${authorId} in ${chatId}`;
      return json(hit.params.permissions)?.can_send_messages === false ? undefined : 'restrictChatMember did not set can_send_messages: false';
    }
  }
}
