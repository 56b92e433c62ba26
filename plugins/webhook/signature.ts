/**
 * The signature of a Steward webhook delivery:
 *   X-Steward-Timestamp: <unix seconds>
 *   X-Steward-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 * Signing the timestamp with the body lets a receiver refuse replays of old deliveries.
 */
import { hmacSha256Hex, timingSafeEqualHex } from '../../core/plugin-api/index.ts';

export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `v1=${hmacSha256Hex(secret, `${timestamp}.${body}`)}`;
}

/** What a receiver runs: true when the signature matches and the timestamp is recent. */
export function verifyDelivery(
  secret: string,
  headers: { timestamp: string | null; signature: string | null },
  body: string,
  opts: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || !headers.signature?.startsWith('v1=')) return false;
  const now = Math.floor((opts.now ?? Date.now()) / 1000);
  if (Math.abs(now - timestamp) > (opts.toleranceSeconds ?? 300)) return false;
  return timingSafeEqualHex(headers.signature.slice(3), signDelivery(secret, timestamp, body).slice(3));
}
