import { expect, test } from 'bun:test';
import Ajv from 'ajv';
import { HUGGINGFACE_CONFIG_SCHEMA } from './hf-config-schema.ts';

const validate = new Ajv({ strict: false }).compile(HUGGINGFACE_CONFIG_SCHEMA);

test('accepts a self-hosted zero-shot config and rejects one without a target or with an unknown label', () => {
  const ok = { task: 'zero-shot-classification', endpointUrl: 'http://127.0.0.1:8080', head: 'topic', labels: { 'a threat of violence': 'threat' } };
  expect(validate(ok)).toBe(true);
  expect(validate({ ...ok, endpointUrl: undefined })).toBe(false);
  expect(validate({ ...ok, labels: { 'x': 'not-a-label' } })).toBe(false);
});
