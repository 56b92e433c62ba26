/** Requires `Authorization: Bearer <token>` on the routes it guards. */
import type { MiddlewareHandler } from 'hono';
import type { TokenVerifier, VerifiedToken } from '../auth/index.ts';
import { StewardError } from '../errors.ts';

export type AuthVariables = { token: VerifiedToken };

export function requireApiToken(verifier: TokenVerifier): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match) throw new StewardError('unauthorized');
    const token = await verifier.verify(match[1]!);
    if (!token) throw new StewardError('invalid_token');
    c.set('token', token);
    await next();
  };
}
