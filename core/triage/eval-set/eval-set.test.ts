import { describe, expect, test } from 'bun:test';
import { normalizeText } from '../text-normalize.ts';
import { buildSeedSet } from '../seed/seed-set.ts';
import { SEED_CATEGORIES, SEED_LANGS } from '../seed/seed-templates.ts';
import { loadEvalSet } from './eval-set.ts';

describe('triage evaluation set', () => {
  const items = loadEvalSet();

  test('covers every seed category in every launch language', () => {
    for (const lang of SEED_LANGS) {
      const cats = new Set(items.filter((i) => i.lang === lang).map((i) => i.category));
      expect(cats.size).toBe(SEED_CATEGORIES.length);
    }
  });

  test('shares no text with the seed training set (strictly separate data)', () => {
    const seed = new Set(buildSeedSet(1, 1, 'all').map((e) => normalizeText(e.text).replace(/\W+/g, ' ').trim()));
    const overlap = items.filter((i) => seed.has(normalizeText(i.text).replace(/\W+/g, ' ').trim()));
    expect(overlap.map((i) => i.text)).toEqual([]);
  });
});
