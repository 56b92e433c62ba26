import { describe, expect, test } from 'bun:test';
import { SEED_CATEGORIES, SEED_LANGS } from './seed-templates.ts';
import { parseSeedLines, seedLines } from './seed-lines.ts';

describe('written seed lines', () => {
  test('parse into categories, with the parent kept as the message replied to', () => {
    const parsed = parseSeedLines('# comment\nen\tbug\tthe export button does nothing\t\nen\tme_too\tsame\tapp is down\n', 'en');
    expect(parsed.get('bug')).toEqual([{ text: 'the export button does nothing' }]);
    expect(parsed.get('me_too')).toEqual([{ text: 'same', parent: 'app is down' }]);
  });

  test('a malformed line is an error naming file and line, never skipped', () => {
    expect(() => parseSeedLines('en\tnope\thello\n', 'en')).toThrow('lines/en.tsv line 1: unknown category');
    expect(() => parseSeedLines('\nes\tbug\thola\n', 'en')).toThrow('line 2: language "es"');
    expect(() => parseSeedLines('en\tbug\t \n', 'en')).toThrow('empty text');
    expect(() => parseSeedLines('en\tme_too\t+1\n', 'en')).toThrow('needs the message it replies to');
  });

  test('every category has written lines in every launch language', () => {
    for (const c of SEED_CATEGORIES) for (const l of SEED_LANGS) expect(seedLines(c.id, l).length).toBeGreaterThanOrEqual(10);
  });
});
