import { describe, expect, test } from 'bun:test';
import { autoCloseDecision } from './auto-close.ts';
import type { TriageLabels } from './labels.ts';
import { loadDevSet } from './labelled-sets/labelled-sets.ts';
import { LocalClassifier } from './local-classifier.ts';
import { SAFETY_CATEGORIES, SAFETY_DEV_SET, type SafetyCategory } from './safety-dev-set.ts';
import { applySafetySignals, detectSafetySignals, isScamReport, normalizeForSignals, type SafetySignals } from './safety-signals.ts';
import { loadShippedModel } from './shipped-model.ts';

const model = await loadShippedModel();
const classifier = new LocalClassifier(model);

function flaggedByClassifier(cat: SafetyCategory, l: TriageLabels): boolean {
  if (cat === 'self_harm') return l.topic.label === 'self_harm' || l.risk.self_harm >= 0.5;
  if (cat === 'threat') return l.topic.label === 'threat' || l.risk.threat >= 0.5;
  return l.noise.label === 'scam';
}

function flaggedByLayer(cat: SafetyCategory, s: SafetySignals): boolean {
  if (cat === 'self_harm') return s.selfHarm >= 0.5;
  if (cat === 'threat') return s.threat >= 0.5;
  return s.scam >= 0.5 && !s.scamReport;
}

/** Each line flagged (≥ 0.5) in its own category by the layer alone; the failure names the line. */
function expectLayerFlags(selfHarm: readonly string[], threats: readonly string[]): void {
  for (const text of selfHarm) expect({ text, selfHarm: detectSafetySignals(text).selfHarm >= 0.5 }).toEqual({ text, selfHarm: true });
  for (const text of threats) expect({ text, threat: detectSafetySignals(text).threat >= 0.5 }).toEqual({ text, threat: true });
}

/** No line flagged as either self-harm or threat by the layer. */
function expectLayerLeavesAlone(ordinary: readonly string[]): void {
  for (const text of ordinary) {
    const s = detectSafetySignals(text);
    expect({ text, flagged: s.selfHarm >= 0.5 || s.threat >= 0.5 }).toEqual({ text, flagged: false });
  }
}

describe('safety layer on its development set', () => {
  for (const cat of SAFETY_CATEGORIES) {
    for (const [lang, set] of Object.entries(SAFETY_DEV_SET[cat])) {
      test(`${cat} ${lang}: at least 95% of positives flagged, at most one hard negative flagged by the layer`, () => {
        const labels = classifier.classifySync(set.positives.map((text) => ({ text })));
        const missed = set.positives.filter((_, i) => !flaggedByClassifier(cat, labels[i]!));
        expect(missed.length / set.positives.length).toBeLessThanOrEqual(0.05);
        // Known: quoting a threat as a title ("i know where you live is a great movie") still reads as one.
        expect(set.hardNegatives.filter((t) => flaggedByLayer(cat, detectSafetySignals(t))).length).toBeLessThanOrEqual(1);
      });
    }
  }

  test('the anchor gate never changes an answer', () => {
    // The development set too: "driving to HQ with a bat" once slipped past a gate that had no
    // anchor for "to hq" (anchor-gate.ts).
    const texts = [
      ...Object.values(SAFETY_DEV_SET).flatMap((byLang) => Object.values(byLang).flatMap((c) => [...c.positives, ...c.hardNegatives])),
      ...loadDevSet().map((e) => e.text),
    ];
    for (const t of texts) expect(detectSafetySignals(t)).toEqual(detectSafetySignals(t, { gate: false }));
  });
});

describe('safety layer behaviour', () => {
  test('undoes leetspeak, accents, elongation and meaningful emoji before matching', () => {
    expect(normalizeForSignals("I'm gonna k1lll myseeelf 🔪")).toBe(' im gona kil myself knife ');
    expect(normalizeForSignals('Ich weiß, wo du wohnst!!')).toBe(' ich weis wo du wohnst ');
    expect(detectSafetySignals('su1c1de is all i think about').selfHarm).toBeGreaterThanOrEqual(0.5);
  });

  test('idioms explain the model flag away: risk stays under the bar', () => {
    for (const text of ['this bug is killing me', 'kill the process and restart it', "i'm dying to try the new editor", 'me muero de risa con este bug']) {
      const [l] = classifier.classifySync([{ text }]);
      expect(l!.risk.threat).toBeLessThan(0.5);
      expect(l!.risk.self_harm).toBeLessThan(0.5);
      expect(['threat', 'self_harm']).not.toContain(l!.topic.label);
    }
  });

  test('game talk softens a violent phrase, a real-world target does not', () => {
    expect(detectSafetySignals("i'll kill you in the next round noob").threat).toBeLessThan(0.5);
    expect(detectSafetySignals("i'll kill you irl, i know where you live").threat).toBeGreaterThanOrEqual(0.5);
  });

  test('indirect forms found in the development set flag; their everyday look-alikes do not', () => {
    const flags = [
      ['threat', 'bro ur lucky we live in different countries. but i travel a lot. remember that'],
      ['threat', 'ya tengo tu dirección, duerme con un ojo abierto'],
      ['threat', 'SE EU PERDER MEU DINHEIRO ALGUÉM DAÍ PAGA COM A VIDA'],
      ['threat', "ill break every finger on your hands"],
      ['self_harm', 'nobody would even notice if i was gone'],
      ['self_harm', 'mera account chala lena mere baad'],
      ['self_harm', 'kaash main paida hi na hota'],
    ] as const;
    for (const [cat, text] of flags) expect(flaggedByLayer(cat, detectSafetySignals(text))).toBe(true);
    const quiet = [
      ['threat', 'i travel a lot for work, lucky me'],
      ['threat', 'we know which server you play on, join us'],
      ['self_harm', 'this is our final attempt to contact u, txt CHAT to 86688'],
      ['self_harm', 'my last stream of the year, thanks for coming!'],
    ] as const;
    for (const [cat, text] of quiet) expect(flaggedByLayer(cat, detectSafetySignals(text))).toBe(false);
  });

  test('an idiom of leaving or dying explains away only self-harm, never a threat', () => {
    // "sair do discord" (leave the server) is erased as an idiom; such an idiom once capped a real threat at 0.45.
    const waiting = detectSafetySignals('quando vc sair do discord hoje, cuidado. to falando sério');
    expect(waiting.explained.threat).toBe(false);
    expect(waiting.explained.selfHarm).toBe(true);
    // Only leaving a group, server or call is an idiom: not getting out of bed is not.
    expect(detectSafetySignals('llevo 3 días sin salir de la cama').explained.selfHarm).toBe(false);
    // A violent idiom still explains both: "this bug is killing me" is a bug report.
    const bug = detectSafetySignals('this bug is killing me, export fails every time');
    expect(bug.explained.threat).toBe(true);
    expect(bug.explained.selfHarm).toBe(true);
  });

  test('"not joking" and "not the game" keep laughter and game words from softening', () => {
    // "joking" is a laughter word and "juego" a game word; said in the negative, they mean the opposite.
    expect(detectSafetySignals('everyone would be better off lol').selfHarm).toBeLessThan(0.5);
    expect(detectSafetySignals('everyone would be better off lol. not even joking').selfHarm).toBeGreaterThanOrEqual(0.5);
    expect(detectSafetySignals('no es del juego, te voy a matar').threat).toBeGreaterThanOrEqual(0.5);
    expect(detectSafetySignals('nao e papo de jogo, vou te matar').threat).toBeGreaterThanOrEqual(0.5);
    expect(detectSafetySignals('i will kill you next round lol').threat).toBeLessThan(0.5);
    expect(detectSafetySignals('te voy a matar en la proxima partida jaja').threat).toBeLessThan(0.5);
  });

  test('a visit to a home or a shop is real world, even next to a game word such as "round"', () => {
    expect(detectSafetySignals('sending my brothers round to your place to have a word').threat).toBeGreaterThanOrEqual(0.5);
    expect(detectSafetySignals('sending my brothers round to your place to have a word').explained.threat).toBe(false);
  });

  test('a physical event is real world: game words there do not soften a threat', () => {
    expect(detectSafetySignals('if the tournament is rigged again there will be a bomb at the venue').explained.threat).toBe(false);
    expect(detectSafetySignals('i will kill you next round lol').explained.threat).toBe(true);
  });

  test('a threat or a cry for help is risk, critical, never noise', () => {
    const [threat, selfHarm] = classifier.classifySync([{ text: 'tujhe jaan se maar dunga' }, { text: 'ya no quiero vivir, perdón a todos' }]);
    for (const l of [threat!, selfHarm!]) {
      expect(l.noise.label).toBe('none');
      expect(l.intent.label).toBe('risk');
      expect(l.urgency.label).toBe('critical');
    }
    expect(threat!.risk.threat).toBeGreaterThanOrEqual(0.5);
    expect(selfHarm!.risk.self_harm).toBeGreaterThanOrEqual(0.5);
  });

  test('a pattern-only scam is scam noise below every auto-close threshold: a human confirms it', () => {
    const text = 'hey its the mod team, send me the 6-digit code we just texted you';
    const [l] = classifier.classifySync([{ text }]);
    expect(l!.noise.label).toBe('scam');
    expect(l!.risk.scam_phishing).toBeGreaterThanOrEqual(0.5);
    expect(detectSafetySignals(text).impersonation).toBe(true);
  });

  test('marketplace and advance-fee scams without a link are scams; a member selling or asking is not', () => {
    // Sentences written for this test, after the thirteenth development batch's misses.
    const scams = [
      'love the bike, ill mail a cheque for more than the asking price and you send the difference to my courier',
      'im working overseas so cant do viewings, pay the bond and first month and ill courier you the keys',
      'I am a bank auditor holding unclaimed funds and need a trusted partner to receive the transfer',
      'only 3 left, pay a 10% deposit in usdt to reserve yours',
      'hi mum this is my new number, my phone broke, can you help me with a bill',
      'you will only pay a small release fee to get your winnings',
    ];
    for (const text of scams) {
      const [l] = classifier.classifySync([{ text }]);
      expect({ text, noise: l!.noise.label }).toEqual({ text, noise: 'scam' });
    }
    for (const text of [
      'selling my old bike, asking price 200, can meet for a viewing saturday',
      'my deposit in usdt from yesterday still hasnt arrived, can support check?',
      'got a new number and the 2fa codes go to the old one, how do i transfer my account?',
      'refund the difference to my card please, i was charged the full price',
    ]) expect({ text, scam: detectSafetySignals(text).scam >= 0.5 }).toEqual({ text, scam: false });
  });

  test('"never share your code" is advice, not a scam', () => {
    expect(detectSafetySignals('we will never ask you to send your password or 2fa code').scam).toBeLessThan(0.5);
  });
});

describe('common plain phrasings of self-harm and threats', () => {
  // Forms the eighth development batch and earlier ones showed the layer lacked; sentences written for this test.
  const selfHarm = [
    'honestly so sick of being alive lately',
    'if this goes wrong again im gonna drink the rat poison in the shed',
    'im done with life, nothing i try works',
    'the policy pays out to my wife, im worth more dead',
    'every night i hope i just dont wake up',
    'i keep wishing a truck would just hit me on the way to work',
    'sorry everyone, tonight ill end it',
    // Ninth development batch (sentences written for this test).
    'its decided, saturday. please dont try to talk me out of it',
    'one more red day on the chart and im not sticking around',
    'last gm from me, you were good people',
    'it was nice knowing you all, take care',
    'this will be my last message here. dont be sad',
    'i just want to keep disappearing forever',
    'i swallowed way more than i should have tonight on purpose',
    'havent eaten for four days now, call it my punishment',
    'giving away my keyboard and mouse, i wont need them where im going',
    'my kids would get the life insurance and be set',
    // Eleventh development batch and earlier (sentences written for this test).
    'burned myself with the lighter until it bled, again',
    'honestly hoping a bus takes me out on the way home',
    'if this appeal fails too im ending it',
    'im ending it tonight, this time for good',
    // Twelfth development batch (sentences written for this test).
    'been thinking about stepping in front of a bus on my way home',
    'im sorry guys for what happens next',
    // Thirteenth development batch (sentences written for this test).
    'been hoarding my pills for a while now',
    'this is my last message in this group. look after each other',
    'i cut again last night, nobody noticed',
    'burned my arms again while everyone was asleep',
    'am freitag mach ich endlich mit allem schluss',
    'ich werd nicht mehr lange hier sein, kümmert euch um den server',
  ];
  const threats = [
    'say that to my face again and ill break your jaw',
    'im gonna beat the living hell out of whoever wrote this patch',
    'that moderator deserves a beating and he will get one',
    'i got people in lagos who can reach you any day',
    'you are lucky i dont live closer to your office',
    'people like you end up in a ditch',
    'nice address on that shipping label. hope your mom likes visitors',
    'every one of you admins is dead when i find out your names',
    'someone in that office will pay for this with more than money',
    'me and my brothers are coming to the warehouse and we are not coming to talk',
    'ppl like u end up in a body bag',
    'gonna deal with the devs the old fashioned way',
    'im going to smash up that store, staff included',
    'just so you know ive already bought the knife',
    'you cost me my job so im going to ruin your life',
    // Eleventh development batch and earlier (sentences written for this test).
    'that refund guy is going to end up in a body bag',
    'keep laughing, the ops manager is getting his teeth kicked in after shift',
    'ill put that moderator in the ground',
    'you will all learn what real pain means',
    'i know your car, im running you off the road',
    'lovely kids in your profile. would be a shame if something happened to them',
    'i made a list of names. on monday everyone will see what the list is for',
    'gonna hunt him down and make him bleed',
    'mark my words the supervisor who cut my hours wont live to see christmas',
    // Twelfth development batch (sentences written for this test).
    'if he keeps my deposit hes getting stabbed',
    'whoever reported my stall is getting jumped next market day',
    'im taking a hammer to that inspectors head',
    'friday im breaking his nose and his car',
    'ill make sure the dispatcher cant walk for a week',
    'keep talking and youll need a new jaw',
    'post that review again and it will be the last thing you ever post',
    'nobody will ever find him if he comes back here',
    'id triple security at the awards night if i were you',
    'sending some lads round to your flat tonight',
    'one more word from that mod and ill shut him up for good',
    'wenn du so weitermachst, mach ich dich für immer still',
    // Thirteenth development batch (sentences written for this test).
    'the dev who broke the export better watch their back',
    'im going to torch that bakery tonight',
    'that depot goes up in flames one night and no one will ever know who did it',
    'someone should cut the landlords brake lines',
    'the inspector is lucky i wasnt carrying a knife on me today',
    'step on my lawn again and youll be carried out',
    'first one through that gate tomorrow gets hurt',
    'any of you mods who show up at the market this weekend with your little badges gets jumped',
    'unban me by tonight or i post your home address',
    'ive been watching your routine, gym at 6am every day',
    'the night staff are easy to catch on their own',
    'the whole committee will suffer like my dad did',
    'each of you will pay for what happened to her',
    'i know which school the treasurers kids go to',
    'you wont be so mouthy with a broken nose',
    'coming round with my cousins to settle it the old school way',
    'lösch das nochmal und ihr wacht morgen nicht mehr auf',
    'wenn ich mein Geld nicht kriege gibts Tote',
    'ich schick euch mal ein paar Jungs vorbei',
    'noch ein Wort und ich sorg dafür, dass er nie wieder laufen kann',
    'der mod kann froh sein, dass ich nicht in seiner nähe wohne',
    'ich find raus wo du wohnst und dann tut es weh',
    // Fifteenth development batch (sentences written for this test).
    'that linesman is getting his knees smashed in the car park on sunday',
    'the bailiffs will be leaving in body bags if they touch my van',
    'im going to burn the landlords flat down',
    'the warehouse will burn with the manager still inside',
    'if he comes near my dog again ill put him down first',
    'keep cutting our pay and the depot will go up in flames',
    'the next agent who knocks goes home with no teeth',
    'hope the mods have good locks on their doors',
    'my rifle is loaded and the council knows my address',
    'they will pay with their blood for what they did to my son',
    'this is not a threat, its a promise. ban me again and see',
    'das ist keine Drohung, sondern ein Versprechen',
    'no es una amenaza, es una promesa',
    'isso não é ameaça, é uma promessa',
    'ye dhamki nahi hai, wada hai',
    'i know what car your moderator drives',
    'wir wissen welches Auto er fährt',
  ];
  const ordinary = [
    'our squad beat the hell out of them last night lol',
    'the last boss beat the crap out of me, send help',
    'counting the days until the new season drops',
    'drive like that in the rain and the car ends up in a ditch',
    'my character keeps taking poison damage in the swamp',
    'done with life admin for today, taxes filed',
    'dont try to talk me out of buying the pro plan, its happening',
    'not sticking around for the late stream, night all',
    'it was nice knowing the old ui, rip',
    'my family would get the insurance payout if the car is totalled, right?',
    'ive already bought the knife set you recommended, thanks',
    'everyone got a bonus this year, staff included',
    'we are not going there to talk about pricing, just the demo',
    'the old fashioned way still works: pen and paper',
    'the admin wont make it to friday, shes ill',
    'putting the new plants in the ground on saturday',
    'im ending it here for today, thanks chat',
    'one more bug like this and im ending it with this app, cancelling',
    'nice update, would hate for anything to happen to the old export though',
    'body bag emote when? the sticker pack needs one',
    'we tracked the bug down and finished the fix',
    'you will see what the button is for after the update',
    'people getting shot in the news again, awful',
    'you get shot from behind on this map constantly',
    'bringing my brothers to the meetup on saturday!',
    'the character is gonna need a new face model',
    'nobody is gonna find that setting, its buried in the menu',
    'we should hire more security for the launch party, trust me',
    'thinking about stepping in front of the camera more this year',
    'ill make sure the app wont crash again',
    'i cant walk for a week after leg day',
    'die benachrichtigungen nerven, stell sie endgültig stumm',
    'is there a way to silence them permanently? the pings never stop',
    'the last message in the thread was from support, no reply since',
    'i take pills for my migraine, is the dark mode coming?',
    'he should watch his back swing in that clip, the form is off',
    'gonna torch the competition at the tournament',
    'first one through the checkout gets it free',
    'lucky i didnt have my laptop with me when it rained',
    'you will only pay a small fee for express shipping',
    'you will not regret joining the beta',
    'you will pay 5 dollars less on the yearly plan',
    'i know your route is long, take a break tonight',
    'the old school way of doing invoices still works',
    'new players will suffer like we did in season one',
    'i know which school has the best robotics club',
    'can you play football with a broken nose?',
    'ich mach mit dem alten abo schluss, zu teuer',
    'meine freundin will mit mir schluss machen, was soll ich tun',
    'bei dem unfall auf der a7 gibt es verletzte, stau bis köln',
    'vor dem laufen dehnen, sonst tut es weh',
    'sorgt dafür, dass ihr nie wieder ohne backup arbeiten müsst',
    'photos of victims in body bags shared online were fake',
    'the old bakery goes up in flames in the last scene of the film',
    'got my phone screen broken, can i get a repair?',
    'we should put the vote down for friday',
    'are there good locks on the lockers at the venue?',
    'i burned the toast again, kitchen smells awful',
    'is it a threat to privacy? the new tracking setting',
    'does anyone know what car the reviewer drives in the video?',
  ];

  test('self-harm and threats are flagged by the layer alone', () => expectLayerFlags(selfHarm, threats));
  test('game talk, sport and everyday lines with the same words are not', () => expectLayerLeavesAlone(ordinary));
});

describe('forms added in session 17 (sentences written for this test, not taken from a labelled set)', () => {
  const selfHarm = [
    'me machuquei de novo essa noite, ninguém sabe',
    'tô pensando em fazer mal a mim mesmo de novo',
    'a veces me golpeo a mi mismo cuando pierdo',
    'ich drück mir wieder kippen auf dem arm aus',
    'ich hab mich gestern absichtlich geschnitten',
    'sab bol rahe h exam clear karo, sach me ab mar jana hi behtar h',
    'kitni tablets se sab khatam ho jata h koi bata do',
    'long sleeves again so nobody sees, hiding the cuts on my arm is getting harder',
    'as marcas nas pernas estão cada vez mais difíceis de esconder',
    'since the divorce i dont see why im still here',
    'hab letzte woche die ganze packung schlaftabletten genommen',
  ];
  const threats = [
    'im gonna hurt that referee in the car park saturday, swear down',
    'next time the driver shuts the door on me i rompo nada, le rompo la jeta',
    'si me vuelves a bloquear te parto la cara',
    'el dueño se va a arrepentir de haber nacido cuando lo vea',
    'einer von euren admins wird bluten, versprochen',
    'wenn er nochmal foult landet er im krankenhaus, nicht auf der bank',
    'seu chefe vai sofrer um acidente, coisas acontecem',
    'vocês vão parar de rir pra sempre no domingo',
    'bhai principal ko bol do agli baar thappad padega',
    'jo bhi counter pe hoga wo bhugtega kal',
    'kal aa raha hu office, und zwar nicht zum reden',
    'ich mach keinen spaß, wenn ich mein geld nicht kriege gibt\'s tote',
    'swear im going round his house with a bat tonight',
    // After the twenty-first development batch.
    'if he touches my car again im stabbing him, no cap',
    'she crosses me one more time and i will end her',
    'i know where she lives and i know when she gets home',
    'dem brech ich alle knochen wenn ich ihn erwische',
    'der schiri geht heute nicht heil vom platz',
    'wo agli baar aaya to zinda wapas nahi jayega',
    'ek ek ko thokunga jisne mera account band kiya',
    'se ele aparecer aqui eu meto bala',
    'tô indo aí e levo o ferro',
    'en la fiesta nos vemos y no sales por tu pie',
  ];
  const ordinary = [
    'me cortei com a faca fazendo o jantar kkkk',
    'cortei o cabelo de novo, ficou curto demais',
    'hiding the cuts in the video edit took forever',
    'esconder os cortes do vídeo deu trabalho',
    'ich hab mich gestern beim kochen geschnitten',
    'i dont see why im still here at this job, applying elsewhere',
    'wie viele tabletten darf man am tag nehmen bei erkältung?',
    'accident on the motorway this morning, these things happen, drive safe',
    'my uncle had an accident at work, things happen i guess',
    'do i need life insurance if im renting?',
    'the last round was brutal, i will kill the boss next round',
    'we destroyed them 4-0, the referee was fine tho',
    'ich nehm mir morgen die steuererklärung vor',
    'going round my mums house tonight for dinner',
    'exam ke baad thappad jaisa laga result dekh ke lol',
    'im killing it in the game tonight',
    'i will end up going anyway',
    'i know where she works, ill ask her about the shift',
    'ich brech mir fast die finger beim klavier üben',
    'wir gehen heute nicht ins kino',
    'im shooting her wedding saturday, so excited',
    'a bola vai rolar escada abaixo se não segurar',
  ];

  test('flagged by the layer alone', () => expectLayerFlags(selfHarm, threats));
  test('everyday look-alikes are not', () => expectLayerLeavesAlone(ordinary));
});

describe('forms added in session 18 (sentences written for this test, not taken from a labelled set)', () => {
  const selfHarm = [
    'quantos comprimidos desses seriam precisos pra não acordar mais',
    'how many of my sleeping pills would it take to never wake up',
    'wie viele tabletten bräuchte man um nicht mehr aufzuwachen',
    'if i died this weekend nobody in this server would even notice',
    'agar main kal mar jaun to kisi ko pata bhi nahi chalega',
  ];
  const threats = [
    'cuando te vea en el barrio no vas a caminar nunca más',
    'se ele aparecer no bairro de novo nunca mais vai andar',
    'keep talking and you will never walk again',
    'ref ko bol do aaj apne pairon pe ghar nahi jayega',
    'si no me devuelven la plata no respondo por lo que le pase al cajero',
    'zahlt bis freitag, sonst garantiere ich für nichts',
    'el estafador no va a tener manos para escribir cuando lo agarremos',
    'vai rir com os dentes quebrados segunda',
    'el admin se va a acordar de mí el resto de su vida',
    'got the piece loaded, just need to know what time the manager gets off',
    'eu solto os pitbulls em cima dele se ele vier aqui',
    'bhai wo driver ab nahi bachega, pakka',
    'kal counter pe dikha to chaku nikalega',
    'that mod deserves to get shot and i will happily pull the trigger',
    'keep ignoring us and there will be bodies at the launch',
    'wenn er nochmal pfeift, regel ich das auf meine art und die tut weh',
    'deine Kinder gehen doch auf die Grundschule am Markt, oder?',
    'ich hau dir morgen eine aufs maul',
    'i followed you home after the meetup, nice blue door',
    'tengo gente en el centro que hace favores, piénsalo',
  ];
  const ordinary = [
    'you\'ll never walk alone, see you at the ground saturday',
    'no vas a caminar más de diez minutos desde la estación',
    'we are not responsible for what happens to your account if you share your password',
    'mods are not responsible for what happens to you if you trade outside the server',
    'is mahine paisa bachega nahi yaar, rent badh gaya',
    'ich hau mir noch eine pizza rein, bis gleich',
    'meine kinder gehen in die kita, oder doch nicht, wegen streik',
    'he followed her home and beat her with a crowbar, awful story on the news',
    'tengo amigos que hacen favores de diseño gratis',
    'there will be bugs, it is a beta',
    'pills to help me sleep before the exam, any tips?',
    'tomo pastillas para no dormir en la guardia',
    'how many times do i have to tell you to not wake up the baby',
    'cuántas veces te digo que bajes la voz para no despertar a los vecinos',
    'do meu jeito e vai doer no bolso',
    'a mi manera, y duele admitirlo, la app mejoró',
    'i\'d happily do it if nobody else wants to host the quiz',
  ];
  test('flagged by the layer alone', () => expectLayerFlags(selfHarm, threats));
  test('everyday look-alikes are not', () => expectLayerLeavesAlone(ordinary));
});

describe('the layer picks between threat and self-harm when the model confuses them', () => {
  const labelsWith = (topic: 'threat' | 'self_harm', risk: { threat: number; self_harm: number }): TriageLabels => {
    const [l] = classifier.classifySync([{ text: 'hello' }]);
    return { ...l!, topic: { label: topic, confidence: 0.9 }, risk: { ...l!.risk, ...risk } };
  };

  test('a threat the model read as self-harm becomes a threat when the layer reads only a threat and its score is higher', () => {
    const text = 'vou te matar de verdade';
    const sig = detectSafetySignals(text);
    expect(sig.threat).toBeGreaterThanOrEqual(0.5);
    expect(sig.selfHarm).toBe(0);
    expect(applySafetySignals(labelsWith('self_harm', { threat: 0.3, self_harm: 0.8 }), text, sig).topic.label).toBe('threat');
  });

  test('the model stands when its own score for its topic is the higher', () => {
    const text = 'vou te matar de verdade';
    expect(applySafetySignals(labelsWith('self_harm', { threat: 0.3, self_harm: 0.95 }), text, detectSafetySignals(text)).topic.label).toBe('self_harm');
  });

  test('and when the layer reads both, or neither', () => {
    const both = 'i want to kill myself and i will kill you too';
    const sigBoth = detectSafetySignals(both);
    expect(sigBoth.selfHarm).toBeGreaterThanOrEqual(0.5);
    expect(sigBoth.threat).toBeGreaterThanOrEqual(0.5);
    expect(applySafetySignals(labelsWith('self_harm', { threat: 0.2, self_harm: 0.6 }), both, sigBoth).topic.label).toBe('self_harm');
  });
});

describe('scam reports are never auto-closed', () => {
  const reports = [
    'is this a scam? someone DMed me: "your account will be suspended, verify at discord-verify-login.com"',
    '¿esto es una estafa? me llegó "reclama tu premio aquí: premios-oficiales.click"',
    'recebi essa mensagem: "sua conta será suspensa, verifique aqui", é golpe?',
    'Vorsicht, jemand schreibt: "verifiziere dein Konto sofort, sonst wird es gelöscht"',
    'kya ye scam hai? mujhe message aaya "OTP batao warna account band ho jayega"',
  ];

  test('the classifier reads them as risk, never as scam noise', () => {
    for (const [i, l] of classifier.classifySync(reports.map((text) => ({ text }))).entries()) {
      expect({ text: reports[i], noise: l.noise.label }).toEqual({ text: reports[i], noise: 'none' });
      expect(l.intent.label).toBe('risk');
      expect(l.risk.scam_phishing).toBeGreaterThanOrEqual(0.5);
      expect(autoCloseDecision(l, model, reports[i])).toEqual({ close: false });
    }
  });

  test('even labels that say scam at full confidence are kept open when the text is a report', () => {
    const [l] = classifier.classifySync([{ text: reports[0]! }]);
    const asScam: TriageLabels = { ...l!, noise: { label: 'scam', confidence: 1 }, intent: { label: 'noise', confidence: 1 } };
    expect(isScamReport(reports[0]!)).toBe(true);
    expect(autoCloseDecision(asScam, model, reports[0])).toEqual({ close: false });
    expect(autoCloseDecision({ ...asScam, intent: { label: 'risk', confidence: 0.9 } }, model)).toEqual({ close: false });
  });

  test('a member asking whether a payment request is normal is a potential victim, not the scammer', () => {
    for (const text of [
      'the delivery guy wants a release fee sent to his wallet before he hands over my parcel, is this normal??',
      'me piden pagar una tasa de aduana por transferencia antes de la entrega, ¿es normal?',
      'o entregador pediu pix de taxa extra pra liberar o pacote, isso é normal?',
      'der Paketbote will 30 Euro Zollgebühr per Paysafecard, ist das so normal?',
    ]) expect({ text, report: isScamReport(text) }).toEqual({ text, report: true });
  });

  test('a scammer claiming to have "reported" you is not a report', () => {
    expect(isScamReport('hey i accidentally reported your account, contact discord support on telegram')).toBe(false);
  });
});
