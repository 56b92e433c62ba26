/**
 * Copies of ordinary seed lines with a day or time phrase added ("tomorrow", "on saturday", "am
 * wochenende"). Why: written threats and goodbyes lean on dates ("tonight", "before friday"), and
 * the model had learnt the date itself: most of its false flags on public SMS and tweets were
 * plans ("see you saturday", "i just want tomorrow to be here"). Lines that already carry a threat
 * or self-harm label are never copied, so a date stops being evidence of either without the real
 * cues losing weight. Deterministic for a given seed.
 */
import type { TrainingExample } from '../heads.ts';
import { rng } from '../trainer.ts';
import type { SeedLang } from './seed-templates.ts';

export const TIME_PHRASES: Record<SeedLang, readonly string[]> = {
  en: ['tomorrow', 'tonight', 'on saturday', 'this weekend', 'next week', 'friday night', 'after work', 'last night', 'sunday', 'monday morning', 'this evening', 'at 8pm', 'on the 14th', 'next month', 'till thursday', 'see you saturday'],
  es: ['mañana', 'esta noche', 'el sábado', 'este finde', 'la próxima semana', 'el viernes por la noche', 'después del trabajo', 'anoche', 'el domingo', 'el lunes', 'a las 8'],
  pt: ['amanhã', 'hoje à noite', 'no sábado', 'no fim de semana', 'semana que vem', 'sexta à noite', 'depois do trabalho', 'ontem à noite', 'domingo', 'segunda de manhã', 'às 8'],
  de: ['morgen', 'heute abend', 'am samstag', 'am wochenende', 'nächste woche', 'freitagabend', 'nach der arbeit', 'gestern abend', 'sonntag', 'montag früh', 'um 8'],
  hi: ['kal', 'aaj raat', 'shanivaar ko', 'weekend pe', 'agle hafte', 'friday raat', 'office ke baad', 'kal raat', 'sunday ko', 'monday subah', '8 baje'],
};

/**
 * Share of ordinary seed lines copied with a time phrase. Chosen on the development set with the
 * eighth seed batch: 0.15 took public SMS and tweet false flags 4.0% → 3.4% at the same budget and
 * left the development set's figures within an item or two; 0.4 did no better (3.5%).
 */
export const TIME_PHRASE_SHARE = 0.15;

/** The copies (not the originals), in input order; each keeps its labels and weight. */
export function timePhraseCopies(seedRows: readonly TrainingExample[], share = TIME_PHRASE_SHARE, seed = 99): TrainingExample[] {
  const r = rng(seed);
  const out: TrainingExample[] = [];
  for (const e of seedRows) {
    const { lang, risk } = e.labels;
    if (!lang || !risk || !(lang in TIME_PHRASES)) continue;
    if ((risk.threat ?? 0) > 0 || (risk.self_harm ?? 0) > 0) continue;
    if (r() >= share) continue;
    const phrases = TIME_PHRASES[lang as SeedLang];
    const phrase = phrases[Math.floor(r() * phrases.length)]!;
    out.push({ ...e, text: r() < 0.5 ? `${phrase} ${e.text}` : `${e.text} ${phrase}` });
  }
  return out;
}
