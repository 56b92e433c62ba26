/**
 * High-recall safety layer: multilingual phrase signals for self-harm, threats of violence and
 * scams, merged into the model's labels. Why: the linear model learns these categories from a
 * few hundred seed sentences and misses phrasings it never saw; a team can never miss a cry for
 * help, a threat or a phishing DM, so explicit statements are caught by pattern as well.
 * False positives are handled before matching (idioms erased: "dying to try it", "kill the
 * process") and after (gaming and laughter soften the weaker tiers; reports of scams are risk,
 * never noise).
 */
import type { RiskTopic, TriageLabels } from './labels.ts';
import {
  SCAM_CUES, SCAM_NEGATED, SCAM_REPORT, SCAM_STRONG, SELF_HARM_CUES, SELF_HARM_MEDIUM, SELF_HARM_STRONG,
  THREAT_CUES, THREAT_MEDIUM, THREAT_STRONG,
} from './safety-lexicon.ts';

export interface SafetySignals {
  /** 0 when nothing matched; ≥ 0.5 means "flag for a human". */
  selfHarm: number;
  threat: number;
  scam: number;
  /** The text reports or asks about a scam (a potential victim, not the scammer). */
  scamReport: boolean;
  /** A scam that claims to be staff or official support. */
  impersonation: boolean;
}

const NONE: SafetySignals = Object.freeze({ selfHarm: 0, threat: 0, scam: 0, scamReport: false, impersonation: false });

const STRONG = 0.9;
const MEDIUM = 0.65;
const TWO_CUES = 0.6;
const THREE_CUES = 0.8;
/** Gaming talk or laughter next to a weaker match: "i'll kill you next round lol" stays below 0.5. */
const SOFTEN = 0.6;

/** Turns a pattern written naturally into the squeezed form that `normalizeForSignals` produces. */
function squeeze(source: string): string {
  // A doubled letter after a backslash is an escape ("\\bb"), not a word: leave it alone.
  return source.replace(/ ~ /g, '(?: \\S+){0,3} ').replace(/(?<!\\)([a-z])\1+/g, '$1');
}

/** One regex per list: a single scan per tier keeps the layer at a few microseconds per item. */
export function compileCues(patterns: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${patterns.map((p) => `(?:${squeeze(p)})`).join('|')})\\b`);
}

function compileGroups(groups: Record<string, string[]>): RegExp[] {
  return Object.values(groups).map(compileCues);
}

const RE = {
  selfHarmStrong: compileCues(SELF_HARM_STRONG),
  selfHarmMedium: compileCues(SELF_HARM_MEDIUM),
  selfHarmCues: compileGroups(SELF_HARM_CUES),
  threatStrong: compileCues(THREAT_STRONG),
  threatMedium: compileCues(THREAT_MEDIUM),
  threatCues: compileGroups(THREAT_CUES),
  scamStrong: compileCues(SCAM_STRONG),
  scamCues: compileGroups(SCAM_CUES),
  scamStaff: compileCues(SCAM_CUES.staff!),
  scamReport: compileCues(SCAM_REPORT),
  // Phrases a scammer writes that would otherwise read as a report: "I accidentally reported your account".
  scamReportVeto: compileCues(['(accidentally|mistakenly|accidently) report\\w*', 'report(ed)? (your|ur) account', 'not a scam', 'no scam', '100 ?(percent )?legit', 'por (error|engano) (te )?(reporte|denuncie)', 'sem golpe', 'nao e golpe', 'kein (betrug|scam|fake)']),
  scamTopic: compileCues(['scam\\w*', 'phish\\w*', 'fake', 'fraud\\w*', 'estafa\\w*', 'fraude', 'golp\\w*', 'betrug\\w*', 'abzocke', 'dhokha', 'thag\\w*', 'imperson\\w*', 'hacker\\w*', 'hackear', 'hackeado', 'gehackt', 'hack']),
  scamNegated: compileCues(SCAM_NEGATED.map((p) => `${p}(?: \\S+){0,6}`)),
};

/**
 * Idioms and technical phrases erased before matching, so they cannot complete a pattern:
 * "this bug is killing me", "dying to try it", "kill the process", "to die for".
 */
const ERASE = new RegExp(`\\b(?:${[
  'dying (to|for) \\w+', 'to die for', 'die (of|from) (laughter|laughing|embarrassment|cringe|shame|boredom|cuteness|hunger|heat)', 'dead (link|server|code|pixel|key|chat|game|zone)',
  'kill (my ?self|me) (laughing|with laughter)', 'killing (me|it)', 'killed it', 'kill (the|this|that|a|my|your|all) (process|task|job|server|app|bot|container|pod|thread|session|tab|feature|switch|bug|vibe|mood|battery|build|boss|mob|creeper)\\w*',
  'kill \\d+', 'kill -?\\d', 'killer (feature|app|update)', 'shoot (you|u|me) (a|an) (email|mail|message|msg|dm|text|link|invite|note|pm)', 'shoot (me|us) (a|an) (dm|message|line)',
  'suicide (squad|mission|run|burn|doors|king|prevention|hotline|awareness)', 'suicide squad', 'prevention', 'my (phone|battery|laptop|pc|server|plant|car|router|headphones|mic|controller) ~ (die|dying|dead|died)',
  'morir(me)? de (risa|verguenza|hambre|sueno|calor|frio|aburrimiento|ganas|amor)', 'me muero (de|por) \\w+', 'muero (de|por) \\w+', 'matar (el|la|los) (proceso|tiempo|hambre)', 'mata (el|la) (proceso|tarea)',
  'morrer de (rir|vergonha|fome|sono|calor|frio|tedio|saudade|amor)', 'morrendo de \\w+', 'morri de \\w+', 'matar (o|a) (processo|tempo|fome|saudade)', 'mata (o|a) (processo|tarefa)',
  'sterbe vor \\w+', 'totgelacht', 'tot ?lachen', 'prozess (beenden|killen|toten)', '(killt|kill) (den|die|das) (prozess|task|server)', 'zum sterben (schon|gut|langweilig)',
  'hans ?(hans|ke|ke mar|kar) (mar|mara)', 'hasi se (mar|mara|pagal)', 'bhook se mar', 'bore ho ke mar', 'process (kill|band) kar',
].map(squeeze).join('|')})\\b`, 'g');

/** Context that turns a violent verb into game talk. Real-world words ("irl", "your house") cancel it. */
const GAMING = compileCues([
  'game', 'games', 'gaming', 'match', 'round', 'lobby', 'ranked', '1v1', 'boss', 'respawn', 'spawn', 'raid', 'pvp', 'pve', 'fortnite', 'valorant', 'minecraft', 'cod', 'warzone',
  'dungeon', 'level', 'noob', 'gg', 'gank', 'frag', 'campaign', 'mob', 'npc', 'character', 'quest', 'tournament', 'scrim', 'elo', 'headshot', 'sniper', 'loot', 'partida', 'juego',
  'jogo', 'spiel', 'runde', 'jugada', 'league', 'cs', 'apex', 'pubg', 'freefire', 'free fire', 'bgmi', 'roblox', 'overwatch', 'zombie', 'zombies',
]);
const REAL_WORLD = compileCues(['irl', 'in real life', 'in person', 'your (house|home|address|office|family|school|work)', 'where (you|u) live', 'outside', '(tu|su|sua) (casa|familia|oficina)', '(dein|deine) (haus|familie|adresse)', '(tera|tere|teri) (ghar|family)', 'en la vida real', 'na vida real', 'im echten leben', 'real life']);
const LAUGHTER = compileCues(['lol', 'lmao', 'lmfao', 'rofl', 'haha\\w*', 'hehe\\w*', 'jaja\\w*', 'jeje\\w*', 'kk+', 'rsrs\\w*', 'hihi', 'jk', 'just kidding', 'kidding', 'joking', 'es broma', 'brincadeira', 'zoeira', 'spass', 'witz', 'mazak', 'mazaak', 'xd', 'emojilaugh']);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l' };
const EMOJI_WORDS: Record<string, string> = {
  '🔪': 'knife', '🗡': 'knife', '🔫': 'gun', '💣': 'bomb', '🧨': 'bomb', '🪦': 'grave', '⚰': 'coffin', '🩸': 'blood', '💊': 'pills', '🪢': 'rope',
  '😂': 'emojilaugh', '🤣': 'emojilaugh', '😆': 'emojilaugh', '💀': 'emojilaugh', '😹': 'emojilaugh',
};
const EMOJI_RE = new RegExp(Object.keys(EMOJI_WORDS).join('|'), 'gu');
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lower case, accents folded, ß → ss, emoji that carry meaning to words, leetspeak between
 * letters undone ("k1ll" → "kill"), apostrophes dropped ("don't" → "dont"), everything else
 * that is not a letter or digit → one space, and runs of one letter squeezed ("pleeease").
 */
export function normalizeForSignals(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.replace(EMOJI_RE, (e) => ` ${EMOJI_WORDS[e]} `).replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  s = s
    .replace(/(?<=[a-z])[013457@$!|]+(?=[a-z])/g, (m) => [...m].map((c) => LEET[c] ?? c).join(''))
    .replace(/(?<![a-z0-9])\$(?=[a-z]{2})/g, 's')
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1+/g, '$1');
  return ` ${s} `;
}

function cueCount(res: RegExp[], s: string): number {
  let n = 0;
  for (const re of res) if (re.test(s)) n++;
  return n;
}

function tiered(strong: RegExp, medium: RegExp, cues: RegExp[], s: string, softened: boolean): number {
  if (strong.test(s)) return STRONG;
  if (medium.test(s)) return softened ? MEDIUM * SOFTEN : MEDIUM;
  const n = cueCount(cues, s);
  if (n >= 3) return softened ? THREE_CUES * SOFTEN : THREE_CUES;
  if (n === 2) return softened ? TWO_CUES * SOFTEN : TWO_CUES;
  return 0;
}

// No pattern is shorter than "kms": shorter texts skip the scans.
const MIN_LEN = 3;

/** The layer's reading of one text. Pure and synchronous; about a few µs for a chat line. */
export function detectSafetySignals(text: string): SafetySignals {
  if (text.length < MIN_LEN) return NONE;
  const s = normalizeForSignals(text).replace(ERASE, ' ');
  const laughing = LAUGHTER.test(s);
  const gaming = GAMING.test(s) && !REAL_WORLD.test(s);

  const selfHarm = tiered(RE.selfHarmStrong, RE.selfHarmMedium, RE.selfHarmCues, s, laughing);
  let threat = tiered(RE.threatStrong, RE.threatMedium, RE.threatCues, s, laughing || gaming);
  // Even an explicit "i'll kill you" is game talk in a match; keep it visible but under the bar.
  if (threat === STRONG && gaming) threat = STRONG * 0.5;

  const unnegated = s.replace(RE.scamNegated, ' ');
  let scam = 0;
  if (RE.scamStrong.test(unnegated)) scam = STRONG;
  else {
    const n = cueCount(RE.scamCues, unnegated);
    scam = n >= 3 ? THREE_CUES + 0.05 : n === 2 ? TWO_CUES : 0;
  }
  const staff = RE.scamStaff.test(unnegated);
  const scamReport = !RE.scamReportVeto.test(s) && RE.scamReport.test(s);
  return { selfHarm, threat, scam, scamReport, impersonation: scam >= 0.5 && staff };
}

/** Whether the text reports or asks about a scam: such an item is never closed as noise. */
export function isScamReport(text: string): boolean {
  return detectSafetySignals(text).scamReport;
}

export function hasScamTopic(text: string): boolean {
  return RE.scamTopic.test(normalizeForSignals(text));
}

const URGENCY_RANK = { low: 0, normal: 1, high: 2, critical: 3 } as const;

function atLeast(labels: TriageLabels, urgency: keyof typeof URGENCY_RANK, confidence: number): void {
  if (URGENCY_RANK[labels.urgency.label] < URGENCY_RANK[urgency]) labels.urgency = { label: urgency, confidence };
}

function raise(labels: TriageLabels, topic: RiskTopic, score: number): void {
  if (score > labels.risk[topic]) labels.risk[topic] = Math.round(score * 1000) / 1000;
}

/**
 * Merges the signals into the model's labels (in place) and returns them. The layer only ever
 * raises risk: it never lowers a risk score the model gave. A self-harm or threat signal makes
 * the item risk, never noise; a scam signal makes it scam noise at a confidence below every
 * auto-close threshold (a human confirms pattern-only catches); a scam report is risk, never noise.
 */
export function applySafetySignals(labels: TriageLabels, text: string, sig: SafetySignals): TriageLabels {
  raise(labels, 'self_harm', sig.selfHarm);
  raise(labels, 'threat', sig.threat);
  const danger = Math.max(sig.selfHarm, sig.threat);
  if (danger >= 0.5) {
    labels.noise = { label: 'none', confidence: danger };
    labels.intent = { label: 'risk', confidence: Math.max(danger, labels.intent.label === 'risk' ? labels.intent.confidence : 0) };
    if (labels.topic.label !== 'self_harm' && labels.topic.label !== 'threat') {
      labels.topic = sig.selfHarm >= sig.threat ? { label: 'self_harm', confidence: sig.selfHarm } : { label: 'threat', confidence: sig.threat };
    }
    if (labels.sentiment.label !== 'negative') labels.sentiment = { label: 'negative', confidence: danger };
    atLeast(labels, danger >= 0.8 ? 'critical' : 'high', danger);
    return labels;
  }

  const modelSaysScam = labels.noise.label === 'scam' || labels.noise.label === 'spam' || labels.topic.label === 'scam_phishing' || labels.topic.label === 'impersonation';
  if (sig.scamReport && (sig.scam >= 0.5 || modelSaysScam || hasScamTopic(text))) {
    // A member warning others or asking "is this legit?": the team must see it, never auto-close it.
    labels.noise = { label: 'none', confidence: 0.6 };
    labels.intent = { label: 'risk', confidence: 0.6 };
    if (labels.topic.label !== 'impersonation') labels.topic = { label: 'scam_phishing', confidence: 0.6 };
    raise(labels, 'scam_phishing', 0.5);
    atLeast(labels, 'normal', 0.6);
    return labels;
  }

  if (sig.scam >= 0.5) {
    raise(labels, 'scam_phishing', sig.scam);
    if (sig.impersonation) raise(labels, 'impersonation', 0.6);
    if (labels.noise.label !== 'scam') labels.noise = { label: 'scam', confidence: sig.scam };
    if (labels.intent.label !== 'noise') labels.intent = { label: 'noise', confidence: sig.scam };
    if (labels.topic.label !== 'scam_phishing' && labels.topic.label !== 'impersonation') labels.topic = { label: 'scam_phishing', confidence: sig.scam };
    atLeast(labels, 'high', sig.scam);
  }
  return labels;
}
