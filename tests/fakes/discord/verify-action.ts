// What "Discord received this moderation action as the platform expects" means, checked on the
// recorded wire requests (docs/channel-wire-formats.md §1.5). Shaped for a plugin's conformance.ts
// (`verifyAction(kind, externalId)` → undefined when right, else what was wrong).
import type { FakeDiscord } from './fake-discord.ts';
import type { RecordedRequest } from './fake-rest.ts';

export type DiscordActionKind = 'reply' | 'dm' | 'remove' | 'ban' | 'timeout';

export function verifyDiscordAction(fake: FakeDiscord, kind: DiscordActionKind, messageId: string): string | undefined {
  const message = fake.posted.get(messageId);
  if (!message) return `the fake never saw message ${messageId}`;
  const ok = (r: RecordedRequest) => r.status >= 200 && r.status < 300;
  const find = (pred: (r: RecordedRequest) => boolean) => fake.requests.find((r) => pred(r) && ok(r));
  const authHeader = `Bot ${fake.token}`;
  const bad = fake.requests.find((r) => r.route !== null && r.route !== 'GET /gateway' && r.headers.authorization !== authHeader);
  if (bad) return `${bad.method} ${bad.path} was sent without "Authorization: Bot <token>"`;
  const author = message.author.id;
  switch (kind) {
    case 'reply': {
      const hit = find((r) => r.method === 'POST' && r.path === `/channels/${message.channel_id}/messages`
        && (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id === messageId);
      return hit ? undefined : `no successful POST /channels/${message.channel_id}/messages with message_reference.message_id=${messageId}`;
    }
    case 'dm': {
      const open = find((r) => r.method === 'POST' && r.path === '/users/@me/channels' && (r.body as { recipient_id?: string } | undefined)?.recipient_id === author);
      if (!open) return `no successful POST /users/@me/channels with recipient_id=${author}`;
      const dm = [...fake.rest.channels.values()].find((c) => c.type === 1 && c.recipients?.[0]?.id === author);
      const sent = dm && find((r) => r.method === 'POST' && r.path === `/channels/${dm.id}/messages` && r.at >= open.at);
      return sent ? undefined : 'the DM channel was opened but no message was sent on it';
    }
    case 'remove':
      return find((r) => r.method === 'DELETE' && r.path === `/channels/${message.channel_id}/messages/${messageId}`)
        ? undefined
        : `no successful DELETE /channels/${message.channel_id}/messages/${messageId}`;
    case 'ban':
      return find((r) => r.method === 'PUT' && r.path === `/guilds/${message.guild_id}/bans/${author}`)
        ? undefined
        : `no successful PUT /guilds/${message.guild_id}/bans/${author}`;
    case 'timeout': {
      const hit = find((r) => r.method === 'PATCH' && r.path === `/guilds/${message.guild_id}/members/${author}`);
      if (!hit) return `no successful PATCH /guilds/${message.guild_id}/members/${author}`;
      const until = (hit.body as { communication_disabled_until?: string | null }).communication_disabled_until;
      return typeof until === 'string' && Date.parse(until) > hit.at ? undefined : `communication_disabled_until is not a future ISO time: ${JSON.stringify(until)}`;
    }
  }
}
