/**
 * API tokens: `stw_` + 32 random bytes (base64url). Only the SHA-256 hash is stored, so a
 * database leak does not leak usable tokens. Verification caches hits briefly, since intake
 * checks a token on every request.
 */
import { createHash, randomBytes } from 'node:crypto';
import { findActiveTokenByHash, insertApiToken, touchToken, type ApiTokenRecord, type Store } from '../store/index.ts';

export const TOKEN_PREFIX = 'stw_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(store: Store, name: string, now = Date.now()): Promise<{ token: string; record: ApiTokenRecord }> {
  if (!/^[\w.@:-]{1,100}$/.test(name)) throw new Error('A token name is 1–100 letters, digits or . _ - @ :');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const record: ApiTokenRecord = { id: Bun.randomUUIDv7(), name, prefix: token.slice(0, 10), created_at: now, last_used_at: null, revoked_at: null };
  await insertApiToken(store.db, { ...record, token_hash: hashToken(token) });
  return { token, record };
}

export interface VerifiedToken {
  id: string;
  name: string;
}

export class TokenVerifier {
  private readonly cache = new Map<string, { token: VerifiedToken; until: number }>();

  constructor(
    private readonly store: Store,
    /** How long a verified token is trusted without asking the database again (revocation delay). */
    private readonly cacheMs = 10_000,
  ) {}

  async verify(token: string): Promise<VerifiedToken | undefined> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
    const hash = hashToken(token);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.token;
    const record = await findActiveTokenByHash(this.store.db, hash);
    if (!record) {
      this.cache.delete(hash);
      return undefined;
    }
    const verified = { id: record.id, name: record.name };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { token: verified, until: now + this.cacheMs });
    // Last use is informative only; it must never slow down or fail the request.
    touchToken(this.store.db, record.id, now).catch(() => {});
    return verified;
  }
}
