/**
 * Project-written TRAINING seed templates for what the public datasets lack (outages, feature
 * requests, onboarding, impersonation, threats, self-harm, praise, UGC, fake support DMs,
 * giveaway spam, sarcasm about the product, me-too thread replies) in en/es/pt/de/hi (Latin).
 * `seed-set.ts` expands them with slot fillers, slang, emoji and typos. The evaluation set is
 * written separately (`../labelled-sets/`) and never derived from these.
 */
import type { TrainingLabels } from '../heads.ts';

export const SEED_LANGS = ['en', 'es', 'pt', 'de', 'hi'] as const;
export type SeedLang = (typeof SEED_LANGS)[number];

export interface SeedCategory {
  id: string;
  labels: Omit<TrainingLabels, 'lang'>;
  /** When set, examples are thread replies whose context is drawn from these categories. */
  replyTo?: string[];
  templates: Record<SeedLang, string[]>;
}

/** Slot fillers. `{feat}` a product area, `{time}` a duration, `{link}` a lookalike URL, `{amt}` money, `{who}` a person. */
export const SLOTS: Record<SeedLang, Record<string, string[]>> = {
  en: {
    feat: ['login page', 'checkout', 'the dashboard', 'notifications', 'the mobile app', 'search', 'file upload', 'dark mode', 'the api', 'voice chat', 'the export button', 'settings'],
    time: ['an hour', '2 hours', 'since this morning', 'all day', '20 minutes', 'since yesterday', '3 days'],
    amt: ['$9.99', '$49', '$120', '€15', '$300'],
    who: ['the admin', 'a mod', 'the CEO', 'support', 'the dev team'],
  },
  es: {
    feat: ['el login', 'el pago', 'el panel', 'las notificaciones', 'la app del móvil', 'el buscador', 'la subida de archivos', 'el modo oscuro', 'la api', 'el chat de voz', 'el botón de exportar', 'los ajustes'],
    time: ['una hora', '2 horas', 'desde esta mañana', 'todo el día', '20 minutos', 'desde ayer', '3 días'],
    amt: ['9,99 €', '49 €', '120 dólares', '15 €', '300 pesos'],
    who: ['el admin', 'un moderador', 'el CEO', 'soporte', 'el equipo'],
  },
  pt: {
    feat: ['o login', 'o pagamento', 'o painel', 'as notificações', 'o app do celular', 'a busca', 'o upload de arquivos', 'o modo escuro', 'a api', 'o chat de voz', 'o botão de exportar', 'as configurações'],
    time: ['uma hora', '2 horas', 'desde cedo', 'o dia todo', '20 minutos', 'desde ontem', '3 dias'],
    amt: ['R$ 49,90', 'R$ 120', 'R$ 15', '50 reais', 'R$ 300'],
    who: ['o admin', 'um moderador', 'o CEO', 'o suporte', 'a equipe'],
  },
  de: {
    feat: ['der Login', 'der Checkout', 'das Dashboard', 'die Benachrichtigungen', 'die Handy-App', 'die Suche', 'der Datei-Upload', 'der Dark Mode', 'die API', 'der Voice-Chat', 'der Export-Button', 'die Einstellungen'],
    time: ['einer Stunde', '2 Stunden', 'heute früh', 'dem ganzen Tag', '20 Minuten', 'gestern', '3 Tagen'],
    amt: ['9,99 €', '49 €', '120 Euro', '15 €', '300 €'],
    who: ['der Admin', 'ein Mod', 'der CEO', 'der Support', 'das Team'],
  },
  hi: {
    feat: ['login page', 'payment', 'dashboard', 'notifications', 'mobile app', 'search', 'file upload', 'dark mode', 'api', 'voice chat', 'export button', 'settings'],
    time: ['ek ghante', '2 ghante', 'subah', 'poore din', '20 minute', 'kal', '3 din'],
    amt: ['499 rupaye', '₹999', '₹120', '1500 rs', '₹49'],
    who: ['admin', 'mod', 'CEO', 'support wale', 'team'],
  },
};

/** Lookalike domains used by the fake scam/spam templates (none of them real). */
export const FAKE_LINKS = [
  'nitro-gift.xyz/claim', 'steward-support.help/verify', 'bit.ly/fr33-g1ft', 'airdrop-claim.io/wallet',
  'secure-login-verify.com', 'discord-gifts.ru/n', 'tinyurl.com/promo-x', 'wallet-sync.app/connect',
];

export const SEED_CATEGORIES: SeedCategory[] = [
  {
    id: 'outage',
    labels: { noise: 'none', intent: 'support', topic: 'outage', sentiment: 'negative', urgency: 'high' },
    templates: {
      en: ['is the site down? nothing loads for {time}', 'everything is down again, getting 502 errors', 'servers dead?? cant connect at all', 'whole app is offline for me and my team, we have a launch today', '{feat} not loading anywhere, is there an outage', 'status page says ok but nothing works for {time}', 'down for everyone or just me?', 'getting 503 on every request, prod is dead'],
      es: ['¿se cayó el servidor? no carga nada desde hace {time}', 'está todo caído otra vez, error 502', 'no puedo conectar, ¿hay una caída?', 'la app no funciona para nadie de mi equipo', '{feat} no carga, ¿está caído el servicio?', 'se cayó todo justo en pleno lanzamiento', '¿a alguien más le da error 503?'],
      pt: ['o site caiu? nada carrega faz {time}', 'tá tudo fora do ar de novo, erro 502', 'servidor caiu?? não consigo conectar', 'o app parou pra todo mundo aqui da empresa', '{feat} não carrega, tem instabilidade?', 'caiu tudo bem no meio do lançamento', 'mais alguém com erro 503?'],
      de: ['ist die Seite down? seit {time} lädt nichts', 'alles wieder offline, nur 502 Fehler', 'Server tot?? kann mich gar nicht verbinden', 'die App geht bei unserem ganzen Team nicht', '{feat} lädt nicht, gibt es eine Störung?', 'komplett ausgefallen, und wir haben heute Launch', 'hat noch jemand 503 Fehler?'],
      hi: ['site down hai kya? {time} se kuch load nahi ho raha', 'sab kuch phir se band hai, 502 error aa raha', 'server dead hai kya, connect hi nahi ho raha', 'poori team ke liye app nahi chal raha', '{feat} load nahi ho raha, outage hai kya?', 'launch ke din hi sab down ho gaya yaar', 'kisi aur ko bhi 503 aa raha hai?'],
    },
  },
  {
    id: 'bug',
    labels: { noise: 'none', intent: 'support', topic: 'bug', sentiment: 'negative', urgency: 'normal' },
    templates: {
      en: ['{feat} crashes every time I click save', 'found a bug: {feat} shows the wrong date', 'after the update {feat} freezes on android', 'the app closes itself when I open {feat}', 'button does nothing on safari, console shows an error', 'images upload sideways since the last version', 'typing in {feat} lags like crazy'],
      es: ['{feat} se cierra cada vez que guardo', 'encontré un bug: {feat} muestra la fecha mal', 'desde la actualización {feat} se congela en android', 'la app se cierra sola al abrir {feat}', 'el botón no hace nada en safari', 'las fotos se suben giradas desde la última versión'],
      pt: ['{feat} trava toda vez que clico em salvar', 'achei um bug: {feat} mostra a data errada', 'depois da atualização {feat} congela no android', 'o app fecha sozinho quando abro {feat}', 'o botão não faz nada no safari', 'as fotos sobem de lado desde a última versão'],
      de: ['{feat} stürzt jedes Mal beim Speichern ab', 'Bug gefunden: {feat} zeigt das falsche Datum', 'seit dem Update friert {feat} auf Android ein', 'die App schließt sich beim Öffnen von {feat}', 'der Button macht in Safari gar nichts', 'Bilder werden seit der letzten Version gedreht hochgeladen'],
      hi: ['{feat} save karte hi crash ho jata hai', 'ek bug mila: {feat} galat date dikha raha hai', 'update ke baad {feat} android pe hang ho raha', '{feat} kholte hi app band ho jata hai', 'safari pe button kaam hi nahi karta', 'last version se photos ulti upload ho rahi hain'],
    },
  },
  {
    id: 'login',
    labels: { noise: 'none', intent: 'support', topic: 'login_account', sentiment: 'negative', urgency: 'normal' },
    templates: {
      en: ['cant log in, password reset email never arrives', 'my account got locked after 2fa failed', 'how do I change the email on my account', 'it keeps saying invalid password but its correct', 'lost my phone with the authenticator, how do I get back in', 'please delete my account', 'verification code never comes'],
      es: ['no puedo iniciar sesión, no llega el correo para cambiar la contraseña', 'me bloquearon la cuenta por el 2fa', '¿cómo cambio el correo de mi cuenta?', 'dice contraseña incorrecta pero está bien', 'perdí el móvil con el autenticador, ¿cómo entro?', 'quiero borrar mi cuenta', 'no me llega el código de verificación'],
      pt: ['não consigo entrar, o email de redefinir senha não chega', 'minha conta foi bloqueada por causa do 2fa', 'como troco o email da minha conta?', 'diz senha inválida mas tá certa', 'perdi o celular com o autenticador, como entro?', 'quero excluir minha conta', 'o código de verificação não chega'],
      de: ['kann mich nicht einloggen, die Passwort-Mail kommt nie an', 'mein Konto ist nach 2FA gesperrt', 'wie ändere ich die E-Mail in meinem Konto?', 'angeblich falsches Passwort, aber es stimmt', 'Handy mit Authenticator verloren, wie komme ich rein?', 'bitte löscht mein Konto', 'der Bestätigungscode kommt nicht'],
      hi: ['login nahi ho raha, password reset ka mail hi nahi aata', '2fa fail hone ke baad account lock ho gaya', 'account ka email kaise change karu?', 'password sahi hai phir bhi invalid bol raha', 'phone kho gaya authenticator wala, ab login kaise karu', 'mera account delete kar do please', 'otp aa hi nahi raha'],
    },
  },
  {
    id: 'billing',
    labels: { noise: 'none', intent: 'support', topic: 'billing', sentiment: 'negative', urgency: 'normal' },
    templates: {
      en: ['I was charged twice this month, {amt} each', 'cancelled my subscription but you still billed me {amt}', 'where can I download my invoice', 'refund please, the charge of {amt} was a mistake', 'my card got declined on renewal but money left my account', 'why did my bill go up to {amt}'],
      es: ['me cobraron dos veces este mes, {amt} cada vez', 'cancelé la suscripción y aun así me cobraron {amt}', '¿dónde descargo mi factura?', 'quiero un reembolso, el cargo de {amt} fue un error', 'rechazaron la tarjeta pero el dinero salió de mi cuenta', '¿por qué subió mi factura a {amt}?'],
      pt: ['fui cobrado duas vezes esse mês, {amt} cada', 'cancelei a assinatura e mesmo assim cobraram {amt}', 'onde baixo minha nota fiscal?', 'quero reembolso, a cobrança de {amt} foi engano', 'o cartão foi recusado mas o dinheiro saiu da conta', 'por que minha fatura foi pra {amt}?'],
      de: ['mir wurde diesen Monat zweimal {amt} abgebucht', 'Abo gekündigt und trotzdem {amt} abgebucht', 'wo kann ich meine Rechnung herunterladen?', 'bitte Rückerstattung, die Abbuchung von {amt} war ein Fehler', 'Karte abgelehnt, aber das Geld ist weg', 'warum kostet es jetzt {amt}?'],
      hi: ['is mahine do baar paise kat gaye, {amt} dono baar', 'subscription cancel kiya phir bhi {amt} kat gaye', 'invoice kahan se download karu?', 'refund chahiye, {amt} galti se kat gaye', 'card decline hua par paise account se chale gaye', 'bill {amt} kaise ho gaya?'],
    },
  },
  {
    id: 'shipping',
    labels: { noise: 'none', intent: 'support', topic: 'shipping', sentiment: 'negative', urgency: 'normal' },
    templates: {
      en: ['my order still hasnt arrived after {time}', 'tracking number says delivered but nothing here', 'the merch package came damaged', 'can I change the shipping address on my order', 'when will the hoodies ship?'],
      es: ['mi pedido no ha llegado después de {time}', 'el seguimiento dice entregado pero no tengo nada', 'el paquete llegó dañado', '¿puedo cambiar la dirección de envío?', '¿cuándo envían las sudaderas?'],
      pt: ['meu pedido ainda não chegou depois de {time}', 'o rastreio diz entregue mas não recebi nada', 'a encomenda chegou amassada', 'posso mudar o endereço de entrega?', 'quando vão enviar os moletons?'],
      de: ['meine Bestellung ist nach {time} immer noch nicht da', 'Sendungsverfolgung sagt zugestellt, aber nichts angekommen', 'das Paket kam beschädigt an', 'kann ich die Lieferadresse noch ändern?', 'wann werden die Hoodies verschickt?'],
      hi: ['mera order {time} baad bhi nahi aaya', 'tracking pe delivered dikha raha par kuch nahi mila', 'parcel toota hua aaya', 'shipping address change ho sakta hai kya?', 'hoodies kab ship hongi?'],
    },
  },
  {
    id: 'onboarding',
    labels: { noise: 'none', intent: 'support', topic: 'onboarding', sentiment: 'neutral', urgency: 'normal' },
    templates: {
      en: ['new here, how do I get started?', 'just joined, where do I set up my first project', 'is there a tutorial for beginners', 'how do I invite my team after signing up', 'first day using this, what should I do first', 'which channel do I ask newbie questions in'],
      es: ['soy nuevo, ¿cómo empiezo?', 'me acabo de unir, ¿dónde creo mi primer proyecto?', '¿hay algún tutorial para principiantes?', '¿cómo invito a mi equipo después de registrarme?', 'primer día usando esto, ¿qué hago primero?'],
      pt: ['sou novo aqui, como começo?', 'acabei de entrar, onde crio meu primeiro projeto?', 'tem tutorial pra iniciante?', 'como convido minha equipe depois do cadastro?', 'primeiro dia usando, o que faço primeiro?'],
      de: ['bin neu hier, wie fange ich an?', 'gerade beigetreten, wo lege ich mein erstes Projekt an?', 'gibt es ein Tutorial für Anfänger?', 'wie lade ich mein Team nach der Anmeldung ein?', 'erster Tag hier, was mache ich zuerst?'],
      hi: ['main naya hoon, shuru kaise karu?', 'abhi join kiya, pehla project kahan banau?', 'beginners ke liye koi tutorial hai kya?', 'signup ke baad team ko invite kaise karu?', 'pehla din hai, sabse pehle kya karna chahiye?'],
    },
  },
  {
    id: 'pricing',
    labels: { noise: 'none', intent: 'support', topic: 'pricing', sentiment: 'neutral', urgency: 'low' },
    templates: {
      en: ['how much is the pro plan?', 'do you have a student discount', 'is there a free tier or only trial', 'whats the difference between team and enterprise pricing', 'any discount if we pay yearly?'],
      es: ['¿cuánto cuesta el plan pro?', '¿hay descuento para estudiantes?', '¿hay plan gratis o solo prueba?', '¿qué diferencia hay entre el plan equipo y empresa?', '¿hay descuento si pagamos anual?'],
      pt: ['quanto custa o plano pro?', 'tem desconto pra estudante?', 'tem plano grátis ou só teste?', 'qual a diferença de preço entre equipe e empresa?', 'tem desconto no plano anual?'],
      de: ['was kostet der Pro-Plan?', 'gibt es einen Studentenrabatt?', 'gibt es eine kostenlose Version oder nur Testphase?', 'was ist der Preisunterschied zwischen Team und Enterprise?', 'gibt es Rabatt bei jährlicher Zahlung?'],
      hi: ['pro plan kitne ka hai?', 'students ke liye discount hai kya?', 'free plan hai ya sirf trial?', 'team aur enterprise ke price mein kya farak hai?', 'yearly lene pe discount milega?'],
    },
  },
  {
    id: 'feature_request',
    labels: { noise: 'none', intent: 'feedback', topic: 'feature_request', sentiment: 'neutral', urgency: 'low' },
    templates: {
      en: ['would love a dark mode option', 'please add an export to csv', 'feature request: let us pin messages in {feat}', 'can you add keyboard shortcuts?', 'it would be great if {feat} supported markdown', 'any plans for a linux version?', 'suggestion: bulk delete in {feat}'],
      es: ['me encantaría un modo oscuro', 'por favor añadan exportar a csv', 'sugerencia: poder fijar mensajes en {feat}', '¿pueden agregar atajos de teclado?', 'estaría genial que {feat} soportara markdown', '¿hay planes de versión para linux?'],
      pt: ['queria muito um modo escuro', 'por favor adicionem exportar pra csv', 'sugestão: poder fixar mensagens em {feat}', 'dá pra colocar atalhos de teclado?', 'seria ótimo se {feat} aceitasse markdown', 'vai ter versão pra linux?'],
      de: ['ein Dark Mode wäre super', 'bitte CSV-Export einbauen', 'Feature-Wunsch: Nachrichten in {feat} anpinnen', 'könnt ihr Tastenkürzel hinzufügen?', 'wäre toll, wenn {feat} Markdown könnte', 'gibt es Pläne für eine Linux-Version?'],
      hi: ['dark mode aa jaye toh mazaa aa jaye', 'please csv export add karo', 'suggestion: {feat} mein messages pin karne ka option do', 'keyboard shortcuts add kar sakte ho kya?', '{feat} mein markdown support hota toh badhiya hota', 'linux version kab aayega?'],
    },
  },
  {
    id: 'praise',
    labels: { noise: 'none', intent: 'engagement', topic: 'praise', sentiment: 'positive', urgency: 'low' },
    templates: {
      en: ['love the new update, great job team', 'this app saved me so much time, thank you', 'support fixed my issue in 5 minutes, amazing', 'best community ever', 'the new {feat} is so smooth', 'you guys are awesome'],
      es: ['me encanta la nueva actualización, buen trabajo', 'esta app me ahorra muchísimo tiempo, gracias', 'soporte me lo resolvió en 5 minutos, increíble', 'la mejor comunidad', 'el nuevo {feat} va súper fluido', 'sois geniales'],
      pt: ['amei a atualização nova, parabéns equipe', 'esse app me salvou muito tempo, obrigado', 'o suporte resolveu em 5 minutos, incrível', 'melhor comunidade', 'o novo {feat} ficou muito liso', 'vocês são demais'],
      de: ['das neue Update ist super, gute Arbeit', 'die App spart mir so viel Zeit, danke', 'der Support hat das in 5 Minuten gelöst, klasse', 'beste Community überhaupt', '{feat} läuft jetzt richtig flüssig', 'ihr seid großartig'],
      hi: ['naya update mast hai, great job team', 'is app ne bahut time bachaya, thank you', 'support ne 5 minute mein fix kar diya, kamaal', 'best community hai ye', 'naya {feat} ekdum smooth hai', 'aap log zabardast ho'],
    },
  },
  {
    id: 'discussion',
    labels: { noise: 'none', intent: 'engagement', topic: 'discussion', sentiment: 'neutral', urgency: 'low' },
    templates: {
      en: ['how are you all using {feat} in your workflow?', 'what do people think about the roadmap?', 'anyone tried the new plugin api yet', 'curious how big teams organise their projects here', 'which setup do you prefer, self-hosted or cloud?'],
      es: ['¿cómo usáis {feat} en vuestro flujo de trabajo?', '¿qué opináis del roadmap?', '¿alguien probó ya la nueva api de plugins?', '¿cómo organizan los proyectos los equipos grandes?', '¿qué preferís, self-hosted o nube?'],
      pt: ['como vocês usam {feat} no dia a dia?', 'o que acharam do roadmap?', 'alguém já testou a api nova de plugins?', 'como times grandes organizam os projetos aqui?', 'preferem self-hosted ou nuvem?'],
      de: ['wie nutzt ihr {feat} im Alltag?', 'was haltet ihr von der Roadmap?', 'hat schon jemand die neue Plugin-API getestet?', 'wie organisieren große Teams hier ihre Projekte?', 'was bevorzugt ihr, selbst gehostet oder Cloud?'],
      hi: ['aap log {feat} ko kaise use karte ho?', 'roadmap ke baare mein kya sochte ho sab?', 'kisi ne naya plugin api try kiya?', 'badi teams yahan projects kaise organise karti hain?', 'self-hosted better hai ya cloud?'],
    },
  },
  {
    id: 'ugc',
    labels: { noise: 'none', intent: 'engagement', topic: 'ugc', sentiment: 'positive', urgency: 'low' },
    templates: {
      en: ['made a fan art of the mascot, hope you like it', 'I wrote a beginner guide for {feat}, sharing here', 'built a small plugin that adds themes, check it out', 'recorded a video tutorial on setting this up', 'here is my custom dashboard layout, feel free to copy'],
      es: ['hice un fan art de la mascota, espero que os guste', 'escribí una guía para principiantes de {feat}, la comparto', 'hice un plugin pequeño que añade temas', 'grabé un video tutorial de cómo configurarlo', 'aquí mi diseño del panel, podéis copiarlo'],
      pt: ['fiz uma fan art do mascote, espero que curtam', 'escrevi um guia pra iniciantes sobre {feat}, compartilhando', 'fiz um pluginzinho que adiciona temas', 'gravei um vídeo tutorial de como configurar', 'aqui meu layout do painel, podem copiar'],
      de: ['hab ein Fanart vom Maskottchen gemacht, hoffe es gefällt', 'ich habe einen Einsteiger-Guide zu {feat} geschrieben', 'kleines Plugin gebaut, das Themes hinzufügt', 'hab ein Video-Tutorial zur Einrichtung aufgenommen', 'hier mein Dashboard-Layout, gerne kopieren'],
      hi: ['mascot ka fan art banaya, umeed hai pasand aayega', '{feat} ke liye beginner guide likhi hai, share kar raha hoon', 'ek chhota plugin banaya jo themes add karta hai', 'setup ka video tutorial banaya hai', 'ye raha mera dashboard layout, copy kar lo'],
    },
  },
  {
    id: 'sarcasm_product',
    labels: { noise: 'none', intent: 'feedback', topic: 'bug', sentiment: 'negative', urgency: 'normal', sarcasm: true },
    templates: {
      en: ['wow another update that breaks {feat}, love it 🙃', 'great, logged out again, my favourite hobby', 'thanks for the amazing feature of crashing every 5 minutes', 'oh cool, {feat} is down again, what a surprise', 'nothing says premium like waiting {time} for support', 'so glad I pay {amt} for an app that doesnt open'],
      es: ['genial, otra actualización que rompe {feat}, me encanta 🙃', 'qué bien, otra vez me cerró la sesión, mi pasatiempo favorito', 'gracias por la increíble función de cerrarse cada 5 minutos', 'oh qué sorpresa, {feat} caído otra vez', 'nada dice premium como esperar {time} a soporte'],
      pt: ['nossa, mais uma atualização que quebra {feat}, amei 🙃', 'ótimo, deslogou de novo, meu hobby favorito', 'obrigado pela incrível função de travar a cada 5 minutos', 'que surpresa, {feat} fora do ar de novo', 'nada mais premium do que esperar {time} pelo suporte'],
      de: ['super, wieder ein Update das {feat} kaputt macht, danke 🙃', 'toll, schon wieder ausgeloggt, mein Lieblingshobby', 'danke für das tolle Feature, alle 5 Minuten abzustürzen', 'oh welch Überraschung, {feat} ist wieder down', 'nichts sagt Premium wie {time} auf den Support warten'],
      hi: ['wah ek aur update jisne {feat} tod diya, kya baat hai 🙃', 'badhiya, phir se logout, mera favourite kaam', 'har 5 minute crash hone wale feature ke liye shukriya', 'kya surprise hai, {feat} phir se down', 'premium ka matlab {time} support ka wait karna, waah'],
    },
  },
  {
    id: 'impersonation',
    labels: { noise: 'none', intent: 'risk', topic: 'impersonation', sentiment: 'negative', urgency: 'high', risk: { impersonation: 1 } },
    templates: {
      en: ['someone is pretending to be {who} and DMing people', 'there is a fake account using the official logo asking for passwords', 'heads up, an account named like {who} is messaging members', 'this user is impersonating me, same photo and name', 'fake "support" account messaged me asking for my login'],
      es: ['alguien se hace pasar por {who} y manda mensajes privados', 'hay una cuenta falsa con el logo oficial pidiendo contraseñas', 'ojo, una cuenta con el nombre de {who} escribe a los miembros', 'este usuario me está suplantando, misma foto y nombre'],
      pt: ['tem alguém se passando por {who} e mandando dm', 'tem uma conta falsa com o logo oficial pedindo senha', 'cuidado, uma conta com nome de {who} tá chamando os membros', 'esse usuário tá se passando por mim, mesma foto e nome'],
      de: ['jemand gibt sich als {who} aus und schreibt Leuten DMs', 'ein Fake-Account mit dem offiziellen Logo fragt nach Passwörtern', 'Achtung, ein Account mit dem Namen von {who} schreibt Mitglieder an', 'dieser Nutzer gibt sich als ich aus, gleiches Foto und Name'],
      hi: ['koi {who} ban ke logon ko dm kar raha hai', 'ek fake account official logo laga ke password maang raha hai', 'dhyan do, {who} ke naam jaisa account members ko message kar raha', 'ye banda meri photo aur naam use karke mera fake bana raha'],
    },
  },
  {
    id: 'scam_dm',
    labels: { noise: 'scam', intent: 'noise', topic: 'scam_phishing', sentiment: 'neutral', urgency: 'high', risk: { scam_phishing: 1 } },
    templates: {
      en: ['Hello, this is official support. Your account will be suspended, verify here {link}', 'Free nitro for everyone! claim before it expires {link}', 'Congrats you won {amt}! send your wallet seed phrase to receive it', 'Admin here, DM me your login so I can fix your account', 'Your payment failed, update your card at {link} within 24h', 'connect your wallet at {link} to get the airdrop', 'i accidentally reported your account, contact this support to fix it {link}'],
      es: ['Hola, soy del soporte oficial. Tu cuenta será suspendida, verifica aquí {link}', '¡Nitro gratis para todos! reclámalo antes de que caduque {link}', 'Felicidades ganaste {amt}! manda tu frase semilla para recibirlo', 'Soy admin, pásame tu usuario y contraseña por privado para arreglar tu cuenta', 'Tu pago falló, actualiza tu tarjeta en {link} en 24h'],
      pt: ['Olá, aqui é o suporte oficial. Sua conta será suspensa, verifique aqui {link}', 'Nitro grátis pra todos! resgate antes que expire {link}', 'Parabéns você ganhou {amt}! mande sua frase de recuperação da carteira', 'Sou admin, me manda seu login no privado pra eu arrumar sua conta', 'Seu pagamento falhou, atualize o cartão em {link} em 24h'],
      de: ['Hallo, hier ist der offizielle Support. Dein Konto wird gesperrt, verifiziere dich hier {link}', 'Gratis Nitro für alle! jetzt abholen {link}', 'Glückwunsch, du hast {amt} gewonnen! schick deine Seed-Phrase', 'Admin hier, schick mir deine Zugangsdaten per DM, dann repariere ich dein Konto', 'Zahlung fehlgeschlagen, aktualisiere deine Karte unter {link} in 24h'],
      hi: ['Namaste, main official support se hoon. aapka account band hoga, yahan verify karo {link}', 'sabke liye free nitro! jaldi claim karo {link}', 'badhai ho aapne {amt} jeete! wallet ka seed phrase bhejo', 'main admin hoon, apna login dm karo account theek kar dunga', 'payment fail hua, 24 ghante mein card update karo {link}'],
    },
  },
  {
    id: 'giveaway_spam',
    labels: { noise: 'spam', intent: 'noise', topic: 'other', sentiment: 'positive', urgency: 'low', risk: { scam_phishing: 0 } },
    templates: {
      en: ['🎉 GIVEAWAY 🎉 follow and retweet to win, join my server {link}', 'check out my channel, sub for sub!!', 'buy cheap followers and likes, best price {link}', 'join our crypto pump group, 100x guaranteed 🚀🚀', 'hot singles in your area {link}', 'promo code inside, 90% off only today {link}'],
      es: ['🎉 SORTEO 🎉 sígueme y comparte para ganar, únete a mi server {link}', 'mira mi canal, sub por sub!!', 'compra seguidores baratos, mejor precio {link}', 'únete a nuestro grupo cripto, x100 garantizado 🚀', 'código promo, 90% de descuento solo hoy {link}'],
      pt: ['🎉 SORTEIO 🎉 segue e compartilha pra ganhar, entra no meu server {link}', 'se inscreve no meu canal, sub por sub!!', 'compre seguidores baratos, melhor preço {link}', 'entra no nosso grupo cripto, 100x garantido 🚀', 'cupom de 90% só hoje {link}'],
      de: ['🎉 GEWINNSPIEL 🎉 folgen und teilen, tritt meinem Server bei {link}', 'schaut auf meinem Kanal vorbei, Abo gegen Abo!!', 'billige Follower kaufen, bester Preis {link}', 'tritt unserer Krypto-Gruppe bei, 100x garantiert 🚀', 'Rabattcode, heute 90% billiger {link}'],
      hi: ['🎉 GIVEAWAY 🎉 follow karo share karo jeeto, mere server join karo {link}', 'mera channel subscribe karo, sub ke badle sub!!', 'saste followers kharido, best price {link}', 'hamare crypto group mein aao, 100x pakka 🚀', 'aaj hi 90% off, code lo {link}'],
    },
  },
  {
    id: 'threat',
    labels: { noise: 'none', intent: 'risk', topic: 'threat', sentiment: 'negative', urgency: 'critical', risk: { threat: 1, harassment: 1 } },
    templates: {
      en: ['I know where you live and I will come for you', 'keep banning me and I will burn your office down', 'you better watch your back, I am going to hurt you', 'I will find that mod and beat him up', 'someone should shoot the devs, I might do it myself', 'gonna bring a gun to your meetup'],
      es: ['sé dónde vives y voy a ir por ti', 'si me vuelves a banear quemo tu oficina', 'cuídate la espalda, te voy a hacer daño', 'voy a encontrar a ese moderador y le voy a pegar', 'voy a llevar un arma a vuestra quedada'],
      pt: ['eu sei onde você mora e vou atrás de você', 'se me banir de novo eu taco fogo no escritório', 'fica esperto, vou te machucar', 'vou achar esse moderador e dar uma surra nele', 'vou levar uma arma no encontro de vocês'],
      de: ['ich weiß wo du wohnst und ich komme dich holen', 'bannt mich noch einmal und ich zünde euer Büro an', 'pass bloß auf, ich werde dir wehtun', 'ich finde diesen Mod und schlage ihn zusammen', 'ich bringe eine Waffe zu eurem Treffen mit'],
      hi: ['mujhe pata hai tu kahan rehta hai, main aa raha hoon', 'phir ban kiya toh office jala dunga', 'sambhal ke rehna, tujhe maarunga', 'us mod ko dhoondh ke peetunga', 'tumhare meetup mein bandook le ke aaunga'],
    },
  },
  {
    id: 'self_harm',
    labels: { noise: 'none', intent: 'risk', topic: 'self_harm', sentiment: 'negative', urgency: 'critical', risk: { self_harm: 1 } },
    templates: {
      en: ['I dont want to live anymore', 'thinking about ending it all tonight', 'I have been cutting myself again', 'nobody would miss me if I was gone', 'I took a lot of pills, I just want to sleep forever', 'i want to kill myself'],
      es: ['ya no quiero vivir', 'estoy pensando en acabar con todo esta noche', 'me he vuelto a cortar', 'nadie me echaría de menos si desapareciera', 'me tomé muchas pastillas, quiero dormir para siempre', 'me quiero matar'],
      pt: ['não quero mais viver', 'pensando em acabar com tudo hoje à noite', 'voltei a me cortar', 'ninguém sentiria minha falta se eu sumisse', 'tomei um monte de remédio, só quero dormir pra sempre', 'quero me matar'],
      de: ['ich will nicht mehr leben', 'ich denke daran, heute Nacht allem ein Ende zu setzen', 'ich habe mich wieder geritzt', 'niemand würde mich vermissen, wenn ich weg wäre', 'ich habe viele Tabletten genommen, ich will nur für immer schlafen', 'ich will mich umbringen'],
      hi: ['ab jeene ka mann nahi karta', 'aaj raat sab khatam karne ka soch raha hoon', 'maine phir se khud ko kaata', 'main chala jaun toh kisi ko fark nahi padega', 'bahut saari goliyan kha li, bas hamesha ke liye sona hai', 'main khud ko maar dena chahta hoon'],
    },
  },
  {
    id: 'harassment',
    labels: { noise: 'none', intent: 'risk', topic: 'harassment', sentiment: 'negative', urgency: 'high', risk: { harassment: 1 } },
    templates: {
      en: ['you are a worthless idiot, nobody wants you here', 'shut up you stupid clown', 'go back to where you came from loser', 'this user keeps sending me disgusting messages', 'ugly trash, kys'],
      es: ['eres un idiota inútil, nadie te quiere aquí', 'cállate payaso estúpido', 'lárgate perdedor', 'este usuario me sigue mandando mensajes asquerosos', 'basura fea'],
      pt: ['você é um idiota inútil, ninguém te quer aqui', 'cala a boca seu palhaço burro', 'vaza daqui perdedor', 'esse usuário fica me mandando mensagens nojentas', 'lixo feio'],
      de: ['du bist ein wertloser Idiot, keiner will dich hier', 'halt die Klappe du dummer Clown', 'verschwinde du Versager', 'dieser Nutzer schickt mir ständig widerliche Nachrichten', 'hässlicher Abschaum'],
      hi: ['tu bekaar bewakoof hai, yahan koi tujhe nahi chahta', 'chup kar bewakoof joker', 'nikal yahan se loser', 'ye banda mujhe gande messages bhejta rehta hai', 'ganda kachra hai tu'],
    },
  },
  {
    id: 'misinformation',
    labels: { noise: 'none', intent: 'risk', topic: 'misinformation', sentiment: 'negative', urgency: 'normal', risk: { misinformation: 1 } },
    templates: {
      en: ['PSA: the company is shutting down next week and deleting all data, confirmed', 'the update installs a crypto miner on your pc, spread the word', 'they sell all our messages to advertisers, a leaked memo proves it', 'heard the app gives you cancer through the phone radiation'],
      es: ['ATENCIÓN: la empresa cierra la semana que viene y borra todos los datos, confirmado', 'la actualización instala un minero de cripto, compartidlo', 'venden todos nuestros mensajes a anunciantes, lo prueba un memo filtrado'],
      pt: ['ATENÇÃO: a empresa vai fechar semana que vem e apagar todos os dados, confirmado', 'a atualização instala minerador de cripto no pc, espalhem', 'eles vendem todas as nossas mensagens, um memorando vazado prova'],
      de: ['ACHTUNG: die Firma macht nächste Woche dicht und löscht alle Daten, bestätigt', 'das Update installiert einen Krypto-Miner, teilt das', 'die verkaufen alle unsere Nachrichten an Werbefirmen, ein geleaktes Memo beweist es'],
      hi: ['dhyan do: company agle hafte band ho rahi hai aur sara data delete karegi, confirm hai', 'update pc mein crypto miner daal deta hai, sabko batao', 'ye log hamare saare messages bech dete hain, leaked memo mein proof hai'],
    },
  },
  {
    id: 'pr_exposure',
    labels: { noise: 'none', intent: 'risk', topic: 'pr_exposure', sentiment: 'negative', urgency: 'high', risk: { pr_exposure: 1 } },
    templates: {
      en: ['fix this today or I am going to the press', 'I have 200k followers and I will tell all of them how you treat customers', 'talking to a journalist at the times about this data leak', 'posting the screenshots on twitter tonight unless someone answers', 'my lawyer will be in touch, and so will the news'],
      es: ['arréglenlo hoy o voy a la prensa', 'tengo 200 mil seguidores y les voy a contar cómo tratan a los clientes', 'estoy hablando con un periodista sobre esta filtración de datos', 'esta noche publico las capturas en twitter si nadie responde'],
      pt: ['resolvam hoje ou vou pra imprensa', 'tenho 200 mil seguidores e vou contar pra todos como vocês tratam cliente', 'tô falando com um jornalista sobre esse vazamento de dados', 'hoje à noite posto os prints no twitter se ninguém responder', 'vou abrir reclamação no reclame aqui e no procon'],
      de: ['behebt das heute oder ich gehe zur Presse', 'ich habe 200k Follower und erzähle allen, wie ihr Kunden behandelt', 'ich spreche mit einer Journalistin über dieses Datenleck', 'heute Abend poste ich die Screenshots auf Twitter, wenn keiner antwortet'],
      hi: ['aaj fix karo warna media mein jaunga', 'mere 2 lakh followers hain, sabko bataunga tum customers ke saath kya karte ho', 'is data leak ke baare mein journalist se baat kar raha hoon', 'koi jawab nahi diya toh aaj raat twitter pe screenshots daal dunga'],
    },
  },
  {
    id: 'off_topic',
    labels: { noise: 'off_topic', intent: 'noise', topic: 'other', sentiment: 'neutral', urgency: 'low' },
    templates: {
      en: ['gm', 'anyone watching the game tonight?', 'lol', 'what are you all having for lunch', 'first', 'bored, someone talk to me', 'happy friday folks', 'hi', 'hello everyone'],
      es: ['buenos días', '¿alguien ve el partido esta noche?', 'jajaja', '¿qué coméis hoy?', 'primero', 'aburrido, alguien que hable', 'feliz viernes', 'hola', 'hola a todos'],
      pt: ['bom dia', 'alguém vendo o jogo hoje?', 'kkkkk', 'o que vocês vão almoçar?', 'primeiro', 'to entediado, alguém conversa comigo', 'sextou', 'oi', 'olá pessoal'],
      de: ['guten Morgen', 'schaut jemand heute das Spiel?', 'haha', 'was gibts bei euch zum Mittag?', 'erster', 'langweilig, redet jemand mit mir?', 'schönes Wochenende', 'hallo', 'hallo zusammen'],
      hi: ['good morning sabko', 'aaj match kaun dekh raha hai?', 'hahaha', 'lunch mein kya kha rahe ho sab', 'first', 'bore ho raha hoon, koi baat karo', 'happy friday doston', 'hii', 'namaste sabko'],
    },
  },
  {
    id: 'me_too',
    labels: { noise: 'duplicate', intent: 'noise', sentiment: 'negative', urgency: 'normal' },
    replyTo: ['outage', 'bug', 'login'],
    templates: {
      en: ['same here', '+1', 'same issue for me', 'any update on this?', 'also happening to me', 'me too'],
      es: ['a mí también', '+1', 'mismo problema', '¿alguna novedad?', 'me pasa lo mismo'],
      pt: ['aqui também', '+1', 'mesmo problema', 'alguma novidade?', 'comigo também'],
      de: ['hier auch', '+1', 'gleiches Problem', 'gibt es schon was Neues?', 'bei mir auch'],
      hi: ['mere saath bhi', '+1', 'same problem', 'koi update?', 'mera bhi yahi haal hai'],
    },
  },
];
