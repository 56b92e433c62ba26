/**
 * Turns a parsed request body into incoming items, or into every problem with it, each named by
 * its JSON Pointer path. Accepts one item or `{"items": [...]}`.
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldProblem } from '../errors.ts';
import { StewardError } from '../errors.ts';
import type { IncomingItem } from '../domain/item.ts';
import { INCOMING_ITEM_SCHEMA } from './item-schema.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv, ['date-time', 'uri']);
const validateItem = ajv.compile(INCOMING_ITEM_SCHEMA);

export interface ParsedItems {
  items: IncomingItem[];
  /** True when the body was `{"items": [...]}` rather than one item. */
  batch: boolean;
}

export function parseIncomingItems(body: unknown, maxItems: number): ParsedItems {
  const batch = isObject(body) && 'items' in body;
  if (batch) {
    const extra = Object.keys(body).filter((k) => k !== 'items');
    if (extra.length > 0) {
      throw new StewardError('validation_failed', undefined, extra.map((k) => ({ path: `/${escapePointer(k)}`, message: 'unknown field' })));
    }
    if (!Array.isArray(body.items)) {
      throw new StewardError('validation_failed', undefined, [{ path: '/items', message: 'must be an array of items' }]);
    }
    if (body.items.length > maxItems) {
      throw new StewardError('too_many_items', `A request may hold at most ${maxItems} items; this one holds ${body.items.length}.`);
    }
    if (body.items.length === 0) {
      throw new StewardError('validation_failed', undefined, [{ path: '/items', message: 'must hold at least one item' }]);
    }
  }
  const candidates: unknown[] = batch ? (body as { items: unknown[] }).items : [body];
  const problems: FieldProblem[] = [];
  candidates.forEach((candidate, index) => {
    const prefix = batch ? `/items/${index}` : '';
    if (!validateItem(candidate)) problems.push(...(validateItem.errors ?? []).map((e) => toProblem(e, prefix)));
    problems.push(...findIllFormedStrings(candidate, prefix));
  });
  if (problems.length > 0) throw new StewardError('validation_failed', undefined, dedupe(problems));
  return { items: candidates as IncomingItem[], batch };
}

function toProblem(error: ErrorObject, prefix: string): FieldProblem {
  if (error.keyword === 'additionalProperties') {
    return { path: `${prefix}${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}`, message: 'unknown field' };
  }
  if (error.keyword === 'required') {
    return { path: `${prefix}${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`, message: 'is required' };
  }
  return { path: `${prefix}${error.instancePath}` || '/', message: error.message ?? 'is invalid' };
}

/**
 * Strings holding a lone UTF-16 surrogate cannot be stored as UTF-8 without silently changing
 * them; refuse them with their path instead.
 */
function findIllFormedStrings(value: unknown, path: string, out: FieldProblem[] = []): FieldProblem[] {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) out.push({ path: path || '/', message: 'contains a lone UTF-16 surrogate (not valid Unicode text)' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findIllFormedStrings(v, `${path}/${i}`, out));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!k.isWellFormed()) out.push({ path: `${path}/${escapePointer(k.toWellFormed())}`, message: 'field name contains a lone UTF-16 surrogate' });
      findIllFormedStrings(v, `${path}/${escapePointer(k)}`, out);
    }
  }
  return out;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
