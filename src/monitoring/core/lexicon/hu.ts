/**
 * Hungarian lexicon. Written for this project by its contributors from how young people write
 * about these risks in Hungarian chats, posts and searches — with or without accents (the
 * normaliser folds á, é, í, ó, ö, ő, ú, ü, ű, so "öngyilkos" and "ongyilkos" are one phrase) and
 * in chat spellings ("szeretnék"/"szeretnek", "akarok"/"akarom", "vok" for "vagyok"). No
 * third-party word list was copied. Licence: AGPL-3.0-or-later.
 *
 * Hungarian adds suffixes, so stems (`*`) are used where every ending keeps the meaning
 * ("öngyilkos*" is öngyilkos, öngyilkosság, öngyilkosságot…, "füvez*" is füvezni, füvezek…).
 * Negation is the separate word "nem" ("nem akarok meghalni"), which is not a negator here
 * ("nem akarok élni" is itself a risk, and "nem" is Portuguese): the innocent negative wordings
 * are senses instead. "Halál" (death) folds to "halal", so it is only used inside longer phrases.
 */
import type { LanguagePack } from './types.ts';
import { CS_HU_SW_RULES } from './rules-shared.ts';

const ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}';
const CHILD = '{10|11|12|13|14|15}';

export const hu: LanguagePack = {
  lang: 'hu',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['soha', 'sosem', 'sohasem', 'semmiképp', 'semmiképpen', 'egyáltalán nem'],
  concepts: {
    fight: ['kórházban végzi', 'kórházban végzik', 'kórházba kerül', 'szétverjük', 'megvárjuk', 'elkapjuk', 'szétcsapjuk', 'vér fog folyni'],
    hushthreat: ['ha elárulom', 'ha elmondom', 'ha szólok', 'ha bárkinek elmondom', 'kitesz a csapatból', 'senki nem hinne', 'senki nem hinne nekem', 'a mi titkunk', 'ne szólj'],
    alonewith: ['bent marad velem', 'egyedül marad velem', 'az öltözőben', 'öltözőben', 'bejön a szobámba', 'éjjel bejön', 'bejön hozzám', 'hozzám nyúl', 'fogdos', 'megsimogat', 'megfogdos', 'átölel'],
    trusted: ['az edzőm', 'edzőm', 'a tanárom', 'tanárom', 'a nagybátyám', 'a mostohaapám', 'a szomszéd', 'a hittantanár', 'a táborvezető', 'az osztályfőnököm'],
    // ---- suicide: first-person wish or plan × a harm action ----
    want: ['akarok', 'akarom', 'szeretnék', 'szeretnek', 'szeretném', 'fogok', 'fogom', 'készülök', 'tervezem', 'eldöntöttem', 'úgy döntöttem', 'azon gondolkodom', 'azon gondolkozom', 'gondolkodom', 'kedvem lenne', 'legszívesebben', 'ma este', 'ma éjjel', 'holnap'],
    harm: ['meghalni', 'halni', 'ölni magam', 'ölöm magam', 'megölni magam', 'megolni magam', 'megöljem magam', 'öngyilkos lenni', 'öngyilkos leszek', 'öngyilkosságot elkövetni', 'felkötni magam', 'felakasztani magam', 'leugrani', 'leugrani a hídról', 'végezni magammal', 'végzek magammal', 'véget vetni az életemnek', 'véget vetek az életemnek', 'eltűnni örökre', 'elaludni és nem felébredni', 'nem felébredni', 'túladagolni magam', 'bevenni az összes gyógyszert', 'bevenni az összes gyógyszerem', 'felvágni az ereimet', 'felvágom az ereimet', 'megmérgezni magam', 'vonat elé ugrani', 'vonat elé ugrok', 'megölöm magam', 'megölöm magamat', 'felakasztom magam', 'felkötöm magam'],
    howto: ['hogyan', 'hogy lehet', 'hogy kell', 'hogyan lehet', 'hogyan kell', 'milyen módon', 'leggyorsabban', 'legkönnyebben', 'fájdalommentesen', 'fajdalommentesen', 'hány', 'mennyi', 'legjobb módja', 'legegyszerűbb módja'],
    suicideword: ['öngyilkos lenni', 'öngyilkosságot elkövetni', 'megölni magam', 'megölni magamat', 'felakasztani magam', 'felkötni magam', 'meghalni', 'fájdalommentes halál', 'fájdalom nélkül meghalni', 'túladagolni'],
    pills: ['gyógyszer', 'gyógyszert', 'gyógyszerből', 'gyógyszerem', 'tabletta', 'tablettát', 'tablettából', 'paracetamol', 'paracetamolt', 'algopyrin', 'algopyrint', 'rubophen', 'rubophent', 'xanax', 'frontin', 'frontint', 'altató', 'altatót', 'nyugtató', 'nyugtatót', 'antidepresszáns'],
    death: ['meghaljak', 'meghalok', 'halálos adag', 'halálos adagja', 'halálos', 'belehaljak', 'belehalok', 'megöl', 'megölne', 'ne ébredjek fel', 'ne keljek fel', 'túladagolás', 'túladagoljam'],
    sdeath: ['meghalni', 'meghalok', 'öngyilkos', 'öngyilkosság', 'öngyilkosságot', 'a temetésem', 'ha meghalok', 'mire meghalok', 'megölöm magam', 'végzek magammal', 'megcsinálom', 'végzek', 'vége lesz'],
    smeans: ['kötél', 'kötelet', 'hurok', 'hurkot', 'a hídról', 'hídról', 'a tetőről', 'tetőről', 'vonat elé', 'sínekre', 'a sínekre', 'gyógyszerek', 'tabletták', 'pengét', 'pengével', 'ablakból', 'a tízedikről', 'panelház tetejéről'],
    stime: ['ma éjjel', 'ma este', 'holnap', 'nemsokára', 'hamarosan', 'hétvégén', 'ma éjszaka'],
    sfarewell: ['bocsássatok meg', 'bocsáss meg', 'bocsi mindenkitől', 'sajnálom mindenkitől', 'szeretlek titeket', 'szeretlek mindenkit', 'vigyázzatok anyára', 'vigyázzatok magatokra', 'búcsúlevél', 'búcsúlevelet', 'ez az utolsó üzenetem', 'utolsó üzenet', 'búcsúzom', 'elbúcsúzom', 'isten veletek', 'bocsi mindenkinek', 'bocsánat mindenkinek', 'bocs mindenkinek', 'sajnálom mindenkit', 'akit cserben hagyok', 'akiket cserben hagyok', 'cserben hagyok', 'ne haragudjatok'],
    shopeless: ['nincs értelme', 'nincs remény', 'nincs kiút', 'nem bírom tovább', 'nem birom tovabb', 'senki sem szeret', 'senki nem szeret', 'teher vagyok', 'csak teher vagyok', 'értéktelen vagyok', 'semmit sem érek', 'fáradt vagyok mindenhez', 'elegem van mindenből', 'utálom magam', 'utálom az életem'],
    nolonger: ['nem akarok', 'nem akarok már', 'már nem akarok', 'nincs kedvem', 'nincs értelme', 'semmi értelme', 'nincs miért', 'elegem van', 'nem bírok', 'minek', 'miért kéne', 'nem szeretnék'],
    living: ['élni', 'tovább élni', 'élni tovább', 'élnem', 'létezni', 'itt lenni', 'felébredni', 'az életből', 'ebből az életből', 'élek', 'élnék'],
    place: ['budapesten', 'pesten', 'vidéken', 'faluban', 'városban', 'a városban', 'angliában', 'londonban', 'külföldön', 'panelban', 'a szüleimmel', 'kollégiumban', 'internet nélkül', 'telefon nélkül', 'nélküled', 'nélküle'],
    better: ['jobb lenne', 'jobb lesz', 'jobban lennének', 'boldogabbak lennének', 'boldogabb lenne', 'könnyebb lenne', 'jobb nekik', 'jobb mindenkinek', 'mindenkinek jobb'],
    withoutme: ['nélkülem', 'ha nem lennék', 'ha meghalnék', 'ha eltűnnék', 'ha nem élnék', 'ha már nem lennék', 'ha itt sem lennék'],
    nobody: ['senki', 'senkinek', 'senki sem', 'senki se', 'senki nem'],
    miss: ['hiányoznék', 'hiányoznek', 'venné észre', 'vennék észre', 'sírna', 'sírna utánam', 'érdekelne', 'keresne'],
    wish: ['bárcsak', 'barcsak', 'jó lenne', 'jobb lenne ha', 'azt kívánom', 'szeretném ha'],
    nowake: ['meghalnék', 'meghalnek', 'halott lennék', 'ne ébrednék fel', 'nem ébrednék fel', 'ne születtem volna', 'meg se születtem volna', 'eltűnnék', 'nem léteznék'],
    cut: ['vagdosom magam', 'vagdosom magamat', 'megvágom magam', 'megvágtam magam', 'vágom magam', 'falcolok', 'falcoltam', 'falcolás', 'falcol*', 'karcolom magam', 'pengével', 'pengét', 'sebek a karomon', 'hegek', 'hegeket', 'a hegeimet', 'égetem magam', 'megégettem magam', 'önsértés', 'önsértő', 'önbántalmaz*'],
    hide: ['eltakarni', 'eltakarjam', 'elrejteni', 'elrejtsem', 'eldugni', 'hogy ne lássák', 'hogy anyu ne lássa', 'hogy a szüleim ne lássák', 'hosszú ujjú', 'hosszú ujjút', 'pulcsiban', 'ne vegyék észre'],
    again: ['megint', 'újra', 'ismét', 'már megint', 'minden nap', 'mindennap', 'mélyebben', 'még mindig'],
    edgoal: ['fogyni', 'lefogyni', 'le akarok fogyni', 'kilót', 'kilóval', 'kilóra', 'kiló', 'vékony', 'vékonyabb', 'sovány', 'soványabb', 'kövér vagyok', 'dagadt vagyok', 'thigh gap', 'combhézag'],
    edmethod: ['nem eszem semmit', 'napok óta nem eszem', 'nem ettem semmit', 'egész nap nem ettem', 'semmit nem eszem', 'semmit sem ettem', 'koplalok', 'koplalni', 'koplalás', 'hánytatom magam', 'hányok evés után', 'kihányom', 'hashajtó', 'hashajtót', 'csak vizet iszom', 'csak vizet'],
    // ---- grooming ----
    parents: ['a szüleidnek', 'szüleidnek', 'anyukádnak', 'anyádnak', 'apukádnak', 'apádnak', 'senkinek', 'a tanárodnak', 'a barátnőidnek', 'a szüleid'],
    secret: ['ne mondd el', 'ne mond el', 'ne szólj', 'ne beszélj', 'nem mondhatod el', 'nem szabad elmondanod', 'el ne mondd', 'ne tudják meg', 'ne tudja meg', 'ne mutasd meg'],
    gcontact: ['egy pasi a netről', 'egy srác a netről', 'egy férfi a netről', 'egy idősebb srác', 'egy idősebb pasi', 'egy felnőtt férfi', 'egy idegen', 'egy ismeretlen', 'a játékból', 'a discordról', 'a tiktokról', 'az instáról', 'írt nekem', 'rám írt', 'bejelölt'],
    gsecret: ['titok', 'a mi titkunk', 'kettőnk titka', 'maradjon köztünk', 'köztünk marad', 'senkinek se mondd', 'senkinek ne mondd', 'töröld az üzeneteket', 'töröld a chatet', 'töröld ki', 'töröld', 'senki nem fogja megtudni'],
    gmeet: ['találkozzunk', 'találkozzunk valahol', 'gyere egyedül', 'egyedül gyere', 'elmegyek érted', 'érted megyek', 'gyere el hozzám', 'nálam', 'ülj be a kocsiba', 'a kocsimba', 'szállodában', 'ne hozz senkit'],
    gpics: ['ruha nélkül', 'ruha nélküli', 'meztelenül', 'pucéran', 'küldjek neki {képet|képeket|fotót|fotókat|videót}', 'küldjek {képet|képeket|fotót|fotókat} magamról', 'küldj képet', 'küldj egy képet', 'küldj fotót', 'küldj egy fotót', 'küldj magadról', 'képet magadról', 'kapcsold be a kamerát', 'kamerát', 'mutasd magad', 'mutasd meg magad', 'fehérneműben', 'bikiniben', 'pizsamában', 'zuhany alatt', 'a fürdőben'],
    gage: ['hány éves vagy', 'hany eves vagy', 'hanyadikos vagy', 'hányadikba jársz', 'melyik suliba jársz', 'melyik iskolába jársz', 'a kor csak egy szám', 'a kor csak szám', 'érett vagy a korodhoz képest', 'a korodhoz képest'],
    ggift: ['veszek neked', 'veszek neked egy', 'küldök pénzt', 'adok pénzt', 'fizetek', 'kifizetem', 'feltöltöm az egyenleged', 'robuxot', 'vbuckst', 'skint veszek', 'ajándékot', 'új telefont', 'iphonet'],
    gflatter: ['olyan szép vagy', 'nagyon szép vagy', 'gyönyörű vagy', 'olyan érett vagy', 'nagyon érett vagy', 'nem vagy olyan mint a többiek', 'csak én értelek meg', 'bízz bennem', 'bizz bennem', 'különleges vagy', 'érettnek tűnsz', 'nagyon érettnek tűnsz', 'idősebbnek tűnsz', 'idősebbnek nézel ki', 'nagyobbnak nézel ki', 'érettebb vagy', 'nem nézel ki'],
    galone: ['egyedül vagy', 'egyedül vagy otthon', 'otthon vagy egyedül', 'itthon vagy egyedül', 'a szüleid otthon vannak', 'alszanak a szüleid', 'éjfélkor', 'éjjel amikor mindenki alszik'],
    gprivapp: ['{menjünk át|gyere át|váltsunk} {telegramra|snapre|discordra|whatsappra|privátba}', 'snapen', 'snapchaten', 'telegramon', 'discordon', 'privátban', 'priviben', 'privibe', 'írj privátban', 'másik fiók', 'fake fiók', 'titkos fiók', 'whatsappon', 'telegramra', 'snapre', 'snapchatre', 'discordra', 'whatsappra', 'gyere át', 'senki nem látja', 'ott senki nem látja', 'senki nem fogja látni'],
    adultage: [`${ADULT} éves vagyok`, `${ADULT} eves vagyok`, `ő ${ADULT}`, `${ADULT} éves pasi`, `${ADULT} éves férfi`, `${ADULT} éves srác`, `ő már ${ADULT}`],
    childage: [`${CHILD} éves vagyok`, `${CHILD} eves vagyok`, `${CHILD} vagyok`, `csak ${CHILD} vagyok`, `én ${CHILD}`],
    cond: ['ha nem', 'ha nem küldesz', 'ha nem fizetsz', 'különben', 'kulonben', 'vagy pedig', 'máskülönben', 'nem utalok', 'nem utalsz', 'nem fizetek', 'nem küldök', 'holnapig', 'ha holnapig nem'],
    expose: ['elküldöm mindenkinek', 'mindenkinek elküldöm', 'kirakom', 'kiteszem', 'felteszem a netre', 'feltöltöm', 'megmutatom a szüleidnek', 'elküldöm a szüleidnek', 'szétküldöm', 'megmutatom mindenkinek', 'az egész sulinak', 'elküldi', 'kirakja', 'kiteszi', 'megmutatja', 'szétküldi', 'feltölti', 'elküldi az osztályfőnöknek', 'elküldi anyámnak'],
    media: ['képeidet', 'képeid', 'képeket', 'képet', 'fotóidat', 'fotókat', 'videódat', 'videót', 'meztelen képeidet', 'a képeidet', 'meztelen képeimet', 'képeimet', 'a képeimet', 'videómat', 'a videómat', 'meztelen videómat', 'fotóimat'],
    // ---- violence ----
    weapon: ['kés', 'kést', 'késsel', 'kését', 'késem', 'késemet', 'bicsk*', 'pisztoly*', 'fegyver*', 'lőfegyver*', 'puska', 'puskát', 'puskával', 'gázspray', 'bomba', 'bombát', 'robbanószer*', 'molotov', 'macsetét', 'baltát', 'boxert', 'baseballütő*', 'vasrud*', 'láncot', 'boxer', 'bokszert'],
    bring: ['beviszem', 'bevinni', 'viszek', 'hozok', 'behozom', 'elviszem', 'magammal viszem', 'nálam van', 'nálam lesz', 'a táskámban', 'a zsebemben', 'hordok', 'hordom', 'magamnál', 'hozzatok', 'hozz', 'hozzon mindenki', 'hozunk'],
    school: ['iskolába', 'iskolában', 'az iskolát', 'suliba', 'a suliban', 'suliban', 'sulit', 'osztályba', 'az osztályban', 'osztályban', 'tanárt', 'tanárnőt', 'az osztálytársaimat', 'a szünetben'],
    threat: ['megöllek', 'megollek', 'lelőlek', 'lelolek', 'leszúrlak', 'leszurlak', 'kinyírlak', 'kinyirlak', 'agyonverlek', 'megfojtalak', 'elvágom a torkod', 'megölöm', 'lelövöm', 'leszúrom', 'kinyírom', 'lelövök mindenkit', 'megölök mindenkit', 'mindenkit lelövök', 'mindenkit megölök'],
    carry: ['nálam van', 'nálam', 'a táskámban', 'a zsebemben', 'magamnál', 'hordok', 'magamnál hordok', 'mindig nálam'],
    gun: ['fegyver*', 'pisztoly*', 'lőfegyver*', 'puskát', 'glockot', 'gépfegyvert', 'töltényt', 'lőszert'],
    getgun: ['hol lehet venni', 'hol tudok venni', 'hol veszek', 'honnan szerezzek', 'honnan lehet szerezni', 'engedély nélkül', 'feketén', 'darkweben', 'hol kapni'],
    make: ['készíteni', 'készítsek', 'csinálni', 'csináljak', 'építeni', 'barkácsolni', 'készítés', 'készítése', 'elkészíteni', 'házilag'],
    bomb: ['bombát', 'bomba', 'csőbombát', 'robbanószert', 'molotov koktélt', 'molotovot', 'fegyvert', 'pisztolyt', 'hangtompítót', 'napalmot'],
    dontcome: ['holnap ne gyertek suliba', 'holnap ne gyertek iskolába', 'holnap ne menjetek suliba', 'holnap ne gyere suliba', 'ne gyertek holnap suliba'],
    serious: ['komolyan mondom', 'nem viccelek', 'figyelmeztetlek', 'figyelmeztetek mindenkit', 'megbánjátok', 'meg fogjátok bánni', 'majd meglátjátok', 'mindenki megfizet'],
    // ---- extremism ----
    extfigure: ['hitler', 'hitlernek', 'breivik', 'tarrant', 'iszlám állam', 'bin laden', 'a nácik', 'nácik', 'szálasi', 'nyilasok'],
    extsupport: ['igaza volt', 'igazuk volt', 'hős volt', 'egy hős', 'a hősöm', 'példaképem', 'a példaképem', 'tisztelem', 'támogatom', 'csodálom', 'legenda'],
    join: ['csatlakozni', 'csatlakozom', 'csatlakoznék', 'belépni', 'belépek', 'harcolni', 'harcolni értük', 'kimenni szíriába', 'elmenni szíriába'],
    extgroup: ['iszlám államhoz', 'iszlám állam', 'dzsihád', 'dzsihádhoz', 'dzsihádista', 'al-kaida', 'al kaida', 'tálibok', 'neonáci', 'neonácikhoz', 'hungarista', 'hungaristákhoz', 'kalifátus', 'kalifátushoz'],
    extvocab: ['lecserélnek minket', 'lecserélnek bennünket', 'le akarnak cserélni minket', 'le akarnak cserélni bennünket', 'lecserélik a népünket', 'lecserélés', 'népcserét', 'fehér faj', 'a fehér faj', 'fajháború', 'faji háború', 'nagy lecserélés', 'népcsere', 'cigánybűnözés', 'zsidó világösszeesküvés', 'migránsinvázió', 'migráns invázió', 'iszlamizáció', 'mecsetes lövöldözés', 'mecseti lövöldözés', 'mecsetes lövöldöző', 'mecsetes merénylet'],
    extcall: ['fegyvert fogni', 'fogjunk fegyvert', 'ragadjunk fegyvert', 'fegyvert ragadni', 'fel kell fegyverkeznünk', 'fegyverkezzetek', 'aki férfi csatlakozzon', 'csatlakozzatok hozzánk', 'csatlakozz hozzánk', 'itt az ideje cselekedni', 'cselekednünk kell', 'meg kell állítanunk őket', 'harcolnunk kell', 'fegyverbe', 'ki kell irtani', 'ki kell írtani'],
    outgroup: ['cigányokat', 'cigányok', 'zsidókat', 'zsidók', 'migránsokat', 'migránsok', 'muszlimokat', 'muszlimok', 'feketéket', 'négereket', 'buzikat', 'melegeket', 'hitetleneket'],
    extviolence: ['ki kell irtani', 'ki kell írtani', 'gázba', 'a gázba', 'le kell lőni', 'meg kell ölni', 'agyon kell verni', 'fel kell akasztani', 'el kell égetni', 'kiirtani', 'kiírtani', 'halál a'],
    worship: ['mecset', 'mecsetet', 'zsinagóga', 'zsinagógát', 'templom', 'templomot', 'menekülttábor', 'menekülttábort'],
    attack: ['felrobbantani', 'felrobbantom', 'felgyújtani', 'felgyújtom', 'megtámadni', 'megtámadom', 'lelövöldözni', 'támadás', 'merénylet'],
    fpropaganda: ['kiáltványát', 'a kiáltvány', 'kiáltvány', 'a támadás videója', 'élő közvetítés a támadásról', 'töltsd le a kiáltványt', 'kiáltványt', 'a kiáltványt', 'élő videóját', 'élő videó', 'élő közvetítését', 'a merénylő videóját'],
    // ---- hate ----
    group: ['cigányok', 'cigányokat', 'romák', 'zsidók', 'zsidókat', 'migránsok', 'migránsokat', 'menekültek', 'muszlimok', 'feketék', 'négerek', 'buzik', 'melegek', 'homokosok', 'románok', 'ukránok', 'arabok', 'transzok', 'lmbtq'],
    hateclaim: ['gázba velük', 'a gázba', 'ki kell irtani', 'ki kell írtani', 'állatok', 'patkányok', 'férgek', 'paraziták', 'mocskos', 'büdös', 'büdösek', 'nem emberek', 'takarodjanak', 'takarodjatok', 'menjenek haza', 'utálom', 'gyűlölöm', 'betegek', 'mind lopnak', 'lopnak', 'alsóbbrendűek', 'söpredék', 'csőcselék', 'deportálni'],
    // ---- abuse at home and bullying ----
    abuser: ['apám', 'apu', 'apa', 'anyám', 'anyu', 'anya', 'a nevelőapám', 'nevelőapám', 'mostohaapám', 'anyám barátja', 'anyu barátja', 'a bátyám', 'bátyám', 'nagybátyám', 'nagyapám', 'a szüleim'],
    abuse: ['megver', 'megvert', 'megüt', 'megütött', 'pofon vág', 'pofonvág', 'rugdos', 'fojtogat', 'bezár a szobámba', 'hozzám nyúl', 'hozzám nyúlt', 'fogdos', 'fogdosott', 'megégetett', 'nem ad enni', 'kidobott otthonról', 'fenyeget', 'szíjjal ver', 'övvel ver', 'bezár a kamrába', 'bezár a pincébe', 'bezár a szobába', 'bezárt a kamrába', 'bezárt a pincébe', 'kék foltokkal', 'tele vagyok kék foltokkal', 'monoklit'],
    bullyactor: ['mindenki', 'az egész osztály', 'az osztálytársaim', 'osztálytársaim', 'a lányok', 'a fiúk', 'a srácok', 'a nagyobbak', 'páran', 'néhányan', 'a suliban', 'az osztályban'],
    bullyact: ['kiközösítenek', 'kigúnyolnak', 'csúfolnak', 'cikiznek', 'szekálnak', 'piszkálnak', 'bántanak', 'zaklatnak', 'megvernek', 'megvertek', 'kinevetnek', 'kiröhögnek', 'kicsúfolnak', 'utálnak', 'nem állnak velem szóba', 'senki nem áll velem szóba', 'levegőnek néznek', 'kirúgtak a csoportból', 'kitettek a csoportból', 'lefilmeztek', 'elveszik a cuccaimat', 'lökdösnek', 'leköpnek', 'fenyegetnek', 'csúnya neveket mondanak', 'gúnynevet'],
    you: ['vagy'],
    insult: ['kövér disznó', 'kövér tehén', 'dagadt', 'ronda', 'undorító', 'nyomorék', 'retardált', 'szánalmas', 'egy senki', 'egy nulla', 'ribanc', 'lotyó', 'szajha'],
    spread: ['küldjük el', 'küldjük szét', 'tegyük ki', 'rakjuk ki', 'osszuk meg', 'küldd tovább', 'küldd el mindenkinek'],
    nudepics: ['meztelen képeit', 'meztelen képét', 'pucér képeit', 'a nudes', 'nudes-ait', 'a meztelen képeket'],
    // ---- drugs ----
    drug: ['füvet', 'fűvel', 'spangli', 'spanglit', 'marihuána', 'marihuánát', 'kokain', 'kokaint', 'kokót', 'speed', 'speedet', 'extasy', 'ekszit', 'herbál', 'herbált', 'lsd', 'heroin', 'heroint', 'drog', 'drogot', 'drogok', 'drogokat', 'mdma', 'vape', 'vapet', 'thc', 'biofű*'],
    buy: ['venni', 'veszek', 'szerezni', 'szerezzek', 'szerzek', 'honnan', 'hol lehet', 'hol kapni', 'díler', 'dílert', 'dílertől', 'árul', 'árulja', 'kipróbálni', 'kipróbáltam', 'szívni', 'szívtam', 'szívok', 'bevenni', 'bevettem', 'beszívni', 'felszívni', 'rendelni'],
    // ---- gambling ----
    // "it'd be better if you killed yourself"
    youdie: ['ha megölnéd magad', 'ha felkötnéd magad', 'ha meghalnál', 'ha megdöglenél', 'ha nem élnél', 'ha öngyilkos lennél'],
    // criminal exploitation: an older person's offer of paid "deliveries" (county lines)
    clmoney: ['napi {10|15|20|30|50} {ezer|ezret|k}', 'készpénzben', 'kp-ban', 'könnyű pénz', 'gyors pénz', 'könnyen kereshetsz', 'jól fizetünk', 'jól fizetek'],
    cltask: ['csomagok kihordására', 'csomagokat kihordani', 'csomagot elvinni', 'csomagokat vinni', 'kihordás', 'kihordására', 'futárnak', 'futárkodni', 'árut vinni', 'cuccot vinni', 'cuccot elvinni'],
    clhook: ['ne kérdezz semmit', 'ne kérdezz', 'kérdések nélkül', 'semmi kérdés', 'senkinek egy szót se', 'írj privátban', 'írj dm-ben', '{13|14|15|16} évestől', 'fiatalokat keresünk', 'fiúkat keresünk', 'suli után'],
    bet: ['tippmix', 'tippmixen', 'tippmixel*', 'sportfogadás', 'sportfogad*', 'fogadási iroda', 'fogadóiroda', 'kaszinó', 'kaszinóban', 'online kaszinó', 'nyerőgép', 'nyerőgépen', 'nyerőgépezni', 'rulett', 'póker', 'pókerezni', 'szerencsejáték', 'szerencsejátékot', 'lootbox', 'ládanyitás', 'ládát nyitni', 'szelvény', 'szelvényt'],
    minor: [`${CHILD} éves vagyok`, 'anyám kártyájával', 'anyu kártyájával', 'apu kártyájával', 'apám kártyájával', 'a zsebpénzem', 'zsebpénzemet', 'adósság', 'tartozom', 'kölcsönkértem', 'elvesztettem', 'elbuktam', 'elvesztettem az összes', 'nem tudom abbahagyni', 'függő vagyok', 'rászoktam'],
    // innocent frames (senses): "meghalok a nevetéstől", "anyám megöl", "megöllek ha megeszed"
    xdie: ['halni', 'halok', 'meghalok', 'meghaltam', 'meghalunk', 'meghalni', 'megdöglök', 'megdögleni', 'belehalok', 'belehaltam', 'megőrülök'],
    xcause: ['a nevetéstől', 'nevetéstől', 'röhögéstől', 'a röhögéstől', 'éhen', 'éhségtől', 'unalmamban', 'unalomtól', 'az unalomtól', 'a melegtől', 'melegtől', 'hőségtől', 'a hidegtől', 'szégyenemben', 'szégyenben', 'izgalmamban', 'a kíváncsiságtól', 'a fáradtságtól', 'cukiságtól', 'a cukiságtól'],
    xwho: ['anyám', 'anyu', 'anya', 'apám', 'apu', 'apa', 'a tanár', 'a tanárnő', 'az osztályfőnök', 'az edző', 'a tesóm', 'ez a dolgozat', 'ez a meleg', 'ez a hőség', 'a matek', 'ez a feladat', 'ez a dal', 'ez a szám'],
    xkillsme: ['megöl', 'meg fog ölni', 'kinyír', 'ki fog nyírni', 'agyonver', 'megöl engem', 'kicsinál'],
    xif: ['ha', 'hogyha', 'amennyiben'],
    xtrivial: ['megeszed', 'megeszitek', 'elveszed', 'elveszitek', 'spoilerezed', 'spoilerezel', 'elmondod', 'elfelejted', 'késel', 'elkésel', 'nem jössz', 'nem írsz', 'eltöröd', 'megiszod', 'elhagyod'],
    xshoot: ['lőtt', 'lő', 'lőni', 'lövés', 'lövést', 'belőtte', 'rúgta', 'lőtte'],
    xgoal: ['gólt', 'gól', 'kapura', 'a kapuba', 'a hálóba', 'kosarat', 'hármast', 'tizenegyest', 'büntetőt', 'szabadrúgást'],
    xkill: ['megöli', 'megölöm', 'megölni', 'öli', 'öld meg', 'megöltem', 'kinyírtam', 'irtani'],
    xpest: ['a baktériumokat', 'baktériumokat', 'vírusokat', 'a pókot', 'pókot', 'legyet', 'a legyet', 'szúnyogot', 'csótányt', 'hangyákat', 'egeret', 'patkányt', 'a bosst', 'bosst', 'zombit', 'creepert', 'a fájdalmat', 'a gazt'],
    xnotwant: ['nem akarok', 'nem szeretnék', 'nem akarom', 'nem fogok', 'nem fogom', 'sosem akartam', 'nem tervezem', 'nem készülök'],
    xdieinf: ['meghalni', 'halni', 'megölni magam', 'öngyilkos lenni', 'megölöm magam'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'meg akarok halni', 'meg akarok már halni', 'meg szeretnék halni', 'megakarok halni', 'öngyilkos leszek', 'öngyilkos akarok lenni', 'meg fogom ölni magam', 'megölöm magam', 'fel fogom kötni magam', 'felkötöm magam', 'felakasztom magam', 'leugrom a hídról', 'leugrok a hídról', 'leugrok a tetőről', 'véget vetek az életemnek', 'végzek magammal', 'bárcsak meghalnék', 'bárcsak halott lennék',
      'nem akarok élni', 'nem akarok tovább élni', 'nem akarok már élni', 'már nem akarok élni', 'nincs kedvem élni', 'hogyan legyek öngyilkos', 'hogy legyek öngyilkos', 'hogyan öljem meg magam', 'hogy öljem meg magam', 'fájdalommentes öngyilkosság', 'fájdalommentes halál', 'ma éjjel megölöm magam', 'ez az utolsó üzenetem', 'megírtam a búcsúlevelem', 'búcsúlevelet írok',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['öngyilkos*', 'ongyilkos*', 'öngyilkossági gondolat*', 'a halálra gondolok', 'halálra gondolok', 'el akarok tűnni', 'eltűnnék örökre', 'utálom az életem', 'gyűlölöm az életem', 'utálom magam', 'teher vagyok mindenkinek', 'mindenkinek jobb lenne nélkülem', 'senkinek nem hiányoznék', 'senkinek sem hiányoznék', 'bárcsak meg se születtem volna', 'minek élek', 'miért élek még', 'nincs miért élnem', 'az életnek nincs értelme', 'az életemnek nincs értelme'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['vagdosom magam', 'vagdosom a karom', 'megvágom magam', 'falcolok', 'falcoltam', 'megint falcoltam', 'pengével vágom magam', 'hogyan takarjam el a vágásokat', 'hogyan rejtsem el a hegeket', 'hogyan hányjak evés után', 'hogyan ne egyek', 'pro ana', 'proana', 'thinspo', 'anás vagyok'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['önsértés', 'önsebzés', 'anorexiás', 'bulimiás'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'ez a mi titkunk', 'ez a mi kis titkunk', 'a mi kis titkunk', 'maradjon köztünk', 'ne mondd el a szüleidnek', 'ne mond el a szuleidnek', 'ne mondd el anyukádnak', 'ne mondd el senkinek rólunk', 'töröld az üzeneteinket', 'töröld ki a chatünket',
      'érett vagy a korodhoz képest', 'nagyon érett vagy a korodhoz képest', 'a kor csak egy szám', 'egyedül vagy otthon', 'otthon vagy egyedül', 'gyere egyedül és ne mondd el senkinek',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{küldj|küldjek} {neki|nekem|magamról|magadról|} {képet|képeket|fotót|fotókat} ruha nélkül', '{küldj|küldjek} {képet|képeket|fotót|fotókat} {magamról|magadról} ruha nélkül', 'ruha nélküli {képeket|fotókat} {kér|kért|akar}', 'küldj meztelen képet', 'küldj egy meztelen képet', 'küldj pucér képet', 'küldj nudest', 'küldj magadról meztelen', 'vetkőzz le a kamera előtt', 'vetkőzz le nekem', 'vetkőzz le', 'kapcsold be a kamerát és vetkőzz', 'küldj képet fehérneműben', 'mutasd meg a melled',
      'hozzám nyúlt', 'fogdosott', 'megerőszakolt', 'megerőszakoltak', 'molesztált', 'zsarol a képeimmel', 'zsarol a meztelen képeimmel', 'gyerekpornó', 'gyermekpornó',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['pornóvideók', 'pornó videók', 'ingyen pornó', 'pornóoldal', 'szexvideó', 'szex videók', 'meztelen lányok', 'meztelen csajok', 'pucér csajok', 'szexkamera', 'szexchat', 'dugni akarok', 'baszni', 'kufirc', 'punci', 'erotikus videó'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['szex', 'meztelen', 'pucér', 'erotikus'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['öld meg magad', 'old meg magad', 'nyírd ki magad', 'nyird ki magad', 'kösd fel magad', 'akaszd fel magad', 'dögölj meg', 'dogolj meg', 'halj meg', 'menj és halj meg', 'ugorj le a hídról', 'bárcsak meghalnál', 'bárcsak megdöglenél', 'senkinek nem hiányoznál', 'jobb lenne nélküled mindenkinek', 'mindenki utál téged', 'senki sem szeret téged', 'senki nem szeret téged'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['kiközösítenek az osztályban', 'csúfolnak a suliban', 'bántanak a suliban', 'zaklatnak a suliban', 'félek iskolába menni', 'félek suliba menni', 'félek hazamenni', 'félek haza menni', 'kövér disznó vagy', 'egy senki vagy', 'mindenki utál', 'senki nem áll velem szóba', 'engem bántanak'] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['otthon vernek', 'otthon bántanak', 'apám megver', 'apu megver', 'anyám megver', 'a nevelőapám hozzám nyúl', 'ha iszik megver', 'ha részeg megver', 'övvel ver', 'szíjjal ver'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: [
      'csatlakozni akarok az iszlám államhoz', 'hogyan csatlakozzak az iszlám államhoz', 'halál a hitetlenekre', 'dzsihád a hitetlenek ellen', 'hitlernek igaza volt', 'hitlernek igaza volt a zsidókkal', 'heil hitler', 'sieg heil', 'a fehér faj felsőbbrendű', 'fajháború jön', 'a holokauszt hazugság', 'nem volt holokauszt', 'holokauszt nem történt meg',
      'cigányokat gázba', 'zsidókat gázba', 'gázba a cigányokkal', 'gázba a zsidókkal', 'ki kell irtani a cigányokat', 'ki kell irtani a zsidókat', 'tarrant egy hős', 'breivik egy hős', 'halál a migránsokra', 'halál a zsidókra', 'halál a cigányokra',
    ] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['buzi', 'buzik', 'buzikat', 'köcsög buzi', 'homokos', 'homokosok', 'büdös cigány', 'büdös cigányok', 'mocskos cigány', 'mocskos cigányok', 'cigánygyerek', 'büdös zsidó', 'mocskos zsidó', 'zsidó disznó', 'néger', 'négerek', 'nigger', 'majom néger', 'büdös román', 'oláh', 'oláhok', 'mocskos migráns', 'migránsok takarodjanak', 'cigányok takarodjanak'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['füvez*', 'fuvez*', 'spanglizni', 'spangliztam', 'be vagyok állva', 'be voltam állva', 'beállva', 'betépve', 'betéptem', 'be vagyok tépve', 'szétcsúszva', 'herbáloz*', 'kristályoz*', 'kokózni', 'kokóztam', 'bogyóztam', 'bogyózni', 'hol lehet füvet venni', 'hol lehet füvet szerezni', 'ki árul füvet', 'díler kell'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['marihuána', 'kokain', 'heroin', 'drogok', 'kábítószer', 'herbál', 'szintetikus drog'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: [
      'lelövök mindenkit a suliban', 'lelövök mindenkit az iskolában', 'mindenkit lelövök a suliban', 'megölök mindenkit a suliban', 'felrobbantom az iskolát', 'felrobbantom a sulit', 'felgyújtom az iskolát', 'felgyújtom a sulit', 'iskolai lövöldözést tervezek', 'lövöldözés lesz holnap a suliban', 'mészárlás lesz a suliban',
      'hogyan készítsek bombát', 'hogyan kell bombát csinálni', 'bomba készítése házilag', 'házi bomba készítés', 'molotov koktél készítése', 'hogyan csináljak molotovot',
    ] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['megöllek', 'lelőlek', 'leszúrlak', 'kinyírlak', 'agyonverlek', 'megfojtalak', 'elvágom a torkod', 'megvárlak suli után', 'suli után megöllek', 'megkeresem és megölöm'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['tippmixel*', 'tippmixez*', 'sportfogadás*', 'sportfogadáson', 'nyerőgépez*', 'online kaszinó', 'kaszinózni', 'kaszinóztam', 'elbuktam a tippmixen', 'elvesztettem az összes pénzem', 'elszerencsejátékoztam', 'szerencsejáték függő', 'szerencsejáték-függő', 'fogadásfüggő', 'rászoktam a fogadásra'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['tippmix', 'kaszinó', 'nyerőgép', 'szerencsejáték', 'fogadóiroda'] },
  ],
  rules: [
    ...CS_HU_SW_RULES,
    { id: 'bring-weapon-fight', category: 'weapons-violence', severity: 4, all: ['@bring', '@weapon', '@fight'], window: 14 },
    { id: 'trusted-adult-secret', category: 'grooming-cse', severity: 4, all: ['@trusted', '@alonewith', '@hushthreat', '@gsecret'], atLeast: 3, window: 18 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@harm'], window: 6 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 7 },
    { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, all: ['@nolonger', '@living'], window: 5, ordered: true },
    { id: 'nobody-would-miss', category: 'suicide-self-harm', severity: 3, all: ['@nobody', '@miss'], window: 4, ordered: true },
    { id: 'wish-not-alive', category: 'suicide-self-harm', severity: 4, all: ['@wish', '@nowake'], window: 5, ordered: true },
    { id: 'harm-again', category: 'suicide-self-harm', severity: 4, all: ['@again', '@cut'], window: 5 },
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edgoal', '@edmethod'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 5 },
    { id: 'carry-weapon', category: 'weapons-violence', severity: 4, all: ['@carry', '@weapon'], window: 5 },
    { id: 'get-gun', category: 'weapons-violence', severity: 3, all: ['@getgun', '@gun'], window: 6 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@bomb', '@make'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 6 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@outgroup', '@extviolence'], window: 6 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extfigure', '@extsupport', '@extvocab', '@extcall', '@fpropaganda'], atLeast: 2, window: 12 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 4 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@insult', '@you'], window: 3, ordered: true },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@drug', '@buy'], window: 6 },
    { id: 'better-if-you-died', category: 'bullying-abuse', severity: 4, all: ['@better', '@youdie'], window: 6 },
    { id: 'cl-offer', category: 'grooming-cse', severity: 4, all: ['@clmoney', '@cltask', '@clhook'], window: 24 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "perc" is a minute, not the English slang for Percocet
      '{1|2|3|4|5|6|8|10|15|20|25|30|40|45|50|60|90|egy|két|három|négy|öt|tíz|húsz|harminc|pár|néhány|fél|utolsó} perc', 'perc {múlva|alatt|után|késés|szünet|van hátra|volt|és kész}',
      'ez bomba', 'bomba jó', 'bombajó', 'bomba csaj', 'bomba formában', 'bombázó', 'fürdőbomba', 'kalóriabomba', 'vitaminbomba', 'bomba hír', 'az idő ölése', 'időt ölni', 'ölöm az időt', 'konyhakés', 'kenyérvágó kés', 'vajkés', 'késsel vágd', 'késsel vágjuk', 'vágd fel a hagymát', 'megvágtam magam papírral', 'megvágtam az ujjam', 'vízipisztoly', 'vizipisztoly', 'ragasztópisztoly', 'nerf pisztoly', 'airsoft', 'patkányméreg', 'egérméreg', '{aknés|pattanásos|akne|műtéti} hegek', 'a hegeket a műtét után',
      'nem akarok meghalni', 'nem akarok még meghalni', 'nem akarom hogy meghalj', 'a fű zöld', 'füvet nyírni', 'fűnyírás', 'lenyírni a füvet', 'gomba leves', 'gombaleves', 'gombás', 'gombát szedni', 'bélyeggyűjtés', 'postai bélyeg',
    ] },
    { id: 'die-of', categories: 'all', scope: 'overlap', phrases: [], all: ['@xdie', '@xcause'], window: 4 },
    { id: 'will-kill-me', categories: 'all', scope: 'overlap', phrases: [], all: ['@xwho', '@xkillsme'], window: 4 },
    { id: 'banter-if', categories: 'all', scope: 'overlap', phrases: [], all: ['@threat', '@xif', '@xtrivial'], window: 6, ordered: true },
    { id: 'sport-shoot', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@xshoot', '@xgoal'], window: 4 },
    { id: 'kill-pests', categories: 'all', scope: 'overlap', phrases: [], all: ['@xkill', '@xpest'], window: 4 },
    { id: 'not-want-to-die', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@xnotwant', '@xdieinf'], window: 3, ordered: true },
    { id: 'live-somewhere', categories: ['suicide-self-harm'], scope: 'overlap', phrases: [], all: ['@nolonger', '@living', '@place'], window: 5 },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['unokatesóm', 'unokatestvérem', 'a nagybátyám', 'a nagynéném', 'a mamám', 'a papám', 'a keresztapám', 'a tesóm', 'a bátyám', 'a nővérem'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['meglepetés', 'meglepetést', 'meglepetésbuli', 'szülinap', 'szülinapi', 'születésnap', 'születésnapi', 'anyák napja', 'anyák napjára', 'karácsony', 'karácsonyra', 'ajándék neki', 'tetszik nekem', 'bele vagyok zúgva', 'szerelmes vagyok', 'az ellenőrzőmet', 'a bizonyítványom', 'tetszik', 'egyest kaptam', 'osztályfotó', 'igazolványkép'] },
    { id: 'outdoors', categories: ['weapons-violence'], scope: 'text', phrases: ['tábor', 'táborban', 'cserkész', 'cserkészek', 'kirándulás', 'kirándulásra', 'piknik', 'piknikre', 'horgászni', 'horgászat', 'sátor', 'vadászat', 'faragni', 'bicskával faragok'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['a játékban', 'játékban', 'játszottunk', 'játszom', 'játszani', 'pályán', 'a meccsen', 'meccs', 'a szerveren', 'szerveren', 'karakterem'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['filmben', 'a filmben', 'filmet', 'animében', 
      'történelem*', 'törió*', 'dolgozat*', 'házi feladat*', 'házit', 'esszé*', 'fogalmazás*', 'kiselőadás*', 'beadandó*', 'érettségi*', 'világháború*', 'forradalom*', 'mohács*',
      'sorozat*', 'könyv*', 'regény*', 'mangá*', 'dalszöveg*', 'vers', 'verset', 'versben', 'dokumentumfilm*', 'kritiká*',
    ] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: [
      'rendőr*', 'őrizetbe vették', 'letartóztat*', 'bíróság*', 'elítélt*', 'ügyészség*', 'hírek*', 'híradó*', 'telex', 'hvg', 'tragédi*', 'statisztik*', 'kutatás*', 'felmérés*',
      'orvos*', 'háziorvos*', 'pszichológus*', 'iskolapszichológus*', 'pszichiáter*', 'terapeut*', 'terápi*', 'lelki elsősegély', 'kék vonal', '116-123', '116 111', 'hogyan segítsek', 'hogy segítsek', 'hogyan segíthetek', 'segíteni a barátomnak', 'megelőzés', 'prevenció', 'tünetei', 'figyelmeztető jelek', 'a kórházban', 'kórházba szállították', 'kórházban ápolják', 'kórházba került', 'kórházba vitték', 'felírta', 'adagolás', 'betegtájékoztató', 'fejfájásra', 'lázra', 'naponta {egyszer|kétszer|háromszor}',
    ] },
  ],
};
