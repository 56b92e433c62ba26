/**
 * Development set of the safety layer, written by hand for it (never taken from the evaluation
 * set or the seed templates): per category and language, positives that must be flagged and hard
 * negatives that must not (idioms, gaming, tech talk, reports of scams, questions about them).
 * The phrase lists were tuned on this set only, so its figures are optimistic by construction;
 * `steward model eval` on the separate evaluation set is the honest check.
 */
import type { LangHint } from './heads.ts';

export const SAFETY_CATEGORIES = ['self_harm', 'threat', 'scam'] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

export interface SafetyDevCase {
  positives: string[];
  hardNegatives: string[];
}

export const SAFETY_DEV_SET: Record<SafetyCategory, Record<LangHint, SafetyDevCase>> = {
  self_harm: {
    en: {
      positives: [
        'i honestly just want to die', 'thinking about ending my life tonight', 'i dont want to be alive anymore', 'im going to kill myself after this',
        'kms. i mean it this time', 'wrote my note already, sorry everyone', 'what is the most painless way to go', 'i have the pills in front of me',
        'everyone would be better off without me tbh', 'i keep cutting myself again', 'ive been hurting myself to feel something', 'there is no reason for me to keep going',
        'i wont be around much longer, thanks for everything', 'this is my final post. goodbye', 'i wish i was never born', 'im tired of living like this',
        'i cant do this anymore, im done with life', 'how many sleeping pills would it take', 'suicidal again and nobody notices', 'want to unalive myself fr',
        'i plan to jump off the bridge near my place', 'i wanna d!e', 'nobody would even notice if i was gone', 'going to sleep and hoping i never wake up',
        'ive got the rope ready', 'i feel like a burden and everything is hopeless', 'ready to end it all 😞',
      ],
      hardNegatives: [
        'this bug is killing me', 'im dying to try the new editor', 'lol i almost died laughing at that meme', 'the server died again at 3am',
        'kill the process and restart it', 'my battery is dying, brb', 'that cake is to die for', 'i could die of embarrassment rn',
        'suicide squad was a mediocre movie', 'the boss fight killed me 10 times', 'dead link in the docs page', 'this update is killing my battery',
        'we are killing it this quarter', 'my plants keep dying', 'im so tired of this login bug', 'i cant do this without the export feature',
        'please add a way to end a session early', 'how do i kill a stuck job', 'the final boss is brutal', 'goodbye old UI, hello dark mode',
        'last message in the thread got deleted', 'i give up on the old API, migrating now', 'is there a way to hang the banner on the right', 'that joke killed me 😂',
        'my phone died mid upload', 'i need a break from this feature, heading out',
      ],
    },
    es: {
      positives: [
        'ya no quiero vivir', 'me quiero morir de verdad', 'estoy pensando en quitarme la vida', 'voy a matarme esta noche', 'quiero acabar con todo',
        'nadie me echaría de menos si desapareciera', 'tengo las pastillas listas, me las voy a tomar todas', 'me estoy cortando otra vez', 'no vale la pena seguir viviendo',
        'todos estarían mejor sin mí', 'ya escribí mi carta de despedida', 'este es mi último mensaje, adiós a todos', 'no aguanto más esta vida',
        'quisiera dormir y no despertar nunca', 'tengo ganas de morir todos los días', 'pienso en tirarme del puente', 'ya no quiero estar aquí',
        'me kiero morir 😔', 'no encuentro ninguna razón para vivir', 'soy una carga para todos, no tiene sentido', 'quiero desaparecer para siempre',
        'suicidarme seria mas facil', 'hacerme daño es lo unico que me calma', 'me voy a matar, ya no puedo mas', 'ya no puedo más con la vida',
      ],
      hardNegatives: [
        'me muero de risa con este bug', 'me muero por probar la nueva versión', 'este calor me está matando', 'mata el proceso y reinicia',
        'casi me muero de vergüenza en el stream', 'el servidor se murió otra vez', 'me mató el jefe final diez veces', 'el enlace está muerto',
        'quiero matar el tiempo hasta el lanzamiento', 'ya no aguanto este error de login', 'adiós a la interfaz vieja', 'este es mi último mensaje del hilo, gracias a todos por la ayuda',
        'me quedé sin batería, se murió el móvil', 'estoy muerto de sueño jaja', 'me muero de hambre, voy a comer', 'se me murió la planta',
        'quiero desaparecer del grupo de spam, cómo salgo', 'el proceso se cuelga y hay que matarlo', 'la partida me destrozó', 'me corto el pelo mañana',
        'voy a cortar la suscripción', 'este tutorial me salvó la vida', 'no puedo más con tanta publicidad', 'morir de amor con este tema nuevo',
        'pastillas para el dolor de cabeza, alguna recomendacion?',
      ],
    },
    pt: {
      positives: [
        'quero morrer', 'vou me matar hoje', 'não quero mais viver', 'tô pensando em tirar minha vida', 'ninguém ia sentir minha falta se eu sumisse',
        'vou tomar todos os remédios que tenho aqui', 'me cortei de novo ontem', 'todo mundo estaria melhor sem mim', 'essa é minha última mensagem, adeus a todos',
        'não vejo sentido nenhum em continuar vivendo', 'tenho vontade de morrer toda noite', 'quero sumir pra sempre', 'penso em pular da ponte',
        'não aguento mais viver assim', 'já escrevi minha carta de despedida', 'q vontade de morrer mano', 'vou acabar com a minha vida',
        'me machucar é o único jeito de aliviar', 'sou um peso pra todo mundo, não tem sentido', 'qro morrer 😭', 'queria dormir pra sempre',
        'penso em suicidio todo dia', 'me matar seria mais facil', 'não quero mais acordar', 'nao aguento mais, é o fim pra mim',
      ],
      hardNegatives: [
        'morri de rir com esse bug kkkk', 'tô morrendo de vontade de testar a versão nova', 'esse calor tá me matando', 'mata o processo e reinicia',
        'quase morri de vergonha na live', 'o servidor morreu de novo', 'o chefão me matou dez vezes', 'link morto na documentação',
        'vamos matar o tempo até o lançamento', 'não aguento mais esse erro de login', 'adeus interface antiga', 'última mensagem do tópico, valeu pessoal',
        'meu celular morreu no meio do upload', 'tô morto de sono kkk', 'morrendo de fome aqui', 'minha planta morreu',
        'quero sair desse grupo de spam', 'o processo trava e tenho que matar', 'a partida me destruiu', 'vou cortar o cabelo amanhã',
        'vou cortar a assinatura', 'esse tutorial salvou minha vida', 'morrer de saudade da versão antiga', 'algum remédio pra dor de cabeça?', 'me mata de rir esse meme',
      ],
    },
    de: {
      positives: [
        'ich will nicht mehr leben', 'ich will sterben', 'ich denke darüber nach, mich umzubringen', 'ich werde mir heute das Leben nehmen', 'alle wären besser dran ohne mich',
        'ich ritze mich wieder', 'hab schon meinen Abschiedsbrief geschrieben', 'das ist meine letzte Nachricht, lebt wohl', 'ich sehe keinen Sinn mehr zu leben',
        'ich will einfach für immer verschwinden', 'ich nehme gleich alle Tabletten', 'ich will nicht mehr aufwachen', 'selbstmord ist der einzige ausweg',
        'ich kann nicht mehr, ich will sterben', 'niemand würde mich vermissen', 'ich denke dran von der Brücke zu springen', 'ich will mein Leben beenden',
        'will nur noch sterben 😞', 'ich tu mir wieder weh', 'keinen grund mehr weiterzumachen', 'ich bin nur eine Last, alles ist sinnlos',
        'suizidgedanken jeden tag', 'ich will mich umbringen', 'ich möchte nicht mehr da sein', 'ich halte es nicht mehr aus, das ist mein abschied',
      ],
      hardNegatives: [
        'ich lach mich tot über den bug', 'ich sterbe vor Langeweile in dem Meeting', 'kill den Prozess und starte neu', 'der Server ist wieder tot',
        'der Endboss hat mich zehnmal umgebracht', 'toter Link in der Doku', 'diese Hitze bringt mich um', 'mein Akku stirbt gleich',
        'ich kann nicht mehr warten auf das Update', 'letzte Nachricht im Thread, danke euch allen', 'tschüss altes Design', 'ich will aus dem Spam-Channel verschwinden',
        'ich bin todmüde', 'die Pflanze ist eingegangen', 'mein Handy ist beim Upload gestorben', 'das Tutorial hat mir das Leben gerettet',
        'ich schneide morgen das Video', 'das Abo will ich beenden', 'Tabletten gegen Kopfschmerzen, Empfehlung?', 'die Runde hat mich fertig gemacht',
        'ich sterbe fast vor Hunger', 'ich will den Prozess beenden', 'ich halte das Design nicht mehr aus, bitte dark mode', 'totgelacht bei dem Meme', 'für immer dankbar für dieses Tool',
      ],
    },
    hi: {
      positives: [
        'main marna chahta hu', 'ab aur nahi jee sakta', 'khud ko khatam karne ka soch raha hu', 'jeene ka mann nahi karta ab', 'zindagi se tang aa gaya hu, sab khatam karna hai',
        'mere bina sab khush rahenge', 'neend ki goliyan le li hain', 'fan se latakne ka soch rahi hu', 'ye mera aakhri message hai, alvida sabko',
        'jeena nahi chahta ab', 'suicide karne ka mann hai', 'khudkushi kar lunga', 'chhat se kood jaunga aaj', 'haath kaat liya phir se',
        'koi yaad nahi karega mujhe', 'marne ka mann karta hai yaar', 'main mar jaunga aaj raat', 'jine ka koi matlab nahi', 'sab khatam kar dunga aaj',
        'zindagi khatam karni hai', 'marna chahti hu bas', 'hamesha ke liye gayab ho jana chahta hu', 'aatmahatya ke khayal aate hain', 'jeene ki koi wajah nahi bachi',
        'bhai main ab nahi ji sakta 😞',
      ],
      hardNegatives: [
        'hans hans ke mar gaya is meme pe', 'bhook se mar raha hu, khana order karo', 'process kill kar do', 'server phir se mar gaya',
        'boss ne 10 baar maara', 'link dead hai docs mein', 'garmi se jaan nikal rahi hai', 'phone ki battery mar gayi',
        'is bug ne pareshan kar diya', 'aakhri update kab aayega', 'alvida purana UI', 'spam group se gayab hona hai, kaise nikle',
        'neend aa rahi hai bahut', 'plant sukh gaya', 'tutorial ne jaan bacha li', 'video kal cut karunga',
        'subscription band karna hai', 'sar dard ki goli batao', 'match mein dhulai ho gayi', 'bore ho ke mar gaya meeting mein',
        'ye game mujhe maar dalega lol', 'zindagi badal di is app ne', 'sab khatam ho gaya data, backup hai kya?', 'marne wala bug aa gaya phir', 'thak gaya hu login se',
      ],
    },
  },
  threat: {
    en: {
      positives: [
        'i know where you live and im coming for you', 'ban me again and ill shoot you', 'i will find you and make you pay', 'someone at your office is going to get hurt',
        'watch your back, mod', 'youre dead when i find you', 'im going to burn down your HQ', 'ill stab you if i see you irl',
        'you will regret this, i promise', 'i have a gun and i know your address', 'gonna beat the shit out of you', 'ill kill every admin in this server',
        'i will hunt you down', 'keep deleting my posts and your family wont be safe', 'bringing a knife to your meetup', 'ill b0mb your event',
        'i will murder you', 'im gonna pull up at your house tonight', 'you better watch out, i know where you work', 'i swear ill k1ll u',
        'if you ban me one more time somebody is getting hurt', 'imma shoot up the conference', 'ur dead meat', 'going to hurt your kids', 'last warning before something bad happens',
      ],
      hardNegatives: [
        'ill kill you in the next round noob', 'kill the process and restart', 'this bug is killing me', 'you killed it on stage!',
        'gonna shoot you an email with the details', 'shoot me a dm when you are free', 'that boss fight murdered me', 'headshot! you are dead lol gg',
        'i will find the bug and fix it', 'we will crush the competition this quarter', 'the update will kill your battery life', 'kill switch for the feature flag?',
        'i know where you live is a great movie', 'watch out for the new release tomorrow', 'i will hunt down the memory leak', 'you will regret not trying dark mode 😄',
        'the deadline is killing our team', 'lets blow up the launch on social media', 'this song slaps so hard', 'my cat will murder me if i dont feed her',
        'the raid boss is going to wreck us', 'killer feature, love it', 'the release is dead on arrival', 'im dead 💀 that meme', 'we shot the promo video today',
      ],
    },
    es: {
      positives: [
        'sé dónde vives y voy a ir por ti', 'te voy a matar', 'como me vuelvas a banear te mato', 'vas a pagar caro por esto',
        'te vas a arrepentir, te lo juro', 'voy a quemar vuestra oficina', 'alguien va a salir herido en el evento', 'cuídate la espalda, moderador',
        'estás muerto cuando te encuentre', 'tengo un arma y sé dónde trabajas', 'te voy a romper la cara', 'voy a buscarte y te vas a enterar',
        'tu familia no va a estar a salvo', 'te voy a apuñalar', 'os voy a matar a todos', 'llevo una pistola para tu evento',
        'te mato si me vuelves a borrar el post', 'ya verás lo que te pasa', 'te voy a reventar', 'me las vas a pagar', 'te voy a encontrar',
        'vas a lamentarlo cuando llegue a tu casa', 'te voy a hacer daño', 'te vamos a quemar la tienda', 'voy a volar tu oficina',
      ],
      hardNegatives: [
        'te voy a matar en la próxima partida jaja', 'mata el proceso', 'este bug me está matando', 'la rompiste en el directo',
        'te mando un correo con los detalles', 'el jefe final me mató', 'headshot, estás muerto gg', 'voy a buscar el bug y arreglarlo',
        'vamos a aplastar a la competencia', 'la actualización mata la batería', 'te vas a arrepentir de no probar el modo oscuro jaja', 'el lanzamiento va a explotar en redes',
        'mi gato me va a matar si no le doy de comer', 'vas a pagar con tarjeta o paypal?', 'me muero de risa', 'la versión nueva está muerta',
        'voy a matar el tiempo jugando', 'el plazo nos está matando', 'qué juego más violento, me encanta', 'te voy a encontrar ese enlace que pedías',
        'te mato a preguntas mañana en la reunión jaja', 'sé dónde vives... es un meme de la serie', 'quemar el disco con la iso', 'disparar el webhook manualmente', 'apuñaló el precio la competencia',
      ],
    },
    pt: {
      positives: [
        'sei onde você mora e vou te pegar', 'vou te matar', 'me bane de novo e eu te mato', 'você vai pagar caro por isso',
        'vai se arrepender, eu juro', 'vou queimar a sede de vocês', 'alguém vai sair machucado no evento', 'cuidado com as costas, moderador',
        'você tá morto quando eu te achar', 'tenho uma arma e sei onde você trabalha', 'vou quebrar sua cara', 'vou te encontrar e você vai ver',
        'sua família não vai estar segura', 'vou te esfaquear', 'vou matar vocês todos', 'levo uma arma pro evento de vocês',
        'te mato se apagar meu post de novo', 'vai ter volta, me aguarde', 'vou te arrebentar', 'isso não vai ficar assim, vou te achar',
        'vou explodir a empresa de vocês', 'vou te dar um tiro', 'vc vai morrer', 'sei onde vc mora', 'vou te machucar de verdade',
      ],
      hardNegatives: [
        'vou te matar na próxima partida kkk', 'mata o processo', 'esse bug tá me matando', 'arrasou na live',
        'te mando um email com os detalhes', 'o chefão me matou', 'headshot, tá morto gg', 'vou achar o bug e corrigir',
        'vamos esmagar a concorrência', 'a atualização mata a bateria', 'vai se arrepender de não testar o modo escuro kkk', 'o lançamento vai bombar nas redes',
        'meu gato vai me matar se eu não der comida', 'vai pagar no pix ou cartão?', 'morri de rir', 'a versão nova já nasceu morta',
        'vamos matar o tempo jogando', 'o prazo tá matando a equipe', 'jogo violento demais, adorei', 'vou te achar aquele link que você pediu',
        'vou explodir de felicidade com esse update', 'te pego no aeroporto amanhã', 'queimar o pendrive com a iso', 'disparar o webhook na mão', 'essa promoção tá matadora',
      ],
    },
    de: {
      positives: [
        'ich weiß wo du wohnst und ich komme vorbei', 'ich bring dich um', 'bann mich nochmal und ich stech dich ab', 'das wirst du bereuen, versprochen',
        'ich zünde euer Büro an', 'jemand wird auf dem Event verletzt werden', 'pass bloß auf, Moderator', 'du bist so gut wie tot',
        'ich habe eine Waffe und weiß wo du arbeitest', 'ich mach dich fertig', 'ich werde dich finden', 'deine Familie ist nicht mehr sicher',
        'ich knall euch alle ab', 'ich bring ein Messer zu eurem Treffen', 'wenn du meinen Post nochmal löschst, bring ich dich um', 'ihr werdet dafür bezahlen',
        'ich schlag dich tot', 'ich werde dich umbringen', 'du wirst bluten', 'warte nur, dich krieg ich', 'ich jag euer Büro in die Luft',
        'ich mach dich kalt', 'ich erschieße dich', 'du wirst es bereuen wenn ich vor deiner tür stehe', 'ich weis wo ihr wohnt',
      ],
      hardNegatives: [
        'ich mach dich fertig in der nächsten Runde lol', 'kill den Prozess', 'der Bug bringt mich um', 'du hast den Auftritt gerockt',
        'ich schick dir eine Mail mit den Details', 'der Endboss hat mich umgebracht', 'headshot, du bist tot gg', 'ich werde den Bug finden und fixen',
        'wir machen die Konkurrenz platt', 'das Update killt den Akku', 'du wirst es bereuen, den Dark Mode nicht zu testen haha', 'der Launch geht durch die Decke',
        'meine Katze bringt mich um, wenn ich sie nicht füttere', 'zahlst du mit Karte oder PayPal?', 'ich lach mich tot', 'die neue Version ist tot',
        'wir schlagen die Zeit tot', 'die Deadline bringt uns um', 'brutales Spiel, liebe es', 'ich finde dir den Link noch',
        'ich hol dich morgen vom Bahnhof ab', 'die ISO auf den Stick brennen', 'den Webhook manuell auslösen', 'das Angebot ist der Hammer', 'pass auf, morgen kommt das Update',
      ],
    },
    hi: {
      positives: [
        'tera ghar pata hai mujhe, aa raha hu', 'tujhe jaan se maar dunga', 'phir se ban kiya toh goli maar dunga', 'tum pachtaoge iske liye',
        'tumhara office jala dunga', 'event mein koi na koi ghayal hoga, dekh lena', 'tujhe dekh lunga moderator', 'chhodunga nahi tujhe',
        'mere paas bandook hai aur tera office pata hai', 'haddi tod dunga teri', 'tumhe dhoondh ke maarunga', 'teri family safe nahi rahegi',
        'sabko maar dunga is server mein', 'chaku leke aaunga tumhare meetup mein', 'post delete kiya toh tujhe maar dalunga', 'bhugatna padega tumhe',
        'tujhe khatam kar dunga', 'khoon baha dunga tera', 'teri khair nahi ab', 'tereko maar dunga bc', 'office mein bomb rakh dunga',
        'tumhara ghar maloom hai, sambhal ke rehna', 'tujhe kaat dunga', 'hath pair tod dunga', 'sabak sikha dunga tujhe',
      ],
      hardNegatives: [
        'next round mein tujhe maar dunga lol', 'process kill kar do', 'ye bug jaan le raha hai', 'stage pe aag laga di tumne',
        'details mail kar dunga', 'boss ne maar diya mujhe', 'headshot, mar gaya tu gg', 'bug dhoondh ke fix kar dunga',
        'competition ko dho denge', 'update battery maar deta hai', 'dark mode try nahi kiya toh pachtaoge haha', 'launch pe dhamaka hoga',
        'billi maar degi agar khana nahi diya', 'card se pay karoge ya upi?', 'hans hans ke mar gaya', 'naya version dead hai',
        'time pass kar rahe hain', 'deadline jaan le rahi hai', 'violent game hai, mast hai', 'link dhoondh ke deta hu',
        'kal station pe pick kar lunga', 'iso ko pendrive pe burn karo', 'webhook manually fire karo', 'offer zabardast hai', 'dhyan rakhna kal update aayega',
      ],
    },
  },
  scam: {
    en: {
      positives: [
        'Hi, this is the official support team. Please send me the 6-digit code we just texted you to verify your account', 'Your account will be suspended in 24 hours unless you verify here: discord-verify-login.com',
        'congrats! you have been selected to receive free nitro, claim it at nitro-gift.xyz', 'hey i accidentally reported your account, contact discord support on telegram to fix it',
        'send 0.1 BTC and receive 0.2 BTC back, official giveaway', 'connect your wallet to claim the airdrop before it expires', 'I am from the admin team, dm me your password so we can restore your access',
        'final notice: verify your identity within 12 hours to avoid termination', 'Double your crypto in 24h, guaranteed profit', 'pls share the verification code u got, need it to unlock my acc',
        'Steam gift cards accepted, pay the processing fee to release your prize', 'Security alert: unusual login detected. Confirm your account at secure-account-check.io',
        'our support staff noticed a problem, message me on whatsapp +1 555 0100 with your login details', 'free $50 gift for the first 100 members, just log in here to claim',
        'we are from trust and safety, your account is flagged. send your 2fa backup codes', 'Claim your reward now! You won an iPhone, click the link below',
        'hey bro can you send me the code that came to your phone? i put your number by mistake', 'invest 100 usdt get 1000 back in a week, 100% legit no scam',
        'validate your metamask here or your funds will be locked', 'this is moderation team, click here to keep your role: verify-role.gg',
        'reply with your seed phrase to sync your wallet', 'You are eligible for a refund, enter your card details at refunds-center.help', 'official binance support here, we need your recovery phrase',
        'y0ur acc0unt w1ll be suspend3d, ver1fy n0w', 'hello dear, i am mod of this server, add me on telegram for the private presale',
      ],
      hardNegatives: [
        'is this a scam? someone DMed me asking for my password', 'got this weird DM saying my account will be suspended, is it legit?', 'PSA: fake support accounts are messaging people, never share your code',
        'we will never ask for your password or 2FA code', 'i cant receive the verification code on my phone', 'where do i enter the 2fa code after login?',
        'someone is impersonating the admin team in DMs, please ban them', 'reporting this account, it sent me a phishing link', 'my friend fell for a free nitro scam, how do we recover the account?',
        'be careful, there is a fake giveaway link going around', 'how do I reset my password?', 'the security code email never arrived', 'can you share the code for your bot on github?',
        'the giveaway winners were announced in #news, congrats to all', 'refund still not processed after 2 weeks', 'is the official support only via the website?',
        'how do i connect my wallet to the marketplace safely?', 'support told me to wait 24 hours for the verification', 'i think my account was hacked, someone changed my email',
        'do not click links that promise free nitro', 'anyone else got a text asking for their OTP?', 'they asked me for my seed phrase, blocked them', 'scam alert: an account named supp0rt is dming members',
        'i accidentally deleted my channel, can support restore it?', 'my account got suspended for no reason, can a mod check?',
      ],
    },
    es: {
      positives: [
        'Hola, somos el equipo de soporte. Envíame el código de verificación que te llegó por SMS', 'Tu cuenta será suspendida en 24 horas si no la verificas aquí: soporte-cuenta.com',
        'felicidades, has sido seleccionado para un premio, reclama tu regalo aquí', 'nitro gratis para los primeros 100, entra al link', 'duplica tu dinero en cripto, ganancias garantizadas',
        'conecta tu billetera para recibir el airdrop', 'soy del staff, pásame tu contraseña para restaurar tu cuenta', 'verifica tu cuenta inmediatamente o será eliminada',
        'envía 100 usdt y recibe 300 en una semana', 'escríbeme por whatsapp para recuperar tu cuenta bloqueada, soy del soporte oficial', 'dame el código de 6 dígitos que te mandamos',
        'reclama tu premio antes de que expire: premios-oficiales.click', 'tu cuenta podría ser bloqueada, haz clic en el enlace para confirmar', 'pasame la frase semilla para sincronizar tu billetera',
        'ganaste un iphone! solo paga la tasa de envío', 'soy moderador del servidor, agrégame en telegram para la preventa', 'equipo de seguridad: actividad inusual detectada, ingresa aquí para verificar',
        'confirma tus datos de la tarjeta para recibir el reembolso', 'te reporté por error, contacta al soporte en telegram para arreglarlo', 'no es estafa, 100% legit, envía 50 y recibe 500',
        'ingresa tu contraseña en este formulario para mantener tu rol', 'paga con tarjetas de regalo para liberar tu premio', 'hola! te llego un codigo? pasamelo porfa que me equivoqué de número',
        'verifica tu billetera o tus fondos quedarán bloqueados', 'ultimo aviso: tu cuenta será eliminada en 12 horas, verifica aquí',
      ],
      hardNegatives: [
        '¿esto es una estafa? alguien me escribió pidiendo mi contraseña', 'me llegó un mensaje diciendo que mi cuenta será suspendida, ¿es real?', 'cuidado: hay cuentas falsas de soporte escribiendo por privado',
        'nunca te pediremos tu contraseña ni tu código', 'no me llega el código de verificación', 'dónde pongo el código 2fa después del login',
        'alguien se hace pasar por el staff, baneadlo por favor', 'quiero reportar esta cuenta, me mandó un enlace falso', 'mi amigo cayó en una estafa de nitro gratis, cómo recupera la cuenta',
        'ojo con el sorteo falso que circula', 'cómo restablezco mi contraseña?', 'el correo con el código de seguridad nunca llegó', 'puedes compartir el código de tu bot en github?',
        'los ganadores del sorteo están en #noticias', 'el reembolso sigue sin llegar', 'el soporte oficial es solo por la web?', 'cómo conecto mi billetera al marketplace de forma segura?',
        'creo que me hackearon la cuenta', 'no hagan clic en los enlaces de nitro gratis', 'a alguien más le llegó un sms pidiendo el código?', 'me pidieron la frase semilla, los bloqueé',
        'borré mi canal sin querer, soporte lo puede restaurar?', 'me suspendieron la cuenta sin motivo, algún mod puede revisar?', 'es seguro poner mi tarjeta en la tienda oficial?', 'estafador usando el logo del servidor, denunciar',
      ],
    },
    pt: {
      positives: [
        'Olá, somos da equipe de suporte. Me passa o código de verificação que chegou por SMS', 'Sua conta será suspensa em 24 horas se não verificar aqui: suporte-conta.com',
        'parabéns, você foi selecionado para um prêmio, resgate seu presente aqui', 'nitro grátis pros primeiros 100, entra no link', 'dobre seu dinheiro em cripto, lucro garantido',
        'conecte sua carteira pra receber o airdrop', 'sou do suporte, me passa sua senha pra restaurar sua conta', 'verifique sua conta imediatamente ou ela será excluída',
        'manda 100 usdt e recebe 300 em uma semana', 'me chama no whats pra recuperar sua conta bloqueada, sou do suporte oficial', 'me manda o código de 6 dígitos que enviamos',
        'resgate seu prêmio antes que expire: premios-oficiais.click', 'sua conta pode ser bloqueada, clique no link pra confirmar', 'me passa a frase semente pra sincronizar a carteira',
        'você ganhou um iphone! só pagar a taxa de liberação no pix', 'sou moderador do servidor, me chama no telegram pra pré-venda', 'equipe de segurança: atividade suspeita, entre aqui pra verificar',
        'confirme os dados do cartão pra receber o reembolso', 'te denunciei sem querer, fala com o suporte no telegram pra resolver', 'não é golpe, 100% legit, manda 50 e recebe 500',
        'digite sua senha nesse formulário pra manter seu cargo', 'oi! chegou um código aí? me passa por favor, errei o número', 'verifique sua carteira ou seus fundos serão bloqueados',
        'último aviso: sua conta será apagada em 12 horas, verifique aqui', 'informe seu código de segurança para evitar o bloqueio',
      ],
      hardNegatives: [
        'isso é golpe? alguém me mandou mensagem pedindo minha senha', 'recebi uma mensagem dizendo que minha conta vai ser suspensa, é verdade?', 'cuidado: tem conta falsa de suporte chamando no privado',
        'nunca vamos pedir sua senha ou código', 'não chega o código de verificação', 'onde coloco o código 2fa depois do login',
        'alguém tá se passando pela staff, bane por favor', 'quero denunciar essa conta, me mandou link falso', 'meu amigo caiu no golpe do nitro grátis, como recupera a conta',
        'fiquem espertos com o sorteio falso', 'como redefino minha senha?', 'o email com o código de segurança nunca chegou', 'pode compartilhar o código do seu bot no github?',
        'os ganhadores do sorteio estão em #avisos', 'o reembolso ainda não caiu', 'o suporte oficial é só pelo site?', 'como conecto minha carteira no marketplace com segurança?',
        'acho que hackearam minha conta', 'não cliquem nos links de nitro grátis', 'mais alguém recebeu sms pedindo código?', 'me pediram a frase semente, bloqueei',
        'apaguei meu canal sem querer, o suporte consegue restaurar?', 'suspenderam minha conta sem motivo, algum mod pode ver?', 'é seguro colocar meu cartão na loja oficial?', 'golpista usando o logo do servidor',
      ],
    },
    de: {
      positives: [
        'Hallo, hier ist das Support-Team. Schick mir bitte den Bestätigungscode aus der SMS', 'Dein Konto wird in 24 Stunden gesperrt, wenn du es nicht hier verifizierst: konto-support.com',
        'Glückwunsch, du wurdest ausgewählt! Fordere deinen Gewinn hier an', 'gratis Nitro für die ersten 100, klick auf den Link', 'verdopple dein Geld mit Krypto, garantierte Rendite',
        'verbinde deine Wallet für den Airdrop', 'ich bin vom Support, gib mir dein Passwort, dann stelle ich dein Konto wieder her', 'verifiziere dein Konto sofort, sonst wird es gelöscht',
        'schick 100 USDT und bekomme 300 in einer Woche', 'schreib mir auf WhatsApp, um dein gesperrtes Konto zurückzubekommen, offizieller Support', 'nenn mir den 6-stelligen Code, den wir dir geschickt haben',
        'hol dir deinen Preis bevor er abläuft: gewinne-offiziell.click', 'dein Konto könnte gesperrt werden, klicke auf den Link zur Bestätigung', 'sende mir deine Seed Phrase zur Synchronisierung',
        'du hast ein iPhone gewonnen! nur die Bearbeitungsgebühr zahlen', 'ich bin Moderator hier, schreib mir auf Telegram für den Presale', 'Sicherheitsteam: ungewöhnliche Aktivität, hier einloggen zur Verifizierung',
        'bestätige deine Kartendaten für die Erstattung', 'ich hab dich aus Versehen gemeldet, schreib dem Support auf Telegram', 'kein Betrug, 100% legit, schick 50 und bekomme 500',
        'gib dein Passwort in dieses Formular ein, um deine Rolle zu behalten', 'hey ist bei dir ein code angekommen? schick ihn mir bitte, falsche nummer', 'verifiziere deine Wallet, sonst wird dein Guthaben gesperrt',
        'letzte Warnung: dein Konto wird in 12 Stunden gelöscht, hier bestätigen', 'bezahle mit Gutscheinkarten, um den Gewinn freizuschalten',
      ],
      hardNegatives: [
        'ist das Betrug? jemand hat mir geschrieben und nach meinem Passwort gefragt', 'hab eine Nachricht bekommen, dass mein Konto gesperrt wird, ist das echt?', 'Vorsicht: falsche Support-Accounts schreiben Leute privat an',
        'wir fragen niemals nach deinem Passwort oder Code', 'der Bestätigungscode kommt nicht an', 'wo gebe ich den 2FA-Code nach dem Login ein',
        'jemand gibt sich als Admin aus, bitte bannen', 'ich will diesen Account melden, er hat mir einen Phishing-Link geschickt', 'mein Freund ist auf Gratis-Nitro-Betrug reingefallen, wie bekommt er das Konto zurück',
        'Vorsicht vor dem falschen Gewinnspiel', 'wie setze ich mein Passwort zurück?', 'die Mail mit dem Sicherheitscode kam nie an', 'kannst du den Code von deinem Bot auf GitHub teilen?',
        'die Gewinner des Gewinnspiels stehen in #news', 'die Erstattung ist immer noch nicht da', 'gibt es offiziellen Support nur über die Website?', 'wie verbinde ich meine Wallet sicher mit dem Marktplatz?',
        'ich glaube mein Konto wurde gehackt', 'klickt nicht auf Links mit Gratis-Nitro', 'hat noch jemand eine SMS bekommen, die nach dem Code fragt?', 'die wollten meine Seed Phrase, hab sie blockiert',
        'hab aus Versehen meinen Kanal gelöscht, kann der Support ihn wiederherstellen?', 'mein Konto wurde ohne Grund gesperrt, kann ein Mod schauen?', 'ist es sicher, meine Karte im offiziellen Shop einzugeben?', 'Betrüger benutzt das Server-Logo',
      ],
    },
    hi: {
      positives: [
        'namaste, hum support team se hain. jo OTP aaya hai wo bhej do verify karne ke liye', 'aapka account 24 ghante mein band ho jayega, yahan verify karo: support-account.com',
        'badhai ho, aapne inaam jeeta hai! gift claim karo is link pe', 'free nitro pehle 100 logon ko, link pe click karo', 'paise double karo crypto mein, guaranteed return',
        'airdrop ke liye wallet connect karo', 'main support team se hoon, apna password bhejo account restore karne ke liye', 'turant account verify karo warna delete ho jayega',
        '100 usdt bhejo aur ek hafte mein 300 pao', 'whatsapp pe message karo blocked account wapas pane ke liye, main official support se hu', 'jo 6 digit code bheja hai wo batao',
        'inaam claim karo expire hone se pehle', 'account block ho jayega, link pe click karke confirm karo', 'apni seed phrase bhejo wallet sync karne ke liye',
        'aapne iphone jeeta hai! bas delivery fee pay karo', 'main is server ka moderator hu, presale ke liye telegram pe aao', 'security team: suspicious activity mili, yahan login karke verify karo',
        'refund ke liye card details confirm karo', 'galti se aapko report kar diya, telegram pe support se baat karo', 'scam nahi hai, 100% legit, 50 bhejo 500 pao',
        'role rakhna hai toh is form mein password daalo', 'bhai tere phone pe code aaya? bhej de galti se tera number daal diya', 'kyc pending hai, turant update karo warna account band',
        'wallet verify karo warna funds block ho jayenge', 'last warning: 12 ghante mein account delete ho jayega, yahan verify karo',
      ],
      hardNegatives: [
        'kya ye scam hai? kisi ne dm karke password maanga', 'mujhe message aaya ki account suspend hoga, ye sach hai kya?', 'savdhan: fake support accounts dm kar rahe hain',
        'hum kabhi bhi password ya OTP nahi maangte', 'verification code nahi aa raha', 'login ke baad 2fa code kahan daalu',
        'koi admin ban ke dm kar raha hai, ban karo', 'is account ko report karo, fake link bheja', 'dost free nitro scam mein fas gaya, account kaise wapas milega',
        'fake giveaway link se bach ke rehna', 'password reset kaise karu?', 'security code wala mail aaya hi nahi', 'apne bot ka code github pe share karoge?',
        'giveaway winners #news mein announce ho gaye', 'refund abhi tak nahi aaya', 'official support sirf website pe hai kya?', 'marketplace se wallet safely kaise connect karu?',
        'lagta hai account hack ho gaya', 'free nitro wale links pe click mat karo', 'kisi aur ko bhi OTP maangne wala sms aaya?', 'unhone seed phrase maangi, block kar diya',
        'galti se channel delete ho gaya, support restore kar sakta hai?', 'bina wajah account suspend ho gaya, koi mod dekh lo', 'official store mein card daalna safe hai?', 'koi fraud server ka logo use kar raha hai',
      ],
    },
  },
};
