/**
 * Tagalog (Filipino) lexicon with Taglish, the Tagalog–English mix that is the norm in Filipino
 * chat and posts ("gusto ko na mamatay", "ayoko na mabuhay", "send ka pic", "ikakalat ko pics mo").
 * Written for this project by its contributors from how young people write: chat spellings
 * ("q" for ko, "aq", "nmn", "pano", "sakin", "wag"), particles written together or apart ("na",
 * "nang", "ng" are often mixed up); no third-party word list was copied.
 * Licence: AGPL-3.0-or-later.
 *
 * "patay" (dead) and "patayin" (kill; also switch off) have many everyday idioms ("patay na patay
 * sa kanya" = madly in love, "patay gutom", "patayin mo ang ilaw", "patay tayo kay mama"), so
 * they appear only in fixed phrases; "mamatay sa kakatawa / kilig" (to die laughing) is a sense.
 */
import type { LanguagePack } from './types.ts';
import { ID_TL_VI_RULES } from './rules-shared.ts';

const KO = '{ko|q|koh|ku}';

export const tl: LanguagePack = {
  lang: 'tl',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "di" (Italian, Indonesian), "wag" (English), "wala" (Hindi/Urdu suffix) are left out
  negators: ['hindi', 'hinde', 'hnd', 'huwag', 'hinding hindi', 'kailanman hindi'],
  concepts: {
    // ---- tuned on dev7 (tune half): general gaps ----
    edgoal: ['pumayat', 'papayat', 'magpapayat', 'para pumayat', 'mabawasan timbang', 'bumaba timbang', 'ang taba ko', 'mataba ako'],
    edmethod: ['di kumain', 'hindi kumain', 'di kumakain', 'hindi kumakain', 'di na kakain', 'hindi na kakain', 'sinusuka', 'isinusuka', 'sinusuka ko', 'nagsusuka', 'isuka', 'magsuka', 'skip meals', 'nag skip ng meals', 'laxative', 'diet pills'],
    fight: ['rambulan', 'rambol', 'magrambulan', 'riot tayo', 'bugbugan', 'resbak', 'resbakan', 'awayan', 'upakan', 'abangan natin', 'abangan sa'],
    fightarm: ['tubo', 'kutsilyo', 'balisong', 'patalim', 'baril', 'sumpak', 'itak', 'dos por dos', 'maospital', 'ma-ospital', 'maospital', 'may mamatay', 'dumanak ang dugo'],
    howmany: ['ilang', 'ilan', 'gaano karami', 'ilan ba'],
    // ---- suicide: want (with its pronoun) × harm, ordered ----
    want: [`{gusto|gsto|gustu|gusto talaga|gustong gusto} ${KO}`, 'gusto kong', 'plano ko', 'plano kong', 'balak ko', 'balak kong', 'parang gusto ko', 'desidido na ako', 'i want to', 'i wanna', 'gusto na talaga'],
    harm: ['mamatay', 'mamatay na', 'mamatay na lang', 'mamatay na ako', 'mawala na sa mundo', 'magpakamatay', 'mag pakamatay', 'magsuicide', 'mag suicide', 'mag-suicide', 'tapusin ang buhay ko', 'tapusin buhay ko', 'wakasan ang buhay ko', 'tapusin na lahat', 'tapusin na ang lahat', 'tumalon sa tulay', 'tumalon sa building', 'magbigti', 'magbitay', 'maglaslas', 'uminom ng lason', 'mag overdose', 'mag-overdose', 'hindi na magising', 'di na magising'],
    howto: ['paano', 'pano', 'panu', 'paanu', 'paano ba', 'how to', 'ilang', 'ilan', 'gaano karami', 'pinakamabilis', 'mabilis na', 'walang sakit', 'hindi masakit', 'di masakit'],
    suicideword: ['magpakamatay', 'mag pakamatay', 'magsuicide', 'mag suicide', 'mamatay ng walang sakit', 'mamatay nang mabilis', 'magbigti', 'maglaslas', 'mamatay agad'],
    pills: ['biogesic', 'paracetamol', 'tableta', 'tabletas', 'pills', 'sleeping pills', 'pampatulog', 'muriatic', 'silver cleaner', 'lahat ng gamot'],
    death: ['mamatay', 'para mamatay', 'ikamatay', 'nakamamatay', 'nakakamatay', 'overdose', 'hindi na magising', 'di na magising', 'patay agad'],
    sdeath: ['mamatay', 'kamatayan', 'pagkamatay ko', 'burol ko', 'libing ko', 'lamay ko', 'kabaong', 'magpakamatay', 'suicide'],
    smeans: ['lubid', 'tali', 'blade', 'labaha', 'cutter', 'kutsilyo', 'lason', 'muriatic', 'silver cleaner', 'tulay', 'rooftop', 'bubong', 'building', 'riles', 'gamot', 'pills', 'pampatulog', '{inipon|iniipon|naipon} ko {yung|ang} {gamot|pills|tableta}', 'nag ipon ng gamot', 'inipong gamot', 'naipong gamot'],
    stime: ['mamaya', 'mamayang gabi', 'ngayong gabi', 'ngayon', 'ngayon na', 'bukas', 'bukas ng umaga', 'maya maya', 'this week', 'tonight'],
    sfarewell: ['paalam', 'paalam na', 'sorry sa lahat', 'patawad', 'patawarin niyo ako', 'patawarin nyo ako', 'salamat sa lahat', 'wag kayong iiyak', 'huwag kayong malungkot', 'mahal ko kayong lahat', 'ingat kayo lagi', 'goodbye', 'huling mensahe', 'last message ko', '{wag|huwag} {niyo|nyo} {na|} akong hanapin'],
    shopeless: ['pagod na ako', 'pagod na pagod na ako', 'suko na ako', 'sumusuko na ako', 'di ko na kaya', 'hindi ko na kaya', 'hnd ko na kaya', 'wala nang pag-asa', 'wala ng pag asa', 'walang kwenta buhay ko', 'pabigat', 'pabigat lang ako', 'walang silbi', 'walang nagmamahal sakin', 'wala akong kwenta', 'depressed', 'depress na depress', 'ayoko na'],
    feeling: ['pabigat lang ako sa {pamilya ko|lahat|inyo|magulang ko|kanila}', 'pabigat lang ako', 'walang {makakamiss|magmamiss|mag mamiss|makaka-miss|iiyak} {sakin|sa akin} [kapag nawala ako|pag nawala ako]', 'mas {masaya|okay|magiging masaya} sila {kapag|pag|kung} wala na ako', 'mas {mabuti|okay} kung wala na ako', 'walang {silbi|kwenta|saysay} ang buhay ko', 'wala nang saysay ang buhay', 'para saan pa ako nabubuhay', 'bakit pa ako nabuhay', 'sana hindi na lang ako pinanganak', 'sana di na lang ako ipinanganak', 'sana hindi na ako ipinanganak', 'wala nang dahilan para mabuhay', 'pagod na akong mabuhay', 'pagod na ako sa buhay'],
    final: ['ito na ang huling {mensahe|message|post} ko', 'last post ko na to', 'huling post ko na', 'pag nabasa niyo to wala na ako', 'pag nabasa nyo to wala na ako', 'kapag nabasa niyo ito', 'sinulat ko na ang suicide note', 'suicide note ko'],
    cut: ['laslas', 'naglalaslas', 'naglaslas', 'maglaslas', 'hiniwa ko', 'hinihiwa ko', 'sinusugatan ko', 'sugat sa braso', 'sugat sa pulso', 'peklat', 'mga peklat', 'blade', 'labaha', 'sinasaktan ko sarili ko', 'sinusuka ko', 'sinusuka ang kinain'],
    picreq: ['send ka pic', 'send mo pic', 'pasend pic', 'pa send pic', 'send pic', 'vc tayo', 'video call tayo', 'open cam', 'pakita mo'],
    giftoffer: ['loadan kita', 'bibilhan kita', 'bilhan kita', 'sesendan kita', 'gcash kita', 'bigyan kita ng', 'bibigyan kita ng', 'padalhan kita'],
    // "mong" (your, linker: "wag mong sabihin") is also an English slur in the English pack
    mongpre: ['wag', 'huwag', 'gusto', 'kailangan', 'ano', 'sabi', 'sana', 'pwede', 'puwede', 'dapat', 'alam', 'di', 'hindi', 'kaya', 'ayaw', 'paano', 'pano', 'bakit', 'sinabi', 'ginawa', 'nakita', 'tingin', 'subukan', 'gawin', 'kunin', 'ibigay', 'mahal', 'sabihin', 'gagawin', 'talaga', 'lang', 'na', 'pa', 'ba', 'naman', 'nga', 'din', 'rin', 'muna', 'lahat', 'ikaw', 'bahala', 'akala', 'sigurado'],
    mongpost: ['sabihin', 'gawin', 'makita', 'malaman', 'isipin', 'alam', 'kunin', 'ibigay', 'bilhin', 'kainin', 'tandaan', 'mahal', 'kaibigan', 'pamilya', 'magulang', 'kapatid', 'buhay', 'sarili', 'i-send', 'isend', 'ipakita', 'iwan', 'ginawa', 'sinabi'],
    // "pula" (red) is a Romanian obscenity in the Romanian pack
    pulapre: ['ay', 'kulay', 'ang', 'na', 'mas', 'yung', 'sa', 'ng', 'kulay na', 'mapula', 'pinaka', 'medyo', 'puro', 'puti at'],
    offverb: ['patayin', 'pinatay', 'papatayin', 'pakipatay', 'patayin mo', 'pumatay', 'pumapatay', 'pampatay'],
    offobj: ['ilaw', 'electric fan', 'efan', 'tv', 'aircon', 'computer', 'cellphone', 'phone', 'makina', 'kalan', 'gripo', 'wifi', 'alarm', 'lamok', 'ipis', 'daga', 'langgam', 'surot', 'kuto', 'bacteria', 'germs', 'virus', 'apoy', 'sunog', 'oras'],
    hide: ['itago', 'tinatago ko', 'tinatago', 'itinatago', 'tinatakpan', 'takpan', 'nakalong sleeves', 'long sleeves', 'jacket', 'para hindi makita', 'para di makita', 'para hindi malaman'],
    // ---- grooming ----
    secret: ['wag mong sabihin', 'huwag mong sabihin', 'wag mo sabihin', 'wag mong sasabihin', 'huwag mong sasabihin', 'wag mo sasabihin', 'wag mong ipagsabi', 'huwag mong ipagsabi', 'wag mo ikwento', 'wag mong ikwento', 'wag mo ipaalam', 'wag mong ipaalam', 'huwag mong ipaalam', 'wag mo itong sabihin', 'itago mo', 'ilihim mo'],
    toldsecret: ['{wag|huwag|bawal} ko {daw|raw} {sabihin|ipaalam|ikwento|sasabihin}', 'sabi {niya|nya} wag ko sabihin'],
    myparents: ['{kay|kina} {mama|papa|nanay|tatay|mommy|daddy|mami|papi}', 'sa {parents|magulang|mama|papa} ko'],
    parents: ['mama mo', 'papa mo', 'nanay mo', 'tatay mo', 'magulang mo', 'parents mo', 'mommy mo', 'daddy mo'],
    gcontact: ['nakilala sa {fb|facebook|ml|mobile legends|roblox|tiktok|ig|discord|online|game}', 'nakilala niya sa {fb|ml|tiktok|roblox|online}', 'nakilala nya sa {fb|ml|tiktok|roblox|online}', 'nakilala ko sa {fb|facebook|ml|mobile legends|roblox|tiktok|ig|instagram|discord|online|game}', 'nakilala ko online', 'isang lalaki sa {fb|facebook|ml|tiktok|roblox|discord}', 'matandang lalaki', 'foreigner', 'afam', 'stranger', 'di ko kilala', 'hindi ko kilala', 'nag-message sakin', 'nagmessage sakin', 'chinat ako', 'nag chat sakin', '{tito|kuya|lalaki|uncle} sa {fb|facebook|ml|tiktok|roblox|discord|ig|online}'],
    gsecret: ['{wag|huwag|bawal} ko {daw|raw} {sabihin|ipaalam|ikwento}', 'pinapadelete', 'pinadelete', 'ipadelete', 'delete convo', 'delete ang convo', 'burahin ang convo', 'burahin convo', 'wag sabihin kahit kanino', 'sikreto natin', 'secret natin', 'sekreto natin', 'sikreto lang natin', 'secret lang natin', 'atin atin lang', 'atin-atin lang', 'tayo lang makakaalam', 'tayong dalawa lang makakaalam', 'walang dapat makaalam', 'delete mo convo', 'delete mo yung convo', 'burahin mo messages', 'idelete mo'],
    gmeet: ['i-meet', 'imeet', 'makipagkita', 'sa motel', 'motel', 'sa hotel', 'check in', 'kita tayo', 'magkita tayo', 'meet tayo', 'eb tayo', 'sunduin kita', 'susunduin kita', 'punta ka dito', 'punta ka sa bahay', 'pumunta ka sa', 'tayong dalawa lang', 'ikaw lang mag-isa', 'mag isa ka lang pumunta', 'hotel', 'motel', 'gusto [daw|raw] {niya|nya} ako {makita|makasama|i-meet|imeet}', 'sa bahay {niya|nya}'],
    gpics: ['send pic', 'send ka pic', 'send ka ng pic', 'pa send pic', 'pasend pic', 'pasend ng pic', 'send mo pic mo', 'send pics', 'picture mo', 'pic mo', 'selfie mo', 'pakita mo', 'ipakita mo', 'patingin', 'patingin naman', 'video call tayo', 'vc tayo', 'open cam', 'buksan mo cam', 'hubad', 'maghubad', 'naghubad', 'walang damit', 'bra mo', 'panty mo', 'underwear mo', 'nudes'],
    gage: ['ilang taon ka na', 'ilang taon ka', 'ilang taon kana', 'ilan taon ka na', 'anong grade mo', 'grade ilan ka', 'anong year mo', 'edad mo', 'bata ka pa', 'age is just a number', 'edad lang yan'],
    ggift: ['bibilhan kita', 'bilhan kita', 'ibibili kita', 'papadalhan kita', 'padalhan kita', 'loadan kita', 'lo-loadan kita', 'sesendan kita', 'gcash kita', 'bigyan kita ng pera', 'bibigyan kita ng', 'diamonds', 'robux', 'skin', 'regalo', 'bagong cellphone', '{binibigyan|binigyan|sinesendan|pinapadalhan} [ako] ng {gcash|pera|load|diamonds|robux}', 'nagbibigay ng gcash', 'nagsesend ng gcash'],
    gflatter: ['mature ka', 'mature ka para sa edad mo', 'mas mature ka', 'ang ganda mo', 'sexy mo', 'ang sexy mo', 'special ka', 'iba ka sa iba', 'ako lang nakakaintindi sayo', 'trust me', 'magtiwala ka sakin'],
    galone: ['mag-isa ka ba', 'mag isa ka ba', 'mag isa ka lang ba', 'nasa bahay ka ba mag isa', 'ikaw lang ba sa bahay', 'wala ba parents mo', 'wala ba magulang mo', 'tulog na ba parents mo', 'tulog na ba magulang mo', 'gising ka pa', 'madaling araw'],
    gprivapp: ['telegram', 'snapchat', 'dummy account', 'dummy acc', 'secret account', 'vanish mode'],
    adultage: ['{ako|siya|sya|bf ko} {20|22|25|28|30|35|40} {years old|na}', '{20|22|25|28|30|35|40|45} years old na siya', 'matanda sa akin ng {10|12|15|20} taon'],
    childage: ['{11|12|13|14|15} lang {siya|sya|ako}', '{11|12|13|14|15} years old lang', '{ako|ako ay|ako ay nasa} {11|12|13|14|15} {years old|yrs old|taong gulang|pa lang}', 'grade {6|7|8|9} pa lang ako', '{12|13|14|15} pa lang ako'],
    // ---- sextortion ----
    media: ['screenshot', 'screenshot ng vc', 'ss ng vc', 'vc namin', 'video call namin', 'pics ko', 'video ko', 'nudes ko', 'pics mo', 'pictures mo', 'picture mo', 'litrato mo', 'video mo', 'vid mo', 'nudes mo', 'hubad mong', 'scandal mo', 'video natin', 'video call natin', 'recording', 'screenshots', 'mga pics mo'],
    expose: ['ikakalat', 'ipapakalat', 'ikakalat nya', 'ikakalat niya', 'ipopost nya', 'ipopost niya', 'isesend nya sa', 'sa gc', 'sa gc ng school', 'ikakalat ko', 'ipapakalat ko', 'ikalat', 'ipakalat', 'ipopost ko', 'i-post ko', 'ipost ko', 'i-upload ko', 'iuupload ko', 'isesend ko sa', 'i-send ko sa', 'ipapakita ko sa', 'ipapadala ko sa', 'sa lahat ng friends mo', 'sa buong school', 'viral ka'],
    cond: ['kung hindi', 'kung di', 'pag hindi', 'pag di', 'kapag hindi', 'kung ayaw mo', 'pag ayaw mo', 'unless', 'kundi'],
    // ---- drugs ----
    drug: ['shabu', 'marijuana', 'mariwana', 'damo', 'weed', 'ecstasy', 'party drugs', 'cocaine', 'ketamine', 'kush', 'vape', 'solvent', 'droga', 'ipinagbabawal na gamot', 'bawal na gamot'],
    buy: ['saan makakabili', 'san makakabili', 'saan makabili', 'saan pwede bumili', 'san pwede bumili', 'saan nakakabili', 'bumili', 'bibili', 'may benta', 'nagbebenta', 'benta', 'magkano', 'hithit', 'humithit', 'hihithit', 'humihithit', 'gumamit', 'gumagamit', 'singhot', 'sumisinghot', 'nag-high', 'nagha-high', 'tumira', 'tira tayo', 'sesh', 'try ko', 'natry ko'],
    // ---- weapons and threats ----
    weapon: ['baril', 'kutsilyo', 'balisong', 'patalim', 'itak', 'sumpak', 'paltik', 'granada', 'bomba', 'pampasabog', 'ice pick', 'pistola'],
    bring: ['dadalhin ko', 'dadalhin ko ang', 'magdadala ako ng', 'magdadala ng', 'dala ko', 'may dala akong', 'may dala ako', 'bitbit ko', 'itatago ko sa bag', 'nasa bag ko', 'sa bag ko'],
    school: ['sa school', 'sa skul', 'sa eskwela', 'sa eskwelahan', 'sa paaralan', 'sa campus', 'sa classroom', 'sa room namin', 'sa klase', 'sa gate ng school', 'pag uwian', 'sa uwian', 'bukas sa school'],
    threat: ['papatayin kita', 'papatayin ko kayo', 'papatayin ko kayong lahat', 'papatayin ko siya', 'papatayin ko sya', 'patayin kita', 'babarilin kita', 'babarilin ko kayo', 'babarilin ko kayong lahat', 'sasaksakin kita', 'saksakin kita', 'sasaksakin ko siya', 'tatagain kita', 'uubusin ko kayo', 'uubusin ko kayong lahat', 'pasasabugin ko ang', 'papasabugin ko ang', 'abangan kita', 'aabangan kita', '{sasaksakin|papatayin|babarilin|tatagain} ko silang lahat'],
    make: ['paano gumawa ng', 'pano gumawa ng', 'paano gumawa', 'pano gumawa', 'gumawa ng', 'gagawa ng', 'how to make', 'tutorial'],
    bomb: ['bomba', 'pampasabog', 'molotov', 'sumpak', 'paltik', 'baril', 'granada', 'pipe bomb'],
    // ---- extremism ----
    extfigure: ['nag-marawi', 'nagmarawi', 'marawi siege', 'isis', 'abu sayyaf', 'maute', 'dawlah islamiyah', 'bin laden', 'hitler', 'nazi', 'nazis', 'breivik', 'tarrant'],
    extsupport: ['idol ko', 'idolo ko', 'bayani', 'tama si', 'tama sila', 'saludo ako', 'saludo', 'suportahan', 'sinusuportahan ko', 'sumusuporta', 'hinahangaan ko', 'astig', 'lodi'],
    extgroup: ['isis', 'abu sayyaf', 'maute', 'dawlah islamiyah', 'mujahideen', 'mujahidin', 'jihadista', 'teroristang grupo', 'npa', 'neo nazi'],
    join: ['sumama kayo sa amin', 'sumama sa amin', 'samahan nyo kami', 'samahan niyo kami', 'sumali', 'sasali', 'sumapi', 'umanib', 'magpa-recruit', 'magjoin', 'mag-join', 'mag join', 'gusto kong sumali', 'join'],
    extvocab: ['jihad laban', 'banal na digmaan', 'kafir', 'mga kafir', 'mga infidel', 'infidels', 'martir', 'magpapasabog', 'lahing puro', 'superior race'],
    extviolence: ['dapat mawala', 'panahon na para lumaban', 'lipulin', 'lipulin sila', 'patayin lahat', 'patayin silang lahat', 'ubusin lahat', 'ubusin silang lahat', 'dapat patayin', 'dapat silang patayin', 'dapat mamatay', 'dapat silang mamatay', 'linisin ang bansa', 'pugutan'],
    extoutgroup: ['mga kafir', 'mga infidel', 'mga intsik', 'mga tsekwa', 'mga bakla', 'mga muslim', 'mga kristiyano', 'mga hudyo', 'mga negro'],
    worship: ['simbahan', 'mosque', 'masjid', 'templo'],
    attack: ['pasabugin', 'pasasabugin', 'papasabugin', 'bombahin', 'sunugin', 'susunugin', 'barilin', 'babarilin', 'atakihin'],
    // ---- hate ----
    group: ['mga bakla', 'bakla', 'mga bading', 'mga tomboy', 'mga lgbt', 'lgbt', 'mga intsik', 'intsik', 'tsekwa', 'mga muslim', 'muslim', 'mga moro', 'mga negro', 'negro', 'mga ita', 'mga aeta', 'bumbay', 'mga bumbay', 'mga indiano', 'mga katutubo'],
    hateclaim: ['salot', 'mga salot', 'salot sa lipunan', 'dapat patayin', 'dapat mamatay', 'dapat mawala', 'dapat ipatapon', 'ipatapon', 'palayasin', 'dapat palayasin', 'mga hayop', 'parang hayop', 'terorista', 'mga terorista', 'magnanakaw', 'kriminal lahat', 'hindi tao'],
    // ---- abuse at home ----
    abuser: ['papa ko', 'mama ko', 'tatay ko', 'nanay ko', 'stepdad ko', 'stepfather ko', 'stepmom ko', 'amain ko', 'tito ko', 'lolo ko', 'kuya ko', 'tiyuhin ko', 'boyfriend ni mama', 'bf ni mama', 'ni papa', 'ni mama', 'ni tatay', 'ni nanay', 'ng tatay ko', 'ng papa ko', 'ng stepdad ko', 'ng tito ko'],
    abuse: ['sinasaktan ako', 'sinaktan ako', 'binubugbog ako', 'binugbog ako', 'binubugbog', 'pinapalo ako', 'pinalo ako', 'pinapalo', 'sinasampal ako', 'sinampal ako', 'sinipa ako', 'sinisipa ako', 'sinusuntok ako', 'sinuntok ako', 'sinakal ako', 'sinasakal ako', 'kinukulong ako', 'kinulong ako', 'hindi ako pinapakain', 'di ako pinapakain', 'hinipuan ako', 'pumapasok sa kwarto ko', 'pumasok sa kwarto ko', 'ginahasa', 'ginagahasa', 'ni-rape', 'nirape', 'minomolestiya', 'minolestiya', 'pinapaso ako'],
    // ---- bullying ----
    bullyactor: ['mga kaklase ko', 'kaklase ko', 'mga classmates ko', 'classmates ko', 'buong klase', 'buong section', 'mga kasama ko', 'yung grupo nila', 'sila', 'mga senior', 'mga taga', 'lahat sila'],
    bullyact: ['binubully ako', 'bino-bully ako', 'binubuli ako', 'nabubully ako', 'na bully ako', 'nabully ako', 'pinagtatawanan ako', 'tinatawanan ako', 'inaasar ako', 'inaasar nila ako', 'iniiwasan ako', 'inaaway ako', 'inaway ako', 'pinagkakaisahan ako', 'pinagtutulungan ako', 'sinasaktan ako', 'binugbog ako', 'kinukuha pera ko', 'kinuha pera ko', 'ginawan ako ng meme', 'kinukutya ako', 'hindi ako pinapansin', 'ayaw nila akong kasama', 'ayaw akong isali'],
    // ---- gambling ----
    bet: ['sugal', 'nagsusugal', 'magsugal', 'sumugal', 'sabong', 'e-sabong', 'esabong', 'online sabong', 'casino', 'online casino', 'pusoy', 'jueteng', 'color game', 'pusta', 'pumusta', 'pustahan', 'tumaya', 'nagtaya', 'baccarat', 'lotto'],
    minor: ['{13|14|15|16|17} years old ako', 'estudyante', 'baon ko', 'allowance ko', 'pera ni mama', 'pera ni papa', 'gcash ni mama', 'card ni mama', 'utang', 'nangutang', 'baon sa utang', 'natalo', 'natalo ako', 'talo', 'naubos', 'adik na ako', 'hindi ako makatigil', 'di ako makatigil', 'addict'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{gusto|gsto} kong {mamatay|magpakamatay|mawala na sa mundo}', 'gusto ko nang mamatay', 'gusto ko na lng mamatay', 'i want to die na talaga',
      '{ayoko|ayaw ko|ayoko na|ayaw ko na|ayoko nang|ayaw ko nang|ayoko ng|ayokong} {mabuhay|mabuhay pa|mabuhay pa ng|mabuhay na}', 'ayoko nang mabuhay', 'ayoko na talaga mabuhay', 'ayoko na sa mundong ito', 'pagod na akong mabuhay', 'pagod na ako mabuhay', 'sawang sawa na akong mabuhay', 'sawa na ako sa buhay', 'suko na ako sa buhay',
      '{sana|sna} {mamatay|mamatay na|patay na} {lang|lng|nalang|na lang} ako', 'sana mamatay na ako', 'sana hindi na ako magising', 'sana di na ako magising', 'sana di na ako nagising', 'sana hindi na lang ako nagising', '{sana|sna} {di|hindi|hnd} na {lang|lng} ako {magising|gumising|nagising}', 'mas mabuti pang mamatay', 'mas okay pang mamatay', 'mas mabuti pa kung patay na ako',
      'magpapakamatay {ako|na ako|nako|na lang ako}', 'magpakamatay na lang ako', 'magpapakamatay nalang ako', 'mag suicide na lang ako', 'magsusuicide ako', 'mag-susuicide na ako', 'tatalon ako sa tulay', 'tatalon na ako', 'magbibigti ako', 'magbibigti na ako', 'maglalaslas ako', 'iinom ako ng lason', 'iinumin ko lahat ng gamot', 'iinumin ko lahat ng pills', 'tatapusin ko na buhay ko', 'tatapusin ko na ang lahat', 'wawakasan ko na buhay ko',
      '{paano|pano|panu} {magpakamatay|mag suicide|magsuicide|mamatay ng walang sakit|mamatay nang walang sakit|mamatay ng mabilis|magbigti}', 'ilang {biogesic|paracetamol|tableta|pills|sleeping pills} para mamatay', 'ilang {biogesic|paracetamol|tableta} ang nakamamatay', 'paano mamatay agad',
    ] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['naiisip kong magpakamatay', 'naiisip ko magpakamatay', 'iniisip kong magpakamatay', 'suicidal ako', 'suicidal na ako', 'gusto ko na lang mawala', 'gusto kong maglaho', 'sana maglaho na lang ako', 'pagod na ako sa buhay', 'ayoko na sa buhay ko', 'wala nang saysay buhay ko', 'walang kwenta buhay ko', 'walang silbi buhay ko', 'ayoko {na|nang} {magising|gumising}', 'sana {kunin|kuhanin} na ako ni {lord|god|papa god}'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: [
      '{naglalaslas|naglaslas|maglalaslas|nag laslas} {ako|ulit ako|na naman ako|nanaman ako|ulit}', 'naglaslas ulit', 'gusto ko maglaslas', 'gusto kong maglaslas', '{sinasaktan|sinaktan|sinusugatan|sinugatan|hinihiwa|hiniwa} ko {ang sarili ko|sarili ko|yung braso ko|braso ko|pulso ko|yung pulso ko|hita ko}', 'nag self harm ako', 'nagself harm ako', 'nag-self harm ulit', 'self harm ulit', 'laslas ulit', 'paano itago ang laslas', 'pano itago yung laslas', 'pano itago laslas',
      'sinusuka ko ang kinakain ko', 'sinusuka ko kinain ko', 'sinasadya kong sumuka', 'hindi ako kumakain para pumayat', 'di ako kumakain para pumayat', 'pro ana', 'thinspo',
    ] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: [
      'sikreto lang natin to', 'secret lang natin to', 'atin atin lang to', 'atin-atin lang to', 'tayo lang dapat makaalam', 'burahin mo yung convo natin', 'delete mo convo natin',
      'mag isa ka lang ba sa bahay', 'mag-isa ka lang ba sa bahay', 'nasa bahay ka ba mag isa', 'tulog na ba parents mo', 'mature ka para sa edad mo', 'age is just a number lang',
      'susunduin kita sa school', 'sunduin kita sa school wag mo sabihin', 'ikaw lang mag-isa pumunta',
    ] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: [
      '{send|pasend|send ka|send mo} {ng|} {nudes|hubad na pic|pic na walang damit|pic na naka bra|pic ng dede}', 'send nudes', 'pasend nudes', 'maghubad ka sa cam', 'maghubad ka sa vc', 'hubad ka sa vc', 'hubarin mo damit mo', 'tanggalin mo damit mo', 'pakita mo dede mo', 'pakita mo katawan mo', 'show mo katawan mo',
      '{ikakalat|ipapakalat|ipopost|i-post|iuupload} ko {pics|nudes|video|scandal|hubad na pics} mo', '{ikakalat|ipapakalat} ko {yung|ang} {pics|nudes|video} mo', 'binablackmail ako', 'bina-blackmail ako', 'tinatakot akong ikakalat', 'sextortion',
      '{hinipuan|hinihipuan|minolestiya|minomolestiya|ginahasa|ni-rape|nirape} ako', 'hinawakan {yung|ang} maselang bahagi', 'hinahawakan ang private part ko', 'hinawakan private part ko',
    ] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['kantot', 'kantutan', 'kinantot', 'kantutin', 'iyot', 'jakol', 'nagjajakol', 'libog', 'malibog', 'tsupa', 'pekpek', 'burat', 'pinay scandal', 'pinay sex', 'scandal video', 'sex video', 'bold movie', 'vivamax', 'hubad na babae', 'sex tayo', 'mag sex tayo', 'nudes'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['mamatay ka na', 'mamatay ka sana', 'sana mamatay ka na', 'sana mamatay ka', 'magpakamatay ka na', 'magpakamatay ka na lang', 'magpakamatay ka nalang', 'mag suicide ka na', 'mag suicide ka na lang', 'patayin mo na sarili mo', 'patayin mo sarili mo', 'walang may gusto sayo', 'walang nagmamahal sayo', 'lahat galit sayo', 'mas mabuti kung wala ka', 'sana di ka na lang pinanganak', 'sana hindi ka na lang ipinanganak'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: [
      '{ang|napaka} {pangit|panget|taba|baho} mo {talaga|kadiri|kaya walang may gusto sayo}', 'mukha kang {baboy|unggoy|aso|kabayo}', 'ang pangit mo kadiri', 'wala kang kwenta', 'walang kwenta ka', 'walang silbi ka', 'salot ka', 'salot ka sa buhay', 'baboy ka', 'tabachoy ka', 'bakla ka kasi', 'bayot ka', 'bading ka kasi', 'nognog', 'negra ka', 'ita ka',
      'binubully ako', 'bino-bully ako', 'binu-bully ako', 'nabubully ako', 'nabully ako sa school', 'biktima ako ng bullying', 'walang gustong makipagkaibigan sakin', 'walang gustong sumama sakin', 'takot akong pumasok sa school', 'ayokong pumasok kasi binubully',
    ] },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, phrases: ['{binubugbog|sinasaktan|pinapalo|sinasampal|sinusuntok|sinasakal|kinukulong} ako ng {papa|mama|tatay|nanay|stepdad|stepfather|amain|tito|kuya|lolo} ko', '{binubugbog|sinasaktan|sinasampal|sinusuntok} ako ni {papa|mama|tatay|nanay}', 'takot akong umuwi', 'takot ako umuwi sa bahay', 'ayokong umuwi sa bahay kasi', 'inaabuso ako', 'inaabuso ako sa bahay', 'domestic violence sa bahay namin'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['sumali sa isis', 'sasali ako sa isis', 'gusto kong sumali sa isis', 'sumali sa abu sayyaf', 'sumali sa maute', 'sasali ako sa maute', 'sumapi sa npa', 'sasali ako sa npa', 'bayani ang isis', 'tama ang isis', 'tama si hitler', 'idol ko si hitler', 'bayani si hitler', 'patayin lahat ng kafir', 'patayin ang mga kafir', 'patayin lahat ng muslim', 'patayin lahat ng intsik', 'patayin lahat ng bakla', 'pasabugin ang simbahan', 'pasabugin ang mosque'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['intsik baboy', 'tsekwa', 'mga tsekwa', 'muslim terorista', 'mga muslim terorista', 'lahat ng muslim terorista', 'bakla salot', 'salot na bakla', 'mga bakla salot', 'salot ang mga bakla', 'bading salot', 'mga bayot', 'nognog', 'baluga', 'mukha kang ita', 'negrong', 'moro terorista'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['{saan|san} {makakabili|makabili|nakakabili|pwede bumili} ng {shabu|damo|weed|marijuana|ecstasy|party drugs|kush|cocaine|ketamine|vape}', 'humihithit ng {shabu|damo|marijuana|rugby|solvent}', 'humithit ng {shabu|damo|marijuana|rugby}', 'gumagamit ng {shabu|droga|marijuana}', 'gumamit ako ng {shabu|droga|marijuana}', 'nag shabu', 'nagshashabu', 'nagbabato', 'bangag', 'sabog sa shabu', 'tulak ng droga', 'tulak ng shabu', 'sumisinghot ng rugby', 'nag-rurugby', 'adik sa shabu', 'adik sa droga'] },
    { id: 'drugs-mild', category: 'drugs', severity: 2, phrases: ['shabu', 'droga', 'marijuana', 'mariwana', 'ipinagbabawal na gamot'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['{paano|pano} gumawa ng {bomba|pampasabog|molotov|sumpak|paltik|pipe bomb}', 'gumawa ng bomba', 'gagawa ako ng bomba', '{dadalhin|magdadala} ko ng {baril|kutsilyo|balisong|patalim|sumpak|paltik|bomba} sa {school|eskwela|paaralan|classroom}', 'magdadala ako ng {baril|kutsilyo|balisong|sumpak|bomba} sa {school|eskwela|paaralan}', 'papasabugin ko ang school', 'pasasabugin ko ang school', 'babarilin ko lahat sa school', 'papatayin ko lahat sa school', 'papatayin ko lahat ng kaklase ko'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['papatayin kita', 'papatayin ko kayong lahat', 'babarilin kita', 'sasaksakin kita', 'tatagain kita', 'uubusin ko kayong lahat', 'may dala akong {baril|kutsilyo|balisong|patalim|sumpak}', '{saan|san} {makakabili|makabili|pwede bumili} ng {baril|paltik|sumpak|balisong}'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['nagsusugal', 'nagsusugal ako', 'magsugal', 'adik sa sugal', 'lulong sa sugal', 'natalo sa sugal', 'online sabong', 'e-sabong', 'esabong', 'online casino', 'color game online', 'natalo sa casino', 'natalo sa sabong', 'tumaya sa sabong', 'pumusta sa sabong', 'naubos ang pera sa sugal', 'utang sa sugal', 'jueteng', 'scatter online'] },
    { id: 'gambling-mild', category: 'gambling', severity: 2, phrases: ['sugal', 'sabong', 'casino', 'pustahan', 'pusoy'] },
  ],
  rules: [
    ...ID_TL_VI_RULES,
    // eating-disorder goal × method; a planned fight × weapons or hospital; how many × pills × death
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@edmethod', '@edgoal'], window: 10 },
    { id: 'armed-fight', category: 'weapons-violence', severity: 4, all: ['@fight', '@fightarm'], window: 14 },
    { id: 'how-many-to-die', category: 'suicide-self-harm', severity: 5, all: ['@howmany', '@pills', '@death'], window: 12, ordered: true },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@harm'], window: 4, ordered: true },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@secret', '@parents'], window: 5, ordered: true },
    { id: 'told-secret-from-parents', category: 'grooming-cse', severity: 4, all: ['@toldsecret', '@myparents'], window: 7, ordered: true },
    { id: 'pics-for-gifts', category: 'grooming-cse', severity: 4, all: ['@picreq', '@giftoffer'], window: 10 },
    { id: 'threat-at-school', category: 'weapons-violence', severity: 5, all: ['@threat', '@school'], window: 10 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 4 },
    { id: 'extremism-cues', category: 'extremism', severity: 4, all: ['@extvocab', '@extgroup', '@extviolence'], atLeast: 2, window: 10 },
    { id: 'outgroup-violence', category: 'extremism', severity: 4, all: ['@extoutgroup', '@extviolence'], window: 5 },
    { id: 'abuse-at-home-frame', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 6 },
  ],
  senses: [
    { id: 'idioms', categories: 'all', scope: 'overlap', phrases: [
      // "mamatay sa kakatawa" = dying of laughter; "patay na patay" = madly in love; "patayin ang ilaw" = switch off
      '{mamatay|mamamatay|namatay|patay} sa {kakatawa|katatawa|tawa|kilig|gutom|inggit|hiya|kahihiyan|init|pagod|antok|kaba|selos|cringe}', '{gusto|gsto} ko na mamatay sa {kahihiyan|hiya|kilig|kakatawa}', 'nakakamatay sa {ganda|kilig|tawa|sarap}', 'nakakamatay ang {ganda|kilig|tawa|sarap|init}', 'patay na patay', 'patay na patay sa', 'patay gutom', 'patay malisya', 'patay oras', 'pampatay oras', 'patay tayo', 'patay tayo dyan', 'patay ako kay mama', 'patay ako kay papa', 'patay ako nito', 'patay kang bata ka', '{magising|gumising|nagising} {ng|nang} {maaga|late|tanghali|alas}', 'patay sindi', 'patay na ilaw', 'namatay ang ilaw', 'namatay yung cellphone', 'namatay cp ko', 'namatay phone ko', 'lowbat', 'brownout',
      'papatayin ako ni {mama|papa|nanay|tatay|mommy|daddy|ma|pa|teacher|ate|kuya}', 'papatayin ako ng {mama|papa|nanay|tatay|teacher} ko', 'papatayin kita sa {kilig|tawa|sarap|ganda}', 'pumatay ng oras',
      '{hindi|di|hnd|ayoko|ayaw ko} {mamatay|magpakamatay}', 'ayokong mamatay', 'ayoko pang mamatay', 'wag kang magpakamatay', 'huwag kang magpakamatay', 'wag mong patayin sarili mo',
      'kutsilyo sa kusina', 'kutsilyo pang hiwa', 'hiwain ang sibuyas', 'hiwain ang karne', 'hiwa ng karne', 'gupitin', 'gupit', 'baril-barilan', 'water gun', 'laruang baril', 'nerf gun', 'bomba ng tubig', 'poso', 'bomba sa game', 'bomba ng gulong', 'pasabog na balita', 'pasabog', 'sumabog sa tawa', 'shoot sa ring', 'tira sa ring', 'tira ng bola', 'tirahan',
      'surprise party', 'surprise kay mama', 'regalo kay mama', 'birthday ni mama', 'sikreto natin ang surprise', 'pic ng assignment', 'picture ng assignment', 'pic ng notes', 'send ka pic ng notes', 'send mo pic ng', 'group picture', 'class picture', 'id picture', '1x1 picture', '2x2 picture',
      'bawal ang droga', 'say no to drugs', 'iwas droga', 'kontra droga', 'war on drugs', 'anti bullying', 'stop bullying', 'suicide prevention', 'iwas sugal',
    ] },
    { id: 'mong-linker', categories: ['hate-discrimination', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@mongpre', 'mong'], window: 1, ordered: true },
    { id: 'mong-linker-after', categories: ['hate-discrimination', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['mong', '@mongpost'], window: 2, ordered: true },
    { id: 'pula-red', categories: ['sexual'], scope: 'overlap', phrases: ['pula at puti', 'pula o puti', 'pula o asul', 'pulang-pula', 'pulang pula'], all: ['@pulapre', 'pula'], window: 1, ordered: true },
    { id: 'switch-off', categories: 'all', scope: 'overlap', phrases: [], all: ['@offverb', '@offobj'], window: 3, ordered: true },
    { id: 'family', categories: ['grooming-cse'], scope: 'text', phrases: ['pinsan ko', 'pinsan', 'tito ko', 'tita ko', 'kuya ko', 'ate ko', 'lolo ko', 'lola ko', 'ninong ko', 'ninang ko'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['birthday ni', 'kaarawan', 'sorpresa', 'surprise kay', 'regalo para', 'pasalubong'] },
    { id: 'games', categories: ['weapons-violence', 'suicide-self-harm', 'bullying-abuse', 'extremism'], scope: 'text', phrases: ['mobile legends', 'mlbb', 'ml tayo', 'laro ml', 'codm', 'pubg', 'valorant', 'roblox', 'minecraft', 'sa game', 'sa laro', 'naglalaro', 'kalaro', 'mythic'] },
    { id: 'study', categories: 'all', scope: 'text', phrases: ['takdang aralin', 'araling panlipunan', 'kasaysayan', 'aralin', 'modyul', 'report namin', 'sanaysay', 'ikalawang digmaang pandaigdig', 'ano ang', 'ano ibig sabihin', 'meaning ng', 'kahulugan', 'teleserye', 'pelikula', 'wattpad', 'nobela', 'kanta', 'tle', 'cookery', 'bread and pastry'] },
    { id: 'news-health', categories: ['suicide-self-harm', 'extremism', 'hate-discrimination', 'drugs', 'weapons-violence', 'gambling', 'sexual'], scope: 'text', phrases: ['balita', 'abs-cbn', 'gma news', 'rappler', 'pulis', 'pnp', 'pdea', 'nahuli', 'inaresto', 'arestado', 'suspek', 'korte', 'kulungan', 'doktor', 'guidance counselor', 'guidance office', 'ospital', 'reseta', 'paano tulungan', 'pano tulungan', 'paano makakatulong'] },
  ],
};
