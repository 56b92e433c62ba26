export { GroupCommitter } from './group-committer.ts';
export { IntakeService, type IntakeOptions, type IntakeResult } from './intake-service.ts';
export { INCOMING_ITEM_SCHEMA, ITEM_LIMITS } from './item-schema.ts';
export { readJsonBody } from './read-json-body.ts';
export { parseIncomingItems, type ParsedItems } from './validate-items.ts';
