import { describe, expect, test } from 'bun:test';
import { normalizeText } from '../text-normalize.ts';
import { seedTemplates } from '../seed/seed-set.ts';
import { SEED_CATEGORIES, SEED_LANGS } from '../seed/seed-templates.ts';
import { loadDevSet, loadEvalSet, parseLabelledSet } from './labelled-sets.ts';

const key = (text: string) => normalizeText(text).replace(/\W+/g, ' ').trim();

describe('triage labelled sets', () => {
  const evalSet = loadEvalSet();
  const devSet = loadDevSet();

  for (const [name, items] of [['evaluation', evalSet], ['development', devSet]] as const) {
    test(`the ${name} set covers every seed category in every launch language`, () => {
      for (const lang of SEED_LANGS) {
        const cats = new Set(items.filter((i) => i.lang === lang).map((i) => i.category));
        expect(cats.size).toBe(SEED_CATEGORIES.length);
      }
    });
  }

  test('neither set shares a text with the seed training set (strictly separate data)', () => {
    // Raw templates and written lines, slots left out: a copy of one measures memory, not skill.
    const seed = new Set(SEED_CATEGORIES.flatMap((c) => SEED_LANGS.flatMap((l) => seedTemplates(c.id, l).map((t) => key(t.text.replace(/\{\w+\}/g, ' '))))));
    const overlap = [...evalSet, ...devSet].filter((i) => seed.has(key(i.text)));
    expect(overlap.map((i) => i.text)).toEqual([]);
  });

  test('the evaluation set shares no text with the development set', () => {
    const dev = new Set(devSet.map((i) => key(i.text)));
    expect(evalSet.filter((i) => dev.has(key(i.text))).map((i) => i.text)).toEqual([]);
  });

  test('a malformed line is an error that names it', () => {
    expect(() => parseLabelledSet('en\tno_such_category\thello\n', 'x.tsv')).toThrow('x.tsv line 1');
    expect(() => parseLabelledSet('xx\tbug\thello\n', 'x.tsv')).toThrow('x.tsv line 1');
    expect(() => parseLabelledSet('en\tme_too\t+1\n', 'x.tsv')).toThrow('needs the message it replies to');
  });
});
