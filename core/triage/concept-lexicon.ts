/**
 * Multilingual concept lexicon: word stems in en/es/pt/de/Hinglish that fire one shared feature
 * per concept ("cx:threat"). Why: the seed set has a handful of sentences per category and
 * language, and a bag of words learnt from them does not reach unseen phrasings; a concept
 * feature learnt from any language's examples transfers to every stem listed for it. Stems are
 * matched on accent-folded, lower-cased tokens: an entry ending in `*` matches as a prefix.
 */
import { normalizeText } from './text-normalize.ts';

const CONCEPTS: Record<string, string> = {
  outage: 'down outage offline 502 503 504 caido* caida* caiu cair* fora ausfall* ausgefallen storung* offline server* servidor* blackout band pada "not loading" gayab lade* carga* carrega* load',
  broken: 'crash* bug* freez* congel* trav* sturz* absturz* hang* glitch* error* erro* fehler* broken kaput* roto rota quebr* duplic* doppel* double dobl* lag* slow* lento* langsam* kharab* nahi* funciona* geht funktioniert',
  account: 'login* log logg* password* contrasen* senha* passwort* 2fa otp code codigo* account* cuenta* conta konto* lock* bloque* gesperrt* sesion* sessao* einlog* anmeld* sign* verif* authenticat* autenticad* reset* restable* redefin* zurucksetz* email* correo* mail*',
  money: 'charg* cobr* refund* reembols* ruckerstatt* invoice* factura* fatura* rechnung* bill* abgebucht* abbuch* paise rupaye rs paid pago* pagamento* zahlung* card tarjeta* cartao* karte* money dinero dinheiro geld subscription* suscripc* assinatura* abo* renew* trial* prueba teste* dollar* euro* currency moneda moeda wahrung kat* kaat*',
  delivery: 'order* pedido* encomenda* bestell* deliver* entreg* liefer* ship* envi* versand* versch* track* rastre* seguimiento* sendung* package* paquete* pacote* paket* parcel* courier* repartidor* entregador* bote transit* transito* address* direccion* endereco* adresse',
  start: 'new nuevo* novo* novat* neu* naya naye start* empez* comec* anfang* anfanger* shuru* tutorial* docs doc* document* getting setup configur* einricht* introduc* present* vorstell* intro* beginner* principiante* iniciante* joined unido signup regist* first primer* primeiro* erste* pehla sabse',
  price: 'price* precio* preco* preis* cost* cuesta* custa* kost* kitna kitne lagega plan* tarif* discount* descuento* desconto* rabatt* free gratis gratuit* kostenlos* fee* tax* hidden* oculto* escondid* versteckt* yearly anual* jahr* monthly mensual* mes month* monat* mahine',
  wish: 'add* anad* agreg* adicion* hinzufug* einbau* would could podri* podria* seria* ware wäre konntet dava option* opcion* opcao* suggest* sugerenc* sugest* vorschlag* wish* wunsch* feature* funcion* plans planes roadmap mode modo modus support* soport* integrat* allow* permit* permitir shortcut* atajo* atalho* "game changer" hota aa jaye',
  praise: 'love* encanta* amei adoro liebe* great genial* incre* super* awesome* amazing* kamaal zabardast mast badhiya shabaash best mejor* melhor* beste* kudos legend* crack brabo ehrenmann respekt parabens enhorabuena thank* thx gracias obrigad* valeu danke* shukriya dhanyavad smooth fluid* flussig* salaam ❤ ❤️ 😍 🙌 💯',
  opinion: 'think* thoughts opin* acha* halt* raay prefer* prefier* bevorzug* anyone alguien alguem jemand kisi curious curios* how como wie kaise workflow flujo fluxo alltag people gente leute log sab',
  creation: 'made hice hecho fiz feito gemacht banaya banayi drew dibuj* desenh* gezeichnet wrote escrib* escrevi geschrieben likhi guide* guia anleitung template* plantilla* vorlage* fanart fan art pixel video* tutorial* plugin* themes temas cheat chuleta colinha spickzettel share* compart* teile* record* grab* grav* aufgenommen montei prepar* bastel* layout*',
  mock: 'wow wah waah nossa oh cool great fantastic* fantastico* maravilha toll grossartig* großartig* genial* love* encanta* adoro liebe* surprise* sorpresa* surpresa* uberraschung* favourite favorite favorit* favoriti* lieblings* innovat* innovac* innova* 🙃 🙄 "10/10" "10 de 10" "nota 10" "10 von 10" thanks gracias obrigado danke shukriya premium keep sigan seguid* continuem weiter aise',
  impostor: 'pretend* pasar passando passa ausgeben gibt fake* falsa falso falsch* impersonat* suplant* clone* clon* klon* copied copi* kopiert* copy official* oficial* offiziell* avatar* photo foto* profile perfil* profil* staff equipo equipe team naam name nombre nome',
  scam: 'verify* verific* verifiz* confirm* claim* reclam* resgat* einlos* einlös* won ganaste ganhou gewonnen jeete gift* regalo* presente* gutschein* voucher* wallet* billetera* carteira* seed semilla recuperac* nitro suspend* suspens* sperr* flag* marcad* sinaliz* markiert* urgent* urgente dringend* link* enlace* zzurl 24h 12h immediately inmediat* imediat* sofort* turant within selected elegido selecionado ausgewahlt* airdrop* refund* reembols* erstatt* connect* conect* verbind* unusual inusual* estranho ungewohnlich* ajeeb detected detect* erkannt',
  promo: 'follow* sigue* sigueme segue* folg* subscri* suscrib* inscrev* abonn* abonier* giveaway* sorteo* sorteio* gewinnspiel* promo* cupom* cupon* rabattcode* cheap* barat* billig* sast* buy* compra* kauf* kharid* earn* gana* ganhe* verdien* kamao* channel* canal* kanal* insta* instagram youtube followers* seguidores* crypto* cripto* krypto* 100x 90% 80% off deal* oferta* angebot* referral* sell* vend* verkauf* bech* home casa hause ghar',
  violence: 'kill* matar* mato toten* töten* umbring* maar* maarunga hurt* dano daño machuc* wehtun* verletz* ghayal* shoot* tiro* tiros dispar* abknall* knall* goli stab* apunal* apuñal* esfaque* abstech* steche* chaku* knife* cuchillo* faca* messer* gun* arma* waffe* bandook* burn* quem* queim* anzund* anzünd* jala* jalaunga beat* peg* surra* schlag* peet* live vives mora wohnst rehta address* direccion* endereco* adresse* visit* visita* besuch* regret* arrepent* bereu* pachta* watch sambhal pass aufpassen',
  despair: 'die morir morrer sterben marna suicid* suizid* myself matarme matar* umbringen khud end acabar* ende khatam cut* cortar* corte* ritz* pills pastillas remedio* remédio* tabletten goliyan goodbye despid* despedind* verabschied* alvida last ultima última letzte aakhri note carta abschiedsbrief khat anymore mas más aguento kann nicht mehr jeene life vida leben jaan miss echaria falta vermissen fark forever siempre sempre immer hamesha stop pare parar aufhort aufhört ruk hurting lastim* machucando verletze chot',
  insult: 'idiot* idiota* bewakoof stupid* estupid* burr* dumm* loser* perdedor* fracassad* versager* ugly fea feio hasslich* hässlich* shut callate cala klappe chup trash basura lixo abschaum kachra insult* xing* beleidig* gaali* pathetic patetic* erbarmlich* erbärmlich* ghatiya cow kuh vaca tonta clown payaso palhaço palhaco joker worthless inutil inútil wertlos* bekaar laugh* rien riem lachen hanste disgust* asquer* nojent* widerlich* gande',
  rumour: 'confirmed confirmado confirmada bestatigt* bestätigt* confirm secret* secreto escondid* heimlich* chupke leak* filtrad* vazad* vazou geleakt* spread compartid* espalh* teilt psa atencion atención atencao atenção achtung savdhaan cousin primo cousine sells venden vendem verkaufen bech shutting cierra cierran fechar fechando dicht band deleting borra apaga losch* lösch* delete* hack* hacke* miner* minero* minerador* proof prueba prova beweis* record* graba grava aufnim* aufnimmt',
  exposure: 'press prensa imprensa presse media journalist* periodista* jornalista* viral* twitter tiktok reel blog post* followers seguidores lawyer* abogad* advogad* anwalt* vakil consumer consumo procon verbraucherzentrale forum reclame news noticias noticia nachrichten screenshot* captura* prints public* publica* publico* veroffentlich* expose* everyone todos todo alle sabko',
  chatter: 'gm gn good morning night buenos buenas dias noches bom boa dia noite guten gute morgen nacht lol jaja jajaja kkk kkkk haha hahaha lunch comida almoco almoço mittag* pizza* game partido jogo spiel* match weekend finde fim wochenende* friday viernes sexta sextou freitag hello hola oi ola olá hallo namaste hi hii hey bored aburrido entediado langweilig bore awake despierto acordado wach jaag* favourite favorita favorito lieblingspizza',
  metoo: '"+1" same igual mismo mesmo gleich* gleiche dito too tambien también tambem também auch bhi update* novedad* novidade* neues news noticia still sigue continua immer abhi',
  urgent: 'urgent* urgente dringend* jaldi asap now ya ja jetzt abhi today hoy hoje heute aaj customers clientes kunden blocked bloquead* blockiert* launch lanzamiento lancamento lançamento launch prod everyone todos alle sab',
};

const exact = new Map<string, string[]>();
/** Keyed by the FNV hash of the prefix, so lookups hash each token once, char by char, without slicing. */
const prefix = new Map<number, string[]>();
const phrases: [string, string][] = [];
const MAX_PREFIX = 12;

function prefixHash(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}
const PREFIX_SEED = 0x811c9dc5;

function hashOf(s: string): number {
  let h = PREFIX_SEED;
  for (let i = 0; i < s.length; i++) h = prefixHash(h, s.charCodeAt(i));
  return h;
}

function addTo<K>(map: Map<K, string[]>, key: K, concept: string) {
  const list = map.get(key) ?? [];
  if (!list.includes(concept)) list.push(concept);
  map.set(key, list);
}

for (const [concept, spec] of Object.entries(CONCEPTS)) {
  for (const m of spec.matchAll(/"([^"]+)"|(\S+)/g)) {
    const raw = normalizeText(m[1] ?? m[2]!).trim();
    if (m[1]) phrases.push([raw, concept]);
    else if (raw.endsWith('*')) addTo(prefix, hashOf(raw.slice(0, -1).slice(0, MAX_PREFIX)), concept);
    else addTo(exact, raw, concept);
  }
}

/** Concept names fired by the tokens of a text (duplicates kept: repeated cues count more). */
export function conceptsOf(tokens: readonly string[], normalized: string): string[] {
  // Indexed loops, no spread: this runs for every token of every item, and iterator-protocol
  // calls ('next') were 9% of classify time in a CPU profile.
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const e = exact.get(t);
    if (e) for (let k = 0; k < e.length; k++) out.push(e[k]!);
    const n = Math.min(t.length, MAX_PREFIX);
    let h = PREFIX_SEED;
    for (let l = 1; l <= n; l++) {
      h = prefixHash(h, t.charCodeAt(l - 1));
      if (l < 2) continue;
      const p = prefix.get(h);
      if (p) for (let k = 0; k < p.length; k++) out.push(p[k]!);
    }
  }
  for (let i = 0; i < phrases.length; i++) if (normalized.includes(phrases[i]![0])) out.push(phrases[i]![1]);
  return out;
}
