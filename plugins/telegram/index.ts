/**
 * telegram: a channel plugin for Telegram groups, supergroups and channels through the Bot API —
 * getUpdates long polling or a webhook in; reply, remove, ban and restrict out. See
 * docs/plugins/telegram.md.
 */
import { definePlugin } from '../../core/plugin-api/index.ts';
import { TelegramChannel } from './telegram-channel.ts';
import { TELEGRAM_CONFIG_SCHEMA, type TelegramConfig } from './telegram-config.ts';

export default definePlugin<TelegramConfig>({
  id: 'telegram',
  version: '1.0.0',
  kind: 'channel',
  description: 'Telegram groups and channels: long polling or webhook in; reply, remove, ban and restrict out',
  configSchema: TELEGRAM_CONFIG_SCHEMA,
  // Telegram allows about 30 messages/s per bot overall and 20/min per group; 429s carry retry_after.
  rateLimit: { perSecond: 20, burst: 20, concurrency: 4 },
  create: (ctx, config) => new TelegramChannel(ctx, config),
});
