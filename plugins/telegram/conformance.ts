/**
 * The conformance fixture `steward plugin test plugins/telegram` uses: FakeTelegram on loopback,
 * a supergroup where a member posts on demand, and each action checked on the wire.
 * `startTelegramSession()` is also what tests/channel-telegram.test.ts drives, with the fake exposed.
 */
import type { ConformanceFixture, ConformanceSession, PlatformAction } from '../../core/plugin-api/index.ts';
import { FakeTelegram, type FakeTelegramOptions } from '../../tests/fakes/telegram/fake-telegram.ts';
import type { TgChat } from '../../tests/fakes/telegram/telegram-fixtures.ts';
import { verifyTelegramAction, type TelegramActionKind } from '../../tests/fakes/telegram/verify-action.ts';

export type TelegramSession = ConformanceSession & { fake: FakeTelegram; group: TgChat; produce(count: number): Promise<string[]> };

export async function startTelegramSession(options: FakeTelegramOptions = {}): Promise<TelegramSession> {
  const telegram = await FakeTelegram.start(options);
  const group = telegram.addChat({ type: 'supergroup', title: 'Example Community', username: 'example_community' });
  const authors = new Map<string, number>();
  let produced = 0;
  return {
    fake: telegram,
    group,
    config: { botToken: telegram.token, apiRoot: telegram.apiRoot, pollTimeoutS: 1, leaseTtlMs: 1_000, errorBackoffMs: { initial: 20, max: 200 } },
    async produce(count) {
      return Array.from({ length: count }, () => {
        const message = telegram.userSays({ chat: group, text: `message ${++produced}: free crypto signals at t.me/example_spam` });
        const id = `${group.id}:${message.message_id}`;
        authors.set(id, message.from!.id);
        return id;
      });
    },
    sampleAction(kind, externalId): PlatformAction {
      const author = authors.get(externalId);
      const target = { external_id: externalId, thread_external_id: String(group.id), ...(author !== undefined ? { author_external_id: String(author) } : {}) };
      return kind === 'reply'
        ? { kind, target, text: 'Removed: links to signal groups are not allowed.' }
        : { kind, target, reason: 'spam', ...(kind === 'restrict' || kind === 'timeout' ? { durationSeconds: 3600 } : {}) };
    },
    verifyAction(kind, externalId) {
      return verifyTelegramAction(telegram, kind as TelegramActionKind, externalId)
        ?? (telegram.violations.length > 0 ? `called before retry_after ended: ${telegram.violations.join('; ')}` : undefined);
    },
    async teardown() {
      await telegram.stop();
    },
  };
}

const fixture: ConformanceFixture = { setup: () => startTelegramSession() };

export default fixture;
