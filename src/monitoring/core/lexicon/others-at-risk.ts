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
  // ---- packs added in 2026.11.10: only the third-person forms their own terms do not already catch ----
  vi: part(
    [
      '{nó|bạn ấy|cậu ấy|anh ấy|chị ấy|cô ấy|em ấy|ẻm|ổng|bả|thằng bé|con bé} {muốn|mún|đòi} chết',
      '{sẽ|sắp|tính|đòi|dọa|doạ|định} tự tử', '{tính|đòi|dọa|doạ|sắp} tự sát', '{nó|bạn ấy|cậu ấy|cô ấy|anh ấy} muốn tự {tử|sát}',
      '{nói|bảo|nhắn|kể} {là|rằng} muốn chết',
    ],
    ['{xấu hổ|ngại|cười|nhục} muốn chết', 'muốn chết {à|hả|hay sao|sao|vì xấu hổ|vì ngại}'],
  ),
  id: part(
    [
      '{dia|doi|ia} {pengen|pengin|pgn|ingin|pingin|kepengen|mahu} mati', 'bilang {pengen|ingin|mau} mati', 'katanya {pengen|ingin} mati',
      '{pengin|pingin|kepengen|bakal|akan|berniat|mengancam|ngancem} {bunuh diri|bundir}', '{mau|ingin|pengen|nak} {mengakhiri|akhiri} hidupnya',
      '{udah|sudah} {gak|ga|nggak} mau hidup', 'tak {mahu|nak|ingin} hidup {lagi|dah}',
    ],
    ['{pengen|ingin|pengin} mati {karena malu|saking malunya|ketawa}', '{malu|ketawa} {pengen|ingin|pengin} mati', '{gak|ga|tak|ndak|enggak} {pengin|pingin|kepengen|bakal|akan|berniat} {bunuh diri|bundir}',
      '{udah|sudah} {gak|ga|nggak} mau hidup {bareng|bersama|sama|dengan|di}',
    ],
  ),
  tl: part(
    [
      '{gusto|gsto} {niyang|nyang|na niyang|na nyang|daw niyang|raw niyang|na daw niyang|na raw niyang} {mamatay|magpakamatay|mag suicide}',
      '{gusto|gsto} {na daw|na raw|daw|raw} {mamatay|magpakamatay}', '{balak|plano} {niyang|nyang|na niyang|daw niyang} magpakamatay',
      '{ayaw|ayaw na|ayaw na daw|ayaw na raw|ayaw daw} {niyang|nyang|niya|nya} {mabuhay|mabuhay pa}',
      'magpapakamatay {daw|raw|na daw|na raw|siya|sya|na siya|na sya|daw siya|daw sya}', 'magsusuicide {daw|raw|siya|sya}',
    ],
    ['{mamatay|mamamatay} sa {hiya|kahihiyan|tawa|kilig|inggit}'],
  ),
  fa: part(
    [
      '{میخواد|می خواد|میخاد|میخواهد|می خواهد} {بمیره|بمیرد|خودکشی کنه|خودکشی کند|خودشو بکشه|خودش رو بکشه|خودش را بکشد|خودشو بکشد}',
      '{نمیخواد|نمی خواد|نمیخاد|نمیخواهد} {زندگی کنه|زندگی کند|زنده باشه|زنده بمونه}', '{میگه|گفت|گفته} {خودکشی میکنه|خودشو میکشه}',
      '{mikhad|mikhaad|mixad|mikhade} {bemire|khodkoshi kone|khodkushi kone|khodesho bokoshe|khodesho bekoshe}', '{nemikhad|nemixad} {zendegi kone|zende bashe}',
    ],
    ['از {خجالت|خنده} {میخواد|می خواد} بمیره', 'az {khejalat|khande} mikhad bemire'],
  ),
  he: part(
    [
      '{הוא|היא|שהוא|שהיא} {יתאבד|תתאבד|הולך להתאבד|הולכת להתאבד|מתכנן להתאבד|מתכננת להתאבד|חושב להתאבד|חושבת להתאבד}',
      '{הוא|היא|שהוא|שהיא} רוצה {לשים קץ לחייו|לשים קץ לחייה|להרוג את עצמו|להרוג את עצמה}',
    ],
  ),
  el: part(
    [
      '{θέλει|ήθελε} να {πεθάνει|αυτοκτονήσει|σκοτωθεί|τελειώσει τη ζωή του|τελειώσει τη ζωή της|βάλει τέλος στη ζωή του|βάλει τέλος στη ζωή της|σκοτώσει τον εαυτό του|σκοτώσει τον εαυτό της}',
      '{θα|πάει να|σκέφτεται να|απειλεί ότι θα} αυτοκτονήσει', '{δεν|δε} θέλει να {ζει|ζήσει} {πια|άλλο|άλλο πια}',
      '{thelei|ithele} na {pethanei|pe8anei|aftoktonisei|autoktonisei|aftoktonhsei|autoktonhsei|skotothei}', 'tha {aftoktonisei|autoktonisei}', '{den|de} thelei na {zei|zisei} {pia|allo}',
    ],
    [
      'θέλει να πεθάνει {από ντροπή|από τη ντροπή|από τα γέλια|στα γέλια}', 'thelei na pethanei apo {ntropi|ta gelia}',
      '{δεν|δε} θέλει να {πεθάνει|αυτοκτονήσει|σκοτωθεί}', '{den|de} thelei na {pethanei|aftoktonisei|autoktonisei}', '{δεν|δε} θα αυτοκτονήσει', '{den|de} tha {aftoktonisei|autoktonisei}',
      '{δεν|δε} θέλει να {ζει|ζήσει} {πια|άλλο} {μαζί|με|στην|στο|εδώ|εκεί}',
    ],
  ),
  sv: part(['{vill|ska|tänker|kommer att|planerar att|hotar att|pratar om att} {ta livet av sig|ta sitt liv|begå självmord}']),
  da: part(['{vil|skal|tænker på at|har tænkt sig at|truer med at|planlægger at|taler om at} {slå sig selv ihjel|tage sit eget liv|tage sit liv|begå selvmord}']),
  no: part(['{vil|skal|tenker på å|har tenkt å|truer med å|planlegger å|snakker om å} {ta livet sitt|ta livet av seg|ta sitt eget liv|begå selvmord}', '{ho|hun|han} vil døy']),
  cs: part(
    [
      'chce {umřít|zemřít|chcípnout|spáchat sebevraždu|skončit se životem|si vzít život}', '{se chce zabít|chce se zabít|si chce vzít život}', '{chtěla|chtěl} by umřít', '{už nechce|nechce už|už nechce dál} žít',
      'chce {zomrieť|umrieť|spáchať samovraždu|si vziať život}', '{sa chce zabiť|chce sa zabiť|si chce vziať život}', '{už nechce|nechce už} žiť',
    ],
    [
      'chce umřít {smíchy|studem|hanbou}', 'chce zomrieť {od smiechu|od hanby|hanbou}',
      '{už nechce|nechce už|už nechce dál} žít {s|se|v|ve|u|na|tady|tam|doma}', '{už nechce|nechce už} žiť {s|so|v|vo|u|na|tu|tam|doma}',
    ],
  ),
  hu: part(
    ['{meg akar halni|meghalni akar|öngyilkos akar lenni|végezni akar magával|öngyilkosságot akar elkövetni|meg akarja ölni magát|meg fogja ölni magát|megöli magát|öngyilkos lesz}', '{nem akar tovább|már nem akar|nem akar már|nem akar többé} élni'],
    ['{szégyenében|szégyenébe} meg akar halni', 'meg akar halni {szégyenében|a szégyentől}', 'megöli magát {a munkával|a melóval|a tanulással|az edzéssel}', '{nem akar tovább|már nem akar|nem akar már|nem akar többé} élni {vele|velük|itt|ott|otthon}'],
  ),
  sw: part(
    ['{anataka|alitaka|ametaka|anatamani} {kufa|kujiua|kujitoa uhai|kujimaliza|kujinyonga}', '{atajiua|atajinyonga|atajimaliza}', '{anapanga|anafikiria|anawaza|amepanga} {kujiua|kujinyonga|kujitoa uhai}', 'hataki kuishi {tena|zaidi}'],
    ['{anataka|alitaka|anatamani} kufa kwa {aibu|kicheko|njaa}', 'hataki kuishi {tena|zaidi} {na|nao|pamoja|hapa|huko|kwa}'],
  ),
  ja: part(
    ['{が|は} {死にたい|しにたい|自殺したい|自殺する|死ぬ} {って言って|と言って|って言われ|って言い出し|ってライン|って連絡}', '{死にたがって|しにたがって|自殺したがって|消えたがって}'],
  ),
  ko: part(
    ['{가|이|는|은|도} {죽고 싶대|죽고 싶다고 했|죽고 싶다고 해|자살한대|자살하겠대|자살할 거래|자살할거래|죽을 거래|죽어버리겠대}'],
  ),
  'ar-Latn': part(['{bghat|bgha|bidda|bido|biddo|3ayza|3ayez|3awza|3awez} {tmout|tmoot|ymout|ymoot|temout|yemout}', '{bghat|bgha|bidda|bido} {tentaher|yentaher|tintehir|yintehir}']),
};
