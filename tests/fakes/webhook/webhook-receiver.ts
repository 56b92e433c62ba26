/**
 * A webhook receiver for outbox tests, on a fixed loopback port so it can go away and come back:
 * `down` (nothing listens: connection refused), `failing` (answers 500), `up` (records each
 * delivery, verifies its signature, answers 200). Deliveries are de-duplicated by idempotency
 * key, as a real receiver should.
 */
import { verifyDelivery } from '../../../plugins/webhook/signature.ts';

export type ReceiverMode = 'down' | 'failing' | 'up';

export interface Delivery {
  key: string;
  body: any;
  signatureValid: boolean;
  at: number;
}

export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  /** Requests answered 500 while failing. */
  failures = 0;
  private server: ReturnType<typeof Bun.serve> | undefined;
  private mode: ReceiverMode = 'down';

  constructor(
    readonly port: number,
    private readonly secret: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/escalations`;
  }

  /** Distinct idempotency keys received with a valid signature. */
  uniqueKeys(): Set<string> {
    return new Set(this.deliveries.filter((d) => d.signatureValid).map((d) => d.key));
  }

  setMode(mode: ReceiverMode): void {
    this.mode = mode;
    if (mode === 'down') {
      this.server?.stop(true);
      this.server = undefined;
      return;
    }
    this.server ??= Bun.serve({
      port: this.port,
      hostname: '127.0.0.1',
      fetch: async (req) => {
        const body = await req.text();
        if (this.mode === 'failing') {
          this.failures += 1;
          return new Response('receiver is broken', { status: 500 });
        }
        const signatureValid = verifyDelivery(this.secret, { timestamp: req.headers.get('x-steward-timestamp'), signature: req.headers.get('x-steward-signature') }, body);
        const key = req.headers.get('idempotency-key') ?? '';
        this.deliveries.push({ key, body: JSON.parse(body), signatureValid, at: Date.now() });
        if (!signatureValid) return Response.json({ error: 'bad signature' }, { status: 401 });
        return Response.json({ id: `ticket-${key}` });
      },
    });
  }

  stop(): void {
    this.setMode('down');
  }
}
