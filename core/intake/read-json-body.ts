/**
 * Reads a JSON request body without ever holding more than the limit in memory: a declared
 * Content-Length over the limit is refused before reading, and a chunked body is cut off as soon
 * as it passes the limit.
 */
import { StewardError } from '../errors.ts';

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new StewardError('unsupported_media_type', `Send the body as application/json (got ${type ? `"${type.slice(0, 100)}"` : 'no Content-Type'}).`);
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new StewardError('invalid_json', 'The request has no body.');

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  let text: string;
  try {
    // Fatal: a body that is not UTF-8 is refused rather than stored with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new StewardError('invalid_json', 'The request body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new StewardError('invalid_json', `The request body is not valid JSON: ${(err as Error).message}`);
  }
}

function tooLarge(maxBytes: number): StewardError {
  return new StewardError('body_too_large', `The request body is larger than ${maxBytes} bytes.`);
}
