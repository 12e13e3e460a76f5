/**
 * Someone else's suicidal intent, told by a friend or family member ("my friend says she wants
 * to die", "mi amiga dice que se quiere morir"): the third-person forms of each language's
 * intent phrases. A child at risk is the DSL's business whoever tells (decisions.md, "A friend's
 * disclosure alerts"), so these are serious (4) rather than risk to life (5), which stays for the
 * writer's own intent. Written for Haven by its contributors; no third-party list copied.
 * Licence: AGPL-3.0-or-later. Added to each pack by `index.ts`.
 *
 * Hyperbole ("se quiere morir de risa", dying of laughter) is an overlap sense beside the phrase.
 */
import type { PackPart } from './types.ts';

/** One term group of third-person intent phrases, plus the language's hyperbole senses. */
function part(phrases: readonly string[], hyperbole: readonly string[] = []): PackPart {
  return {
    concepts: {},
    terms: [{ id: 'other-intent-to-die', category: 'suicide-self-harm', severity: 4, phrases }],
    rules: [],
    senses: hyperbole.length === 0 ? [] : [{ id: 'other-intent-hyperbole', categories: ['suicide-self-harm'], scope: 'overlap', phrases: hyperbole }],
  };
}

export const OTHERS_AT_RISK: Readonly<Record<string, PackPart>> = {
  en: part(
    [
      '{wants|wanna|wanted} to {kill|end} {herself|himself|themselves|themself}',
      '{wants|wanted} to end {her|his|their} {life|own life}',
      '{wants|wanna|wanted} to take {her|his|their} own life',
      "{she|he|they} {wants|want|wanna} to die",
      "{doesnt|doesn't|does not} want to {live|be alive|be here} {anymore|any more}",
      "{doesnt|doesn't|does not} want to {live|be alive} {no more|now}",
      '{is|s|are|was|were} {going to|gonna} kill {herself|himself|themselves}',
      "{she|he|they} {said|says|keeps saying|kept saying|told me|texted me|messaged me} {she|he|they} {wants|want|wanna|wanted} to die",
      "{she|he|they}{'ll|ll| will| would|'d} kill {herself|himself|themselves}",
    ],
    ['{wants|wanted} to die {laughing|of laughter|of embarrassment|of shame}'],
  ),
  es: part(
    ['se quiere {morir|suicidar|matar}', 'quiere {morirse|suicidarse|matarse}', '{se quiere quitar|quiere quitarse} la vida', 'no quiere {vivir más|vivir mas|seguir viviendo}', 'se va a {matar|suicidar}', 'va a {matarse|suicidarse}', 'piensa en {suicidarse|matarse}', 'habla de {suicidarse|matarse}'],
    ['se quiere morir de {risa|vergüenza|verguenza|ganas|envidia|hambre|sueño|sueno|calor|frío|frio|amor}', 'quiere morirse de {risa|vergüenza|verguenza|ganas|envidia|hambre|sueño|sueno}'],
  ),
  pt: part(
    ['quer morrer', '{quer|vai} se matar', 'quer {se suicidar|suicidar-se|matar-se}', 'quer tirar a própria vida', 'quer tirar a propria vida', '{não|nao} quer mais viver', 'pensa em se matar', 'fala em se matar', 'fala em suicídio', 'fala em suicidio'],
    ['quer morrer de {rir|vergonha|fome|sono|calor|frio|inveja|amor|saudade|saudades}'],
  ),
  it: part(
    ['vuole morire', 'vuole {suicidarsi|uccidersi|ammazzarsi}', 'si vuole {uccidere|ammazzare|suicidare}', 'vuole farla finita', 'vuole togliersi la vita', 'non vuole più vivere', 'non vuole piu vivere', 'pensa di {suicidarsi|uccidersi|ammazzarsi}', 'parla di {suicidarsi|uccidersi|ammazzarsi}'],
    ['vuole morire dal ridere', 'vuole morire di {vergogna|fame|sonno|caldo|freddo|invidia}'],
  ),
  fr: part(
    ['veut mourir', 'veut {se suicider|se tuer|en finir}', 'veut mettre fin à ses jours', 'veut mettre fin a ses jours', '{ne veut plus|veut plus} vivre', 'va {se suicider|se tuer}', 'parle de {se suicider|se tuer|mourir}', 'pense à se suicider', 'pense a se suicider'],
    ['veut mourir de {rire|honte|faim|froid|chaud|jalousie}'],
  ),
  de: part(
    ['will sterben', 'will sich {umbringen|töten|toeten|das leben nehmen}', 'will nicht mehr leben', 'sich umbringen will', 'sterben will', 'nicht mehr leben will', 'sich das leben nehmen will', 'bringt sich um', 'denkt an selbstmord', 'redet von selbstmord', 'spricht von selbstmord'],
    ['will vor {lachen|scham} sterben', 'vor {lachen|scham} sterben will'],
  ),
  nl: part(['wil dood', 'dood wil', 'zelfmoord wil plegen', 'er een {eind|einde} aan wil maken', 'niet meer wil leven', 'wil {zelfmoord plegen|er een eind aan maken|er een einde aan maken|zich van kant maken}', 'wil niet meer leven', 'wil een {eind|einde} aan {haar|zijn} leven maken', 'denkt aan zelfmoord', 'praat over zelfmoord', 'heeft het over zelfmoord']),
  ro: part(
    ['vrea să moară', 'vrea sa moara', 'vrea să se {sinucidă|omoare}', 'vrea sa se {sinucida|omoare}', 'vrea să-și ia viața', 'vrea sa isi ia viata', 'nu mai vrea să trăiască', 'nu mai vrea sa traiasca', 'se gândește să se sinucidă', 'se gandeste sa se sinucida', 'vorbește despre sinucidere', 'vorbeste despre sinucidere'],
    ['vrea să moară de {râs|ras|rușine|rusine}', 'vrea sa moara de {ras|rusine}'],
  ),
  tr: part(['ölmek istiyor', 'ölmek istediğini', 'olmek istedigini', 'intihar etmek istiyor', 'intihar etmek istediğini', 'intihar edeceğini', 'kendini öldürmek istiyor', 'kendini öldüreceğini', 'kendini oldurecegini', 'yaşamak istemiyor', 'yasamak istemiyor', 'canına kıymak istiyor']),
  ru: part(['хочет умереть', 'хочет покончить с собой', 'хочет убить себя', 'хочет покончить с жизнью', 'не хочет жить', 'не хочет больше жить', 'собирается покончить с собой', 'говорит о суициде', 'думает о суициде', 'думает о самоубийстве'], ['не {хочет|собирается} {умереть|покончить с собой|убить себя|покончить с жизнью}']),
  uk: part(['хоче померти', 'хоче вмерти', 'хоче накласти на себе руки', 'хоче вбити себе', 'хоче покінчити з собою', 'не хоче жити', 'не хоче більше жити', 'думає про суїцид', 'говорить про суїцид'], ['не {хоче|збирається} {померти|вмерти|вбити себе|покінчити з собою|накласти на себе руки}']),
  lt: part(['nori mirti', 'nori nusižudyti', 'nori nusizudyti', 'nenori gyventi', 'nebenori gyventi', 'nori atimti sau gyvybę', 'galvoja apie savižudybę', 'galvoja apie savizudybe']),
  bn: part(['মরে যেতে চায়', 'মরতে চায়', 'আত্মহত্যা করতে চায়', 'বাঁচতে চায় না', 'নিজেকে মেরে ফেলতে চায়', 'আত্মহত্যার কথা বলে']),
  gu: part(['મરવા {માંગે|માગે} છે', 'આત્મહત્યા કરવા {માંગે|માગે} છે', 'જીવવા નથી {માંગતી|માંગતો|માગતી|માગતો}', 'આપઘાત કરવા {માંગે|માગે} છે']),
  ta: part(['சாக வேண்டும் என்று', 'சாகணும்னு', 'தற்கொலை செய்ய {விரும்புகிறாள்|விரும்புகிறான்|நினைக்கிறாள்|நினைக்கிறான்}', 'தற்கொலை பண்ண {போறா|போறான்|நினைக்கிறா|நினைக்கிறான்}', 'சாகப் {போகிறாள்|போகிறான்|போறா|போறான்}', 'வாழ விரும்பவில்லை']),
  so: part(['{wuxuu|waxay|waan|waxaan} {rabaa|rabtaa} {inuu|inay|inaan} {dhinto|dhimato|dhinto|is dilo}', 'dhiman {rabaa|rabtaa}', 'is dili {rabaa|rabtaa}', 'naftiisa qaadan', 'nafteeda qaadan']),
  ar: part(['{تريد|يريد|تبي|يبي|بدها|بدو|عايزة|عايز|عاوزة|عاوز} {أن تموت|ان تموت|أن يموت|ان يموت|تموت|يموت}', '{تريد|يريد|تفكر في|يفكر في|تفكر ب|يفكر ب} الانتحار', '{تريد|يريد} أن {تقتل|يقتل} نفسها', '{تريد|يريد} ان {تقتل|يقتل} نفسه', '{ما بدها|ما بدو|لا تريد|لا يريد} {تعيش|يعيش}']),
  'ar-Latn': part(['{bghat|bgha|bidda|bido|biddo|3ayza|3ayez|3awza|3awez} {tmout|tmoot|ymout|ymoot|temout|yemout}', '{bghat|bgha|bidda|bido} {tentaher|yentaher|tintehir|yintehir}']),
};
