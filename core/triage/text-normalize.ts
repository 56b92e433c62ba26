/** Text normalisation and tokenisation shared by the featurizer and the concept lexicon. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Words, numbers, emoji and single symbols that carry signal in chat ("!!", "$", "@").
export const TOKEN_RE = /[\p{L}\p{N}_']+|\p{Extended_Pictographic}|[$€£₹@#!?%]/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|gg|ly|xyz|ru|me|co|cc|app|link|info|click|help|site|online|top|biz|shop|store|live|win|gift)(?:\/\S*)?/gi;
const ELONGATION_RE = /(\p{L})\1{2,}/gu;

/**
 * Normalises chat text so that spelling variants share features: lower case, accents folded,
 * URLs collapsed to a token, elongations ("soooo") shortened, long digit runs collapsed.
 */
const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Accent folding only when there can be accents: most chat lines are plain ASCII.
  return (NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower)
    .replace(URL_RE, ' zzurl ')
    .replace(ELONGATION_RE, '$1$1')
    .replace(/\d{5,}/g, ' zznum ')
    .replace(/\d+/g, (d) => (d.length === 1 ? d : 'zzd' + d.length));
}

export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN_RE) ?? [];
}

