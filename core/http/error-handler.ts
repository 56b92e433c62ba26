/** Turns anything thrown in a handler into the catalogued JSON error shape (CONVENTIONS.md §7-8). */
import type { Context } from 'hono';
import { StewardError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export function errorResponse(c: Context, err: unknown, log: Logger): Response {
  if (err instanceof StewardError) {
    return c.json(err.toJSON(), err.status as 400);
  }
  log.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error in request');
  return c.json(new StewardError('internal').toJSON(), 500);
}
