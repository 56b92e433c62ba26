/** pino JSON logs to stdout with secrets redacted wherever they sit in a log object. */
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config/index.ts';

export type { Logger } from 'pino';

/** Keys whose values never reach a log line, at any of the first few levels of nesting. */
const SECRET_KEYS = ['token', 'password', 'secret', 'authorization', 'apiKey', 'api_key', 'botToken', 'bot_token', 'cookie', 'signingSecret'];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`, `req.headers.${k.toLowerCase()}`]);

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'steward' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
