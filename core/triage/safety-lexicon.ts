/**
 * Phrase patterns of the safety layer (self-harm, threats of violence, scams/phishing) in
 * en/es/pt/de/Hinglish, written against `normalizeForSignals` output: lower case, accents folded,
 * ß → ss, apostrophes dropped, leetspeak between letters undone, punctuation → one space, and
 * every run of a repeated letter squeezed to one ("kiiill" → "kil"). Patterns are written
 * naturally ("kill myself"); `compileCues` squeezes their letters the same way, so "kill" in a
 * pattern matches "kill", "kil" and "kiiiill" in a message.
 *
 * Pattern syntax is a JS regex source plus one shorthand: ` ~ ` is a gap of up to three words.
 *
 * Tiers, per category:
 * - `strong`: flags on its own (an explicit statement: "kill myself", "te voy a matar", "send me your OTP").
 * - `medium`: flags on its own unless a guard (idiom, gaming, laughter) applies.
 * - `cues`: groups of weak signals; two different groups together flag, one alone never does.
 * Guards are listed in `safety-signals.ts` next to the code that applies them.
 */

// ── Self-harm ────────────────────────────────────────────────────────────────────────────

export const SELF_HARM_STRONG = [
  // en
  'kill (my ?self|my self|mysef|myslf)', 'kms', 'kil me now', 'unalive (my ?self|me)', 'sewerslide', 'suicid\\w*', 'end (my|my own) life',
  'end it all', 'ending it all', 'take my (own )?life', 'taking my (own )?life', '(want|wanted|wana|wanna|going|gonna|ready) (to )?die',
  'wish i (was|were|could be) dead', 'wish i (could )?(just )?(die|disappear forever|never woke up|not wake up|wasnt born|was never born)',
  '(dont|do not|no longer) want to (live|be alive|exist|wake up|be here) ?(anymore|any more)?', 'dont wanna (live|be alive|exist|wake up)',
  '(no|any) (reason|point) (to|in) (live|living|keep going|go on|be alive|wake up)', 'nothing (left )?to live for',
  'better off (dead|without me)', '(be|are) better without me', '(cut|cutting|cuting|hurt|hurting|harm|harming|burn|burning|starve|starving) my ?self',
  'self ?harm\\w*', 'overdos\\w*', '(take|taking|swallow|swallowing|took) (all )?(the|my|these|those|every|of my) ~ pills',
  '(rope|noose) ~ (ready|tied|neck|hang)', 'hang my ?self', '(jump|jumping) (off|from|in front of) (a|the|this) (bridge|building|roof|train|cliff)',
  '(wrote|writing|written|left|leaving) (my|a) (suicide |goodbye |last )?(note|letter)', 'goodbye (note|letter)',
  '(wont|will not|not going to) be (here|around|alive) (tomorrow|much longer|anymore|by)', 'this is (my|the) (last|final) (message|post|goodbye)',
  '(last|final) (message|post) (ill|i will|i ll) ever', '(easiest|painless|quickest|fastest|best|quietest) way to (die|end it|kill)',
  'how (many|much) ~ (to die|to overdose|is lethal|would kill me)', 'lethal dose', 'disappear (for good|forever)',
  '(thinking|think|thought) (about|of) (ending|killing|hurting|dying|jumping|not being here)',
  'tired of (living|being alive|existing|life)', '(cant|cannot|can not) (do this|go on|take (it|this)|keep going) ?(anymore|any more)',
  // es
  'quiero morir\\w*', 'quisiera morir\\w*', 'me quiero morir', 'me (quiero|voy a) matar', '(quiero|voy a|pienso) matarme', 'matarme',
  'suicid\\w*', 'quitarme la vida', 'acabar con (mi vida|todo)', 'no quiero (seguir )?(vivir|despertar|estar aqui)',
  'no vale la pena (vivir|seguir)', '(cortarme|me corto|me estoy cortando|hacerme dano|lastimarme)', 'carta de despedida',
  'estarian mejor sin mi', 'desaparecer para siempre', 'ganas de morir', '(sin|ninguna) razon para (vivir|seguir)',
  'tirarme (del|de un|de una|por la|al|a las vias)', '(ultimo|ultima) (mensaje|vez que escribo)', 'ya no quiero estar (aqui|vivo|viva)',
  'no (aguanto|soporto) (mas )?(vivir|la vida|esta vida|seguir viviendo)', 'pastillas ~ (tomar|tomarme|todas|morir)', 'tomarme todas',
  // pt
  'quero morrer', 'vontade de morrer', 'vou me matar', 'me matar', 'tirar (a )?minha (propria )?vida', 'acabar com (a )?minha vida',
  'nao quero mais (viver|acordar|estar aqui)', 'nao (aguento|suporto) mais (viver|a vida|essa vida)', '(me cortar|me cortando|me machucar|me ferir)',
  'adeus a todos', '(melhor|melhores) sem mim', 'sumir (pra|para) sempre', 'sumisse (de vez|pra sempre)',
  'nao vejo (sentido|motivo|razao) ~ (vida|viver|continuar)', '(pular|me jogar) (da|de uma|do|na frente)',
  '(tomar|tomei) todos os (remedios|comprimidos)', '(ultima|ultimo) (mensagem|post)',
  // de
  '(will|mochte|mocht|wil) (nicht mehr leben|sterben)', 'ich will (nur noch )?sterben', 'mich umbringen', 'mich (selbst )?(toten|umbringen)',
  'selbstmord', 'suizid\\w*', 'mir das leben nehmen', 'mein leben beenden', 'nicht mehr (leben|aufwachen|da sein|hier sein)',
  '(mich|mir) (ritzen|schneiden|weh tun|wehtun|was antun|etwas antun)', 'ich ritze mich', 'abschiedsbrief', 'lebt (alle )?wohl',
  '(besser|leichter) ohne mich', 'keinen sinn mehr (zu leben)?', '(alle|die) tabletten (nehmen|schlucken)', '(von|vor) (der|einer|den) (brucke|zug|dach) springen',
  'letzte nachricht', 'fur immer verschwinden', 'keinen grund mehr (zu leben|weiterzumachen)',
  // hi (Latin)
  'mar(na|ne) (chahta|chahti|chahta hu|chahti hu|hai)', 'mar jana chah\\w*', 'mar ja(u|o|un|on)(ga|gi)', 'khud ko (khatam|maar|mar|hurt|nuksan|chot)',
  'khudkushi', 'khud khushi', 'a+tmahatya', 'suicide kar', 'zindagi (khatam|se tang|se thak|se pareshan|se nafrat)', 'jina nahi (chahta|chahti)',
  'jeena nahi (chahta|chahti)', '(jine|jeene) ka (man|mann|koi matlab|koi wajah) nahi', 'ab (aur )?nahi (ji|jee) (sakta|sakti|paunga|paungi)',
  'alvida (sabko|dosto|sab)', 'mere bina sab khush', 'neend ki goliyan', 'zeher (kha|pee|pi)', '(pankhe|fan|rassi) se latak', '(chhat|chat|bridge|building) se kood',
  '(nas|haath|hath|kalai) (kaat|kat)', '(aakhri|akhri) (message|msg|baar)', 'hamesha ke liye (gayab|chala|chali)', 'jeene ki (koi )?wajah nahi',
];

export const SELF_HARM_MEDIUM = [
  'want to disappear', 'wanna disappear', '(nobody|no one|noone) (would|will|wil) (care|notice|miss me) ~ (gone|died|dead|disappeared)',
  'everyone (would|will) be (better|happier)', 'give away (all )?my (stuff|things)', 'take care of my (cat|dog|pets|family) (for me|when)',
  'sorry for everything', 'i give up on (life|everything|living)', 'ready to (go|leave this world)', 'leave this world',
  'hope i (dont|do not|never) wake up', 'go to sleep and never wake up', 'sleep forever', 'dont want to be here anymore',
  'ya no puedo mas', 'no puedo mas (con )?(la vida|esto|todo)', 'quiero desaparecer', 'nadie me (extranaria|echaria de menos)', 'dormir para siempre',
  'quero sumir', 'ninguem (sentiria|vai sentir) (minha )?falta', 'dormir (pra|para) sempre', 'nao aguento mais',
  'ich kann nicht mehr', 'will (einfach )?verschwinden', 'niemand wurde mich vermissen', 'fur immer schlafen', 'ich halte (das|es) nicht mehr aus',
  'gayab ho (jaun|jana)', 'koi yaad nahi karega', 'sab khatam kar (dunga|dungi|du|doon)', 'ab bas', 'thak gaya (hu|hoon) (sab|zindagi)',
];

export const SELF_HARM_CUES: Record<string, string[]> = {
  despair: [
    'hopeless', 'no point', 'pointless', 'worthless', 'cant go on', 'cant take it', 'so tired of', 'everything hurts', 'empty inside', 'burden',
    'sin sentido', 'no sirvo', 'soy una carga', 'sem sentido', 'sou um peso', 'sinnlos', 'eine last', 'wertlos', 'bekar hu', 'bojh hu', 'koi fayda nahi',
    'depress\\w*', 'deprimid\\w*', 'deprimiert',
  ],
  finality: [
    'goodbye', 'bye forever', 'forever', 'last time', 'for good', 'final', 'adios', 'despedida', 'para siempre', 'adeus', 'pra sempre', 'para sempre',
    'abschied', 'fur immer', 'alvida', 'hamesha ke liye', 'aakhri', 'akhri',
  ],
  method: ['pills', 'bridge', 'rope', 'blade', 'razor', 'pastillas', 'puente', 'cuchilla', 'remedios', 'comprimidos', 'ponte', 'lamina', 'tabletten', 'brucke', 'klinge', 'goliyan', 'rassi', 'blade se'],
};

// ── Threats of violence ──────────────────────────────────────────────────────────────────

const EN_SUBJ = '(i|ill|im|i m|imma|ima|we|well|were|i am|we are)';
const EN_WILL = '(will|wil|wont|shall|going to|gonna|gona|goin to|about to|finna|gon|want to|wanna)?';
const EN_VIOLENT = '(kill|murder|shoot|stab|hurt|beat|strangle|choke|behead|rape|bomb|burn|slit|gut|cut|break|smash|end|hunt|get|find|come for|destroy|bleed|punch|torture)';
const EN_TARGET = '(you|u|ya|yu|him|her|them|yall|ya all|every ?(one|body)|all of (you|u)|(your|ur) (family|kids|wife|husband|children|mom|mother|dad|staff|team|mods|face|throat|head|skul))';

export const THREAT_STRONG = [
  // en
  `${EN_SUBJ} ${EN_WILL} ?${EN_VIOLENT} ${EN_TARGET}`, `${EN_SUBJ} ${EN_WILL} ?(hunt|track) (you|u) down`,
  'i know where (you|u|ur|your) (live|lives|work|works|stay|family)', '(watch|better watch|watch out for) (your|ur) back',
  '(you|u|ur|youre|you re|you are) (so )?(a )?dead (man|meat)', '(youre|ur|you are|you re) (so )?dead',
  '(you|u) (will|wil|are going to|gonna|gona) (regret|pay for) (this|it|that)', '(you|u)ll (regret|pay for) (this|it)',
  '(bomb|shoot up|burn down|blow up|attack|torch|set fire to) (your|ur|the|their|this|that) ~ (office|hq|headquarters|building|school|house|store|studio|event|meetup|conference|stream)',
  '(someone|somebody|people|one of you|your staff|your mods|your employees) ~ (is|are|will|wil|gonna|going to) ~ (get|getting|be) (hurt|killed|shot|stabbed)',
  '(see|meet|visit|find) (you|u) (in person|irl|outside|after work)', '(pull|show|turn) up (at|to) (your|ur) (house|office|place|work|home|door)',
  '(bring|bringing|got|have) (a|my) (gun|knife|rifle|pistol|machete|bomb) ~ (you|your|office|hq|event|meetup|house)',
  'put (a bullet|you in the ground|a hole) ', '(blood|bullet) ~ (your|ur) (name|head)', 'make (you|u) bleed', '(your|ur) family (wont|will not|isnt|is not) (be )?safe',
  'see what happens (to you|next)', 'you have been warned', 'last warning', '(kill|shoot|stab) (every ?(one|body)|all of (you|them)|the (mods|admins|devs|staff))',
  'school shoot\\w*', 'mass shoot\\w*', '(i|ill|im) (going|gonna) (to )?shoot up',
  // es
  '(te|los|las|les|lo|la) (voy|vamos) a (matar|encontrar|buscar|romper|partir|reventar|quemar|disparar|apunalar|hacer dano|hacer sangrar|pegar|destrozar|cazar)',
  '(te|los|las|lo|la) (mato|matare|matamos|reviento|quemo)', 'se donde (vives|trabajas|vive tu|estudias)', '(vas|van) a (morir|pagar caro|pagar por esto|pagar por lo|arrepentirte|lamentarlo|sangrar)',
  'te (vas|van) a arrepentir', '(cuidate|cuida|cuidado con) (la|tu) espalda', '(quemar|volar|balear|incendiar|atacar|explotar) (tu|su|la|vuestra|vuestro) ~ (casa|oficina|sede|tienda|evento|local|empresa)',
  '(estas|estan) muert[oa]s?', '(eres|son) (hombre|hombres) muerto', 'alguien (va a|saldra|acabara) ~ (herido|muerto|lastimado)',
  '(tu|su|vuestra) familia no (estara|va a estar) (a salvo|segura)', '(ya|vas a) veras lo que te pasa', '(tengo|traigo|llevo) (un|una) (arma|pistola|cuchillo|bomba|navaja) ~ (para ti|tu|vuestro|evento|oficina)',
  // pt
  'vou te (matar|pegar|achar|encontrar|quebrar|furar|queimar|dar um tiro|machucar|fazer sangrar|cacar|arrebentar|esfaquear)', '(vamos|vou) (matar|pegar|quebrar) (voce|voces|vc|vcs|tu)',
  '(te|eu te) mato', 'sei onde (voce|vc|tu|voces|vcs) (mora|moram|moras|trabalha|trabalham|estuda)', '(vai|vao|voce vai|vc vai) (se arrepender|pagar caro|pagar por isso|morrer|sangrar)',
  '(voce|vc|tu) (esta|ta|tas|tá) mort[oa]', '(explodir|queimar|invadir|atacar|incendiar) (sua|seu|a|o) ~ (casa|empresa|sede|loja|escritorio|evento)',
  'alguem (vai|vai acabar) ~ (se machucar|ferido|machucado|morto|morrendo)', 'cuidado com (as )?(suas )?costas', '(sua|tua) familia nao (vai estar|esta|estara) segura',
  'pra ver o que te acontece', '(tenho|trouxe|levo) (uma|um) (arma|faca|bomba|revolver) ~ (pra voce|voces|evento|empresa)',
  // de
  '(ich|wir) (bring|bringe|bringen|werde|werden|wurde) ~ (dich|euch|sie) um', 'bring (dich|euch) um', '(ich|wir) (weiss|weis|wissen) wo (du|ihr) (wohnst|wohnt|arbeitest|arbeitet)',
  '(ich|wir) (mach|mache|machen|werde|werden) (dich|euch) (fertig|kalt|platt)', '(du|ihr) (wirst|werdet) (es |das )?(bereuen|dafur bezahlen|bluten)',
  'pass (blos|bloss|bloß) auf', '(ich|wir) ~ (stech|steche|knall|knalle|erschiess|erschiesse|schlag|verprugel|verprugle) (dich|euch) ~ (ab|tot|nieder|zusammen)?',
  '(abstechen|abknallen|erschiessen|umlegen|kaltmachen|totschlagen)', '(du bist|ihr seid) (so gut wie )?tot', '(buro|firma|zentrale|haus|event) ~ (anzunden|abfackeln|sprengen|in die luft)',
  'jemand wird ~ (verletzt|zu schaden|sterben)', '(deine|eure) familie ist nicht (mehr )?sicher', '(ich werde|ich lasse) (dich|euch) bluten', '(schau|mal sehen|wirst sehen) was (dir|euch) passiert',
  '(ich habe|hab) (eine|ein) (bombe|waffe|messer|pistole) ~ (euer|dein|event|buro)',
  // hi (Latin)
  '(tujhe|tumhe|tumko|tujhko|aapko|tere ko|tereko|tuje|tume|sabko) ~ (maar|mar) (dunga|denge|dalunga|daalunga|dalenge|doonga|du|dungi|deta)', 'jaan se (maar|mar)',
  'goli (maar|mar) (dunga|denge|du|doonga)', '(tera|tumhara|aapka|teri) (ghar|office|family) (pata|maloom|malum) hai', '(chhodunga|chodunga|chhodenge|chodenge|chhodungi) nahi',
  'dekh (lunga|lenge|lungi) (tujhe|tumhe|tereko)', '(tujhe|tumhe|tereko) dekh (lunga|lenge)', '(office|daftar|ghar|event) ~ (jala|uda|aag laga) (dunga|denge|doonga)',
  'bomb ~ (dunga|denge|rakh|phod|fod)', '(pachtaoge|pachtayega|pachtaogi|pachhtaoge)', 'bhugatna padega', '(haath|hath|haddi|tang|taang) (pair )?tod (dunga|denge|doonga)',
  '(kaat|kat) (dunga|dalunga|denge)', 'khatam kar (dunga|denge) (tujhe|tumhe|tereko)', '(tujhe|tumhe) khatam', 'khoon baha (dunga|denge)',
  '(teri|tumhari) family safe nahi', 'dekhna (tumhare|tere) saath kya hota', '(chaku|chaaku|bandook|katta|pistol) ~ (tujhe|tumhe|tere|tumhare)',
];

export const THREAT_MEDIUM = [
  '(kill|shoot|stab) (you|u|yourself)', 'kys', 'go die', 'hope (you|u) die', '(or else|before something bad happens|something bad (will|is going to) happen)',
  '(you|u) (will|wil|gonna) (pay|suffer)', '(your|ur) days are numbered', '(i|we) (will|wil|gonna) (get|find) (you|u)', 'im coming for (you|u)', 'coming for (you|u)',
  'te voy a (buscar|encontrar)', 'me las vas a pagar', '(te|vas a) acordar de mi', 'vai ter volta', 'voce vai ver', 'me aguarde', 'isso nao vai ficar assim',
  'das wirst du bereuen', 'warte nur', 'das hat konsequenzen', 'dich krieg ich', 'tujhe dekh lunga', 'dekh lena', 'sabak sikha (dunga|denge)', 'teri khair nahi',
];

export const THREAT_CUES: Record<string, string[]> = {
  weapon: ['guns?', 'knife', 'knives', 'rifle', 'pistol', 'bomb', 'machete', 'arma', 'pistola', 'cuchillo', 'navaja', 'bomba', 'faca', 'revolver', 'waffe', 'messer', 'bombe', 'bandook', 'chaku', 'katta', 'goli', 'bullets?', 'explosi\\w*'],
  target: [
    '(your|ur) (house|home|office|address|family|kids|car|event|hq)', 'where (you|u) live', '(tu|su) (casa|familia|oficina|direccion)', '(sua|tua) (casa|familia|empresa|endereco)',
    '(dein|deine|euer|eure) (haus|familie|buro|adresse)', '(tera|teri|tumhara|tumhari) (ghar|family|office|pata)',
  ],
  intent: ['coming (to|for)', 'waiting for (you|u)', 'tonight', 'tomorrow', 'esta noche', 'manana', 'hoje a noite', 'amanha', 'heute nacht', 'morgen', 'aaj raat', 'kal'],
};

// ── Scams and phishing ───────────────────────────────────────────────────────────────────

// Plain "code" or "pin" would catch "share your code on GitHub": only codes that unlock an account count.
const SECRET = '(password|passwort|pasword|passcode|pin (code|number)|otp|one time (password|code)|(verification|security|login|sms|confirmation|access|auth\\w*|2fa|backup|\\d ?digit|digit) codes?|2fa|seed( phrase)?|recovery phrase|secret phrase|frase semilla|frase semente|private key|mnemonic|card (number|details)|cvv|kartendaten|card details?|datos de (la )?tarjeta|dados do cartao|codigo de (verificacion|seguridad|acceso|verificacao|seguranca|acesso)|codigo (sms|otp)|senha|contrasena|clave|kennwort|(bestatigungs|sicherheits|verifizierungs|sms|login)code|tan|upi pin)';

export const SCAM_STRONG = [
  // en
  `(send|share|give|tell|dm|provide|type|enter|confirm|reply with|forward|read) ~ (your|ur|the|that|me the) ~ ${SECRET}`, `${SECRET} (we|i) (just )?(sent|texted|emailed)`,
  '(account|acount|acc|profile|server) (will|wil|is going to|gonna|may|might) be (permanently )?(suspended|banned|terminated|deleted|disabled|locked|closed|removed)',
  '(verify|confirm|validate|secure|restore|unlock|reactivate) (your|ur) (account|identity|wallet|profile|login) ~ (within|in|or|before|to avoid|immediately|now|here|link|below|zzurl)',
  'free (discord )?nitro', 'nitro (for )?free', 'claim (your|ur) (prize|reward|gift|nitro|airdrop|tokens?|bonus|refund|winnings)', '(you|u) (have|ve|just)? ?(won|been selected|been chosen) ~ (prize|gift|nitro|giveaway|iphone|reward|\\$|usd|btc|eth)',
  'double (your|ur) (crypto|btc|eth|money|investment|coins)', 'send (\\d+ )?(btc|eth|usdt|sol|crypto|bitcoin|ethereum) ~ (receive|get|back|double|return)',
  '(connect|link|sync|validate|verify) (your|ur) (wallet|metamask|trust wallet|phantom)', 'wallet (validation|verification|sync|connect)', 'guaranteed (profit|returns|income)',
  '(steam|amazon|google play|itunes|apple|visa) gift ?cards?', '(pay|payment|buy) ~ (in|with|via) gift ?cards?', '(processing|release|unlock|customs|clearance|activation) fee',
  '(accidentally|mistakenly|accidently) report(ed)? (you|your|ur)', 'report(ed)? your account by (mistake|accident)', 'not a scam', 'no scam', '100 ?(percent )?legit',
  '(official|real) (discord|steam|instagram|meta|paypal|binance|metamask|coinbase|telegram) (support|security|staff|team)', 'unusual (login|activity|sign in) ~ (verify|confirm|click|link|zzurl)',
  // es
  `(envia|enviame|mandame|manda|pasame|pasa|dame|comparte|compartir|indica|ingresa|confirma|dime|escribe) ~ (tu|su|el) ~ ${SECRET}`, `${SECRET} que (te )?(enviamos|mandamos|llego)`,
  '(tu|su) cuenta (sera|va a ser|podria ser) (suspendida|bloqueada|eliminada|cerrada|baneada|desactivada)', 'verifica (tu|su) (cuenta|identidad|billetera|wallet|cartera)',
  '(has|ha) (ganado|sido (seleccionado|elegido|seleccionada|elegida))', 'reclama (tu|su) (premio|regalo|recompensa|nitro|reembolso)', 'nitro gratis',
  'duplica (tu|tus|su) (dinero|cripto|btc|inversion|bitcoins)', 'conecta (tu|su) (billetera|wallet|cartera)', '(ganancias|rentabilidad|ingresos) garantizad[oa]s',
  '(tarjetas?|codigos?) de regalo ~ (pagar|paga|compra|envia)', '(tasa|comision|cuota) (de )?(liberacion|desbloqueo|aduana|envio) ~ (paga|pagar)',
  // pt
  `(envia|envie|manda|me manda|me passa|passa|informe|digite|confirme|fala|compartilhe) ~ (sua|seu|o|a) ~ ${SECRET}`, `${SECRET} que (te )?(enviamos|mandamos|chegou)`,
  '(sua|seu) conta (sera|vai ser|pode ser) (suspensa|bloqueada|excluida|banida|encerrada|desativada|apagada)', 'verifique (sua|seu) (conta|identidade|carteira)',
  '(voce|vc) (ganhou|foi (selecionad[oa]|sortead[oa]|escolhid[oa]))', 'resgate (seu|sua|o) (premio|presente|nitro|recompensa|bonus)', 'nitro gratis',
  'dobr(e|ar|o) (seu|sua|o) (dinheiro|cripto|bitcoin|investimento)', 'conecte (sua|seu|a) (carteira|wallet)', '(lucro|retorno|renda) garantid[oa]',
  'pix ~ (taxa|liberar|desbloquear|premio)', 'taxa (de )?(liberacao|desbloqueio|alfandega)',
  // de
  `(schick|schicke|sende|gib|nenn|nenne|teile|sag|sagen|bestatige|bestatigen) ~ (mir )?(dein|deine|deinen|ihr|ihre|ihren|den|das) ~ ${SECRET}`,
  '(dein|deine|ihr|ihre) (konto|account|profil) (wird|wurde|konnte) ~ (gesperrt|geloscht|deaktiviert|suspendiert)', '(verifiziere|bestatige|verifizieren sie|bestatigen sie) (dein|deine|ihr|ihre) (konto|wallet|identitat|account)',
  '(du hast|sie haben) ~ gewonnen', '(du wurdest|sie wurden) ~ ausgewahlt', '(fordere|hol) (deinen|dir deinen|ihren) (preis|gewinn|gutschein|nitro)', 'gratis nitro', 'nitro (gratis|kostenlos)',
  'verdopple (dein|ihr) (geld|krypto|bitcoin|investment)', 'verbinde (deine|ihre) wallet', 'garantierte? (rendite|gewinne|einnahmen)', '(gutschein|geschenk)karten? ~ (bezahlen|zahlen|kaufen|schick)',
  '(bearbeitungs|freischalt|zoll)gebuhr',
  // hi (Latin)
  `(apna|apni|apne|woh|wo|vo) ~ ${SECRET} ~ (bhejo|bhej do|bhejna|batao|bata do|share karo|share kar do|dedo|de do|bolo|send karo)`, `${SECRET} (bhejo|batao|share karo|bata do|de do|bhej do|send karo)`,
  'account ~ (band|block|suspend|delete|bandh) (ho jayega|kar diya jayega|hoga|ho jaega)', '(aapne|apne|tumne|aap ne) ~ (jeeta|jeeti|jita|jeet liya|jeet gaye)', '(inaam|prize|reward|gift) (claim karo|lelo|le lo|jeeto)',
  'paise double', 'double (paisa|paise)', 'wallet connect kar', 'guaranteed (return|profit|munafa|kamai)', 'kyc (update|pending|expire|band)',
];

export const SCAM_CUES: Record<string, string[]> = {
  staff: [
    '(i am|im|this is|were|we are|i m) ~ (from|with|of)? ?(the )?(official )?(support|staff|admin|admins|security|moderation|mod|mods|trust and safety|safety|help ?desk|customer service|billing) ?(team|department)?',
    '(discord|steam|instagram|meta|paypal|binance|metamask|coinbase|telegram|whatsapp) (support|security|team|staff|trust)', 'official (support|staff|admin|team)', 'security (team|department|alert)',
    '(soy|somos) (del|de|el) (equipo|soporte|staff|administra\\w*|seguridad|moderador\\w*)', '(equipo|servicio) de (soporte|seguridad)', 'soporte (oficial|tecnico)',
    '(sou|somos) (do|da|o) (suporte|equipe|staff|administra\\w*|seguranca|moderador\\w*)', '(equipe|time) de (suporte|seguranca)', 'suporte (oficial|tecnico)',
    '(ich bin|wir sind) (vom|von|der|ein|das)? ?(support|team|admin|staff|sicherheit\\w*|moderator\\w*)', '(support|sicherheits)team', 'offiziel\\w* support',
    '(main|hum|ham) ~ (support|admin|staff|team|moderator) ~ (se|say)? ?(hoon|hu|hun|hain|he)', 'support team (se|say)',
  ],
  action: [
    '(dm|message|msg|text|contact|add|call) (me|us) (on|at|via|in|through)? ?(whatsapp|telegram|signal|discord)?', '(on|via) (whatsapp|telegram)', 'click (here|the link|this link|below|on the link)',
    '(log|sign) ?in (here|at|via|through|using|with your)', '(fill|complete) (out|in)? ?(this|the) form', 'scan (this|the) qr', 'open (this|the) link', 'visit (this|the) (link|site|page)',
    '(escribeme|escribenos|contacta|contactanos|agregame) ~ (whatsapp|telegram)?', 'haz (clic|click) (en|aqui)', '(entra|ingresa) (aqui|en el enlace|al link)', 'por (whatsapp|telegram)',
    '(me chama|chama no|chama la|me chame|fala comigo) ~ (whats|zap|whatsapp|telegram|privado|pv)?', '(clique|clica|clica no|clique no|clique aqui)', 'entre (aqui|no link)',
    '(schreib|schreibt|kontaktier\\w*) (mir|mich|uns) ~ (whatsapp|telegram|privat)?', '(klick|klicke|klicken sie) (hier|auf|den)', 'hier (einloggen|anmelden)',
    'whatsapp (karo|pe|par)', 'telegram (pe|par|karo)', 'link (pe|par) click', 'yahan (login|click) karo', 'dm karo',
  ],
  secret: [SECRET],
  pressure: [
    '(within|in|next) (24|48|12|2|1) ?(h|hr|hrs|hours|hour)', 'immediately', 'urgent\\w*', 'final (notice|warning)', 'avoid (suspension|termination|ban|deletion)', 'last chance', 'expir\\w*',
    '(suspended|banned|terminated|locked|deleted|disabled)', '(en|las proximas) (24|48) ?horas', 'inmediatamente', '(suspendida|bloqueada|eliminada)', '(em|nas proximas) (24|48) ?h(oras)?',
    'imediatamente', '(suspensa|bloqueada|banida|excluida)', 'innerhalb (von )?(24|48) ?(h|stunden)', 'sofort', '(gesperrt|geloscht)', '(24|48) ghante', 'turant', '(band|block) ho jayega',
  ],
  reward: [
    'giveaway', 'airdrop', 'free (gift|money|crypto|btc|eth|nitro|skins|robux|vbucks)', '(you|u) (won|win|have won)', 'winner', 'congrat\\w*', 'prize', 'reward', 'bonus', 'refund',
    'sorteo', 'premio', 'regalo', 'ganaste', 'reembolso', 'sorteio', 'premio', 'presente', 'ganhou', 'reembolso', 'gewinnspiel', 'gewinn', 'gewonnen', 'gutschein', 'erstattung',
    'inaam', 'jeeta', 'jeete', 'lottery', 'loteria', 'lotterie', 'cashback',
  ],
  money: ['(btc|eth|usdt|bitcoin|ethereum|crypto|cripto|krypto) ~ (send|invest|deposit|transfer|envia|manda|schick|bhejo)', 'wallet address', 'seed phrase', 'invest\\w* ~ (\\d+ ?x|per (day|week)|daily)', '(pay|paga|pague|zahl|bezahl) ~ (fee|tasa|taxa|gebuhr)', 'gift ?cards?', 'western union', 'upi (id|pin)'],
};

/**
 * A report of a scam, or a question about one: the writer is a potential victim talking to the
 * team, not the scammer. Reports keep their risk score but are never noise (never auto-closed).
 */
export const SCAM_REPORT = [
  // en
  'is (this|it|that|this dm|this link|this message|this site) (a |an )?(scam|legit|real|phishing|fake|safe|official|genuine)', '(scam|phishing|legit) \\?', '(a|this|that) (scam|phishing) or',
  '(i|ive|i ve|just|we|also|anyone else|did anyone|anyone) (got|received|getting|get|recieved|gettin|get) (this|a|these|the same|an|some|weird|sus|suspicious|strange|random) ~ (dm|dms|message|msg|email|mail|text|sms|call|link)',
  '(someone|somebody|a guy|an account|a user|this user|this account|some account|some guy|they|he|she|a bot|random (guy|account|person)) ~ (dmed|dmd|dm d|messaged|sent|texted|emailed|asked|called|contacted|added|pinged) (me|us|my|our)',
  '(someone|somebody|an account|a user|they) ~ (is|are|keeps?) ~ (asking|dming|messaging|pretending|impersonating|posing)', '(pretending|claiming) to be (staff|support|a mod|an admin|admin|you)',
  '(be careful|careful guys|watch out|beware|heads up|psa|scam alert|dont click|do not click|dont fall for|never share|dont share|dont send|do not send|dont give)',
  '(i|we) ~ (want to |wanna |need to |am |m |just )?(report|reporting|reported|flag|flagging)', '(fake|scam|phishing|scammer|impersonator|impersonating) ~ (account|link|dm|message|site|bot|profile)',
  '(they|he|she|it) asked (me )?for (my|the)', 'asking (me )?for (my|the|our)', 'scammer', 'got scammed', 'fell for', 'phishing (attempt|link|email)',
  // es
  '(es|sera|esto es|eso es) (una )?(estafa|fraude|real|legit|phishing|seguro|oficial|verdad)', '(me|nos) (llego|escribio|mando|envio|enviaron|escribieron|mandaron|contacto|pidio|pidieron)',
  'alguien ~ (me|nos) (escribio|mando|pide|pidio|esta pidiendo|contacto)', 'se (hace|hacen|esta haciendo) pasar', '(cuidado|ojo|alerta de estafa)', 'no (hagan|den|des|hagas|abran) (clic|click)',
  '(cuenta|perfil|mensaje|link|enlace|soporte|bot) fals[oa]', 'estafador\\w*', 'me estafaron', '(denunciar|reportar|reporto|lo reporte|denuncie)', 'estafa',
  // pt
  '(e|eh|isso e|isso eh|sera que e|sera) (golpe|fraude|real|confiavel|seguro|verdade|oficial)', '(recebi|me mandaram|me mandou|chegou|me chamaram|me chamou|me pediram|me pediu)',
  'alguem ~ (me )?(mandou|chamou|se passando|pedindo|ta pedindo|pediu)', 'se passando por', '(cuidado|fiquem espertos|fica esperto|alerta de golpe)', 'nao (cliquem|clique|cliquei|passem|passe)',
  '(perfil|conta|link|mensagem|suporte|bot) fals[oa]', 'golp\\w*', 'cai (no|num) golpe', '(denunciar|reportar|denunciei|reportei)',
  // de
  'ist (das|es|dieser link|diese nachricht) ~ (betrug|scam|fake|echt|serios|phishing|offiziell)', '(ich habe|hab|ich hab|habe) ~ (nachricht|dm|mail|email|sms|anruf) ~ (bekommen|erhalten)',
  'jemand ~ (hat mir|schreibt mir|gibt sich|fragt (mich )?nach|will (mein|meine|meinen)|hat mich)', 'gibt sich als', '(vorsicht|aufpassen|warnung vor|nicht (drauf)?klicken)',
  '(fake|falsch\\w*) ~ (konto|profil|account|support|link)', '(betrug|betruger\\w*|abzocke)', '(hab|habe) ~ gemeldet', 'melde (den|diesen|das|die)', 'sollte man melden',
  // hi (Latin)
  '(kya )?(ye|yeh|yah|yahan|is|ya) ~ (scam|fraud|fake|asli|real|legit|sahi) ~ (hai )?kya', '(scam|fraud|fake) (hai|h) kya', '(mujhe|muje|mereko|humko|hume) ~ (message|msg|dm|call|mail|sms) (aaya|aya|mila|aayi|ayi)',
  'koi ~ (pooch raha|puch raha|maang raha|mang raha|bol raha|ban ke|banke|bankar)', '(savdhan|saavdhan|dhyan rakho|dhyan rakhna|dhyan se|bach ke|bachke|sambhal ke)', 'click mat (karo|karna)',
  '(report|complain) (karo|kar do|kiya|karna)', 'dhokha', 'thag',
];

/** Quoting or negating a cue is not making it: "never share your OTP", "we will never ask for your password". */
export const SCAM_NEGATED = [
  '(never|dont|do not|wont|will not|would never|will never) ~ (ask|share|send|give|dm)', 'nunca ~ (pedimos|pediremos|pide|compartas|compartir|envies)',
  'nunca ~ (pedimos|vamos pedir|pede|compartilhe|passe|envie)', 'niemals ~ (fragen|teilen|weitergeben|schicken)', '(nie|nicht) (nach )?(deinem|ihrem) (passwort|code)',
  'kabhi (bhi )?(nahi|mat) ~ (maangte|puchte|share|bhejo)', '(mat|na) (bhejo|batao|share karo)',
];
