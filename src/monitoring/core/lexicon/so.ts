/**
 * Somali lexicon (Latin script, as Somali is written). Written for this project by its
 * contributors from how young Somali speakers write in chats and searches — with or without long
 * vowels ("waxaan"/"waxan", "inaan"/"inan": the normaliser collapses doubled letters anyway), with
 * or without the apostrophe of "go'aan", hyphenated or joined ("is-dilid"/"isdilid") and mixed
 * with English. No third-party word list was copied. Licence: AGPL-3.0-or-later.
 *
 * Somali words are short and Latin-script, and every pack is matched against every text, so
 * short words that are also English, Polish or Romanian words ("hub", "sir", "qaad", "ku", "ma",
 * "sun", "nin", "bam") are never phrases on their own: they appear only inside longer phrases or
 * as parts of co-occurrence rules next to unmistakably Somali words. Negation ("ma rabo inaan
 * dhinto", "I don't want to die") is handled by innocent senses rather than by the negator "ma",
 * which is a common Polish and Romanian word.
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';

/** First-person "I want / I am planning / I have decided" (the verb before "inaan …"). */
const WANT = ['waxaan rabaa', 'waxan raba', 'waxaan rabaa', 'waan rabaa', 'rabaa', 'waxaan doonayaa', 'waan doonayaa', 'doonayaa', 'waxaan jeclaan lahaa', 'jeclaan lahaa', 'waxaan go\'aansaday', 'go\'aansaday', 'goaansaday', 'waxaan qorsheynayaa', 'qorsheynayaa', 'qorshaynayaa', 'damacsanahay', 'waxaan ku fekerayaa', 'ku fekerayaa', 'ka fekerayaa', 'ka fikirayaa', 'ku fikirayaa', 'waxaa i maqan', 'waxaan u baahanahay', 'u baahanahay'];

const pack: LanguagePack = {
  lang: 'so',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  // "ma"/"maan" (not) are Polish and Romanian words: only long, unmistakably Somali negators here.
  negators: ['marnaba', 'weligay', 'weligey', 'weligeey', 'abadan'],
  concepts: {
    want: WANT,
    // "that I die / kill myself / hang myself / jump …": the subjunctive is already first person
    dieverb: ['inaan dhinto', 'in aan dhinto', 'inan dhinto', 'aan dhinto', 'aanan soo toosin', 'aanan waligay soo toosin', 'aanan weligay soo toosin', 'inaan isku dilo', 'inaan isu dilo', 'isku dilo', 'isu dilo', 'inaan naftayda ka takhaluso', 'naftayda ka takhaluso', 'inaan iska takhaluso', 'inaan is dilo', 'in aan is dilo', 'is dilo', 'isdilo', 'is dilaa', 'inaan naftayda dilo', 'naftayda dilo', 'nafteyda dilo', 'inaan naftayda qaado', 'naftayda qaado', 'nafteyda qaado', 'naftayda ka qaado', 'inaan is deldelo', 'is deldelo', 'isku deldelo', 'inaan is shanqariyo', 'inaan ka boodo', 'inaan sun cabbo', 'sun cabbo', 'sun cabo', 'inaan noloshayda soo afjaro', 'noloshayda afjaro', 'noloshayda soo afjaro', 'noloshayda dhameeyo', 'noloshayda joojiyo', 'inaan iska dhameeyo', 'inaan baaba\'o', 'inaan meesha ka baxo weligay', 'inaan is gooyo', 'inaan is jaro', 'inaan kiniinnada oo dhan liqo', 'kiniinnada oo dhan liqo', 'kiniinada oo dhan liqo', 'kiniinada oo dhan cuno'],
    howto: ['sidee', 'sideen', 'sidee baan', 'sidee loo', 'sida loo', 'sidii loo', 'habka', 'habka loo', 'qaabka', 'qaabka loo', 'immisa', 'imisa', 'meeqa', 'xaggee', 'halkee', 'ugu fudud', 'ugu dhakhso badan', 'ugu dhaqsaha badan', 'xanuun la\'aan', 'xanuun la aan'],
    suicideact: ['isdil*', 'isku dil*', 'isu dil*', 'is dilaa', 'isdilaa', 'is dilo', 'isdilo', 'is dil', 'isdil', 'is dilid', 'isdilid', 'is dilis', 'isdilis', 'is dili', 'is dilo xanuun la\'aan', 'u dhintaa', 'dhinto', 'dhimasho', 'dhimasho xanuun la\'aan', 'is deldelo', 'is deldelaa', 'isku deldelaa', 'naftaada qaadaa', 'naftiisa qaado', 'is shanqariyo'],
    pills: ['kiniin', 'kiniinno', 'kiniino', 'kiniinka', 'kiniinada', 'kiniinnada', 'kiniinnadii', 'daawo', 'daawada', 'daawooyin', 'daawooyinka', 'paracetamol', 'panadol', 'ibuprofen', 'kiniinka hurdada', 'kiniinada hurdada'],
    death: ['dila', 'dilaa', 'dhinto', 'dhimasho', 'dhimanayo', 'u dhinto', 'ku dhinto', 'qof dila', 'qof dilaa', 'i dila', 'ii dila', 'dili kara', 'igu dila', 'dhimashada'],
    cut: ['is jaray', 'is jaray gacanta', 'is jarayaa', 'is jaro', 'is jarjaray', 'is jarjaro', 'is gooyay', 'is gooyaa', 'nabarrada', 'nabarada', 'nabarro', 'nabaro', 'calaamadaha', 'mandiil', 'mandiilka', 'is gubay', 'is gubaa', 'cuntada iska celiyo', 'cunto ma cuno'],
    hide: ['qariyo', 'qarin', 'qariyaa', 'qarsado', 'ka qariyo', 'aysan arkin', 'aanay arkin', 'aysan ogaan'],
    parents: ['waalidkaa', 'waalidkaaga', 'waalidkaa ha', 'waalidiinta', 'waalidkay', 'waalidkey', 'hooyadaa', 'hooyadaa ha', 'aabahaa', 'aabbahaa', 'qoyskaaga', 'qofna', 'cidna', 'macallinkaaga', 'macalinkaaga', 'walaalahaa', 'reerkiina'],
    secret: ['ha u sheegin', 'ha usheegin', 'ha u sheegin qofna', 'ha sheegin', 'ha ogaanin', 'ha ogaan', 'aysan ogaan', 'sirteena', 'sirteenna', 'sirtayada', 'waa sir', 'sir ayay', 'sir noo ah', 'sir inoo ah', 'tirtir fariimaha', 'tirtir farriimaha', 'tirtir wada hadalka', 'tirtir chatka'],
    adult: ['nin weyn', 'nin aan aqoon', 'nin aanan aqoon', 'qof aanan aqoon', 'qof aan aqoon', 'nin internetka', 'internetka', 'nin ciyaarta', 'nin ka weyn', 'wiil weyn', 'oday', 'odey', 'qof weyn', 'ninkaas', 'ninkan', 'nin yaqaan', 'nin snapchat', 'nin tiktok', 'nin instagram'],
    request: ['sawir ii dir', 'sawiro ii dir', 'i tus jirkaaga', 'jirkaaga i tus', 'immisa jir baad tahay', 'da\'daadu immisa', 'sawir', 'sawirro', 'sawiro', 'sawiradayda', 'sawirkayga', 'sawiradaada', 'sawir ii soo dir', 'ii soo dir sawir', 'sawir qaawan', 'sawirro qaawan', 'qaawan', 'qaawanaan', 'dharka iska bixi', 'dharkaaga iska bixi', 'dhar la\'aan', 'kaligaa imow', 'kaligaa kaalay', 'kaligay imaado', 'inaan kulanno', 'aan kulanno', 'kulan', 'la kulmo', 'lacag i siiyay', 'lacag ii diray', 'lacag i siinayaa', 'hadiyad', 'hadiyado', 'kamarada shid', 'kaamirada shid', 'kaamirada', 'wuxuu i taabtay', 'i taabtay', 'i taabtaa', 'cinwaanka', 'cinwaankayga', 'cinwaankaaga', 'ka weyn da\'daada', 'guriga kaligaa', 'kaligaa ma tahay', 'kaligaa ma joogtaa'],
    drug: ['daroogo', 'daroogada', 'mukhaadaraad', 'maandooriye', 'maandooriyaha', 'xashiish', 'xashiishad', 'marijuana', 'weed', 'khaat', 'jaad', 'jaadka', 'qaadka', 'kookeyn', 'cocaine', 'khamri', 'khamriga', 'aalkolo', 'ecstasy', 'mdma', 'kiniinada maandooriyaha'],
    buy: ['iibsado', 'iibsan', 'iibsadaa', 'laga iibsadaa', 'ka iibsado', 'ka helaa', 'laga helaa', 'laga helo', 'halkee', 'xaggee', 'cabbo', 'cabo', 'cabbaa', 'qayil*', 'cuno', 'isku dayo'],
    weapon: ['mindi', 'middi', 'mindida', 'middida', 'mindiyo', 'toorey', 'toorrey', 'tooreyda', 'qori', 'qoriga', 'qoryo', 'bastoolad', 'bistoolad', 'bastooladda', 'bastoolada', 'hubka', 'hub dab', 'seef', 'seefta', 'bam gacmeed', 'walxaha qarxa', 'qarax'],
    school: ['dugsiga', 'dugsigii', 'dugsiyada', 'iskuulka', 'iskuul', 'skuulka', 'fasalka', 'fasalkeena', 'jaamacadda', 'jaamacada'],
    bring: ['keenayaa', 'keeni doonaa', 'keenaya', 'la imanayaa', 'la iman doonaa', 'la imaanayaa', 'sidanayaa', 'siddan doonaa', 'qaadanayaa', 'keeno', 'la imaado', 'soo qaado', 'wataa', 'wadanayaa'],
    killfuture: ['waan dilayaa', 'waan dili doonaa', 'dili doonaa', 'waan dilaa', 'waan toogan doonaa', 'waan toogtayaa', 'toogan doonaa', 'waan toogan', 'waan mindiyeynayaa', 'waan toorreyn doonaa', 'waan gowracayaa', 'gowrac', 'waan qarxinayaa', 'qarxin doonaa'],
    person: ['isaga', 'iyada', 'iyaga', 'macallinka', 'macalinka', 'macallimadda', 'macalimada', 'dhammaantood', 'dhamaantood', 'ardayda', 'ardeyda', 'berri', 'dugsiga', 'iskuulka', 'ninkaas', 'gabadhaas', 'wiilkaas', 'aabahay', 'adiga', 'qof walba'],
    join: ['ku biir*', 'ugu biir*', 'inaan ku biiro', 'u dagaallamo', 'u dagaalamo', 'u dagaalan', 'u safro', 'u dhoofo', 'ugu biiro'],
    extgroup: ['al shabaab', 'alshabaab', 'al shabab', 'alshabab', 'xarakada al shabaab', 'harakada al shabaab', 'daacish', 'daaish', 'daacishta', 'daish', 'isis', 'dawlada islaamiga', 'dowlada islaamiga', 'dawlad islaami', 'al qaacida', 'alqaacida', 'al qaida', 'mujaahidiinta', 'mujaahidiin', 'jihaadka', 'jihaad', 'kooxda argagixisada', 'argagixisada', 'argagixiso'],
    extsupport: ['waan taageeraa', 'taageersanahay', 'waan jeclahay', 'waan ixtiraamaa', 'waa geesiyaal', 'waa geesi', 'waa halyey', 'waa halyeey', 'waa halyeeyo', 'sax buu ahaa', 'sax bay ahaayeen', 'xaq bay u lahaayeen', 'xaq buu u lahaa', 'waa shahiid', 'waa shahiiddo', 'waa mujaahidiin', 'waa mujaahid', 'wuxuu ahaa geesi', 'waxay ahaayeen geesiyaal'],
    extfigure: ['al shabaab', 'alshabaab', 'daacish', 'isis', 'bin laden', 'bin ladin', 'bin laadin', 'godane', 'hitler', 'mujaahidiinta', 'argagixisada', 'qaraxyada', 'qaraxii'],
    attack: ['aan weerarno', 'waan weerarayaa', 'weerar ku qaado', 'weerar ku qaadno', 'inaan qarxiyo', 'aan qarxino', 'aan qarxinno', 'waan qarxinayaa', 'aan gubno', 'waan gubayaa', 'is qarxiyo', 'iska qarxiyo'],
    worship: ['masaajid', 'masaajidka', 'masjidka', 'masjid', 'kaniisad', 'kaniisadda', 'kaniisada', 'sinagog', 'macbadka'],
    feeling: ['rajo la\'aan', 'cidna iima baahna', 'qofna iima baahna', 'qofna ima jecla', 'cidna ima jecla', 'culays baan ku ahay', 'culays ayaan ku ahay', 'culeys baan ku ahay', 'wax walba waan ka quustay', 'nolosha waan ka quustay', 'nolosha waan ka daalay', 'nolosha ka daalay', 'noloshan ka daalay', 'gudaha waan ka madhanahay', 'nolosheyda macno ma leh', 'noloshayda macno ma leh'],
    final: ['fariintii ugu dambeysay', 'farriintii ugu dambaysay', 'fariintayda ugu dambeysa', 'farriintayda u dambaysa', 'nabadgelyo dhammaantiin', 'nabad gelyo dhamaantiin', 'macasalaamo dhammaantiin', 'iga cafiya dhammaantiin', 'iga cafiya dhamaantiin', 'marka aad tan akhrisataan', 'berri ma joogi doono', 'alaabtayda waan bixiyay'],
    bullyactor: ['ardayda', 'ardeyda', 'fasalka', 'wiilasha', 'gabdhaha', 'dhammaan', 'dhamaan', 'qof walba', 'dadka', 'saaxiibaday', 'way', 'dhammaantood', 'iyaga'],
    bullyact: ['i garaacaan', 'i garaaca', 'i garaaceen', 'igu qoslaan', 'iga qoslaan', 'igu qosleen', 'i caayaan', 'i cayaan', 'i caayeen', 'i aflagaadeeyaan', 'i handadaan', 'i hanjabaan', 'i hanjabeen', 'i takooraan', 'i duubeen', 'i duubaan', 'sawirkayga dhigeen', 'sawirkayga faafiyeen', 'i riixaan', 'wax iga xadaan', 'iga dhacaan', 'i dhibaan', 'i dhibaateeyaan', 'i bahdilaan', 'i bahdileen', 'igu jeesjeesaan'],
    abuser: ['aabahay', 'aabbahay', 'aabahey', 'aabe', 'aabo', 'hooyaday', 'hooyadey', 'hooyo', 'adeerkay', 'abtigay', 'walaalkay', 'ninka hooyaday', 'aabbaha dambe', 'habaryartay', 'eedaday', 'awoowe'],
    abuse: ['i garaacaa', 'i garaacay', 'i garaaca', 'i garaacdaa', 'i jirdilaa', 'i jirdilay', 'i jir dilaa', 'i taabtaa', 'i taabtay', 'i xiraa', 'guriga igu xiraa', 'qolka igu xiraa', 'i ceebeeyaa', 'i gubay', 'i karbaashaa', 'i karbaashay', 'i laalaa', 'cunto i siin waayay', 'i ceyriyay', 'i handadaa'],
    group: ['jareer', 'jareerka', 'addoon', 'addoomo', 'addoomada', 'adoon', 'midgaan', 'midgaanka', 'gaalada', 'gaalo', 'yahuudda', 'yuhuudda', 'yahuud', 'masiixiyiinta', 'kiristaanka', 'khaniisiinta', 'khaniis', 'ajaanibta', 'soogalootiga', 'muslimiinta', 'madoobaha', 'cadaanka'],
    hateclaim: ['waa eeyo', 'waa eey', 'waa xayawaan', 'waa xayawaanno', 'waa in la dilo', 'dhammaantood la dilo', 'waa wasakh', 'wasakh', 'ha baxaan', 'dalkeena ka baxaan', 'dalka ha ka baxaan', 'ka saar dalka', 'waa addoomo', 'waa in la laayo', 'waan neceb nahay', 'waan nebcahay', 'ma aha dad', 'dad ma aha', 'waa tuugo', 'waa argagixiso'],
    bet: ['khamaar', 'khamaarka', 'khamaaro', 'sharad', 'sharadka', 'sharadyo', 'sharad kubadda', 'betting', 'kasino', 'casino', 'bet365', 'betway', 'sportybet', 'roulette', 'jackpot'],
    minor: ['lacag ku khasaaray', 'lacagtii oo dhan', 'lacagtii hooyo', 'lacagta hooyo', 'kaarka hooyo', 'kaarka aabo', 'kaarka aabbe', 'deyn', 'amaah', '{13|14|15|16|17} jir', '{13|14|15|16|17} sano jir', 'da\'dayda'],
    adultage: ['{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45} jir', '{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45} sano jir', '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40} jir buu', '{20|25|30|35|40} sano ayuu'],
    childage: ['{waxaan ahay|anigu waxaan ahay|aniga} {10|11|12|13|14|15} [jir|sano jir]', '{10|11|12|13|14|15} jir baan ahay', '{10|11|12|13|14|15} jir ayaan ahay', '{10|11|12|13|14|15} sano jir baan ahay'],
    buyweapon: ['halkee laga iibsadaa', 'xaggee laga iibsadaa', 'halkee laga helaa', 'xaggee laga helaa', 'sidee ku heli karaa', 'sidee baan ku helaa', 'ka iibsado', 'iibsado'],
    make: ['sidee loo sameeyaa', 'sida loo sameeyo', 'sidee baan u sameeyaa', 'sideen u sameeyaa', 'habka loo sameeyo', 'samee', 'sameeyo', 'samaysto', 'sameysto'],
    bomb: ['bambo', 'bam', 'bamka', 'bam gacmeed', 'walxaha qarxa', 'qarax', 'qaraxa', 'jaakad qarxa', 'miino', 'miinooyin', 'molotov', 'bastoolad', 'qori', 'hub'],
    // eating disorder: not eating × wanting to be thin
    noteat: ['cunto ma cuno', 'cunto ma cunin', 'wax ma cuno', 'wax ma cunin', 'wax ma cunayo', 'cuntada ka tagay', 'cuntada iska daayay', 'waan matagaa', 'iska matago', 'waan is gaajaysiiyaa'],
    thin: ['caato', 'caato noqdo', 'caato noqoto', 'khafiif', 'miisaan dhimo', 'miisaanka dhimo', 'miisaankayga', 'buuran ahay', 'aad u buuranahay', 'calories', 'kaloori'],
    // an overdose: pills × all/many × swallowing
    allof: ['oo dhan', 'dhammaan', 'dhamaan', 'badan', 'xabo badan', 'dhowr iyo toban', 'wada'],
    swallow: ['liqayaa', 'liqay', 'liqi doonaa', 'liqo', 'liqaa', 'cunayaa', 'qaadanayaa', 'qaadan doonaa', 'wada cunay'],
    // sextortion: threatening to spread someone's pictures
    threaten: ['igu hanjabay', 'igu hanjabayaa', 'igu hanjabaya', 'ku hanjabay', 'faafin', 'faafinayo', 'faafinayaa', 'faafin doonaa', 'baahin', 'baahinayaa', 'dhigayaa internetka', 'dhigi doonaa', 'u diri doonaa', 'u dirayaa', 'u dirayo'],
    mypics: ['sawiradayda', 'sawirradayda', 'sawirkayga', 'sawiradaada', 'sawirradaada', 'sawirkaaga', 'muuqaalkayga', 'fiidiyowgayga', 'fiidyowgayga', 'sawirada qaawan', 'sawirrada qaawan'],
    // grooming cue families: gifts or money, and meeting alone
    gift: ['lacag i siiyay', 'i siiyay lacag', 'lacag ii diray', 'hadiyad i siiyay', 'i siiyay hadiyad', 'telefoon ii iibiyay', 'ii soo iibin doonaa', 'kuu soo iibin doonaa', 'kuu iibin doonaa', 'lacag ku siin doonaa', 'kaarka hadiyadda'],
    meet: ['inaan la kulmo', 'la kulmo kaligay', 'inaan kulanno', 'aan kulanno', 'kaligaa imow', 'kaligay u imaado', 'guriga u imaado', 'gurigiisa u imaado', 'gurigiisa kaalay', 'baabuurkiisa', 'baabuurka fuul'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      'waxaan rabaa inaan dhinto', 'waxan raba inan dhinto', 'waan rabaa inaan dhinto', 'waxaan doonayaa inaan dhinto', 'waxaan rabaa inaan is dilo', 'waxaan doonayaa inaan is dilo', 'waxaan rabaa inaan naftayda qaado',
      'waan is dilayaa', 'waan is dili doonaa', 'is dili doonaa', 'caawa ayaan is dilayaa', 'caawa waan is dilayaa', 'maanta ayaan is dilayaa', 'berri ayaan is dilayaa', 'waxaan go\'aansaday inaan is dilo', 'waxaan go\'aansaday inaan dhinto',
      'ma rabo inaan noolaado', 'ma doonayo inaan noolaado', 'ma rabo inaan sii noolaado', 'ma doonayo inaan sii noolaado', 'nolol ma rabo', 'nolosha ma rabo', 'noloshan ma rabo', 'mar dambe ma rabo inaan noolaado', 'ma rabo inaan soo toosto',
      'sidee baan isku dilaa', 'sidee baan is dilaa', 'sideen is dilaa', 'sidee loo is dilaa', 'sida loo is dilo', 'habka loo is dilo', 'sidee baan u dhintaa', 'sideen u dhintaa', 'dhimasho xanuun la\'aan ah', 'sidee loo dhintaa xanuun la\'aan',
      'sidee baan isku deldelaa', 'waan is deldelayaa', 'is deldeli doonaa', 'noloshayda waan soo afjarayaa', 'naftayda waan qaadayaa', 'naftayda ayaan qaadayaa', 'kiniinnada oo dhan waan liqayaa', 'kiniinada oo dhan waan liqay', 'warqadda is dilka', 'warqad is dil',
      'buundada ayaan ka boodayaa', 'buundada waan ka boodayaa', 'dhismaha ayaan ka boodayaa', 'saqafka ayaan ka boodayaa', 'tareenka hortiisa ayaan isku tuurayaa', 'gaariga hortiisa ayaan isku tuurayaa',
      'iska dhintay', 'waan iska dhimanayaa', 'qof walba wuu ka fiicnaan lahaa la\'aanteey', 'waa ka fiicnaan lahaayeen la\'aantay', 'la\'aantay way ka farxi lahaayeen',
    ] },
    { id: 'never-wake', category: 'suicide-self-harm', severity: 4, phrases: ['aanan {waligay|weligay|weligey|mar dambe|marnaba} soo toosin', 'aanan soo toosin {weligay|waligay|mar dambe}', 'inaan seexdo oo aanan soo toosin', 'hurdo aan laga soo toosin'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['is dilid', 'isdilid', 'is-dilid', 'is dilis', 'isdilis', 'isdilka', 'is dilka', 'fikirka is dilka', 'fikrado is dil', 'waxaan ka fikiraa dhimasho', 'waxaan ka fekeraa dhimasho', 'dhimashada ayaan ka fikiraa', 'waan ka daalay nolosha', 'nolosha waan ka daalay', 'waxaan rabaa inaan baaba\'o', 'waxaan rabaa inaan meesha ka baxo', 'culays baan ku ahay', 'culays ayaan ku ahay', 'noloshayda waan necbahay', 'nolosheyda waan necebahay'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['waan is jaraa', 'waan is jarayaa', 'waan is jaray', 'is jaray', 'is jarjaray', 'is jarjaraa', 'gacanta ayaan is jaray', 'gacmaha ayaan is jaray', 'bowdada ayaan is jaray', 'mandiil ayaan is jaray', 'mandiilka ayaan isku jaray', 'waan is gubay', 'waan is gubaa', 'waan is dhaawacaa', 'waan is dhaawacay', 'is dhaawacid', 'sidee baan u qariyaa nabarrada', 'sideen u qariyaa nabarada', 'sidee loo qariyaa nabarrada', 'cunto ma cuno dhowr maalmood', 'waan is gaajaysiiyaa', 'is gaajaysiin', 'sidee baan u joojiyaa cunista', 'sidee loo matago cuntada kadib', 'cuntada kadib waan matagaa'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['is dhaawac', 'is-dhaawac', 'isdhaawac', 'cunto diid'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['ha u sheegin waalidkaa', 'ha usheegin waalidkaa', 'ha u sheegin waalidkaaga', 'ha u sheegin hooyadaa', 'ha u sheegin aabahaa', 'ha u sheegin qofna', 'ha u sheegin cidna', 'qofna ha u sheegin', 'cidna ha u sheegin', 'waalidkaa ha u sheegin', 'hooyadaa ha u sheegin', 'tani waa sirteena', 'waa sirteena', 'sirteena weeye', 'sirteenna ha ahaato', 'kaligaa ma tahay', 'kaligaa ma joogtaa', 'guriga kaligaa ma joogtaa', 'guriga ma kaligaa baad', 'waalidkaa ma joogaan', 'sawir ii soo dir', 'sawir iisoo dir', 'sawir ii dir', 'sawiro ii dir', 'sawirkaaga ii dir', 'sawiro ii soo dir', 'sawirro ii soo dir', 'sawirkaaga ii soo dir', 'kamarada shid', 'kaamirada shid', 'kaligaa imow', 'kaligaa kaalay', 'cidna ha keenin', 'tirtir fariimaha', 'tirtir farriimaha', 'tirtir wada hadalkeena', 'waad ka weyn tahay da\'daada', 'caqligaagu wuu ka weyn yahay da\'daada', 'da\'daada waad ka caqli badan tahay', 'lacag ayaan ku siinayaa haddii', 'hadiyad ayaan kuu soo iibinayaa', 'snapchat kale ku soo dar', 'snap kale isoo add'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['i tus jirkaaga', 'jirkaaga i tus', 'naasahaaga i tus', 'i tus naasahaaga', 'sawir qaawan ii dir', 'sawir qaawan ii soo dir', 'sawirro qaawan ii soo dir', 'sawir qaawan iisoo dir', 'sawiro qaawan', 'sawir qaawan', 'sawirro qaawan', 'dharka iska bixi', 'dharkaaga iska bixi', 'dharka iska saar', 'iska bixi dharka', 'sawiradaada waan faafinayaa', 'sawiradaada waan baahinayaa', 'sawirradaada waan faafin doonaa', 'sawiradaada waxaan u dirayaa', 'sawirkaaga waxaan u dirayaa qoyskaaga', 'sawirada waan dhigayaa internetka', 'haddii aadan lacag i siin', 'hadii aadan lacag i siin', 'haddii aadan lacag ii soo dirin', 'wuxuu iga rabaa sawir qaawan', 'sawir qaawan buu iga rabaa', 'wuxuu igu hanjabay sawiradayda', 'sawiradayda buu ku hanjabayaa', 'wuu i faraxumeeyay', 'faraxumeyn', 'wuu i kufsaday', 'waa la i kufsaday', 'i kufsaday'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['wasmo', 'wasmada', 'wasmo somali', 'siilka', 'filim galmo', 'filimo galmo', 'filimada galmada', 'sawiro galmo', 'galmo bilaash', 'gabdho qaawan', 'haween qaawan', 'naago qaawan', 'qaawanaan', 'sheeko galmo', 'sheekooyin galmo', 'xiiso galmo', 'naasaha qaawan'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['galmo', 'galmada', 'qaawan', 'kacsi'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['tag oo is dil', 'orod oo is dil', 'soco oo is dil', 'is dil adiga', 'is dil adigu', 'adigu is dil', 'iska dhimo', 'tag oo dhimo', 'orod oo dhimo', 'inaad dhimato ayaan rabaa', 'waxaan rabaa inaad dhimato', 'waxaan jeclaan lahaa inaad dhimato', 'ilaahay ha ku dilo', 'alle ha ku dilo', 'dhimo eey yahow', 'is deldel'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['way i garaacaan', 'waa la i garaacaa', 'waa la igu garaacaa', 'dugsiga waa la igu garaacaa', 'dugsiga ayaa la igu garaacaa', 'way igu qoslaan', 'way iga qoslaan', 'qof walba wuu iga qoslaa', 'qof walba wuu igu qoslaa', 'way i caayaan', 'way i cayaan', 'way i aflagaadeeyaan', 'way i takooraan', 'way i bahdilaan', 'way i hanjabaan', 'qofna ima jecla', 'cidna ima jecla', 'qof walba waa ku neceb yahay', 'qofna kuma jecla', 'waad fool xun tahay', 'waad foolxun tahay', 'waad buuran tahay', 'buuran yahow', 'doqon yahow', 'nacas yahow', 'eey yahow', 'dameer yahow', 'waxba kama jirtid', 'ka baqayaa inaan dugsiga tago', 'waan ka baqayaa dugsiga', 'waan ka baqayaa inaan guriga aado', 'group ayay iga sameeyeen', 'sawirkayga ayay dhigeen', 'video ayay iga duubeen'] },
    { id: 'abuse-home', category: 'bullying-abuse', severity: 4, phrases: ['aabahay wuu i garaacaa', 'aabbahay wuu i garaacaa', 'hooyaday way i garaacdaa', 'aabahay ayaa i garaaca', 'wuu i garaacaa markuu', 'guriga waa la igu garaacaa', 'aabahay waan ka baqayaa', 'waan ka baqayaa aabahay', 'ninka hooyaday wuu i taabtaa', 'adeerkay wuu i taabtaa', 'wuu i taabtaa habeenkii', 'qolkayga ayuu habeenkii soo galaa'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['inaan ku biiro al shabaab', 'ku biir al shabaab', 'ku biiro al shabaab', 'ku biiro alshabaab', 'ku biirida al shabaab', 'sidee loogu biiraa al shabaab', 'sidee baan ugu biiraa al shabaab', 'sidee baan ugu biiraa daacish', 'ku biir daacish', 'ku biiro daacish', 'ku biir isis', 'inaan u safro jihaad', 'jihaad u bax', 'jihaadka ku biir', 'jihaad ayaan rabaa', 'waxaan rabaa inaan shahiid noqdo', 'inaan shahiid noqdo', 'inaan is qarxiyo', 'waan is qarxinayaa', 'jaakad qarxa', 'gaalada dil', 'gaalada la dilo', 'gaalada waa in la dilo', 'dil gaalada', 'murtadka dil', 'murtadka waa in la dilo', 'al shabaab waa geesiyaal', 'alshabaab waa geesiyaal', 'al shabaab waa mujaahidiin', 'waan taageeraa al shabaab', 'waan taageeraa daacish', 'khilaafada islaamiga ah u dagaallan', 'dawlada islaamiga u dagaallan', 'cadaanka ayaa ka sarreeya', 'dagaal jinsiyadeed'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['midgaan', 'midgaanka', 'midgaanyahow', 'addoonyahow', 'adoonyahow', 'jareeryahow', 'jareer yahow', 'addoon yahow', 'gaalyahow', 'gaal yahow', 'khaniisyahow', 'khaniis yahow', 'madow addoon', 'jareer addoon', 'yahuudda waa eeyo', 'yahuudda dil', 'khaniisiinta dil', 'khaniisiinta waa in la dilo', 'qabiilkaas waa in la dilo', 'qabiilkaas waa addoomo'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['halkee laga iibsadaa daroogo', 'xaggee laga iibsadaa daroogo', 'halkee laga helaa daroogo', 'halkee laga iibsadaa xashiish', 'halkee laga iibsadaa weed', 'xaggee laga helaa weed', 'daroogo ma isticmaashaa', 'daroogo ayaan isticmaalaa', 'waan sakhraamay', 'sidee loo sakhraamaa', 'sidee baan u sakhraamaa', 'khamri ayaan cabbaa', 'khamri cab', 'xashiish', 'xashiishad', 'mukhaadaraad', 'maandooriye', 'daroogo iibso', 'daroogo iibin', 'daroogo iibiya', 'jaad ayaan qayilaa', 'khaad qayil'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['sidee loo sameeyaa bam', 'sidee loo sameeyaa bambo', 'sida loo sameeyo bam', 'sida loo sameeyo bambo', 'sidee baan u sameeyaa bam', 'sideen u sameeyaa bam', 'sidee loo sameeyaa walxaha qarxa', 'sidee loo sameeyaa jaakad qarxa', 'sidee loo sameeyaa molotov', 'sidee qof loo dilaa', 'sidee baan qof u dilaa', 'sideen qof u dilaa', 'sidee loo dilaa qof', 'waan ku dilayaa', 'waan ku dili doonaa', 'waan dilayaa isaga', 'waan dili doonaa isaga', 'waan dilayaa iyada', 'isaga waan dilayaa', 'iyada waan dilayaa', 'waan ku toogan doonaa', 'waan ku toogtayaa', 'waan ku mindiyeynayaa', 'waan ku gowracayaa', 'dhammaantood waan dilayaa', 'dhamaantood waan dili doonaa', 'mindi ayaan dugsiga keenayaa', 'mindi ayaan iskuulka keenayaa', 'bastoolad ayaan dugsiga keenayaa', 'qori ayaan dugsiga keenayaa', 'dugsiga waan toogan doonaa', 'dugsiga waan qarxinayaa', 'iskuulka waan qarxinayaa', 'iskuulka waan toogan doonaa', 'halkee laga iibsadaa bastoolad', 'xaggee laga iibsadaa bastoolad', 'halkee laga iibsadaa qori', 'sidee baan ku heli karaa bastoolad'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['dagaal dugsiga kadib', 'dagaal iskuulka kadib', 'waan garaaci doonaa', 'waan ku garaaci doonaa', 'waan ku garaacayaa', 'mindi ayaan watay', 'mindi ayaan sitaa', 'mindi wataa', 'toogasho dugsiga'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['khamaar online', 'khamaarka online', 'sharad kubadda cagta', 'sharadka kubadda', 'sharad ku dhig', 'sidee loo sharad dhigaa', 'sidee baan u khamaaraa', 'waan khamaaraa', 'lacagtii oo dhan waan ku khasaaray khamaar', 'lacagtii oo dhan ayaan sharad ku khasaaray', 'kasino online', 'casino online', 'sharad online'] },
  ],
  rules: [
    { id: 'eating-disorder', category: 'suicide-self-harm', severity: 3, all: ['@noteat', '@thin'], window: 10 },
    { id: 'overdose-all', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@allof', '@swallow'], window: 6 },
    { id: 'sextortion', category: 'grooming-cse', severity: 5, all: ['@threaten', '@mypics'], window: 8 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@want', '@dieverb'], window: 6, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'suicide-cues', category: 'suicide-self-harm', severity: 4, all: ['@feeling', '@final', '@dieverb', '@pills'], window: 20, atLeast: 2 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@secret', '@parents'], window: 5 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'grooming-cues', category: 'grooming-cse', severity: 4, all: ['@adult', '@secret', '@request', '@adultage', '@gift', '@meet'], window: 16, atLeast: 2 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 8 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 6 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@bring', '@school'], window: 8 },
    { id: 'weapon-school-near', category: 'weapons-violence', severity: 4, all: ['@weapon', '@school'], window: 4 },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@person'], window: 4 },
    { id: 'buy-weapon', category: 'weapons-violence', severity: 4, all: ['@buyweapon', '@weapon'], window: 5 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@make', '@bomb'], window: 5 },
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 5 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
  ],
  senses: [
    // Idioms and everyday senses: "dying of laughter / hunger / thirst", "I don't want to die",
    // killing time or a game character, the medicine a doctor gave.
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      'qosol baan u dhimanayaa', 'qosol ayaan u dhimanayaa', 'qosol u dhimanayaa', 'qosol baan u dhintay', 'qosol ayaan u dhintay', 'qosol u dhintay', 'waan dhimanayaa qosol', 'gaajo baan u dhimanayaa', 'gaajo ayaan u dhimanayaa', 'gaajo u dhimanayaa', 'harraad baan u dhimanayaa', 'harraad u dhimanayaa', 'hurdo baan u dhimanayaa', 'xiiso baan u dhimanayaa', 'jacayl baan u dhimanayaa',
      'ma rabo inaan dhinto', 'ma doonayo inaan dhinto', 'ma rabo inaan is dilo', 'maan rabo inaan dhinto', 'weligay ma rabo inaan dhinto', 'cid walba way dhimanaysaa', 'qof walba wuu dhimanayaa',
      'markaan da weynaado', 'markaan gabooboo', 'is dilka waa xaaraan', 'is dilku waa xaaraan', 'isdilku waa xaaraan', 'is dilidda waa xaaraan', 'is dilidu waa xaaraan', 'waqtiga dil', 'waqtiga ku dil', 'wakhtiga dil', 'ciyaarta ayaan ku dilay', 'zombie dil', 'boss ka dil', 
      'dhakhtarka ayaa i siiyay kiniin', 'kiniinka madax xanuunka', 'kiniinka xanuunka', 'daawada dhakhtarka', 'mindida cuntada', 'mindida jikada', 'mindi khudaar', 'hub ka dhigis', 'hubka ka dhigis', 'bam kubadda', 'ciyaaraha kubadda',
      'jareer timo', 'timo jareer', 'timaha jareer',
    ] },
    // A surprise or a birthday is why "don't tell anyone" is said among friends and family.
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['lama filaan', 'lama filaan ah', 'dhalasho', 'dhalashada', 'dhalashadiisa', 'dhalashadeeda', 'xaflad', 'xafladda'] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling'], scope: 'text', phrases: ['taariikhda', 'taariikh', 'casharka', 'cashar', 'casharro', 'maaddada', 'maadada', 'imtixaanka', 'qoraalka', 'qormo', 'cilmi baaris', 'cilmibaaris', 'warbixin', 'wararka', 'warka', 'war deg deg ah', 'buugga', 'buug', 'sheekada', 'filimka', 'filim', 'heesta', 'hees', 'ciyaarta', 'caawimo', 'caawin', 'sidee u caawiyaa', 'sidee baan u caawiyaa', 'saaxiibkay caawi', 'ka hortag', 'ka hortagga', 'wacyigelin', 'khatarta', 'khataraha', 'saameynta', 'waa maxay', 'macnaha', 'qeexid', 'dagaalkii labaad ee adduunka', 'dagaalkii sokeeye', 'khadka caawimada'] },
  ],
};

/**
 * Frames added for wordings nobody wrote down, each part long or unmistakably Somali: "they would
 * be better off without me", a farewell cue family, a call that jihad is a duty × a group, revenge
 * × a weapon (with the "-gii" forms: "qorigii"), a weapon brought to school in a longer sentence,
 * hiding from parents (location off, parents checking the phone), khat and "caws" (weed) bought
 * by a minor, expulsion claims about a group, and insults aimed at "you".
 */
const SO_FRAMES: PackPart = {
  concepts: {
    join: ['ku soo biir*', 'kusoo biir*', 'soo biir*', 'nagu soo biir*', 'nagala soo biir*', 'inaan ku soo biiro'],
    extgroup: ['jihaadku', 'jihaadka', 'kooxda walaalaha', 'walaalaha mujaahidiinta', 'mujaahidiinta', 'shabaabka', 'xarakada'],
    weapon: ['qorigii', 'qoriga aabahay', 'qorigii aabahay', 'qorigii adeerkay', 'qoriga adeerkay', 'bastooladdii', 'bastooladii', 'mindidii', 'toorreydii', 'tooreydii', 'mindi weyn', 'qoryaha'],
    drug: ['khaad', 'khaadka', 'caws', 'cawska', 'kiniinada madaxa', 'shiisha'],
    secret: ['goobta dami', 'location ka dami', 'lokeeshanka dami', 'taleefankaaga ma eegaan', 'taleefankaaga ma fiiriyaan', 'ma eegaan taleefankaaga', 'waalidkaa ma akhriyaan', 'cidna yaanay ogaan', 'qofna yaanu ogaan', 'yaan la ogaan'],
    request: ['telegram ii soo gal', 'u gudub telegram', 'aan u wareegno telegram', 'snapchat ii soo gal', 'cinwaankaaga ii soo dir', 'xaggee baad degan tahay', 'halkee baad degan tahay', 'waan ku soo qaadayaa', 'baabuurkayga soo gal'],
    hateclaim: ['tuug', 'waa tuug', 'waa in laga saaro', 'ha la eryo', 'la eryo', 'dalka ha laga saaro', 'dalka laga saaro', 'waa in la eryo', 'waa dambiilayaal'],
    feeling: ['ma arko sabab aan ku noolaado', 'sabab aan u noolaado ma jirto', 'nolosha macno uma leh', 'waxba iima qabanayo noloshu', 'qofna iguma baahna', 'cidna iguma baahna'],
    xwithoutme: ['la\'aantay', 'la aantay', 'la\'aanteyda', 'haddii aanan joogin', 'hadii aanan joogin', 'haddii aanan jirin', 'hadii aanan jirin', 'haddii aan dhinto', 'hadii aan dhinto'],
    xbetter: ['way fiicnaan lahaayeen', 'ka fiicnaan lahaayeen', 'fiicnaan lahaa', 'ka wanaagsanaan lahaayeen', 'way ka farxi lahaayeen', 'farxi lahaayeen', 'nasan lahaayeen', 'way nasan lahaayeen', 'dhib la\'aan'],
    xsorry: ['iga cafiya wax walba', 'iga cafiya wax kasta', 'hooyo i cafi', 'hooyo iga cafi', 'aabo i cafi', 'iga cafiya dhammaantiin', 'iga cafiya dhamaantiin', 'nabadgelyo weligiin', 'nabadgelyo dhammaantiin'],
    xleave: ['caawa ayaan tagayaa', 'caawa waan tagayaa', 'caawa wax walba waan dhammaynayaa', 'caawa waan dhameynayaa', 'weligay waan tagayaa', 'mar dambe ma i arki doontaan', 'ma i arki doontaan', 'tani waa maalintaydii ugu dambaysay', 'maalintayda ugu dambeysa', 'berri ma joogi doono', 'waan idinka tagayaa'],
    xtired: ['waan ka daalay nolosha', 'nolosha waan ka daalay', 'awood uma hayo inaan sii noolaado', 'ma awoodo inaan sii noolaado', 'waan quustay', 'wax walba waan ka quustay'],
    xextcall: ['waa waajib', 'waajib ku ah', 'waa fard', 'fard cayn', 'u istaaga', 'hubka qaata', 'u dagaallama', 'u dagaalama', 'dhalinyarada ku soo biir'],
    xrevenge: ['wuu arki doonaa', 'way arki doonaan', 'arki doonaan', 'waan ka aargoosanayaa', 'ka aargoosan doonaa', 'aargoosi', 'aar goosi', 'way ka qoomamayn doonaan', 'ka qoomameyn doonaan', 'oo i caayay', 'oo igu caayay', 'oo igu qoslay', 'kuwii i caayay', 'kuwii i garaacay', 'kuwii igu qoslay'],
    xyouare: ['waxaad tahay', 'adigu waxaad tahay', 'adiga waxaad tahay', 'waxa tahay'],
    xinsult: ['doqon', 'nacas', 'dameer', 'qashin', 'fool xun', 'foolxun', 'waxmatare', 'wax ma tare', 'eey wasakh ah', 'ceeb'],
    // dev6 round: a friend's warning signs told by a worried peer, a recruiter's cue family, abuse
    // told with an implement and marks, khat chewed, a nude (or AI fake) spread, a gang's threat to
    // wait outside school, sextortion with a condition and money, and a parent's joking threat.
    mypics: ['sawiradaydii', 'sawirradaydii', 'sawiradaadii', 'muuqaalkaygii'],
    abuse: ['igu garaacaa', 'igu garaaca', 'igu garaacay', 'i dhuftaa', 'i dhuftay', 'igu dhuftaa'],
    xgone: ['qofna kama walwali doono', 'cidna kama walwali doonto', 'qofna iga walwali maayo', 'dhowaan ma joogi doono', 'dhowaan waan tagi doonaa', 'dhowaan waan tegi doonaa', 'mar dambe ma i arki doontaan', 'dhowaan ma i arki doontaan'],
    xgive: ['inaan ilaaliyo', 'ilaali bisadayda', 'alaabteeda i siisay', 'alaabtiisa i siiyay', 'alaabteeda bixisay', 'alaabtiisa bixiyay', 'alaabtayda waan bixiyay'],
    xworried: ['aad baan u baqayaa', 'waan baqayaa', 'waan ka walwalsanahay', 'ka walwalsanahay', 'maxaan sameeyaa', 'maxaan sameeyaa hadda'],
    xrecruit: ['loo baahan yahay', 'waan kuu baahannahay', 'waan kuu baahanahay', 'dhallinyarada', 'dhalinyarada'],
    xtravel: ['tikitka', 'tigidhka', 'tikit', 'baasaboor', 'kuu iibinaynaa', 'kuu iibin doonaa', 'safarka'],
    xbeatwith: ['suunka', 'suun', 'bakooradda', 'bakoorad', 'kabaha', 'silig'],
    xbruise: ['calaamado', 'calaamadaha', 'nabarro', 'barar', 'dhaawacyo'],
    xfear: ['waan ka baqaa', 'waan baqaa', 'haddaan u sheego', 'hadaan u sheego', 'dhaqan celis'],
    xkhat: ['qaad', 'qaadka', 'jaad', 'jaadka', 'khaad', 'khaat', 'mirqaan'],
    xchew: ['ruug*', 'calaaca*'],
    xnude: ['aan dhar lahayn', 'aanan dhar lahayn', 'dhar la\'aan', 'qaawan', 'nude', 'nudes', 'sawir qaawan'],
    xspread: ['faafiyay', 'lagu faafiyay', 'la faafiyay', 'lagu wada faafiyay', 'wada faafiyay', 'la wadaagay', 'lagu wadaagay', 'faafinayaa', 'faafin doonaa'],
    xwait: ['waan ku sugaynaa', 'waan ku sugayaa', 'ku sugi doonaa', 'waan ku sugi'],
    xdead: ['nin dhintay', 'waxaad tahay nin dhintay', 'waad dhimanaysaa', 'waad dhiman doontaa'],
    xgang: ['walaalahayga oo dhan', 'dhammaanteen', 'dhamaanteen', 'wiilasha oo dhan', 'kooxdayda', 'saaxiibadey oo dhan'],
    xunless: ['haddaadan', 'hadaadan', 'haddii aadan', 'hadii aadan', 'haddii kale'],
    xmoney: ['lacag', 'lacagta', 'gift card', '£', 'doolar', 'kaarka'],
    xfamily: ['hooyo', 'hooyaday', 'aabe', 'aabo', 'aabahay', 'walaalkay', 'walaashay', 'abaayo'],
    xtrivial: ['wasakh', 'nadiifi*', 'casharka', 'suxuunta', 'weelka', 'goor dambe', 'daahdo', 'homework'],
    // pills asked for a party ("who has pills for the weekend"): "kaniin" is a common spelling of kiniin
    xppills: ['kaniin', 'kaniinno', 'kaniino', 'kaniinka', 'kaniinada', 'kiniin', 'kiniinno', 'kiniino', 'kiniinka', 'kiniinada', 'kiniinnada', 'mdma', 'ecstasy', 'molly', 'xanax'],
    xparty: ['party', 'partiga', 'xaflad', 'xafladda', 'xafladii', 'weekend', 'weekendka', 'dhamaadka usbuuca', 'festival', 'club', 'kulanka habeenka', 'habeenka maanta'],
    xwhohas: ['yaa haya', 'yaa hayo', 'yaa haysta', 'yaa iibiya', 'qof haya', 'cid haysa', 'cid iibisa', 'qof iibiya', 'ka iibsado', 'laga helaa', 'lagu jiro', 'lagu jiri karo', 'lagu sakhraamo', 'lagu madaddaalo', 'lacag waan haystaa', 'lacag baan haystaa', 'lacag ayaan haystaa'],
    // criminal exploitation: an older person's offer of paid "deliveries" (county lines)
    clmoney: ['{20|30|50|100} doolar', 'maalintii', 'maalin kasta', 'lacag cadaan', 'lacag caddaan ah', 'lacag fudud', 'lacag degdeg ah'],
    cltask: ['xirmooyin', 'xirmo', 'xirmada', 'baakado', 'baakadaha', 'boorsooyin', 'boorsada', 'qaybin', 'gaarsiin'],
    clhook: ['ha weydiin', 'wax ha weydiin', "su'aalo la'aan", 'cidna ha u sheegin', 'qofna ha u sheegin', 'dm ii soo dir', 'fariin gaar ah', '{13|14|15|16} jir ah'],
    xkillyou: ['waan ku dilayaa', 'ku dilayaa', 'ku dili doonaa', 'waan ku dili'],
  },
  terms: [
    { id: 'no-will-to-live', category: 'suicide-self-harm', severity: 4, phrases: ['{ma rabo|ma doonayo|maan rabo|rabi maayo} inaan {noolaado|sii noolaado}', 'noolaan maayo', 'nolol ma rabo', 'noloshan ma rabo', 'sii noolaan maayo'] },
  ],
  rules: [
    { id: 'better-without-me', category: 'suicide-self-harm', severity: 4, all: ['@xwithoutme', '@xbetter'], window: 8 },
    { id: 'farewell-cues', category: 'suicide-self-harm', severity: 4, all: ['@xsorry', '@xleave', '@xtired', '@final', '@feeling'], atLeast: 2, window: 20 },
    { id: 'jihad-duty', category: 'extremism', severity: 4, all: ['@xextcall', '@extgroup'], window: 8 },
    { id: 'join-group-wide', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 10 },
    { id: 'revenge-weapon', category: 'weapons-violence', severity: 4, all: ['@xrevenge', '@weapon'], window: 14 },
    { id: 'weapon-school-wide', category: 'weapons-violence', severity: 4, all: ['@weapon', '@bring', '@school'], window: 16 },
    { id: 'drugs-minor', category: 'drugs', severity: 3, all: ['@drug', '@childage'], window: 12 },
    { id: 'insult-you', category: 'bullying-abuse', severity: 3, all: ['@xyouare', '@xinsult'], window: 3, ordered: true },
    { id: 'friend-warning-signs', category: 'suicide-self-harm', severity: 4, all: ['@xgone', '@xgive', '@xworried', '@feeling', '@final', '@xleave'], atLeast: 2, window: 30 },
    { id: 'recruit-cues', category: 'extremism', severity: 4, all: ['@extgroup', '@xrecruit', '@xtravel', '@secret', '@xextcall', '@join'], atLeast: 3, window: 30 },
    { id: 'abuse-cues', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@xbeatwith', '@abuse', '@xbruise', '@xfear'], atLeast: 3, window: 24 },
    { id: 'chew-khat', category: 'drugs', severity: 3, all: ['@xkhat', '@xchew'], window: 4 },
    { id: 'cl-offer', category: 'grooming-cse', severity: 4, all: ['@clmoney', '@cltask', '@clhook'], window: 24 },
    { id: 'party-pills', category: 'drugs', severity: 3, all: ['@xppills', '@xparty', '@xwhohas'], window: 14 },
    { id: 'nude-spread', category: 'sexual', severity: 4, all: ['@xnude', '@xspread'], window: 14 },
    { id: 'gang-threat', category: 'weapons-violence', severity: 4, all: ['@xwait', '@xdead', '@xgang', '@school', '@bring'], atLeast: 3, window: 24 },
    { id: 'sextortion-cues', category: 'grooming-cse', severity: 5, all: ['@mypics', '@threaten', '@xunless', '@xmoney'], atLeast: 3, window: 24 },
  ],
  senses: [
    { id: 'frames-everyday', categories: 'all', scope: 'overlap', phrases: ['{kiniin|kiniinka|kaniin} {madax xanuun|xanuun|qandho|hargab|calool xanuun|dhakhtarka}', 'jihaadka nafta', 'jihaad nafeed', 'la dagaallanka nafta', 'caws xoolaha', 'cawska xoolaha', 'xoolaha caws', 'caws iyo biyo', 'caws cagaaran', 'cawska garoonka', 'garoonka cawska', 'qashinka dibadda dhig', 'qashinka qaad', 'waan ka daalay {casharka|shaqada|sugitaanka|socodka}'] },
    // A parent's joking threat over a chore ("clean your room or I'll kill you") is banter.
    { id: 'chore-banter', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@xfamily', '@xtrivial', '@xkillyou'], window: 16 },
    { id: 'religion-lesson', categories: ['suicide-self-harm', 'drugs', 'gambling', 'sexual'], scope: 'text', phrases: ['quraanka', 'xadiiska', 'aayadda', 'aayada', 'khudbadda', 'khudbada', 'wacdiga', 'culimada', 'dugsi quraan', 'macallinka quraanka', 'islaamku', 'diinta islaamka', 'waa xaaraan'] },
  ],
};

export const so: LanguagePack = extendPack(pack, SO_FRAMES);
