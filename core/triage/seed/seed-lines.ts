/**
 * Third batch of project-written TRAINING text: whole chat lines (not templates), one file per
 * language in `lines/`, written by authors who had not seen the first two batches, the
 * development set or the evaluation set, so that the seed covers phrasings our own templates
 * never used. Same columns as the labelled sets: lang, category, text, parent (optional).
 * Imported as text so that `steward model train` also works from the compiled binary.
 */
import de from './lines/de.tsv' with { type: 'text' };
import en from './lines/en.tsv' with { type: 'text' };
import es from './lines/es.tsv' with { type: 'text' };
import hi from './lines/hi.tsv' with { type: 'text' };
import pt from './lines/pt.tsv' with { type: 'text' };
import { SEED_CATEGORIES, SEED_LANGS, type SeedLang } from './seed-templates.ts';

export interface SeedLine {
  text: string;
  /** The message this line replies to; becomes the thread context. */
  parent?: string;
}

const FILES: Record<SeedLang, string> = { en, es, pt, de, hi };

/** Parses one language file; a malformed line is an error naming file and line. */
export function parseSeedLines(tsv: string, lang: SeedLang, file = `lines/${lang}.tsv`): Map<string, SeedLine[]> {
  const known = new Set(SEED_CATEGORIES.map((c) => c.id));
  const needsParent = new Set(SEED_CATEGORIES.filter((c) => c.replyTo).map((c) => c.id));
  const byCategory = new Map<string, SeedLine[]>();
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [l, category = '', text = '', parent = ''] = line.split('\t');
    const where = `${file} line ${i + 1}`;
    if (l !== lang) throw new Error(`${where}: language ${JSON.stringify(l)} in the ${lang} file`);
    if (!known.has(category)) throw new Error(`${where}: unknown category ${JSON.stringify(category)}`);
    if (!text.trim()) throw new Error(`${where}: empty text`);
    if (needsParent.has(category) && !parent.trim()) throw new Error(`${where}: a ${category} line needs the message it replies to`);
    const list = byCategory.get(category) ?? [];
    list.push(parent.trim() ? { text: text.trim(), parent: parent.trim() } : { text: text.trim() });
    byCategory.set(category, list);
  });
  return byCategory;
}

let parsed: Map<SeedLang, Map<string, SeedLine[]>> | undefined;

/** The written lines of one category and language (empty when there are none). */
export function seedLines(category: string, lang: SeedLang): SeedLine[] {
  parsed ??= new Map(SEED_LANGS.map((l) => [l, parseSeedLines(FILES[l], l)]));
  return parsed.get(lang)?.get(category) ?? [];
}
