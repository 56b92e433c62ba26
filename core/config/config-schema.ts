/** The configuration's JSON Schema and type. Defaults here make Steward run with no config at all. */
import type { JSONSchemaType } from 'ajv';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SQLITE_SYNC_MODES = ['FULL', 'NORMAL'] as const;

export interface StewardConfig {
  /** HTTP port. */
  port: number;
  host: string;
  /** Where the embedded SQLite file and other local state live. */
  dataDir: string;
  /** `postgres://…` selects PostgreSQL; `sqlite:<path>` or empty selects SQLite at `<dataDir>/steward.db`. */
  databaseUrl: string;
  logLevel: LogLevel;
  /** Name of this replica, recorded as the claimant of pipeline work. Defaults to host name + pid. */
  instanceId: string;
  sqlite: {
    /** FULL: a commit survives power loss. NORMAL: survives a process crash only, faster. */
    synchronous: (typeof SQLITE_SYNC_MODES)[number];
    busyTimeoutMs: number;
  };
  postgres: { poolSize: number };
  intake: {
    maxItemsPerRequest: number;
    maxBodyBytes: number;
    /** Items written in one group-commit transaction at most. */
    maxGroupCommitItems: number;
  };
  pipeline: {
    enabled: boolean;
    batchSize: number;
    /** How often an idle worker looks for work that another replica took in. */
    pollIntervalMs: number;
    /** A claimed batch not finished within this time is claimed again (its worker died). */
    leaseMs: number;
    /** Attempts before an item that keeps failing a stage is parked as failed. */
    maxAttempts: number;
  };
  /** How long SIGTERM waits for in-flight intake and pipeline batches before exiting anyway. */
  shutdownTimeoutMs: number;
}

export const CONFIG_DEFAULTS: StewardConfig = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  databaseUrl: '',
  logLevel: 'info',
  instanceId: '',
  sqlite: { synchronous: 'FULL', busyTimeoutMs: 5000 },
  postgres: { poolSize: 10 },
  intake: { maxItemsPerRequest: 1000, maxBodyBytes: 5 * 1024 * 1024, maxGroupCommitItems: 5000 },
  pipeline: { enabled: true, batchSize: 500, pollIntervalMs: 500, leaseMs: 30_000, maxAttempts: 5 },
  shutdownTimeoutMs: 20_000,
};

const positiveInt = (maximum: number) => ({ type: 'integer', minimum: 1, maximum }) as const;

export const CONFIG_SCHEMA: JSONSchemaType<StewardConfig> = {
  type: 'object',
  additionalProperties: false,
  required: [],
  properties: {
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    host: { type: 'string', minLength: 1 },
    dataDir: { type: 'string', minLength: 1 },
    databaseUrl: { type: 'string', pattern: '^$|^(postgres|postgresql)://|^sqlite:|^file:' },
    logLevel: { type: 'string', enum: [...LOG_LEVELS] },
    instanceId: { type: 'string', maxLength: 200 },
    sqlite: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        synchronous: { type: 'string', enum: [...SQLITE_SYNC_MODES] },
        busyTimeoutMs: { type: 'integer', minimum: 0, maximum: 600_000 },
      },
    },
    postgres: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { poolSize: positiveInt(500) },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        maxItemsPerRequest: positiveInt(100_000),
        maxBodyBytes: positiveInt(1024 * 1024 * 1024),
        maxGroupCommitItems: positiveInt(1_000_000),
      },
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        enabled: { type: 'boolean' },
        batchSize: positiveInt(10_000),
        pollIntervalMs: positiveInt(3_600_000),
        leaseMs: positiveInt(86_400_000),
        maxAttempts: positiveInt(1000),
      },
    },
    shutdownTimeoutMs: positiveInt(3_600_000),
  },
} as unknown as JSONSchemaType<StewardConfig>;
