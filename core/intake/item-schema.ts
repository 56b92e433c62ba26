/** JSON Schema of an incoming item, as the intake API and channel plugins hand it in. */
import type { JSONSchemaType } from 'ajv';
import { VISIBILITIES, type IncomingItem } from '../domain/item.ts';

/** Limits a community team will not hit with real messages but that stop abuse of the intake. */
export const ITEM_LIMITS = {
  channelLength: 64,
  externalIdLength: 256,
  textLength: 40_000,
  handleLength: 256,
  urlLength: 2048,
  attachments: 50,
} as const;

const externalId = { type: 'string', minLength: 1, maxLength: ITEM_LIMITS.externalIdLength } as const;

export const INCOMING_ITEM_SCHEMA: JSONSchemaType<IncomingItem> = {
  type: 'object',
  additionalProperties: false,
  required: ['channel', 'external_id', 'text', 'author', 'created_at'],
  properties: {
    channel: { type: 'string', pattern: '^[a-z0-9][a-z0-9_.:-]*$', minLength: 1, maxLength: ITEM_LIMITS.channelLength },
    external_id: externalId,
    text: { type: 'string', maxLength: ITEM_LIMITS.textLength },
    author: {
      type: 'object',
      additionalProperties: false,
      required: ['external_id'],
      properties: {
        external_id: externalId,
        handle: { type: 'string', nullable: true, maxLength: ITEM_LIMITS.handleLength },
        display_name: { type: 'string', nullable: true, maxLength: ITEM_LIMITS.handleLength },
      },
    },
    created_at: { type: 'string', format: 'date-time' },
    thread_external_id: { ...externalId, nullable: true },
    parent_external_id: { ...externalId, nullable: true },
    visibility: { type: 'string', enum: [...VISIBILITIES], nullable: true },
    url: { type: 'string', format: 'uri', maxLength: ITEM_LIMITS.urlLength, nullable: true },
    attachments: {
      type: 'array',
      nullable: true,
      maxItems: ITEM_LIMITS.attachments,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['url'],
        properties: {
          url: { type: 'string', maxLength: ITEM_LIMITS.urlLength },
          content_type: { type: 'string', nullable: true, maxLength: 255 },
          name: { type: 'string', nullable: true, maxLength: 1024 },
          size: { type: 'integer', nullable: true, minimum: 0 },
        },
      },
    },
    // The platform's own payload, kept as sent for audit and re-processing.
    raw: {} as never,
  },
} as unknown as JSONSchemaType<IncomingItem>;
