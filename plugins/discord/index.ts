/**
 * discord: a channel plugin for Discord servers over Gateway v10 (messages in, edits and deletes
 * as item events) and REST v10 (reply, dm, remove, timeout, ban). See docs/plugins/discord.md.
 */
import { definePlugin } from '../../core/plugin-api/index.ts';
import { DiscordChannel } from './discord-channel.ts';
import { DISCORD_CONFIG_SCHEMA, type DiscordConfig } from './discord-config.ts';

export default definePlugin<DiscordConfig>({
  id: 'discord',
  version: '1.0.0',
  kind: 'channel',
  description: 'Discord servers: messages over the gateway; reply, DM, remove, timeout and ban over REST',
  configSchema: DISCORD_CONFIG_SCHEMA,
  // Discord's global limit is 50 requests/s per bot; per-route buckets are honoured by the REST client.
  rateLimit: { perSecond: 40, burst: 40, concurrency: 8 },
  create: (ctx, config) => new DiscordChannel(ctx, config),
});
