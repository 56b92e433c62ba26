// Discord Gateway v10 session state machine (docs/channel-wire-formats.md §1.2, checklist §1.8):
// HELLO → jittered heartbeats → IDENTIFY → READY; RESUME on resume_gateway_url after a zombie
// connection, op 7, op 9 d:true or a resumable close; re-IDENTIFY on the cached URL after op 9
// d:false or 4007/4009; stop with DiscordGatewayFatalError on 4004/4010–4014.
import {
  DEFAULT_INTENTS,
  FATAL_CLOSE_CODES,
  REIDENTIFY_CLOSE_CODES,
  type FatalCloseCode,
  type GatewayDispatch,
  type GatewayPayload,
  type Logger,
} from './discord-types.ts';
import { DiscordGatewayFatalError } from './errors.ts';

/** The part of the WHATWG WebSocket the client uses; Bun's global WebSocket satisfies it. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (ev: { code: number; reason: string }) => void): void;
  addEventListener(type: 'open' | 'error', listener: (ev: unknown) => void): void;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export interface GatewayClientOptions {
  token: string;
  /** The cached `url` from GET /gateway/bot (§1.2.1); used for every fresh IDENTIFY. */
  gatewayUrl: string;
  /** Default GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT | DIRECT_MESSAGES (§1.3). */
  intents?: number;
  properties?: { os: string; browser: string; device: string };
  shard?: [number, number];
  logger: Logger;
  /** Called once per dispatch, in order, one at a time (the next waits for the previous promise). */
  onDispatch: (event: GatewayDispatch) => void | Promise<void>;
  /** Jitter source for the first heartbeat (§1.2.5); inject for deterministic tests. */
  random?: () => number;
  /** Wait before re-IDENTIFY after op 9 (Discord suggests 1–5 s); tests use a few ms. */
  reidentifyDelayMs?: { min: number; max: number };
  /** Backoff when connections keep failing before READY/RESUMED. */
  reconnectBackoffMs?: { initial: number; max: number };
  createWebSocket?: WebSocketFactory;
  /**
   * A session handed over by a previous leader (persisted via `session` + stop(4900)): the client
   * RESUMEs it so no dispatch is lost across the handover; if Discord refuses (op 9 d:false) it
   * falls back to a fresh IDENTIFY.
   */
  initialSession?: GatewaySessionState;
  /**
   * Told when connecting keeps failing (`connectFailures` attempts in a row, 3 by default) and
   * when a session is up again, so the plugin can report its health while the client retries.
   */
  onConnectivity?: (state: { connected: true } | { connected: false; failedAttempts: number }) => void;
  connectFailures?: number;
}

/** What another replica needs to RESUME this session (§1.2.9). */
export interface GatewaySessionState {
  sessionId: string;
  resumeGatewayUrl: string;
  seq: number | null;
}

export type GatewayStatus = 'idle' | 'connecting' | 'identifying' | 'resuming' | 'ready' | 'stopped' | 'failed';

/** Any close code other than 1000/1001 keeps the session resumable (§1.2.12). */
const RESUMABLE_CLIENT_CLOSE = 4900;
const OPEN = 1;

export class DiscordGatewayClient {
  private status_: GatewayStatus = 'idle';
  private sessionId_: string | null = null;
  private resumeUrl_: string | null = null;
  private seq_: number | null = null;
  private ws: WebSocketLike | null = null;
  /** Bumped per connection so late events from an abandoned socket are ignored. */
  private generation = 0;
  private connMode: 'identify' | 'resume' = 'identify';
  private awaitingAck = false;
  private heartbeatTimer: ReturnType<typeof setTimeout> | ReturnType<typeof setInterval> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private failedAttempts = 0;
  private delivery: Promise<void> = Promise.resolve();
  private readonly random: () => number;
  private readonly createWebSocket: WebSocketFactory;
  private resolveStart: (() => void) | null = null;
  private rejectStart: ((err: Error) => void) | null = null;
  private resolveDone!: () => void;
  private rejectDone!: (err: Error) => void;
  /** Settles when the client stops: resolves on stop(), rejects with DiscordGatewayFatalError. */
  readonly done: Promise<void>;

  constructor(private readonly opts: GatewayClientOptions) {
    this.random = opts.random ?? Math.random;
    this.createWebSocket = opts.createWebSocket ?? ((url) => new WebSocket(url) as unknown as WebSocketLike);
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // A caller that never awaits `done` must not crash the process with an unhandled rejection.
    this.done.catch(() => undefined);
    if (opts.initialSession) {
      this.sessionId_ = opts.initialSession.sessionId;
      this.resumeUrl_ = opts.initialSession.resumeGatewayUrl;
      this.seq_ = opts.initialSession.seq;
    }
  }

  /** The resumable session, for persisting before a handover; null when there is none. */
  get session(): GatewaySessionState | null {
    if (this.sessionId_ === null || this.resumeUrl_ === null) return null;
    return { sessionId: this.sessionId_, resumeGatewayUrl: this.resumeUrl_, seq: this.seq_ };
  }

  get status(): GatewayStatus {
    return this.status_;
  }
  get sessionId(): string | null {
    return this.sessionId_;
  }
  get resumeGatewayUrl(): string | null {
    return this.resumeUrl_;
  }
  /** Last non-null `s` received (§1.2.8). */
  get seq(): number | null {
    return this.seq_;
  }

  /**
   * Connects and resolves at the first READY (or RESUMED, with initialSession); rejects with
   * DiscordGatewayFatalError on 4004/4010–4014.
   */
  start(): Promise<void> {
    if (this.status_ !== 'idle') throw new Error(`DiscordGatewayClient.start() called in state ${this.status_}`);
    const started = new Promise<void>((resolve, reject) => {
      this.resolveStart = resolve;
      this.rejectStart = reject;
    });
    this.connect(this.sessionId_ !== null ? 'resume' : 'identify');
    return started;
  }

  /**
   * Stops for good. Closing with 1000 invalidates the session and takes the bot offline (§1.2.12);
   * pass another code (e.g. 4900) to leave it resumable for a few minutes.
   */
  async stop(code = 1000): Promise<void> {
    if (this.status_ === 'stopped' || this.status_ === 'failed') return;
    this.status_ = 'stopped';
    this.clearTimers();
    this.generation += 1;
    const ws = this.ws;
    this.ws = null;
    ws?.close(code, 'client stopping');
    this.rejectStart?.(new Error('Discord gateway stopped before READY'));
    this.settleStart();
    this.resolveDone();
    await this.delivery;
  }

  /** Resolves when every dispatch received so far has been handed to onDispatch. */
  idle(): Promise<void> {
    return this.delivery;
  }

  // ── Connection lifecycle ──────────────────────────────────────────────────────────────────

  private connect(mode: 'identify' | 'resume'): void {
    const resume = mode === 'resume' && this.sessionId_ !== null && this.resumeUrl_ !== null;
    this.connMode = resume ? 'resume' : 'identify';
    // §1.2.9: RESUME goes to resume_gateway_url; §1.2.11: a fresh IDENTIFY to the cached URL.
    const url = gatewayUrlWithQuery(resume ? this.resumeUrl_! : this.opts.gatewayUrl);
    const gen = ++this.generation;
    this.status_ = 'connecting';
    this.awaitingAck = false;
    this.opts.logger.debug({ mode: this.connMode, url }, 'discord gateway connecting');
    let ws: WebSocketLike;
    try {
      ws = this.createWebSocket(url);
    } catch (err) {
      this.opts.logger.warn({ err: String(err) }, 'discord gateway connect failed');
      this.noteFailedAttempt();
      this.scheduleReconnect(this.connMode, this.backoffDelay());
      return;
    }
    this.ws = ws;
    ws.addEventListener('message', (ev) => {
      if (gen === this.generation) this.onFrame(ev.data);
    });
    ws.addEventListener('close', (ev) => {
      if (gen === this.generation) this.onClose(ev.code, ev.reason);
    });
    ws.addEventListener('error', () => {
      // A close event always follows; the reconnect decision is made there.
    });
  }

  /** Abandon the current socket without 1000 (so the session survives) and connect again. */
  private reconnect(mode: 'identify' | 'resume', reason: string, delayMs = 0): void {
    this.clearTimers();
    this.generation += 1;
    const ws = this.ws;
    this.ws = null;
    try {
      ws?.close(RESUMABLE_CLIENT_CLOSE, reason.slice(0, 100));
    } catch {
      // Already closing; nothing to do.
    }
    this.scheduleReconnect(mode, delayMs);
  }

  private scheduleReconnect(mode: 'identify' | 'resume', delayMs: number): void {
    if (this.status_ === 'stopped' || this.status_ === 'failed') return;
    this.status_ = 'connecting';
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.status_ === 'connecting') this.connect(mode);
    }, delayMs);
  }

  private onClose(code: number, reason: string): void {
    this.clearTimers();
    this.ws = null;
    if (this.status_ === 'stopped' || this.status_ === 'failed') return;
    if (code in FATAL_CLOSE_CODES) {
      this.fail(new DiscordGatewayFatalError(code as FatalCloseCode, reason));
      return;
    }
    this.noteFailedAttempt();
    const delay = this.backoffDelay();
    if (REIDENTIFY_CLOSE_CODES.includes(code)) {
      this.opts.logger.warn({ code, reason }, 'discord gateway session ended by close code; re-identifying');
      this.forgetSession();
      this.scheduleReconnect('identify', delay);
      return;
    }
    this.opts.logger.info({ code, reason, resumable: this.sessionId_ !== null }, 'discord gateway connection closed; reconnecting');
    this.scheduleReconnect('resume', delay);
  }

  private fail(err: DiscordGatewayFatalError): void {
    this.status_ = 'failed';
    this.clearTimers();
    this.generation += 1;
    this.opts.logger.error({ code: err.closeCode }, err.message);
    this.rejectStart?.(err);
    this.settleStart();
    this.rejectDone(err);
  }

  // ── Frames ────────────────────────────────────────────────────────────────────────────────

  private onFrame(data: unknown): void {
    let payload: GatewayPayload;
    try {
      payload = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer)) as GatewayPayload;
    } catch {
      this.opts.logger.warn({}, 'discord gateway sent a frame that is not JSON; ignored');
      return;
    }
    switch (payload.op) {
      case 10:
        return this.onHello(payload.d as { heartbeat_interval: number });
      case 11:
        this.awaitingAck = false;
        return;
      case 1:
        // §1.2.5: the server asks for a heartbeat now.
        return this.sendHeartbeat();
      case 0:
        return this.onDispatch(payload);
      case 7:
        this.opts.logger.info({}, 'discord gateway asked us to reconnect (op 7); resuming');
        return this.reconnect('resume', 'op 7 reconnect');
      case 9:
        return this.onInvalidSession(payload.d === true);
      default:
        this.opts.logger.debug({ op: payload.op }, 'discord gateway opcode ignored');
    }
  }

  private onHello(d: { heartbeat_interval: number }): void {
    const interval = d.heartbeat_interval;
    this.clearTimers();
    // §1.2.5: first heartbeat after interval * jitter, jitter in [0, 1); then every interval.
    this.heartbeatTimer = setTimeout(() => {
      this.beat();
      this.heartbeatTimer = setInterval(() => this.beat(), interval);
    }, interval * this.random());
    if (this.connMode === 'resume') {
      this.status_ = 'resuming';
      this.send({ op: 6, d: { token: this.opts.token, session_id: this.sessionId_, seq: this.seq_ } });
    } else {
      this.status_ = 'identifying';
      this.send({
        op: 2,
        d: {
          token: this.opts.token,
          intents: this.opts.intents ?? DEFAULT_INTENTS,
          properties: this.opts.properties ?? { os: process.platform, browser: 'steward', device: 'steward' },
          ...(this.opts.shard ? { shard: this.opts.shard } : {}),
        },
      });
    }
  }

  private beat(): void {
    if (this.awaitingAck) {
      // §1.2.5: no ACK since the last heartbeat → zombied connection; close non-1000 and resume.
      this.opts.logger.warn({ seq: this.seq_ }, 'discord gateway heartbeat not acknowledged; reconnecting to resume');
      this.reconnect('resume', 'heartbeat ACK missing');
      return;
    }
    this.awaitingAck = true;
    this.sendHeartbeat();
  }

  private sendHeartbeat(): void {
    this.send({ op: 1, d: this.seq_ });
  }

  private onDispatch(payload: GatewayPayload): void {
    const t = payload.t ?? '';
    const s = payload.s;
    if (typeof s === 'number') {
      // Within one session seq only grows; anything at or below it was already handed on.
      if (this.seq_ !== null && s <= this.seq_) {
        this.opts.logger.debug({ s, seq: this.seq_, t }, 'discord gateway duplicate dispatch ignored');
        return;
      }
      this.seq_ = s;
    }
    if (t === 'READY') {
      const d = payload.d as { session_id: string; resume_gateway_url: string };
      this.sessionId_ = d.session_id;
      this.resumeUrl_ = d.resume_gateway_url;
      this.markReady('READY');
    } else if (t === 'RESUMED') {
      this.markReady('RESUMED');
    }
    const event: GatewayDispatch = { t, s: s ?? 0, d: payload.d };
    this.delivery = this.delivery
      .then(() => this.opts.onDispatch(event))
      .catch((err: unknown) => this.opts.logger.error({ err: String(err), t, s }, 'discord dispatch handler failed'));
  }

  private markReady(what: 'READY' | 'RESUMED'): void {
    this.status_ = 'ready';
    if (this.failedAttempts >= (this.opts.connectFailures ?? 3)) this.opts.onConnectivity?.({ connected: true });
    this.failedAttempts = 0;
    this.opts.logger.info({ session_id: this.sessionId_, seq: this.seq_ }, `discord gateway ${what}`);
    this.resolveStart?.();
    this.settleStart();
  }

  private onInvalidSession(resumable: boolean): void {
    const [min, max] = [this.opts.reidentifyDelayMs?.min ?? 1000, this.opts.reidentifyDelayMs?.max ?? 5000];
    const delay = min + (max - min) * this.random();
    if (resumable) {
      this.opts.logger.info({}, 'discord gateway INVALID_SESSION (resumable); resuming');
      this.reconnect('resume', 'op 9 resumable', delay);
      return;
    }
    // §1.2.11: the session is gone; events between now and the next READY are not replayed.
    this.opts.logger.warn({ session_id: this.sessionId_ }, 'discord gateway INVALID_SESSION; re-identifying');
    this.forgetSession();
    this.reconnect('identify', 'op 9 invalid session', delay);
  }

  // ── Helpers ───────────────────────────────────────────────────────────────────────────────

  private forgetSession(): void {
    this.sessionId_ = null;
    this.resumeUrl_ = null;
    this.seq_ = null;
  }

  private send(frame: { op: number; d: unknown }): void {
    if (this.ws && this.ws.readyState === OPEN) this.ws.send(JSON.stringify(frame));
  }

  private clearTimers(): void {
    if (this.heartbeatTimer) {
      clearTimeout(this.heartbeatTimer as ReturnType<typeof setTimeout>);
      clearInterval(this.heartbeatTimer as ReturnType<typeof setInterval>);
      this.heartbeatTimer = null;
    }
    if (this.reconnectTimer) {
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
    }
  }

  /** Counts a connection that failed before READY/RESUMED, and says so once at the threshold. */
  private noteFailedAttempt(): void {
    this.failedAttempts += 1;
    if (this.failedAttempts === (this.opts.connectFailures ?? 3)) this.opts.onConnectivity?.({ connected: false, failedAttempts: this.failedAttempts });
  }

  private backoffDelay(): number {
    if (this.failedAttempts <= 1) return 0;
    const { initial, max } = this.opts.reconnectBackoffMs ?? { initial: 1000, max: 60_000 };
    const base = Math.min(max, initial * 2 ** (this.failedAttempts - 2));
    return base / 2 + (base / 2) * this.random();
  }

  private settleStart(): void {
    this.resolveStart = null;
    this.rejectStart = null;
  }
}

/** Appends `v=10&encoding=json` (§1.2.2) to a gateway URL that may already carry a path or query. */
export function gatewayUrlWithQuery(base: string): string {
  const url = new URL(base);
  url.searchParams.set('v', '10');
  url.searchParams.set('encoding', 'json');
  return url.toString();
}
