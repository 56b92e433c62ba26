// In-process fake Telegram Bot API on 127.0.0.1:0: `GET|POST /bot<token>/<method>` with the
// `{ok, result}` / `{ok:false, error_code, description, parameters?}` envelope (§2.1), getUpdates
// long polling and webhooks (§2.2, §2.3, via UpdateQueue) and the moderation methods of §2.5.
//
// Usage:
//   const tg = await FakeTelegram.start();
//   const group = tg.addChat({ type: 'supergroup', title: 'Example Community' });
//   tg.userSays({ chat: group, text: 'Free crypto signals' });  // queued as a `message` update
//   tg.failNext('sendMessage', 3);                             // 429 retry_after 3
//   tg.requests;                                               // every call, as received
import type { Server } from 'bun';
import {
  makeTgUser,
  nextSupergroupId,
  type TgChat,
  type TgChatType,
  type TgMemberStatus,
  type TgMessage,
  type TgUpdate,
  type TgUser,
} from './telegram-fixtures.ts';
import { UpdateQueue } from './update-queue.ts';

export interface FakeTelegramOptions {
  token?: string;
  firstUpdateId?: number;
  /** Delays between webhook retries after a non-2xx (tdlib backs off; tests want it short). */
  webhookRetryDelaysMs?: number[];
  /** setWebhook again within this window → 429 retry_after 1 (tdlib); 0 disables. */
  setWebhookMinIntervalMs?: number;
  now?: () => number;
}

export interface RecordedCall {
  httpMethod: string;
  /** The API method exactly as the client spelled it in the path. */
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The request body exactly as received ('' for GET). */
  body: string;
  /** Parameters merged from the query string and the body, as the Bot API reads them (§2.1). */
  params: Record<string, unknown>;
  status: number;
  response: unknown;
  at: number;
}

export interface MemberAction {
  method: 'banChatMember' | 'restrictChatMember' | 'unbanChatMember';
  chat_id: number;
  user_id: number;
  until_date: number;
  /** The §2.5 rule: until_date < 30 s or > 366 days from now means forever. */
  forever: boolean;
  params: Record<string, unknown>;
}

class ApiError {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {}
}

type Params = Record<string, unknown>;
type MethodHandler = (p: Params, signal: AbortSignal) => unknown | Promise<unknown>;

const FORTY_EIGHT_HOURS_S = 48 * 3600;

export class FakeTelegram {
  readonly token: string;
  readonly bot: TgUser;
  readonly queue: UpdateQueue;
  readonly requests: RecordedCall[] = [];
  readonly chats = new Map<number, TgChat & { migratedTo?: number }>();
  readonly memberActions: MemberAction[] = [];
  readonly deleted: Array<{ chat_id: number; message_id: number }> = [];
  /** Client calls made while an injected retry_after was still running. */
  readonly violations: string[] = [];
  private readonly messages = new Map<string, TgMessage>();
  /** Every message users posted, kept after deletion so actions about it can be verified. */
  private readonly posted = new Map<string, TgMessage>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly admins = new Set<string>();
  private readonly blockedBy = new Set<number>();
  private readonly injected: Array<{ method: string; retryAfter: number }> = [];
  private readonly blockedUntil = new Map<string, number>();
  private lastSetWebhookAt = -Infinity;
  private server: Server<undefined> | null = null;
  private readonly now: () => number;
  private readonly handlers: Record<string, MethodHandler>;

  private constructor(private readonly opts: FakeTelegramOptions) {
    this.now = opts.now ?? Date.now;
    this.token = opts.token ?? '123456:FAKE-telegram-token_abcdefghijklmnop';
    this.bot = { id: Number(this.token.split(':')[0]), is_bot: true, first_name: 'ModBot', username: 'example_mod_bot' };
    this.queue = new UpdateQueue(opts.firstUpdateId ?? 734112001, opts.webhookRetryDelaysMs ?? [20, 50, 100, 200], this.now);
    this.handlers = {
      getme: () => this.bot,
      getupdates: (p, signal) => this.getUpdates(p, signal),
      setwebhook: (p) => this.setWebhook(p),
      deletewebhook: (p) => {
        const had = this.queue.deleteWebhook(bool(p, 'drop_pending_updates'));
        return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
      },
      getwebhookinfo: () => this.webhookInfo(),
      sendmessage: (p) => this.sendMessage(p),
      deletemessage: (p) => this.deleteMessage(p),
      banchatmember: (p) => this.memberAction('banChatMember', p),
      unbanchatmember: (p) => this.memberAction('unbanChatMember', p),
      restrictchatmember: (p) => this.memberAction('restrictChatMember', p),
    };
  }

  static async start(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const fake = new FakeTelegram(opts);
    fake.server = Bun.serve({
      hostname: '127.0.0.1',
      port: 0,
      idleTimeout: 0, // long polls hold requests open up to 50 s
      fetch: (req) => fake.handle(req),
    });
    return fake;
  }

  /** Base for `apiRoot` config: the client appends `/bot<token>/<method>`. */
  get apiRoot(): string {
    if (!this.server) throw new Error('FakeTelegram is not started');
    return `http://127.0.0.1:${this.server.port}`;
  }

  async stop(): Promise<void> {
    this.queue.stop();
    await this.server?.stop(true);
    this.server = null;
  }

  // ── Scripting the world ───────────────────────────────────────────────────────────────────

  addChat(partial: Partial<TgChat> & { type: TgChatType }): TgChat {
    const id = partial.id ?? (partial.type === 'private' ? makeTgUser().id : partial.type === 'group' ? -Math.floor(4_000_000_000 + Math.random() * 1e8) : nextSupergroupId());
    const chat: TgChat = { ...partial, id };
    this.chats.set(id, chat);
    return chat;
  }

  setAdmin(chatId: number, userId: number): void {
    this.admins.add(`${chatId}:${userId}`);
  }

  /** The user blocked the bot: sendMessage to their private chat answers 403. */
  blockBot(userId: number): void {
    this.blockedBy.add(userId);
  }

  /** A user (or a chat, via sender_chat) posts; queued as `message`, or `channel_post` in channels. */
  userSays(input: {
    chat: TgChat;
    from?: TgUser;
    text?: string;
    replyTo?: number;
    senderChat?: TgChat;
    threadId?: number;
    date?: number;
    extra?: Partial<TgMessage>;
  }): TgMessage {
    const chat = this.chats.get(input.chat.id) ?? this.addChat(input.chat);
    const isChannel = chat.type === 'channel';
    const message: TgMessage = {
      message_id: this.allocMessageId(chat.id),
      // §2.4: `from` is absent in channels; `sender_chat` marks posting as a chat.
      ...(isChannel ? {} : { from: input.from ?? makeTgUser() }),
      ...(isChannel ? { sender_chat: input.senderChat ?? chat } : input.senderChat ? { sender_chat: input.senderChat } : {}),
      ...(input.threadId !== undefined ? { message_thread_id: input.threadId, is_topic_message: true } : {}),
      date: input.date ?? Math.floor(this.now() / 1000),
      chat: stripChat(chat),
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...input.extra,
    };
    if (input.replyTo !== undefined) {
      const target = this.messages.get(`${chat.id}:${input.replyTo}`);
      if (target) message.reply_to_message = withoutReply(target);
    }
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    this.posted.set(`${chat.id}:${message.message_id}`, message);
    this.queue.push(isChannel ? { channel_post: message } : { message });
    return message;
  }

  editMessage(chatId: number, messageId: number, text: string): TgMessage {
    const message = this.messages.get(`${chatId}:${messageId}`);
    if (!message) throw new Error(`FakeTelegram: no message ${chatId}:${messageId}`);
    message.text = text;
    message.edit_date = Math.floor(this.now() / 1000);
    this.queue.push(message.chat.type === 'channel' ? { edited_channel_post: { ...message } } : { edited_message: { ...message } });
    return message;
  }

  /**
   * A group becomes a supergroup: the old chat gets a service message with migrate_to_chat_id,
   * the new one a message with migrate_from_chat_id; calls to the old id answer 400 with
   * parameters.migrate_to_chat_id from now on (§2.1).
   */
  migrateGroup(groupId: number): TgChat {
    const group = this.chats.get(groupId);
    if (!group || group.type !== 'group') throw new Error('FakeTelegram: only a group can migrate');
    const supergroup = this.addChat({ type: 'supergroup', ...(group.title ? { title: group.title } : {}) });
    group.migratedTo = supergroup.id;
    const from = makeTgUser({ first_name: 'Owner' });
    const date = Math.floor(this.now() / 1000);
    this.queue.push({ message: { message_id: this.allocMessageId(groupId), from, date, chat: stripChat(group), migrate_to_chat_id: supergroup.id } });
    this.queue.push({ message: { message_id: this.allocMessageId(supergroup.id), from, date, chat: stripChat(supergroup), migrate_from_chat_id: groupId } });
    return supergroup;
  }

  /** Another member's status changed; delivered only if `chat_member` is in allowed_updates (§2.4). */
  chatMemberChanged(chat: TgChat, user: TgUser, oldStatus: TgMemberStatus, newStatus: TgMemberStatus, by?: TgUser): TgUpdate {
    return this.queue.push({
      chat_member: {
        chat: stripChat(chat),
        from: by ?? user,
        date: Math.floor(this.now() / 1000),
        old_chat_member: { status: oldStatus, user },
        new_chat_member: { status: newStatus, user },
      },
    });
  }

  pushUpdate(body: Omit<TgUpdate, 'update_id'>): TgUpdate {
    return this.queue.push(body);
  }

  /** The next call of `method` answers 429 "Too Many Requests: retry after N". */
  failNext(method: string, retryAfter: number): void {
    this.injected.push({ method: method.toLowerCase(), retryAfter });
  }

  /** A message a user posted, even if it has since been deleted. */
  originalMessage(chatId: number, messageId: number): TgMessage | undefined {
    return this.posted.get(`${chatId}:${messageId}`);
  }

  message(chatId: number, messageId: number): TgMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  // ── HTTP ──────────────────────────────────────────────────────────────────────────────────

  private async handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const headers: Record<string, string> = {};
    req.headers.forEach((v, k) => (headers[k] = v));
    const m = /^\/bot([^/]*)\/([^/]+)$/.exec(url.pathname);
    const record: RecordedCall = {
      httpMethod: req.method,
      method: m?.[2] ?? '',
      path: url.pathname,
      headers,
      body: '',
      params: {},
      status: 0,
      response: null,
      at: this.now(),
    };
    this.requests.push(record);
    let status = 200;
    let body: Record<string, unknown>;
    try {
      if (!m) throw new ApiError(404, 'Not Found');
      const [, token, method] = m;
      if (token !== this.token) {
        // §2.1 / tdlib ClientManager: a malformed token vs. a well-formed but unknown one.
        throw new ApiError(401, /^\d+:[\w-]{20,}$/.test(token!) ? 'Unauthorized' : 'Unauthorized: invalid token specified');
      }
      record.body = req.method === 'POST' ? await req.clone().text() : '';
      const params = await readParams(req, url);
      record.params = params;
      const handler = this.handlers[method!.toLowerCase()]; // method names are case-insensitive
      if (!handler) throw new ApiError(404, 'Not Found: method not found');
      this.checkRateLimit(method!.toLowerCase());
      const result = await handler(params, req.signal);
      body = result instanceof Described ? { ok: true, result: result.result, description: result.description } : { ok: true, result };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      status = err.code;
      body = { ok: false, error_code: err.code, description: err.description };
      // Query.h: `parameters` only when non-empty.
      if (err.parameters && Object.keys(err.parameters).length > 0) body.parameters = err.parameters;
    }
    record.status = status;
    record.response = body;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }

  private checkRateLimit(method: string): void {
    const now = this.now();
    const until = this.blockedUntil.get(method) ?? 0;
    if (now < until) {
      this.violations.push(`${method}: called ${until - now} ms before retry_after ended`);
      throw tooMany(Math.ceil((until - now) / 1000));
    }
    const idx = this.injected.findIndex((i) => i.method === method);
    if (idx < 0) return;
    const { retryAfter } = this.injected.splice(idx, 1)[0]!;
    this.blockedUntil.set(method, now + retryAfter * 1000);
    throw tooMany(retryAfter);
  }

  // ── Methods ───────────────────────────────────────────────────────────────────────────────

  private async getUpdates(p: Params, signal: AbortSignal): Promise<TgUpdate[]> {
    const allowed = jsonParam(p, 'allowed_updates');
    if (allowed !== undefined) {
      if (!Array.isArray(allowed)) throw new ApiError(400, "Bad Request: can't parse allowed updates");
      this.queue.setAllowedUpdates(allowed as string[]);
    }
    const offset = p.offset === undefined ? null : int(p, 'offset');
    const limit = Math.min(100, Math.max(1, p.limit === undefined ? 100 : int(p, 'limit')));
    const timeout = Math.min(50, Math.max(0, p.timeout === undefined ? 0 : int(p, 'timeout')));
    const outcome = await this.queue.getUpdates(offset, limit, timeout, signal);
    if (outcome.kind === 'conflict') throw new ApiError(409, outcome.description);
    return outcome.updates;
  }

  private setWebhook(p: Params): Described {
    const url = p.url;
    if (typeof url !== 'string') throw new ApiError(400, 'Bad Request: parameter "url" is required');
    const now = this.now();
    const minInterval = this.opts.setWebhookMinIntervalMs ?? 1000;
    if (minInterval > 0 && now - this.lastSetWebhookAt < minInterval) throw tooMany(1);
    if (url === '') {
      this.lastSetWebhookAt = now;
      this.queue.deleteWebhook(bool(p, 'drop_pending_updates'));
      return new Described(true, 'Webhook was deleted');
    }
    if (!/^https?:\/\//.test(url)) throw new ApiError(400, 'Bad Request: bad webhook: invalid webhook URL specified');
    const secret = p.secret_token;
    if (secret !== undefined) {
      // §2.3: 1–256 characters from [A-Za-z0-9_-].
      if (typeof secret !== 'string' || secret.length === 0 || secret.length > 256 || !/^[A-Za-z0-9_-]+$/.test(secret)) {
        throw new ApiError(400, 'Bad Request: secret token contains unallowed characters');
      }
    }
    const allowed = jsonParam(p, 'allowed_updates');
    const maxConnections = p.max_connections === undefined ? 40 : int(p, 'max_connections');
    if (maxConnections < 1 || maxConnections > 100) throw new ApiError(400, 'Bad Request: bad webhook: max_connections must be 1-100');
    this.lastSetWebhookAt = now;
    this.queue.setWebhook(
      { url, max_connections: maxConnections, ...(secret ? { secret_token: secret as string } : {}), ...(Array.isArray(allowed) ? { allowed_updates: allowed as string[] } : {}) },
      bool(p, 'drop_pending_updates'),
    );
    return new Described(true, 'Webhook was set');
  }

  private webhookInfo(): Record<string, unknown> {
    const hook = this.queue.webhook;
    return {
      url: hook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.pending.length,
      ...(this.queue.lastErrorDate !== null ? { last_error_date: this.queue.lastErrorDate, last_error_message: this.queue.lastErrorMessage } : {}),
      ...(hook ? { max_connections: hook.max_connections } : {}),
      ...(this.queue.allowedUpdates ? { allowed_updates: this.queue.allowedUpdates } : {}),
    };
  }

  private sendMessage(p: Params): TgMessage {
    const chat = this.chatFor(p);
    const text = p.text;
    if (typeof text !== 'string' || text.length === 0) throw new ApiError(400, 'Bad Request: message text is empty');
    if (text.length > 4096) throw new ApiError(400, 'Bad Request: message is too long');
    if (chat.type === 'private' && this.blockedBy.has(chat.id)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
    // §2.5: reply_parameters; the legacy top-level fields are accepted when it is absent.
    const rp = (jsonParam(p, 'reply_parameters') as Record<string, unknown> | undefined)
      ?? (p.reply_to_message_id !== undefined ? { message_id: int(p, 'reply_to_message_id'), allow_sending_without_reply: bool(p, 'allow_sending_without_reply') } : undefined);
    let reply: TgMessage | undefined;
    if (rp) {
      const target = this.messages.get(`${chat.id}:${Number(rp.message_id)}`);
      if (target) reply = withoutReply(target);
      else if (rp.allow_sending_without_reply !== true) throw new ApiError(400, 'Bad Request: message to be replied not found');
    }
    const message: TgMessage = {
      message_id: this.allocMessageId(chat.id),
      from: this.bot,
      date: Math.floor(this.now() / 1000),
      chat: stripChat(chat),
      text,
      ...(reply ? { reply_to_message: reply } : {}),
    };
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    return message;
  }

  private deleteMessage(p: Params): true {
    const chat = this.chatFor(p);
    const messageId = int(p, 'message_id');
    const message = this.messages.get(`${chat.id}:${messageId}`);
    if (!message) throw new ApiError(400, 'Bad Request: message to delete not found');
    // §2.5: only messages less than 48 h old can be deleted.
    if (Math.floor(this.now() / 1000) - message.date >= FORTY_EIGHT_HOURS_S) throw new ApiError(400, "Bad Request: message can't be deleted");
    this.messages.delete(`${chat.id}:${messageId}`);
    this.deleted.push({ chat_id: chat.id, message_id: messageId });
    return true;
  }

  private memberAction(method: MemberAction['method'], p: Params): true {
    const chat = this.chatFor(p);
    const userId = int(p, 'user_id');
    if (chat.type === 'private') throw new ApiError(400, "Bad Request: chat member status can't be changed in private chats");
    if (method === 'restrictChatMember') {
      if (chat.type !== 'supergroup') throw new ApiError(400, 'Bad Request: method is available only for supergroups');
      const perms = jsonParam(p, 'permissions');
      if (typeof perms !== 'object' || perms === null) throw new ApiError(400, 'Bad Request: parameter "permissions" is required');
    }
    if (method !== 'unbanChatMember' && this.admins.has(`${chat.id}:${userId}`)) {
      throw new ApiError(400, 'Bad Request: user is an administrator of the chat');
    }
    const until = p.until_date === undefined ? 0 : int(p, 'until_date');
    const delta = until - Math.floor(this.now() / 1000);
    this.memberActions.push({
      method,
      chat_id: chat.id,
      user_id: userId,
      until_date: until,
      forever: until === 0 || delta < 30 || delta > 366 * 86400,
      params: p,
    });
    return true;
  }

  // ── Helpers ───────────────────────────────────────────────────────────────────────────────

  private chatFor(p: Params): TgChat {
    const raw = p.chat_id;
    if (raw === undefined || raw === '') throw new ApiError(400, 'Bad Request: chat_id is empty');
    let chat: (TgChat & { migratedTo?: number }) | undefined;
    if (typeof raw === 'string' && raw.startsWith('@')) chat = [...this.chats.values()].find((c) => c.username === raw.slice(1));
    else chat = this.chats.get(Number(raw));
    if (!chat) throw new ApiError(400, 'Bad Request: chat not found');
    if (chat.migratedTo !== undefined) {
      throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: chat.migratedTo });
    }
    return chat;
  }

  private allocMessageId(chatId: number): number {
    const id = this.nextMessageId.get(chatId) ?? 5521;
    this.nextMessageId.set(chatId, id + 1);
    return id;
  }
}

/** A result that also carries the envelope's optional `description` (setWebhook, deleteWebhook). */
class Described {
  constructor(readonly result: unknown, readonly description: string) {}
}

function tooMany(retryAfter: number): ApiError {
  return new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
}

function stripChat(chat: TgChat & { migratedTo?: number }): TgChat {
  const { migratedTo: _ignored, ...rest } = chat;
  return rest;
}

function withoutReply(m: TgMessage): TgMessage {
  // The Bot API does not nest reply_to_message further than one level.
  const { reply_to_message: _nested, ...rest } = m;
  return rest;
}

/** Parameters from the query string, JSON, urlencoded or multipart bodies (§2.1). */
async function readParams(req: Request, url: URL): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  if (req.method !== 'POST') return params;
  const ct = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct === 'application/json') {
    const text = await req.text();
    if (text.trim() === '') return params;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(400, "Bad Request: can't parse JSON object");
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, "Bad Request: can't parse JSON object");
    Object.assign(params, body);
  } else if (ct === 'application/x-www-form-urlencoded') {
    Object.assign(params, Object.fromEntries(new URLSearchParams(await req.text())));
  } else if (ct === 'multipart/form-data') {
    const form = await req.formData();
    form.forEach((v, k) => (params[k] = typeof v === 'string' ? v : '[file]'));
  }
  return params;
}

/** Integers arrive as JSON numbers or, from query/form encodings, as strings. */
function int(p: Params, key: string): number {
  const v = p[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n)) throw new ApiError(400, `Bad Request: invalid ${key} specified`);
  return n;
}

function bool(p: Params, key: string): boolean {
  const v = p[key];
  return v === true || v === 'true' || v === '1';
}

/** Arrays/objects arrive as JSON values, or JSON-serialised strings from query/form encodings. */
function jsonParam(p: Params, key: string): unknown {
  const v = p[key];
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new ApiError(400, `Bad Request: can't parse ${key} JSON object`);
  }
}
