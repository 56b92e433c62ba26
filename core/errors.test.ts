import { expect, test } from 'bun:test';
import { ERROR_CATALOGUE, ERROR_CODES } from './errors.ts';

test('docs/errors.md lists every catalogued code with its status, and nothing else', async () => {
  const doc = await Bun.file(new URL('../docs/errors.md', import.meta.url)).text();
  const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
  expect(new Map(rows as [string, number][])).toEqual(
    new Map(ERROR_CODES.map((code) => [code, ERROR_CATALOGUE[code].status])),
  );
});
