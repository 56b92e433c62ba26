/**
 * The one error catalogue. Every error the HTTP API or the CLI reports has a code listed here,
 * with its HTTP status and a message a person can act on. docs/errors.md lists the same codes;
 * core/errors.test.ts keeps the two in step.
 */
export const ERROR_CATALOGUE = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  validation_failed: { status: 400, message: 'Some fields are missing or invalid; see details.' },
  too_many_items: { status: 400, message: 'Too many items in one request.' },
  body_too_large: { status: 413, message: 'The request body is larger than the configured limit.' },
  unauthorized: { status: 401, message: 'Send an API token as "Authorization: Bearer <token>".' },
  invalid_token: { status: 401, message: 'The API token is unknown or revoked.' },
  not_found: { status: 404, message: 'No such resource.' },
  conflict: { status: 409, message: 'The resource is not in a state that allows this.' },
  invalid_cursor: { status: 400, message: 'The pagination cursor is malformed.' },
  shutting_down: { status: 503, message: 'The server is shutting down; retry on another replica or later.' },
  storage_unavailable: { status: 503, message: 'The database did not accept the write; nothing was stored. Retry.' },
  internal: { status: 500, message: 'Something went wrong on our side; it has been logged.' },
  config_invalid: { status: 500, message: 'The configuration is invalid.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** One problem with one field, named by its JSON Pointer path (`/items/3/author/handle`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An expected failure with a catalogued code. Thrown, then turned into a response in one handler. */
export class StewardError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: FieldProblem[] | undefined;

  constructor(code: ErrorCode, message?: string, details?: FieldProblem[]) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'StewardError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = details;
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: FieldProblem[] } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}
