/**
 * The generalisation rules of the Swedish, Danish and Norwegian (Bokmål) packs: one table over the
 * concept names the three share (`@self`, `@dieverb`, `@secret`, `@weapon`…), each pack filling
 * the concepts with its own words, as `rules-romance.ts` does for Spanish, Portuguese and Italian.
 * The three languages read much alike (Danish and Bokmål are nearly one written language), so
 * the text-wide innocent contexts (games, lessons, news, help-seeking, hunting, cooking classes)
 * are one list here, in all three spellings: a context lowers only its own pack's matches (and
 * English ones), and a Danish phrase may well match a Swedish or Norwegian text.
 * Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.
 */
import type { EntrySeverity, Rule, Sense } from './types.ts';

/** How the packs differ: how serious a secret kept from parents is. */
export interface NordicOptions {
  readonly secretSeverity: EntrySeverity;
}

/** The rules, over concept names every Nordic pack defines. */
export function nordicRules(options: NordicOptions = { secretSeverity: 4 }): Rule[] {
  return [
    // ── suicide and self-harm ──
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 8, ordered: true },
    { id: 'wish-to-die', category: 'suicide-self-harm', severity: 5, all: ['@wantself', '@dieplain'], window: 3, ordered: true },
    { id: 'kill-self-soon', category: 'suicide-self-harm', severity: 5, all: ['@dieverbnow', '@ftime'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 8 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 7 },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@jump', '@height'], window: 6, ordered: true },
    { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 3, ordered: true },
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@better', '@withoutme'], window: 5 },
    { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 4, all: ['@nobody', '@miss'], window: 4, ordered: true },
    { id: 'nobody-would-notice', category: 'suicide-self-harm', severity: 4, all: ['@nobody', '@notice', '@withoutme'], window: 8 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling', '@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final', '@ftime'], window: 20 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@sdeath', '@final', '@feeling', '@ftime', '@fmeans'], atLeast: 3, window: 20 },
    { id: 'stockpile-pills', category: 'suicide-self-harm', severity: 4, all: ['@hoard', '@pills'], window: 5 },
    { id: 'cut-body', category: 'suicide-self-harm', severity: 4, all: ['@cutting', '@bodypart'], window: 4 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 12 },
    // ── grooming and sexual exploitation ──
    { id: 'secret-from-parents', category: 'grooming-cse', severity: options.secretSeverity, all: ['@secret', '@parents'], window: 5 },
    { id: 'told-to-keep-secret', category: 'grooming-cse', severity: 4, all: ['@toldsecret', '@myparents'], window: 8 },
    { id: 'expose-unless', category: 'grooming-cse', severity: 5, all: ['@cond', '@show', '@media'], window: 12 },
    { id: 'adult-secret', category: 'grooming-cse', severity: 4, all: ['@adult', '@hush'], window: 16 },
    { id: 'adult-age-secret', category: 'grooming-cse', severity: 4, all: ['@adultage', '@hush'], window: 16 },
    { id: 'pic-in-clothing', category: 'grooming-cse', severity: 4, all: ['@picsend', '@undress'], window: 6 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@adult', '@secret', '@gift', '@wantpics', '@meet', '@privapp', '@flatter', '@whereabouts', '@night', '@adultage', '@childage'], atLeast: 3, window: 16 },
    { id: 'gift-for-pics', category: 'grooming-cse', severity: 4, all: ['@gift', '@wantpics'], window: 10 },
    { id: 'covert-meeting', category: 'grooming-cse', severity: 4, all: ['@meet', '@covert'], window: 14 },
    { id: 'private-app-hidden', category: 'grooming-cse', severity: 4, all: ['@privapp', '@nosee'], window: 8 },
    { id: 'asks-whereabouts', category: 'grooming-cse', severity: 4, all: ['@asks', '@whereabouts'], window: 8 },
    { id: 'run-errands', category: 'grooming-cse', severity: 4, all: ['@carry', '@parcel'], window: 6 },
    // someone recruiting young people for crime: a call for boys × easy money × no questions, police or minors
    { id: 'recruit-minors', category: 'grooming-cse', severity: 4, all: ['@recruit', '@easymoney', '@shady'], window: 16 },
    // ── bullying and abuse ──
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@youare', '@insult'], window: 4, ordered: true },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 7 },
    { id: 'threatened-with-death', category: 'bullying-abuse', severity: 4, all: ['@threatened'], window: 8 },
    // ── extremism and hate ──
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 6 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@join', '@extviolence', '@propaganda', '@dehuman'], atLeast: 2, window: 12 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 4 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@group', '@extviolence'], window: 5 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    // ── drugs, weapons, gambling ──
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
    { id: 'attack-school', category: 'weapons-violence', severity: 5, all: ['@attack', '@schoolplace'], window: 4 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@bring', '@weapon', '@school'], window: 8 },
    { id: 'weapon-when', category: 'weapons-violence', severity: 4, all: ['@bring', '@realweapon', '@ftime'], window: 6 },
    { id: 'buy-weapon', category: 'weapons-violence', severity: 4, all: ['@buyweapon', '@realweapon'], window: 4, ordered: true },
    { id: 'make-bomb', category: 'weapons-violence', severity: 5, all: ['@howto', '@makeverb', '@bombish'], window: 6, ordered: true },
    { id: 'threat', category: 'weapons-violence', severity: 4, all: ['@killfuture', '@person'], window: 8 },
    { id: 'threat-weapon', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@weapon'], window: 6 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
  ];
}

/** Names every Nordic pack shares (apps, extremist figures and groups, gifts), whatever the language. */
export const NORDIC_SHARED = {
  privapp: ['snapchat', 'snap', 'telegram', 'kik', 'wickr', 'discord', 'whatsapp', 'wizz'],
  extfigure: ['hitler', 'breivik', 'tarrant', 'columbine', 'bin laden', 'isis', 'lundin pettersson', 'trollhättan', 'akilov', 'elliot rodger', 'quisling', 'anders behring', 'manshaus', 'han fra 22. juli', 'han fra 22 juli', 'han fra utøya'],
  extgroup: ['isis', 'daesh', 'al qaida', 'al qaeda', 'al shabaab', 'hamas', 'taliban', 'nmr', 'nordfront', 'ku klux klan', 'the base', 'atomwaffen', 'feuerkrieg', 'soldiers of odin', 'blood and honour', 'combat 18'],
  gift: ['robux', 'v-bucks', 'vbucks', 'vbux', 'skins', 'gift card', 'giftcard', 'steam kort', 'steamkort', 'swish', 'mobilepay', 'vipps', 'iphone', 'airpods'],
} as const;

/**
 * Text-wide innocent contexts in all three languages. No English words: any pack's context also
 * lowers English matches, and English has its own contexts for games, lessons and news.
 */
export function nordicContexts(): Sense[] {
  return [
    { id: 'games', categories: ['weapons-violence', 'bullying-abuse', 'extremism'], scope: 'text', phrases: [
      'i spelet', 'spelet', 'spela', 'i spillet', 'spillet', 'spiller', 'min karaktär', 'min karakter',
      'filmen', 'serien', 'boken', 'bogen', 'romanen', 'kapitlet', 'kapittel', 'avsnittet', 'afsnittet', 'animen', 'låten', 'sangen', 'texten', 'teksten',
      'fifa', 'i fifa', 'ea fc', 'brawl stars', 'clash royale', 'skämtar', 'skämt', 'spøg', 'for sjov', 'på skämt', 'tuller', 'bare tuller', 'for gøy', 'skojar',
    ] },
    // cooking, woodwork and hunting are where knives, axes and rifles are everyday things
    { id: 'crafts-hunting', categories: ['weapons-violence'], scope: 'text', phrases: [
      'hemkunskap', 'slöjd', 'hjemkundskab', 'madkundskab', 'mad og helse', 'sløjd', 'sløyd', 'kunst og håndverk', 'matlaging', 'skära upp', 'skär upp', 'skære ud', 'skjære opp', 'fiske', 'scouterna', 'spejder', 'speider', 'friluftsliv',
      'jakt', 'jagt', 'jaktlicens', 'jægerprøve', 'jægerprøven', 'jegerprøven', 'jeger', 'jæger', 'jägare', 'älgjakt', 'elgjakt', 'skytteklubb', 'skytteforening', 'skidskytte', 'skiskyting', 'skiskydning', 'militären', 'militæret', 'värnplikt', 'værnepligt', 'verneplikt', 'forsvaret',
    ] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling', 'bullying-abuse'], scope: 'text', phrases: [
      'historielektion', 'historielektionen', 'historietimen', 'i historie', 'historiefaget', 'samhällskunskap', 'samfundsfag', 'samfunnsfag', 'religionskunskap', 'kristendom', 'läxa', 'läxan', 'läxor', 'lektier', 'lekser', 'uppsats', 'uppsatsen', 'opgave', 'opgaven', 'oppgave', 'oppgaven', 'redovisning', 'fremlæggelse', 'fremføring', 'presentation om', 'presentasjon om', 'provet om', 'prov om', 'eksamen om', 'eksamen i historie', 'nationella provet i',
      'andra världskriget', 'anden verdenskrig', 'andre verdenskrig', 'første verdenskrig', 'holocausten', 'kalla kriget', 'den kolde krig', 'den kalde krigen', 'nazismen', 'nazityskland', 'nazi-tyskland', 'förintelsen', 'utøya', 'om 22 juli', 'om 22. juli', 'minnesmarkering', 'minnemarkering', 'minnemarkeringen', 'terrordådet',
      'betyder ordet', 'betyr ordet', 'vad betyder', 'hva betyr', 'hvad betyder', 'definisjon', 'forebygging', 'forebyggelse', 'förebygga', 'förebyggande', 'hur hjälper man', 'hvordan hjælper man', 'hvordan hjelper man', 'hjälpa en vän', 'hjælpe en ven', 'hjelpe en venn', 'bris', 'självmordslinjen', 'livslinien', 'kirkens sos', 'mental helse', 'børnetelefonen', 'skolepsykolog', 'skolpsykolog', 'helsesykepleier', 
      'greps', 'gripits', 'anhållen', 'anhölls', 'häktad', 'häktades', 'pågrepet', 'pågrepe', 'anholdt', 'anholdte', 'varetektsfengslet', 'varetægtsfængslet', 'i {20|30|40|50|60}-årene', 'i {20|30|40|50|60} årene', 'i {20|30|40|50|60}-årsåldern', 'i {20|30|40|50|60}-årsalderen',
      'enligt', 'ifølge', 'förbjudet att', 'knivförbud', 'olagligt att', 'ulovligt at', 'ulovlig å', 'forbudt at', 'forbudt å', 'nyheter', 'nyheterna', 'nyhederne', 'nyhetene', 'enligt polisen', 'ifølge politiet', 'dömdes', 'dømt', 'aftonbladet', 'expressen', 'svt', 'tv2', 'nrk', 'dagbladet', 'aftenposten',
      'biologi', 'kemi', 'kjemi', 'sexualundervisning', 'seksualundervisning', 'sex og samfund', 'sexualkunskap', 'seksualitet', 'pubertet', 'läkaren', 'lægen', 'legen', 'doktorn', 'apoteket', 'doseringen', 'bipacksedeln', 'indlægssedlen', 'pakningsvedlegget', 'matematikk',
    ] },
    // a surprise or a present is the everyday reason to keep something from a parent; family named
    { id: 'surprise-family', categories: ['grooming-cse'], scope: 'text', phrases: [
      'överraskning', 'overraskelse', 'födelsedag', 'fødselsdag', 'bursdag', 'julklapp', 'julegave', 'mors dag', 'fars dag', 'morsdag', 'farsdag',
      'min kusin', 'min fætter', 'min kusine', 'min fetter', 'min storebror', 'min storasyster', 'min storesøster', 'min morfar', 'min farfar', 'min bestefar', 'min onkel', 'min tante',
    ] },
  ];
}
