/**
 * Expands the seed templates into training examples: slot fillers, casing, greetings, emoji,
 * chat abbreviations and keyboard typos are added programmatically so the model does not learn
 * one spelling of each sentence. Deterministic for a given seed.
 */
import { RISK_TOPICS, type RiskTopic } from '../labels.ts';
import type { TrainingExample, TrainingLabels } from '../heads.ts';
import { rng } from '../trainer.ts';
import { CHAT_TEMPLATES } from './seed-templates-chat.ts';
import { seedLines, type SeedLine } from './seed-lines.ts';
import { FAKE_LINKS, SEED_CATEGORIES, SEED_LANGS, SLOTS, type SeedLang } from './seed-templates.ts';

const PREFIXES: Record<SeedLang, string[]> = {
  en: ['hey ', 'pls help ', '@mods ', 'guys ', 'yo ', 'hi team, ', 'ugh ', 'quick q: '],
  es: ['oye ', 'ayuda porfa ', '@mods ', 'chicos ', 'hola, ', 'buenas, ', 'ey '],
  pt: ['oi ', 'ajuda pfv ', '@mods ', 'galera ', 'olá, ', 'e aí ', 'gente '],
  de: ['hey ', 'hilfe bitte ', '@mods ', 'leute ', 'hallo, ', 'moin ', 'servus '],
  hi: ['bhai ', 'help karo ', '@mods ', 'yaar ', 'hello, ', 'arre ', 'dosto '],
};
const SUFFIX_BY_SENTIMENT: Record<string, string[]> = {
  negative: [' 😡', ' 😤', ' 😭', '!!', ' ...', ' ffs', ' 🙄', '??'],
  neutral: [' 🤔', '?', ' thx', ' 🙏', ''],
  positive: [' ❤️', ' 🔥🔥', ' 😍', '!!', ' 🙌', ' 💯'],
};
// Chat abbreviations per language: (pattern, replacement).
const SLANG: Record<SeedLang, [RegExp, string][]> = {
  en: [[/\byou\b/g, 'u'], [/\bplease\b/g, 'pls'], [/\bright now\b/g, 'rn'], [/\bdon'?t\b/g, 'dont'], [/\bthanks?\b/g, 'thx']],
  es: [[/\bque\b/g, 'q'], [/\bpor favor\b/g, 'porfa'], [/\bporque\b/g, 'xq'], [/\bpara\b/g, 'pa'], [/\btambién\b/g, 'tb']],
  pt: [[/\bvocê\b/g, 'vc'], [/\bvocês\b/g, 'vcs'], [/\bnão\b/g, 'n'], [/\bporque\b/g, 'pq'], [/\bestá\b/g, 'tá'], [/\bpra\b/g, 'p']],
  de: [[/\bnicht\b/g, 'nich'], [/\bist\b/g, 'is'], [/\bhabe\b/g, 'hab'], [/\bein\b/g, 'n'], [/\bbitte\b/g, 'bitte bitte']],
  hi: [[/\bnahi\b/g, 'nhi'], [/\bkya\b/g, 'kyaa'], [/\bhai\b/g, 'h'], [/\bhoon\b/g, 'hu'], [/\bkar\b/g, 'kr']],
};

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function typo(s: string, r: () => number): string {
  if (s.length < 6) return s;
  const i = 1 + Math.floor(r() * (s.length - 3));
  const kind = r();
  if (kind < 0.4) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // swap
  if (kind < 0.7) return s.slice(0, i) + s.slice(i + 1); // drop
  return s.slice(0, i) + s[i] + s.slice(i); // double
}

function fill(template: string, lang: SeedLang, r: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'link' ? (r() < 0.7 ? 'https://' : '') + pick(FAKE_LINKS, r) : pick(SLOTS[lang][slot] ?? [slot], r)));
}

/** One noisy rendering of a template in chat style. */
export function renderVariant(template: string, lang: SeedLang, sentiment: string, r: () => number): string {
  let s = fill(template, lang, r);
  if (r() < 0.35) for (const [re, rep] of SLANG[lang]) if (r() < 0.6) s = s.replace(re, rep);
  if (r() < 0.25) s = pick(PREFIXES[lang], r) + s;
  if (r() < 0.4) s += pick(SUFFIX_BY_SENTIMENT[sentiment] ?? [''], r);
  if (r() < 0.25) s = typo(s, r);
  const c = r();
  if (c < 0.3) s = s.charAt(0).toUpperCase() + s.slice(1);
  else if (c < 0.36) s = s.toUpperCase();
  else if (c < 0.7) s = s.toLowerCase();
  return s;
}

function fullRisk(partial: Partial<Record<RiskTopic, number>> | undefined): Record<RiskTopic, number> {
  const risk = Object.fromEntries(RISK_TOPICS.map((t) => [t, 0])) as Record<RiskTopic, number>;
  return { ...risk, ...partial };
}

/**
 * Which templates a build uses. Every fifth template of a category and language is held out as
 * `validation` (threshold tuning, epoch choice); training never sees it.
 */
export type SeedPart = 'train' | 'validation' | 'all';

export function isValidationTemplate(index: number): boolean {
  return index % 5 === 4;
}

/**
 * Every template and written line of a category and language, in a fixed order: batch one,
 * batch two (chat templates), then the written lines of `lines/` (batches three on). New batches
 * append, so the validation templates of earlier batches stay where they were.
 */
export function seedTemplates(categoryId: string, lang: SeedLang): SeedLine[] {
  const cat = SEED_CATEGORIES.find((c) => c.id === categoryId);
  if (!cat) throw new Error(`unknown seed category ${categoryId}`);
  return [
    ...[...cat.templates[lang], ...(CHAT_TEMPLATES[cat.id]?.[lang] ?? [])].map((text) => ({ text })),
    ...seedLines(cat.id, lang),
  ];
}

/** Seed examples, `variants` renderings per template. */
export function buildSeedSet(variants = 8, seed = 7, part: SeedPart = 'train'): TrainingExample[] {
  const r = rng(seed);
  const byId = new Map(SEED_CATEGORIES.map((c) => [c.id, c]));
  const out: TrainingExample[] = [];
  for (const cat of SEED_CATEGORIES) {
    for (const lang of SEED_LANGS) {
      for (const [ti, template] of seedTemplates(cat.id, lang).entries()) {
        if (part !== 'all' && isValidationTemplate(ti) !== (part === 'validation')) continue;
        for (let v = 0; v < variants; v++) {
          const labels: TrainingLabels = {
            ...cat.labels,
            risk: fullRisk(cat.labels.risk),
            sarcasm: cat.labels.sarcasm ?? false,
            lang,
          };
          const text = renderVariant(template.text, lang, cat.labels.sentiment ?? 'neutral', r);
          if (template.parent) {
            // A written reply keeps the message it answered; a me-too's topic is then unknown.
            out.push({ text, threadContext: renderVariant(template.parent, lang, 'neutral', r), labels: cat.replyTo ? { ...labels, topic: undefined } : labels });
          } else if (cat.replyTo) {
            // A me-too reply takes its topic from the message it answers.
            const parent = byId.get(pick(cat.replyTo, r))!;
            const threadContext = renderVariant(pick(parent.templates[lang], r), lang, 'negative', r);
            out.push({ text, threadContext, labels: { ...labels, topic: parent.labels.topic } });
          } else {
            out.push({ text, labels });
          }
        }
      }
    }
  }
  return out;
}
