/**
 * Czech lexicon, with Slovak in the same pack (`cs`). Written for this project by its
 * contributors from how young people write about these risks in Czech and Slovak chats, posts
 * and searches — with or without diacritics (the normaliser folds ř, ě, ů, ý, ť, ľ, ô, ä…, so
 * "umřít" and "umrit" are one phrase), in colloquial Czech ("seš", "nůž"/"nuz", "ňákej") and in
 * Slovak spellings written beside the Czech ones ("chci umřít" / "chcem umrieť", "zabít se" /
 * "zabiť sa"). No third-party word list was copied. Licence: AGPL-3.0-or-later.
 *
 * Czech and Slovak are close to Polish, which is matched against every text too: phrases here
 * are whole Czech/Slovak phrases (never bare words that are Polish words), and the negators are
 * words that mean "never"/"against" only here. "Ne" (Romanian) and "nie" (Polish, also Slovak)
 * are left out; "nechci žít" is a risk phrase, so "nechci" is not a negator either — "nechci
 * umřít" is an innocent sense instead.
 */
import type { LanguagePack } from './types.ts';
import { CS_HU_SW_RULES } from './rules-shared.ts';

const ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}';
const CHILD = '{10|11|12|13|14|15}';

export const cs: LanguagePack = {
  lang: 'cs',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['nikdy', 'nikdy bych', 'nikdy by som', 'jsem proti', 'som proti', 'nejsem žádný', 'nie som žiadny'],
  concepts: {
    lurk: ['počkám si na tebe', 'počkám na tebe', 'počkám si na teba', 'počkám na teba', 'počkáme si na tebe', 'víme kde bydlíš', 'vím kde bydlíš', 'viem kde bývaš', 'vieme kde bývaš', 'najdu si tě', 'nájdem si ťa'],
    touch: ['sahá na mě', 'sahá na mňa', 'osahává', 'osahával', 'ohmatáva', 'dotýká se mě', 'dotýka sa ma', 'hladí mě', 'hladká ma', 'lehne si ke mně', 'ľahne si ku mne', 'neverila', 'nevěřila', 'by mu neverila', 'by mu nevěřila'],
    nightroom: ['v noci do pokoje', 'v noci do izby', 'chodí v noci', 'chodí za mnou v noci', 'za mnou chodí', 'do mého pokoje', 'do mojej izby', 'když spím', 'keď spím', 'do postele', 'do mojí postele'],
    relative: ['strýc', 'strejda', 'strýko', 'strýček', 'ujo', 'ujko', 'dědeček', 'dedko', 'otčím', 'nevlastní táta', 'bratranec', 'trenér', 'tréner', 'soused', 'sused', 'učitel', 'učiteľ'],
    // ---- suicide: first-person wish or plan × a harm action ----
    want: ['chci', 'chcu', 'chcem', 'chtěl bych', 'chtěla bych', 'chcel by som', 'chcela by som', 'chci jen', 'chcem len', 'mám chuť', 'přemýšlím že', 'premýšľam že', 'rozmýšľam že', 'plánuju', 'plánujem', 'rozhodl jsem se', 'rozhodla jsem se', 'rozhodol som sa', 'rozhodla som sa', 'půjdu', 'pôjdem', 'radši bych', 'radšej by som', 'potřebuju', 'potrebujem', 'chystám se', 'chystám sa', 'mám v plánu', 'nejradši bych', 'najradšej by som'],
    harm: ['umřít', 'umrit', 'zemřít', 'umrieť', 'zomrieť', 'chcípnout', 'chcípnuť', 'se zabít', 'zabít se', 'sa zabiť', 'zabiť sa', 'spáchat sebevraždu', 'spáchať samovraždu', 'skončit se sebou', 'skončit to', 'to skončit', 'skoncovat se životem', 'skončiť so sebou', 'skončiť to', 'ukončit svůj život', 'ukončiť svoj život', 'vzít si život', 'zobrať si život', 'siahnuť si na život', 'oběsit se', 'obesiť sa', 'skočit z mostu', 'skočit pod vlak', 'skočit z okna', 'skočiť z mosta', 'skočiť pod vlak', 'skočiť z okna', 'podřezat si žíly', 'podrezať si žily', 'předávkovat se', 'predávkovať sa', 'zmizet navždy', 'zmiznúť navždy', 'už tu nebýt', 'už tu nebyť', 'neprobudit se', 'se neprobudit', 'sa nezobudiť', 'otrávit se', 'otráviť sa', 'nežít', 'nežiť', 'být mrtvá', 'byť mŕtva'],
    selfkill: ['zabiju se', 'se zabiju', 'sa zabijem', 'zabijem sa', 'oběsím se', 'obesím sa', 'spáchám sebevraždu', 'spáchám samovraždu', 'podřežu si žíly', 'podrežem si žily', 'skočím z {mostu|okna|střechy|paneláku|mosta|strechy}', 'skočím pod {vlak|auto|metro|tramvaj}', 'vezmu si život', 'vezmem si život', 'siahnem si na život', 'sáhnu si na život', 'skončím se sebou', 'skončím so sebou', 'ukončím svůj život', 'ukončím svoj život'],
    howto: ['jak', 'ako', 'jakým způsobem', 'akým spôsobom', 'nejlepší způsob', 'najlepší spôsob', 'nejrychlejší způsob', 'najrýchlejší spôsob', 'nejjednodušší způsob', 'najjednoduchší spôsob', 'kolik', 'koľko', 'návod', 'bezbolestně', 'bezbolestne', 'co nejrychleji', 'čo najrýchlejšie'],
    suicideword: ['se zabít', 'zabít se', 'sa zabiť', 'zabiť sa', 'spáchat sebevraždu', 'spáchať samovraždu', 'umřít', 'umrit', 'umrieť', 'zomrieť', 'se oběsit', 'oběsit se', 'sa obesiť', 'obesiť sa', 'podřezat si žíly', 'podrezať si žily', 'předávkovat se', 'predávkovať sa', 'bezbolestná smrt', 'bezbolestná smrť'],
    pills: ['prášky', 'prášků', 'tablety', 'tabletek', 'tabletiek', 'tabletky', 'léky', 'lieky', 'paralen', 'paralenu', 'paracetamol', 'ibalgin', 'ibalginu', 'ibuprofen', 'prášky na spaní', 'antidepresiva', 'antidepresíva', 'xanax', 'neurol'],
    death: ['umřít', 'aby som zomrela', 'abych umřela', 'umrit', 'umrieť', 'zomrieť', 'zemřít', 'smrtelná dávka', 'smrtelnou dávku', 'smrteľná dávka', 'smrteľnú dávku', 'mě zabije', 'ma zabije', 'neprobudím', 'nezobudím', 'abych umřel', 'aby som umrel', 'aby som zomrel', 'předávkovat se', 'predávkovať sa', 'předávkování', 'predávkovanie'],
    sdeath: ['umřít', 'zemřít', 'umrieť', 'zomrieť', 'sebevražda', 'sebevraždu', 'samovražda', 'samovraždu', 'můj pohřeb', 'môj pohreb', 'až umřu', 'keď zomriem', 'keď umriem', 'zabiju se', 'zabijem sa', 'skončit to', 'skončiť to'],
    smeans: ['provaz', 'oprátka', 'oprátku', 'slučka', 'slučku', 'lano', 'z mostu', 'z mosta', 'ze střechy', 'zo strechy', 'pod vlak', 'koleje', 'koľajnice', 'prášky', 'tabletky', 'žiletka', 'žiletku', 'žiletky', 'z okna', 'jed na krysy', 'z paneláku'],
    stime: ['dnes v noci', 'dneska v noci', 'dnes večer', 'dneska večer', 'dneska', 'dnes', 'zítra', 'zajtra', 'teď', 'hned', 'hneď', 'brzy', 'o víkendu', 'cez víkend', 'v noci'],
    sfarewell: ['sbohem', 'zbohom', 'promiňte mi', 'prepáčte mi', 'odpusťte mi', 'odpustite mi', 'omlouvám se všem', 'mám vás všechny rád', 'mám vás všechny ráda', 'mám vás všetkých rád', 'poslední zpráva', 'posledná správa', 'dopis na rozloučenou', 'list na rozlúčku', 'loučím se', 'lúčim sa'],
    shopeless: ['nemám sílu', 'nemám silu', 'nemá to smysl', 'nemá to zmysel', 'už nemůžu', 'už nemôžem', 'už to nezvládám', 'už to nezvládam', 'nikdo mě nemá rád', 'nikto ma nemá rád', 'jsem na obtíž', 'som na príťaž', 'jsem k ničemu', 'som na nič', 'nenávidím se', 'nenávidím sa', 'jsem unavená ze všeho'],
    nolonger: ['nechci', 'nechcu', 'nechcem', 'nechce se mi', 'nechce sa mi', 'nemá smysl', 'nemá zmysel', 'nemám důvod', 'nemám dôvod', 'nebaví mě', 'nebaví ma', 'nevidím smysl', 'nevidím zmysel', 'už nemůžu', 'už nemôžem', 'už nechci', 'už nechcem', 'nemám proč', 'nemám prečo', 'nemá cenu', 'nemá to cenu', 'nemá to už cenu', 'nemá zmysel', 'nemá cenu tu', 'nemá to cenu tu'],
    living: ['žít', 'žiť', 'dál žít', 'ďalej žiť', 'žiju', 'žijem', 'existovat', 'být tady', 'byť tu', 'vstávat', 'vstávať', 'se probudit', 'sa zobudiť', 'tenhle život', 'tento život'],
    place: ['v praze', 'v brně', 'v bratislave', 'v anglii', 'na vesnici', 'na dedine', 've městě', 'v meste', 'v paneláku', 's rodiči', 's rodičmi', 'v česku', 'na slovensku', 'v zahraničí', 'bez internetu', 'bez mobilu', 'bez tebe'],
    better: ['by se ulevilo', 'by sa uľavilo', 'líp', 'lépe', 'lepší', 'lepšie', 'šťastnější', 'šťastnejší', 'šťastnejšie', 'jednodušší', 'jednoduchšie', 'lehčí', 'ľahšie', 'by si oddychli', 'by si oddychla', 'by si oddychl', 'by se jim ulevilo', 'by sa im uľavilo', 'by si vydýchli', 'by bylo líp', 'by bolo lepšie'],
    withoutme: ['beze mě', 'beze mne', 'bezo mňa', 'bez mňa', 'kdybych tu nebyl', 'kdybych tu nebyla', 'keby som tu nebol', 'keby som tu nebola', 'kdybych umřel', 'kdybych umřela', 'keby som zomrel', 'keby som zomrela', 'až tu nebudu', 'keď tu nebudem', 'kdyby mě nebylo', 'keby ma nebolo', 'kdybych zmizel', 'kdybych zmizela', 'keby som zmizol', 'keby som zmizla', 'kdybych zmizel', 'kdybych zmizela', 'keby som zmizol', 'keby som zmizla', 'kdybych tu už nebyl', 'kdybych tu už nebyla', 'až zmizím'],
    missword: ['nevšiml', 'nevšimla', 'nevšimol', 'nechyběl', 'nechyběla', 'nechýbal', 'nechýbala', 'nepostrádal', 'neplakal', 'neplakala', 'nehledal', 'nehľadal'],
    reflex: ['se', 'sa'],
    killinf: ['zabít', 'zabiť', 'oběsit', 'obesiť', 'předávkovat', 'predávkovať', 'otrávit', 'otráviť'],
    nobody: ['nikdo', 'nikto', 'nikomu', 'nikoho'],
    miss: ['by mi nechyběl', 'bych nechyběl', 'bych nechyběla', 'by som nechýbal', 'by som nechýbala', 'by si nevšiml', 'by si nevšimol', 'by neplakal', 'by mě nepostrádal', 'by nebylo líto', 'by nebolo ľúto'],
    cut: ['řežu se', 'se pořezala', 'se pořezal', 'sa porezala', 'sa porezal', 'jsem se řezala', 'som sa rezala', 'režem sa', 'pořezala jsem se', 'pořezal jsem se', 'porezala som sa', 'porezal som sa', 'sebepoškozuju', 'sebepoškozování', 'sebapoškodzovanie', 'sebapoškodzujem', 'žiletkou', 'žiletku', 'jizvy', 'jazvy', 'řezné rány', 'rezné rany', 'pálím se', 'pálim sa'],
    hide: ['schovat', 'schovávat', 'skrýt', 'skrývat', 'skryť', 'skrývať', 'schovať', 'zakrýt', 'zakrývat', 'zakryť', 'aby to rodiče neviděli', 'aby to rodičia nevideli', 'před mámou', 'pred mamou', 'před rodiči', 'pred rodičmi', 'dlouhé rukávy', 'dlhé rukávy', 'aby si nikdo nevšiml', 'aby si nikto nevšimol', 'aby to nikdo neviděl', 'aby to nikto nevidel'],
    again: ['zase', 'znovu', 'zas', 'opět', 'opäť', 'zasa', 'každý den', 'každý deň', 'denně', 'pořád', 'stále', 'už zase', 'už zasa', 'hlouběji', 'hlbšie'],
    edgoal: ['zhubnout', 'zhubnúť', 'být hubená', 'byť chudá', 'být hubený', 'byť chudý', 'kila', 'kil', 'vážit', 'vážiť', 'jsem tlustá', 'som tlstá', 'jsem tlustý', 'som tlstý', 'thigh gap', 'bmi'],
    edmethod: ['nejíst', 'nejesť', 'nic nejím', 'nič nejem', 'nejím celý den', 'nejem celý deň', 'hladovět', 'hladovať', 'hladovím', 'hladujem', 'zvracet', 'vracať', 'zvracím', 'vraciam', 'projímadla', 'preháňadlá', 'piju jen vodu', 'pijem len vodu', 'strčit prst do krku'],
    // innocent frames (senses): "umírám smíchy", "máma mě zabije", "radši umřu než…"
    xdie: ['umírám', 'umiram', 'umřu', 'umru', 'umřel jsem', 'umřela jsem', 'umřel', 'umřela', 'umřít', 'zemřít', 'zemřu', 'chcípám', 'chcípnu', 'zdechnu', 'umieram', 'zomriem', 'umriem', 'zomrela som', 'zomrel som', 'zomrel', 'zomrela', 'zomrieť', 'umrieť', 'skapem', 'skapínam', 'se zabiju', 'sa zabijem'],
    xcause: ['smíchy', 'nudou', 'hlady', 'horkem', 'zimou', 'strachem', 'studem', 'hanbou', 'od smiechu', 'smiechom', 'od hladu', 'hladom', 'od nudy', 'od horúčavy', 'od zimy', 'od strachu', 'od hanby', 'na nudu'],
    xwho: ['máma', 'mamka', 'táta', 'taťka', 'mama', 'ocko', 'otec', 'učitelka', 'učitel', 'učiteľka', 'trenér', 'brácha', 'babička', 'tohle', 'toto', 'ta písemka', 'tá písomka', 'matika'],
    xkillsme: ['mě zabije', 'ma zabije', 'mě zabijou', 'mě zabijí', 'ma zabijú', 'mě přizabije', 'ma prizabije', 'mě zabíjí', 'ma zabíja', 'zabije mě', 'zabije ma'],
    xrather: ['radši', 'radšej', 'radši bych', 'radšej by som', 'nejradši', 'najradšej'],
    xif: ['jestli', 'jesli', 'jestli mi', 'ak', 'ak mi', 'když', 'keď', 'pokud'],
    xtrivial: ['sníš', 'zješ', 'vezmeš', 'zobereš', 'zapomeneš', 'zabudneš', 'rozbiješ', 'ukradneš', 'přijdeš pozdě', 'prídeš neskoro', 'půjčíš', 'požičiaš'],
    xshoot: ['střílet', 'střílí', 'střelil', 'vystřelil', 'vystřelila', 'střílel', 'strieľať', 'strieľa', 'vystrelil', 'strelil', 'nastřelil', 'trefil', 'zastřelil'],
    xgoal: ['gól', 'góly', 'gólů', 'na bránu', 'na branku', 'do brány', 'do bránky', 'trojky', 'trojku', 'penaltu', 'penaltou', 'puk', 'na koš', 'na kôš', 'do šibenice', 'tyčku'],
    xkill: ['zabije', 'zabijí', 'zabíjí', 'zabíja', 'zabijú', 'zabít', 'zabiť', 'zabil jsem', 'zabila jsem', 'zabil som', 'zabila som', 'zabíjet', 'zabíjať', 'zabij', 'zabi'],
    xpest: ['bakterie', 'baktérie', 'viry', 'vírusy', 'plíseň', 'bolest', 'bolesť', 'pavouka', 'pavúka', 'mouchu', 'muchu', 'komára', 'mravence', 'švába', 'vosu', 'myši', 'zombie', 'bosse'],
    // ---- grooming ----
    // "naši" is how children name their parents: "neříkej to našim"
    parents: ['našim', 'vašim', 'tvým rodičům', 'tvojim rodičom', 'rodičům', 'rodičom', 'mámě', 'mamce', 'mamince', 'mame', 'mamke', 'mamine', 'tátovi', 'taťkovi', 'otcovi', 'ockovi', 'ocinovi', 'nikomu', 'učitelce', 'učiteľke', 'třídní', 'triednej', 'kamarádkám', 'kamarátkam'],
    secret: ['neříkej', 'nerikej', 'nehovor', 'nepovídej', 'neprozraď', 'neprezraď', 'nepovedz', 'neříkej to', 'nehovor to', 'nic neříkej', 'nič nehovor', 'nesmíš říct', 'nesmieš povedať', 'nesmí se to dozvědět', 'nesmú sa to dozvedieť', 'nesmí to vědět', 'nesmú to vedieť', 'neukazuj', 'neukazuj to'],
    gcontact: ['chlap z internetu', 'kluk z internetu', 'chalan z internetu', 'nějaký chlap', 'nejaký chlap', 'starší kluk', 'starší chlap', 'cizí chlap', 'cudzí chlap', 'neznámý', 'neznámy', 'chlap ze hry', 'kluk ze hry', 'z discordu', 'z tiktoku', 'z instagramu', 'napsal mi', 'napísal mi', 'přidal si mě', 'pridal si ma'],
    gsecret: ['jen pro mě', 'jenom pro mě', 'jen pro mne', 'len pre mňa', 'iba pre mňa', 'pochopili by to špatně', 'nepochopili by to', 'pochopili by to zle', 'nikdo to nepochopí', 'nikto to nepochopí', 'tajemství', 'tajomstvo', 'smaž', 'vymaž', 'smazat', 'vymazať', 'naše tajemství', 'naše tajomstvo', 'mezi námi', 'medzi nami', 'nikomu to neříkej', 'nikomu to nehovor', 'nikomu neříkej', 'nikomu nehovor', 'smaž zprávy', 'smaž ty zprávy', 'vymaž správy', 'vymaž tie správy', 'smaž konverzaci', 'vymaž konverzáciu', 'smaž to', 'vymaž to', 'nikdo se to nedozví', 'nikto sa to nedozvie', 'řekni že jdeš', 'řekni že jsi u', 'povedz že ideš', 'povedz že si u', 'ať si myslí že', 'nech si myslí že', 'řekni že jdeš ke kamarádce', 'řekni že spíš u'],
    gmeet: ['sejdeme se', 'stretneme sa', 'přijď sama', 'príď sama', 'vyzvednu tě', 'vyzdvihnem ťa', 'u mě doma', 'u mňa doma', 'přijď ke mně', 'príď ku mne', 'do auta', 'nastup do auta', 'nasadni do auta', 'v hotelu', 'nikoho neber', 'pro tebe přijedu', 'přijedu pro tebe', 'pro tebe přijdu', 'prídem po teba', 'prídem pre teba', 'přijedu k', 'počkám u', 'vyzvednu tě u'],
    gpics: ['fotku', 'fotky', 'fotka', 'fotečku', 'fotočku', 'selfíčko', 'videjko', 'kameru', 'kamerku', 'zapni kameru', 'zapni kamerku', 'ukaž se', 'ukáž sa', 'ukaž mi', 'ukáž mi', 'spodní prádlo', 'spodné prádlo', 'v plavkách', 'v pyžamu', 'v pyžame', 've sprše', 'v sprche'],
    gage: ['kolik ti je', 'kolik je ti', 'koľko máš rokov', 'do které třídy chodíš', 'do ktorej triedy chodíš', `je mi ${CHILD}`, `mám ${CHILD} {let|rokov|rokou}`, `${CHILD} let`, `${CHILD} rokov`, 'věk je jen číslo', 'vek je len číslo'],
    ggift: ['paysafe', 'paysafku', 'paysafecard', 'pošlu ti {kredit|paysafe|paysafku|robuxy|stovku|pětistovku|litr|prachy|peníze na účet}', 'pošlem ti {kredit|paysafe|robuxy|prachy|peniaze na účet}', 'dostaneš {peníze|prachy|kredit|robuxy|paysafe}', 'dostaneš {peniaze|kredit}', 'zaplatím ti', 'koupím ti', 'kúpim ti', 'dám ti peníze', 'dám ti peniaze', 'pošlu ti peníze', 'pošlem ti peniaze', 'dobiju ti kredit', 'nabijem ti kredit', 'robuxy', 'robuxů', 'robuxov', 'dárek', 'darček', 'dárky', 'darčeky', 'nový mobil', 'nový iphone', 'zaplatím ti', 'pošlu ti robuxy', 'kúpim ti skiny', 'koupím ti skiny'],
    gflatter: ['jsi tak krásná', 'si taká krásna', 'jsi tak hezká', 'si taká pekná', 'vyspělá', 'vyspelá', 'jsi jiná než ostatní', 'si iná ako ostatné', 'rozumím ti jen já', 'rozumiem ti len ja', 'věř mi', 'ver mi', 'na svůj věk', 'na svoj vek', 'vyspělá na svůj věk', 'vypadáš starší', 'vyzeráš staršie', 'vyzeráš staršia'],
    galone: ['jsi sama', 'si sama', 'jsi doma sama', 'si doma sama', 'jsi sama doma', 'si sama doma', 'jsou rodiče doma', 'sú rodičia doma', 'rodiče spí', 'rodičia spia', 'o půlnoci', 'o polnoci', 'když všichni spí', 'keď všetci spia'],
    gprivapp: ['na snapu', 'na telegramu', 'na discordu', 'přes snap', 'cez snap', 'přidej si mě na snap', 'pridaj si ma na snap', 'soukromě', 'súkromne', 'do soukromí', 'do súkromia', 'jiný účet', 'iný účet', 'fake účet', 'tajný účet', 'na whatsappu'],
    adultage: [`je mu ${ADULT}`, `jemu je ${ADULT}`, `má ${ADULT} {let|rokov}`, `${ADULT} letý`, `${ADULT} ročný`],
    childage: [`je mi ${CHILD}`, `mám ${CHILD} {let|rokov}`, `${CHILD} letá`, `${CHILD} ročná`],
    cond: ['jestli nepošleš', 'jestli mi nepošleš', 'pokud nepošleš', 'když nepošleš', 'ak nepošleš', 'ak mi nepošleš', 'jestli nezaplatíš', 'ak nezaplatíš', 'když nezaplatíš', 'jinak', 'inak', 'nebo', 'jestli nezaplatím', 'když nezaplatím', 'pokud nezaplatím', 'ak nezaplatím', 'jestli nepošlu', 'když nepošlu', 'ak nepošlem', 'ak mu nepošlem', 'jestli mu nepošlu'],
    expose: ['rozešlu', 'rozpošlem', 'pošlu všem', 'pošlem všetkým', 'zveřejním', 'zverejním', 'dám na net', 'dám na internet', 'hodím na net', 'hodím na internet', 'pošlu tvým rodičům', 'pošlem tvojim rodičom', 'ukážu všem', 'ukážem všetkým', 'pošlu celé škole', 'pošlem celej škole', 'hodím to do skupiny', 'je pošle', 'pošle je', 'pošle to', 'to pošle', 'je rozešle', 'je zveřejní', 'ich pošle', 'ich rozpošle', 'pošle ich', 'do třídní skupiny', 'do triednej skupiny', 'pošle našim', 'pošle rodičům'],
    media: ['fotky', 'fotku', 'fotka', 'videa', 'video', 'nahotinky', 'nahé fotky', 'nahý fotky', 'nudes', 'tvoje fotky', 'tvoje nahé', 'ty fotky'],
    you: ['jsi', 'seš', 'si', 'ty jsi', 'ty si'],
    insult: ['tlustá', 'tlustý', 'tlustej', 'tučná', 'tučný', 'tlstá', 'tlstý', 'hnusná', 'hnusný', 'hnusnej', 'nechutná', 'nechutný', 'nechutnej', 'ošklivá', 'ošklivý', 'škaredá', 'škaredý', 'nula', 'nicka', 'ubožák', 'ubožačka', 'kretén', 'kripl', 'mrdka', 'zrůda', 'špína', 'odpad', 'šlapka', 'děvka'],
    // ---- violence ----
    weapon: ['nůž', 'nož', 'nožem', 'nožom', 'kudlu', 'zbraň', 'zbraně', 'zbrane', 'pistoli', 'pistol', 'pištoľ', 'bouchačku', 'mačetu', 'sekeru', 'bombu', 'výbušninu', 'molotov', 'samopal', 'glock', 'boxer na ruku'],
    bring: ['přinesu', 'prinesiem', 'donesu', 'donesiem', 'vezmu', 'vezmem', 'vezmu si', 'vezmem si', 'beru si', 'mám u sebe', 'mám pri sebe', 'nosím u sebe', 'nosím', 'mám v batohu', 'mám v tašce', 'mám v taške', 'mám v aktovce'],
    school: ['do školy', 've škole', 'v škole', 'škole', 'školu', 'do třídy', 'do triedy', 've třídě', 'v triede', 'o přestávce', 'cez prestávku', 'učitele', 'učiteľa', 'učitelku', 'učiteľku', 'třídu', 'triedu'],
    threat: ['zabiju tě', 'zabijem ťa', 'podříznu tě', 'podrežem ťa', 'bodnu tě', 'bodnem ťa', 'ubodám tě', 'zastřelím tě', 'zastrelím ťa', 'odprásknu tě', 'zapíchnu tě', 'zabiju ho', 'zabiju ji', 'zabijem ho', 'zabijem ju', 'zastřelím ho', 'zastrelím ho', 'postřílím je', 'postrieľam ich', 'zabiju vás všechny', 'zabijem vás všetkých'],
    carry: ['nosím u sebe', 'mám u sebe', 'nosím pri sebe', 'mám pri sebe', 'v batohu', 'v tašce', 'v taške', 'v kapse', 'vo vrecku', 'v aktovce', 'v bundě', 'v bunde'],
    gun: ['zbraň', 'zbraně', 'zbrane', 'pistoli', 'pistol', 'pištoľ', 'bouchačku', 'glock', 'samopal', 'kalašnikov', 'kalach', 'náboje', 'brokovnici', 'brokovnicu'],
    getgun: ['kde koupit', 'kde kúpiť', 'kde seženu', 'kde zoženiem', 'kde sehnat', 'kde zohnať', 'koupím', 'kúpim', 'bez zbrojáku', 'bez zbrojního průkazu', 'bez zbrojného preukazu', 'načerno', 'načierno', 'na darknetu', 'na darknete'],
    make: ['vyrobit', 'vyrobiť', 'udělat', 'urobiť', 'spravit', 'spraviť', 'sestrojit', 'zostrojiť', 'vyrobím', 'udělám', 'urobím', 'výroba', 'výroby', 'výrobu', 'návod na'],
    bomb: ['bombu', 'bomby', 'výbušninu', 'výbušniny', 'trhavinu', 'molotov', 'molotova', 'molotovův koktejl', 'molotovov kokteil', 'trubkovou bombu', 'napalm', 'semtex', 'střelnou zbraň', 'strelnú zbraň', 'pistoli', 'pištoľ', 'tlumič', 'tlmič'],
    serious: ['myslím to vážně', 'myslím to vážne', 'nedělám si srandu', 'nerobím si srandu', 'varuju vás', 'varujem vás', 'budete litovat', 'budete ľutovať', 'pak uvidíte', 'potom uvidíte', 'to je varování', 'to je varovanie', 'všichni zaplatí', 'všetci zaplatia'],
    dontcome: ['zítra nechoďte do školy', 'zajtra nechoďte do školy', 'nechoďte zítra do školy', 'nechoďte zajtra do školy', 'zítra nechoď do školy', 'zajtra nechoď do školy'],
    // ---- extremism ----
    extfigure: ['hitler', 'hitlera', 'hitlerovi', 'breivik', 'breivika', 'tarrant', 'tarranta', 'isis', 'islámský stát', 'islámsky štát', 'bin ládin', 'bin ladin', 'nacisti', 'nacistů', 'nacistov', 'krajčír', 'zamachovec'],
    extsupport: ['je hrdina', 'je můj hrdina', 'je môj hrdina', 'měl pravdu', 'mal pravdu', 'je legenda', 'obdivuju', 'obdivujem', 'podporuju', 'podporujem', 'je můj vzor', 'je môj vzor'],
    join: ['přidat se k', 'pridať sa k', 'přidám se k', 'pridám sa k', 'se přidat k', 'sa pridať k', 'přidat', 'pridať', 'vstoupit do', 'vstúpiť do', 'jak se přidat', 'ako sa pridať', 'bojovat za', 'bojovať za', 'odjet do sýrie', 'odísť do sýrie', 'připojit se k', 'pripojiť sa k', 'kdo je připravenej', 'kdo je připravený', 'kto je pripravený', 'kdo se přidá', 'kto sa pridá', 'máme skupinu', 'napište do pm', 'napíšte do pm'],
    extgroup: ['isis', 'islámskému státu', 'islámskemu štátu', 'džihád', 'džihádu', 'al káida', 'taliban', 'talibanu', 'neonacisti', 'neonacistům', 'neonacistom', 'kalifát', 'kalifátu'],
    extvocab: ['bílá rasa', 'biela rasa', 'rasová válka', 'rasová vojna', 'velká výměna', 'veľká výmena', 'islamizace', 'islamizácia', 'židovský spiknutí', 'židovské sprisahanie', 'bílá evropa', 'biela európa', 'evropa umírá', 'európa umiera', 'bílá evropa umírá', 'bílá rasa umírá'],
    extcall: ['musíme bojovat', 'musíme bojovať', 'je čas jednat', 'je čas konať', 'vezměte zbraně', 'zoberte zbrane', 'musíme se ozbrojit', 'musíme sa ozbrojiť', 'přidejte se', 'pridajte sa', 'vyhladit', 'vyhubiť', 'vyhubit', 'postřílet', 'postrieľať', 'vzít do vlastních rukou', 'vziať do vlastných rúk', 'do vlastních rukou', 'do vlastných rúk', 'je čas to vzít', 'je čas jednat'],
    outgroup: ['muslimy', 'muslimov', 'židy', 'cikány', 'romy', 'černochy', 'imigranty', 'migranty', 'uprchlíky', 'buzeranty'],
    extviolence: ['do plynu', 'postřílet', 'postrieľať', 'vyhladit', 'vyhubiť', 'zabít všechny', 'upálit', 'vystřílet', 'pověsit', 'zlikvidovat'],
    worship: ['mešitu', 'mešitu', 'mešitu', 'synagogu', 'synagógu', 'kostel', 'kostol', 'mešita', 'synagoga'],
    attack: ['vyhodit do vzduchu', 'odpálit', 'odpáliť', 'zapálit', 'podpálit', 'zaútočit na', 'útok na', 'vystřílet', 'postřílet'],
    // ---- criminal exploitation: an older person's offer of paid "deliveries" (county lines) ----
    // "if you killed yourself" is also said of an accident ("kdyby ses zabil na tom kole"): only with "it'd be better"
    youdie: ['{kdyby ses|kdybys se|keby si sa} {zabil|zabila|oběsil|oběsila|obesil|obesila}', '{kdybys|keby si} {umřel|umřela|chcípl|zomrel|zomrela}'],
    ydbetter: ['by bylo líp', 'bylo by líp', 'by bylo lepší', 'by bolo lepšie', 'bolo by lepšie', 'by byli rádi', 'by boli radi', 'by se všem ulevilo', 'by sa všetkým uľavilo', 'lepší pro všechny', 'lepšie pre všetkých', 'nikdo by nebrečel', 'nikto by neplakal'],
    clmoney: ['{500|1000|1500|2000|3000} {denně|za den|za deň|za jízdu|cash|v hotovosti|na ruku}', 'denně cash', 'cash denně', 'cash na ruku', 'peníze na ruku', 'peniaze na ruku', 'v hotovosti', 'rychlý prachy', 'rychlé peníze', 'rýchle prachy', 'rýchle peniaze', 'snadný prachy', 'snadné peníze', 'ľahké peniaze', 'ľahké prachy', 'vyděláš si', 'zarobíš si', 'chceš si vydělat', 'chceš si zarobiť', 'dobře zaplatím', 'dobre zaplatím'],
    cltask: ['na rozvoz', 'rozvoz', 'rozvážet', 'rozvážať', 'rozvezeš', 'rozvezieš', 'rozvozit', 'odvézt balík', 'odvézt balíček', 'odniesť balík', 'odnést balíček', 'doručit balíček', 'doručiť balík', 'převézt', 'previezť', 'převoz', 'prevoz', 'balíčků', 'balíků', 'balíkov', 'zásilky', 'zásielky', 'zboží', 'tovar', 'tovaru', 'balíčky', 'balíčky po', 'balíky po', 'podržet u sebe', 'podržať u seba', 'schovat u sebe', 'prodávat za nás', 'predávať za nás', 'dělat kurýra', 'robiť kuriéra', 'kurýr', 'kurýra', 'kuriér', 'kuriéra', 'kurýry'],
    clhook: ['na nic se neptej', 'na nič sa nepýtaj', 'na nic se neptáš', 'neptej se', 'nepýtaj sa', 'žádné otázky', 'žiadne otázky', 'bez otázek', 'bez otázok', 'nikomu ani slovo', 'nikomu nic neříkej', 'nikomu nič nehovor', 'policie si nevšimne', 'polícia si nevšimne', 'jsi mladej', 'si mladý', 'jsi malej', 'nikdo tě nebude podezírat', 'nikto ťa nebude podozrievať', 'kluky {13|14|15|16}', 'od {13|14|15} let', 'od {13|14|15} rokov', 'i mladší', 'aj mladší', 'školáky', 'školákov'],
    fpropaganda: ['jeho manifest', 'tarrantův manifest', 'tarrantov manifest', 'video z útoku', 'záznam útoku', 'livestream útoku', 'stáhnout manifest', 'stiahnuť manifest'],
    // ---- hate ----
    group: ['cikáni', 'romové', 'muslimové', 'židi', 'židé', 'černoši', 'imigranti', 'migranti', 'uprchlíci', 'utečenci', 'teplouši', 'teploši', 'buzeranti', 'gayové', 'lgbt'],
    hateclaim: ['do plynu', 'by měli zemřít', 'jsou zvířata', 'jsou špína', 'jsou paraziti', 'nejsou lidi', 'vypadněte', 'nenávidím', 'háveď', 'vyhubit', 'vyhubiť', 'postřílet', 'postrieľať', 'zlikvidovat', 'nechceme tu', 'méněcenní', 'úchylové'],
    // ---- abuse at home and bullying ----
    abuser: ['táta', 'taťka', 'otec', 'fotr', 'máma', 'mamka', 'matka', 'mama', 'ocko', 'ocino', 'otčím', 'nevlastní táta', 'nevlastný otec', 'mamin priateľ', 'brácha', 'bratr', 'brat', 'strejda', 'dědeček'],
    abuse: ['mě bije', 'ma bije', 'mě mlátí', 'ma mláti', 'mě kope', 'ma kope', 'mě škrtí', 'ma škrtí', 'mě zamyká', 'ma zamyká', 'na mě sahá', 'na mňa siaha', 'mě osahává', 'ma osahuje', 'mě pálí', 'ma páli', 'mi vyhrožuje', 'mi vyhráža', 'mě zmlátil', 'ma zmlátil', 'mě zbil', 'ma zbil', 'mě uhodil', 'mi nedá jíst', 'mi nedá jesť'],
    bullyactor: ['všichni', 'všetci', 'celá třída', 'celá trieda', 'spolužáci', 'spolužiaci', 'holky', 'baby', 'kluci', 'chalani', 'decka', 'děcka', 'oni', 'starší', 'někteří', 'niektorí', 've třídě', 'v triede', 've škole', 'v škole'],
    bullyact: ['mě šikanují', 'ma šikanujú', 'se mi smějí', 'sa mi smejú', 'se mi posmívají', 'sa mi posmievajú', 'mi nadávají', 'mi nadávajú', 'mě bijí', 'ma bijú', 'mě mlátí', 'mě ignorují', 'ma ignorujú', 'mě pomlouvají', 'ma ohovárajú', 'mě vyloučili', 'ma vylúčili', 'mi berou věci', 'mi berú veci', 'do mě strkají', 'do mňa strkajú', 'se se mnou nebaví', 'sa so mnou nebavia', 'mi vyhrožují', 'mi vyhrážajú', 'mě ponižují', 'ma ponižujú', 'nadávají mi', 'nadávajú mi', 'se mi všichni smějí', 'sa mi všetci smejú', 'se mi všichni posmívají', 'ma neznášajú', 'mě nenávidí', 'ma nenávidia'],
    spread: ['pošleme', 'pošlime', 'rozešleme', 'rozpošleme', 'hodíme', 'hodíme do skupiny', 'dáme do skupiny', 'pošli do skupiny', 'sdílej', 'zdieľaj'],
    nudepics: ['nahé fotky', 'nahý fotky', 'nahotinky', 'její nahé', 'jej nahé', 'jeho nahé', 'nudes', 'její nudes', 'jej nudes'],
    // ---- drugs ----
    drug: ['tráva', 'trávu', 'weed', 'jointa', 'joint', 'brko', 'špek', 'marihuana', 'marihuanu', 'hašiš', 'kokain', 'koks', 'pervitin', 'piko', 'extáze', 'extázi', 'éčko', 'lsd', 'lysohlávky', 'heroin', 'herák', 'drogy', 'drogu', 'mdma', 'emko', 'mefedron', 'kratom', 'thc', 'vejp', 'vejpa', 'vape'],
    buy: ['koupit', 'kúpiť', 'sehnat', 'zohnať', 'seženu', 'zoženiem', 'koupím', 'kúpim', 'kde seženu', 'kde zoženiem', 'díler', 'prodá', 'predá', 'prodává', 'predáva', 'dát si', 'dám si', 'zahulit', 'zkusit', 'skúsiť', 'objednat', 'objednať', 'šňupnout', 'vzal jsem si', 'zobral som si', 'kouřit', 'fajčiť'],
    // ---- gambling ----
    bet: ['sázky', 'vsadil jsem', 'vsadila jsem', 'stavil som', 'stavila som', 'prosázel', 'prosázela', 'kasino', 'kasíno', 'casino', 'automaty', 'ruleta', 'tipsport', 'fortuna', 'chance', 'sazka', 'betano', 'lootboxy', 'bedny', 'tiket'],
    minor: [`je mi ${CHILD}`, `mám ${CHILD} {let|rokov}`, 'mámy kartu', 'mamkinu kartu', 'tátovu kartu', 'kapesné', 'vreckové', 'dluh', 'půjčil jsem si', 'požičal som si', 'prohrál jsem', 'prehral som', 'všechny peníze', 'všetky peniaze', 'jsem závislý', 'som závislý'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'zabiju se', 'zabijem sa', 'nechci žít', 'nechcem žiť', 'nechci už žít', 'nechcem už žiť', 'už nechci žít', 'už nechcem žiť', 'nechce se mi žít', 'nechce sa mi žiť', 'spáchám sebevraždu', 'spáchám samovraždu',
      'jak se zabít', 'ako sa zabiť', 'jak spáchat sebevraždu', 'ako spáchať samovraždu', 'bezbolestná smrt', 'bezbolestná smrť', 'bezbolestná sebevražda', 'bezbolestná samovražda',
      'dnes v noci to ukončím', 'dnes to skončím', 'dnes to ukončím', 'tohle je moje poslední zpráva', 'toto je moja posledná správa', 'píšu dopis na rozloučenou', 'píšem list na rozlúčku', 'sbohem všem', 'zbohom všetkým',
      'kéž bych umřel', 'kéž bych umřela', 'kéž bych byl mrtvý', 'kéž bych byla mrtvá', 'kiež by som zomrel', 'kiež by som zomrela',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['sebevražd*', 'samovražd*', 'myslím na smrt', 'myslím na smrť', 'myslím na sebevraždu', 'myslím na samovraždu', 'chci zmizet', 'chcem zmiznúť', 'nenávidím svůj život', 'neznášam svoj život', 'život nemá smysl', 'život nemá zmysel', 'proč ještě žiju', 'prečo ešte žijem', 'jsem všem na obtíž', 'som všetkým na príťaž', 'nemám pro co žít', 'nemám pre čo žiť', 'kéž bych se nenarodil', 'kéž bych se nenarodila', 'kiež by som sa nenarodil', 'kiež by som sa nenarodila'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['řežu se', 'rezu se', 'režem sa', 'rezem sa', 'sebepoškozuju se', 'sebepoškozuji se', 'řežu si ruce', 'režem si ruky', 'jak schovat jizvy', 'ako skryť jazvy', 'zvracím po jídle', 'vraciam po jedle', 'jak přestat jíst', 'ako prestať jesť', 'jak vyvolat zvracení', 'ako vyvolať zvracanie', 'pro ana', 'thinspo', 'chci být anorektička'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['sebepoškozování', 'sebapoškodzovanie', 'anorexie', 'bulimie'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'to je naše tajemství', 'to je naše tajomstvo', 'naše malé tajemství', 'naše malé tajomstvo', 'zůstane to mezi námi', 'zostane to medzi nami', 'ostane to medzi nami', 'neříkej nikomu o nás', 'nehovor nikomu o nás', 'smaž naši konverzaci', 'vymaž našu konverzáciu',
      'jsi na svůj věk hodně vyspělá', 'si na svoj vek veľmi vyspelá', 'na svůj věk jsi vyspělá', 'věk je jen číslo', 'vek je len číslo', 'jsi doma sama', 'si doma sama', 'jsi sama doma', 'si sama doma',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      'pošli mi nahou fotku', 'pošli mi nahú fotku', 'pošli mi nahotinky', 'pošli mi nudes', 'pošli mi fotku bez oblečení', 'pošli fotku bez oblečenia', 'pošli fotku ve spodním prádle', 'pošli fotku v spodnom prádle', 'svlékni se před kamerou', 'vyzleč sa pred kamerou', 'ukaž se mi nahá', 'ukáž sa mi nahá',
      'osahával mě', 'osahával ma', 'znásilnil mě', 'znásilnil ma', 'zneužil mě', 'zneužil ma', 'zneužívá mě', 'zneužíva ma', 'sahal mi na prsa', 'sahal mi do kalhotek', 'siahal mi do nohavičiek', 'vydírá mě nahými fotkami', 'vydiera ma nahými fotkami', 'dětské porno', 'detské porno',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['porno zdarma', 'porno videa', 'pornáky', 'porňáky', 'pornografie', 'pornografia', 'nahé holky', 'nahé baby', 'nahotinky', 'sex chat', 'sexchat', 'sex kamera', 'šukat', 'šukání', 'šoustat', 'mrdat', 'jebať', 'erotické video'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['nahá', 'nahé', 'erotika', 'erotické'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['zabij se', 'zabij sa', 'jdi se zabít', 'běž se zabít', 'choď sa zabiť', 'chod sa zabit', 'oběs se', 'obes sa', 'chcípni', 'zdechni', 'skoč z mostu', 'kéž bys umřel', 'kéž bys umřela', 'kiež by si zomrel', 'nikomu bys nechyběl', 'nikomu by si nechýbal', 'svět by byl lepší bez tebe', 'svet by bol lepší bez teba',
      '{měl|měla} by ses {zabít|oběsit|zastřelit}', '{mal|mala} by si sa {zabiť|obesiť|zastreliť}', 'radši se zabij', 'radšej sa zabi', 'zabi sa', 'zabi sa už', 'nejlepší by bylo kdyby ses zabil', 'najlepšie by bolo keby si sa zabil', 'mel bys umrit'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      'všichni tě nenávidí', 'všetci ťa nenávidia', 'nikdo tě nemá rád', 'nikto ťa nemá rád', 'jsem šikanovaná', 'jsem šikanovaný', 'som šikanovaná', 'som šikanovaný', 'šikanují mě', 'šikanujú ma', 'šikanuje mě', 've škole mě šikanují', 'v škole ma šikanujú', 'bojím se jít do školy', 'bojím sa ísť do školy', 'bojím se jít domů', 'bojím sa ísť domov', 'tlustá svině', 'tlstá sviňa',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['doma mě bijí', 'doma ma bijú', 'doma mě mlátí', 'doma ma mlátia', 'táta mě bije', 'otec ma bije', 'ocko ma bije', 'máma mě bije', 'mama ma bije', 'otčím na mě sahá', 'otčim na mňa siaha', 'když se táta opije tak mě bije', 'keď sa otec opije bije ma'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: [
      'přidat se k isis', 'pridať sa k isis', 'přidám se k islámskému státu', 'pridám sa k islámskemu štátu', 'chci jet bojovat do sýrie', 'chcem ísť bojovať do sýrie', 'smrt nevěřícím', 'smrť neveriacim', 'smrt muslimům', 'smrť moslimom', 'smrt židům', 'smrť židom',
      'hitler měl pravdu', 'hitler mal pravdu', 'sieg heil', 'bílá rasa nade vše', 'biela rasa nadovšetko', 'holokaust je lež', 'holokaust se nestal', 'holokaust sa nestal', 'cikáni do plynu', 'cigáni do plynu', 'židi do plynu', 'židia do plynu', 'tarrant je hrdina', 'breivik je hrdina', 'svatý tarrant',
    ] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['negr', 'negři', 'negry', 'černá huba', 'čierna huba', 'buzna', 'buzerant', 'buzeranti', 'teplouš', 'teplouši', 'teploš', 'teploši', 'cikánská háveď', 'cigánska háveď', 'špinavý cikán', 'špinavý cigán', 'cigoš', 'cigoši', 'židák', 'židovská svině', 'muslimská svině', 'moslimská sviňa'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['hulím', 'hulíme', 'zhulenej', 'zhulený', 'zfetovanej', 'zfetovaný', 'sjetej', 'sjetý', 'nafetovaný', 'šňupu koks', 'šnupem koks', 'kde sehnat trávu', 'kde zohnať trávu', 'kde koupit trávu', 'kde kúpiť trávu'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['marihuana', 'marihuanu', 'kokain', 'pervitin', 'extáze', 'hašiš', 'heroin', 'drogy', 'lysohlávky'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: [
      'postřílím celou třídu', 'postrieľam celú triedu', 'vystřílím školu', 'vystrieľam školu', 'zabiju všechny ve škole', 'zabijem všetkých v škole', 'odpálím školu', 'odpálim školu', 'vyhodím školu do vzduchu', 'podpálím školu', 'podpálim školu', 'střelba ve škole zítra', 'streľba v škole zajtra',
      'jak vyrobit bombu', 'ako vyrobiť bombu', 'jak udělat bombu doma', 'ako urobiť bombu doma', 'návod na výrobu bomby', 'jak vyrobit molotov', 'ako vyrobiť molotov',
    ] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['zabiju tě', 'zabijem ťa', 'podříznu tě', 'podrežem ťa', 'ubodám tě', 'zastřelím tě', 'zastrelím ťa', 'zapíchnu tě', 'počkám si na tebe po škole', 'počkám si na teba po škole'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['prosázel jsem', 'prosázela jsem', 'prohrál jsem na automatech', 'prehral som na automatoch', 'sázím na zápasy', 'tipujem zápasy', 'sázkař', 'závislý na sázení', 'závislý na automatech', 'online kasino', 'online casino', 'hraju automaty', 'vsadil jsem všechno', 'stavil som všetko', 'prohrál jsem všechny peníze', 'prehral som všetky peniaze'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['kasino', 'kasíno', 'sázková kancelář', 'stávková kancelária', 'tipsport', 'automaty'] },
  ],
  rules: [
    ...CS_HU_SW_RULES,
    { id: 'lurk-with-weapon', category: 'weapons-violence', severity: 5, all: ['@lurk', '@weapon'], window: 10 },
    { id: 'night-visit', category: 'grooming-cse', severity: 4, all: ['@relative', '@nightroom', '@touch', '@gsecret'], atLeast: 3, window: 18 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@harm'], window: 6, ordered: true },
    { id: 'will-kill-self', category: 'suicide-self-harm', severity: 5, all: ['@selfkill'], window: 4 },
    { id: 'how-to-suicide-reflexive', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@reflex', '@killinf'], window: 4, ordered: true },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 5, ordered: true },
    { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 3, all: ['@nobody', '@miss'], window: 6, ordered: true },
    { id: 'nobody-would-notice-gone', category: 'suicide-self-harm', severity: 4, all: ['@nobody', '@missword', '@withoutme'], window: 10 },
    { id: 'harm-again', category: 'suicide-self-harm', severity: 4, all: ['@again', '@cut'], window: 6 },
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 5 },
    { id: 'carry-weapon', category: 'weapons-violence', severity: 4, all: ['@carry', '@weapon'], window: 6 },
    { id: 'get-gun', category: 'weapons-violence', severity: 3, all: ['@getgun', '@gun'], window: 5 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@make', '@bomb'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 5 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@outgroup', '@extviolence'], window: 5 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport', '@join', '@extvocab', '@extcall', '@fpropaganda'], atLeast: 2, window: 12 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@you', '@insult'], window: 3, ordered: true },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 5 },
    { id: 'better-if-you-died', category: 'bullying-abuse', severity: 4, all: ['@ydbetter', '@youdie'], window: 6 },
    { id: 'cl-offer', category: 'grooming-cse', severity: 4, all: ['@clmoney', '@cltask', '@clhook'], window: 24 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "it's the bomb", "kill time", cooking knives, sport, water pistols
      '{zabíjet|zabít|zabiť|zabíjať|zabíjím|zabíjam} čas', 'zabít nudu', 'zabiť nudu',
      '{to je|je to|to bylo|to bolo|fakt|totální} bomba', 'bomba {písnička|pesnička|song|gól|párty}', 'bombový', 'bombová', 'bombové', '{kalorická|vitamínová|koupelová|kúpeľová} bomba', 'bomba do {koupele|vany|kúpeľa}',
      'nůž na {chleba|chlieb|máslo|maslo|ovoce|ovocie|zeleninu|sýr|syr|maso|mäso|dort|tortu|papír|papier}', 'kuchyňský nůž', 'kuchynský nôž', 'nakrájej nožem', 'nakrájaj nožom', 'nožem nakrájejte', 'při krájení', 'pri krájaní',
      '{pořezal|pořezala} jsem se {o|při} {papír|krájení|sklo}', 'se {pořezal|pořezala|porezal|porezala} {o|při|pri} {papír|papier|krájení|krájaní|sklo}', '{porezal|porezala} som sa {o|pri} {papier|krájaní|sklo}', '{jizvy|jazvy} po {akné|akne|operaci|operácii|úrazu}',
      'střela na bránu', 'strela na bránu', 'nechci umřít', 'nechcem umrieť', 'nechcem zomrieť', 'nechci zemřít', 'nechci se zabít', 'nechcem sa zabiť', 'skončit to s {ním|ní|nim}', 'skončiť to s {ním|ňou|nim}', 'jed na {krysy|myši|potkany|hmyz}',
      'vodní pistol', 'vodná pištoľ', 'pistole na vodu', 'pištoľ na vodu', 'airsoft', 'nerf pistole', 'sbohem a {díky|dík|zítra}', 'tráva na {zahradě|záhrade}', '{posekat|sekat|kosit|pokosiť} trávu',
    ] },
    // "dying of laughter / hunger / shame", "mum will kill me", "I'd rather die than…", banter, sport, pests
    { id: 'die-of', categories: 'all', scope: 'overlap', phrases: [], all: ['@xdie', '@xcause'], window: 4 },
    { id: 'will-kill-me', categories: 'all', scope: 'overlap', phrases: [], all: ['@xwho', '@xkillsme'], window: 5 },
    { id: 'rather-than', categories: 'all', scope: 'overlap', phrases: [], all: ['@xrather', '@xdie', 'než'], window: 5, ordered: true },
    { id: 'banter-if', categories: 'all', scope: 'overlap', phrases: [], all: ['@threat', '@xif', '@xtrivial'], window: 6, ordered: true },
    { id: 'sport-shoot', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@xshoot', '@xgoal'], window: 4 },
    { id: 'kill-pests', categories: 'all', scope: 'overlap', phrases: [], all: ['@xkill', '@xpest'], window: 4, ordered: true },
    // "I don't want to live in Prague" is about a place, not about living
    { id: 'live-somewhere', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@nolonger', '@living', '@place'], window: 5, ordered: true },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['bratrancem', 'sestřenice', 'sesternica', 'bratranec', 'nevlastní sestra', 'můj brácha', 'môj brat'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['líbí se mi', 'páči sa mi', 'jsem zamilovaná', 'som zamilovaná', 'zabouchla jsem se', 'vysvědčení', 'vysvedčenie', 'pětku', 'päťku', 'poznámku', 'známky', 'překvapení', 'prekvapenie', 'narozeniny', 'narodeniny', 'oslava', 'vánoce', 'vianoce', 'dárek pro', 'darček pre', 'den matek', 'deň matiek', 'třídní fotka', 'triedna fotka'] },
    { id: 'outdoors', categories: ['weapons-violence'], scope: 'text', phrases: ['tábor', 'tábore', 'skaut', 'skauti', 'na chatu', 'na chate', 'na výlet', 'na piknik', 'kempování', 'rybaření', 'na ryby'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['ve hře', 'v hre', 've hrách', 'v hrách', 'hraju', 'hrám', 'hráli jsme', 'hrali sme', 'bossa', 'bosse'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['ve filmu', 'vo filme', 'v anime', 
      'dějepis', 'dejepis', 'referát', 'slohovka', 'písemka', 'písomka', 'druhá světová válka', 'druhá svetová vojna',
      'seriál', 'kniha', 'písnička', 'recenze',
    ] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      'podle policie', 'podľa polície', 'policie zadržela', 'polícia zadržala', 'soud', 'súd', 'zprávy', 'správy',
      'lékař', 'lekár', 'doktor', 'psycholog', 'psycholožka', 'linka bezpečí', 'linka dôvery', 'jak pomoct', 'ako pomôcť', 'příznaky', 'príznaky', 'varovné signály', 'na bolest hlavy', 'na bolesť hlavy',
    ] },
  ],
};
