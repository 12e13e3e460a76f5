/**
 * Lithuanian lexicon. Written for this project by its contributors from how young people write
 * about these risks in Lithuanian — with or without diacritics (the normaliser folds ą č ę ė į š
 * ų ū ž to a c e e i s u u z), with the clipped infinitives of speech ("noriu mirt",
 * "nusizudyt") and slang; no third-party word list was copied.
 * Licence: AGPL-3.0-or-later (see LICENSES.md).
 *
 * Negation is a prefix in Lithuanian ("nenoriu", "nemirti"): phrases match whole words from their
 * start, so "noriu mirti" never matches inside "nenoriu mirti", and "nenoriu gyventi" is a phrase
 * of its own. The standalone "ne" is not a negator here, as it is a common Romanian word.
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';
import { northEastFrames, northEastRules } from './rules-ru-uk-lt.ts';

const ADULT_AGES = '{18|19|20|21|22|23|24|25|26|27|28|29|30|35|40}';

const pack: LanguagePack = {
  lang: 'lt',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['niekada', 'niekad', 'jokiu būdu'],
  concepts: {
    self: ['noriu', 'labai noriu', 'tiesiog noriu', 'noriu tiesiog', 'norisi', 'norėčiau', 'planuoju', 'ketinu', 'nusprendžiau', 'aš nusprendžiau', 'šiąnakt', 'šį vakarą', 'jau laikas', 'man geriau', 'geriau jau', 'galvoju', 'galvoju kaip', 'gal man', 'eisiu', 'einu', 'pasiruošęs', 'pasiruošusi', 'svajoju', 'viskas nuspręsta', 'man reikia'],
    dieverb: ['mirt', 'numirti', 'nusibaigti', 'nusibaigt', 'dingti iš šio pasaulio', 'numirt', 'nusižudyti', 'nusižudyt', 'nusižudysiu', 'nusižudau', 'pasikarti', 'pasikart', 'pasikarsiu', 'persipjauti venas', 'persipjaut venas', 'persipjausiu venas', 'pjauti venas', '{nušokti|nušokt|nušoksiu|šokti|šoksiu|nulėkti} nuo {stogo|tilto|balkono|daugiaaukščio}', '{iššokti|iššoksiu|iššokt} pro langą', '{prarysti|prarysiu|išgerti|išgersiu} visas tabletes', 'apsinuodyti', 'apsinuodysiu', 'užmigti ir nepabusti', 'užmigti amžinai', 'nepabusti', 'nebegyventi', 'negyventi', 'išeiti iš gyvenimo', 'baigti viską', 'baigti su viskuo', 'baigti su gyvenimu', 'atimti sau gyvybę', 'nusišauti', 'nusišausiu', '{pulti|šokti|atsigulti} po traukiniu', 'dingti visam laikui', 'nebepabusti', 'nebeatsibusti', 'išnykti visam laikui', 'nustoti egzistuoti'],
    howto: ['kaip', 'kaip greičiau', 'kaip greitai', 'kokiu būdu', 'būdas', 'būdai', 'lengviausias būdas', 'greičiausias būdas', 'be skausmo', 'neskausmingai', 'kiek reikia', 'kiek reik', 'kur'],
    suicideact: ['nusižudyti', 'nusižudyt', 'nusibaigti', 'nusibaigt', 'pasikarti', 'persipjauti venas', 'numirti', 'mirt', 'apsinuodyti', 'nusišauti', 'atimti sau gyvybę', 'savižudybė', 'savižudybę', 'nusižudymas', 'nusižudymo būdai', 'nušokti nuo stogo'],
    pills: ['tabletės', 'tablečių', 'tabletes', 'tabletėmis', 'tabletę', 'paracetamol*', 'migdom*', 'antidepresant*', 'ibuprofen*', 'vaistų', 'vaistus', 'vaistai', 'vaistais'],
    death: ['mirt', 'numirti', 'numirt', 'numirčiau', 'mirčiau', 'mirtina dozė', 'mirtiną dozę', 'letal*', 'perdoz*', 'nepabusti', 'apsinuodyti', 'kad numirčiau', 'kad mirčiau', 'nepabusčiau', 'nebepabusčiau', 'neatsibusčiau', 'numirsiu', 'mirsiu'],
    cut: ['pjaustausi', 'pjaustausi rankas', 'pjaustau rankas', 'pjaustau save', 'pjūviai', 'pjūvius', 'pjūvių', 'randai', 'randus', 'randų', 'žaizdas', 'savęs žalojimas', 'save žaloju', 'žalojuosi', 'žaloju save', 'ašmenys', 'ašmenimis', 'skustuvo peiliuk*', 'mėlynes'],
    hide: ['paslėpti', 'nuslėpti', 'slėpti', 'slepiu', 'užmaskuoti', 'kad nepamatytų', 'kad niekas nepamatytų', 'kad nepastebėtų', 'nuo tėvų', 'nuo mamos', 'nuo tėčio'],
    feeling: ['esu niekam nereikalinga', 'esu niekam nereikalingas', 'aš niekam nereikalinga', 'aš niekam nereikalingas', 'esu našta', 'esu visiems našta', 'viduje tuščia', 'nėra išeities', 'niekas neturi prasmės', 'neturiu jėgų gyventi', 'aš niekas', 'niekam nerūpiu', 'niekam aš nerūpiu', 'visiems nusispjaut ant manęs'],
    final: ['paskutinė žinutė', 'paskutinė mano žinutė', 'sudie visiems', 'atsisveikinu su visais', 'atleiskit man visi', 'atleiskite man už viską', 'kai jūs tai perskaitysite', 'kai tai perskaitysit', 'rytoj manęs nebebus', 'manęs nebebus', 'išdalinau savo daiktus', 'atsisveikinimo laiškas', 'priešmirtinis raštelis', 'atsisveikinau su visais', 'parašiau raštelį'],
    gcontact: ['suaugęs', 'suaugusis', 'suaugęs vyras', 'vyras', 'vaikinas iš žaidimo', 'iš žaidimo', 'iš interneto', 'iš tiktoko', 'nepažįstamas', 'nepažįstamasis', 'vyresnis už mane', `{jam|man} ${ADULT_AGES}`],
    gsecret: ['niekam nesakyk', 'niekam nepasakok', 'nesakyk tėvams', 'nesakyk mamai', 'nesakyk niekam', 'nepasakok tėvams', 'tai mūsų paslaptis', 'mūsų paslaptis', 'mūsų mažoji paslaptis', 'tarp mūsų', 'ištrink žinutes', 'ištrink susirašinėjimą', 'ištrink pokalbį', 'ištrink viską', 'niekas nesužinos', 'niekas neturi žinoti', 'kad niekas nežinotų', 'tėvams nesakyk', 'mamai nesakyk', 'ten saugiau', 'taip saugiau', 'niekas nepamatys', 'niekas neperskaitys'],
    ggift: ['padovanosiu', 'dovana', 'dovanų', 'dovanėlę', 'nupirksiu tau', 'duosiu pinigų', 'duosiu tau pinigų', 'pervesiu pinigų', 'pervesiu tau', 'robux', 'robuxų', 'papildysiu', 'skinų', 'iphone', 'ajfoną', 'ajfona'],
    gmeet: ['susitikim', 'susitikime', 'susitikti', 'pasimatykim', 'ateik', 'ateik viena', 'atvažiuok', 'atvažiuok viena', 'paimsiu tave', 'atvažiuosiu tavęs', 'pas mane namo', 'pas mane į svečius', 'pas mane namuose', 'sėsk į mašiną', 'į mašiną'],
    gpics: ['atsiųsk nuotrauką', 'atsiųsk foto', 'atsiųsk fotkę', 'atsiųsk fotke', 'atsiųsk selfį', 'atsiųsk savo', 'savo nuotrauką', 'tavo nuotrauką', 'parodyk save', 'įjunk kamerą', 'apatiniais', 'su apatiniais', 'be drabužių', 'nuogą', 'nuogos', 'nudes', 'nudsus', 'intymias nuotraukas', 'maudymosi kostiumėl*', 'su mokyklos uniforma', 'atsiusk', 'mano nuotraukų', 'mano nuotraukas', 'mano fotkių'],
    gage: ['kiek tau metų', 'kelintoj klasėj', 'kelintoje klasėje', 'kelintokė', 'brandi savo amžiui', 'subrendusi savo amžiui', 'atrodai vyresnė', 'tu jau suaugusi', 'tu tokia suaugusi', 'man {12|13|14|15}', 'esu {5|6|7|8|9} klasėj'],
    galone: ['tu viena', 'viena namie', 'vienas namie', 'viena namuose', 'tėvai namie', 'tėvų nėra', 'kai tėvai išeis', 'kai tėvai miegos', 'vėlai naktį'],
    gflatter: ['tu graži', 'tu tokia miela', 'gražuolė', 'tu ypatinga', 'tu tokia graži', 'tu labai graži', 'tu man labai patinki', 'tik tu mane supranti', 'tik aš tave suprantu', 'pasitikėk manim', 'pasitikėk manimi', 'gali manim pasitikėti', 'mažyte', 'mažiule', 'mano mergaite', 'tu ne tokia kaip visos'],
    gprivapp: ['į telegram', 'per telegram', 'į snap', 'į snapchat', 'į discord', 'per discord', 'į privatų', 'į privačias', 'į asmenines', 'per whatsapp', 'į kitą pokalbį'],
    secret: ['nesakyk', 'niekam nesakyk', 'nepasakok', 'niekam nepasakok', 'nepasakosi', 'mūsų paslaptis', 'tai paslaptis', 'ištrink žinutes'],
    parents: ['tėvams', 'mamai', 'tėčiui', 'tėvui', 'mokytojams', 'mokytojai', 'auklėtojai', 'niekam'],
    adult: ['suaugęs', 'vyras', 'vienas vyras', 'dėdė', 'vaikinas iš interneto', 'iš interneto', 'iš žaidimo', 'iš tiktoko', 'nepažįstamas', 'vyresnis už mane', `jam ${ADULT_AGES}`],
    request: ['prašo nuotraukų', 'prašo nuotraukos', 'prašo atsiųsti nuotrauką', 'prašė atsiųsti', 'prašo nusirengti', 'liepė nusirengti', 'liepia nusirengti', 'nori susitikti', 'kviečia pas save', 'kviečia į svečius', 'siūlo pinigų', 'davė pinigų', 'nupirko man', 'nori mano adreso', 'klausia adreso', 'prašo įjungti kamerą', 'lietė mane', 'liečia mane', 'grasina', 'šantažuoja', 'prašo niekam nesakyti'],
    adultage: [`{jam|jis|vaikinui|vyrui} ${ADULT_AGES} [metų|m]`],
    childage: ['{man|o man|o aš|man tik|man tiktai} {10|11|12|13|14|15} [metų|m]'],
    cond: ['jei ne*', 'jeigu ne*', 'kitaip', 'arba aš', 'antraip', 'grasina', 'grasina kad', 'šantažuoja'],
    show: ['išsiųsiu visiems', 'nusiųsiu visiems', 'išplatinsiu', 'paskelbsiu', 'įkelsiu', 'parodysiu visiems', 'nusiųsiu tavo tėvams', 'parodysiu tėvams', 'išsiųs', 'nusiųs', 'išsiųsiu', 'nusiųsiu', 'išsiųsiu tėvams', 'nusiųsiu tėvams', 'išsiųs visiems', 'nusiųs visiems', 'paskelbs', 'išplatins', 'įkels', 'parodys visiems', 'nusiųs tėvams', 'parodys tėvams'],
    media: ['nuotraukas', 'nuotraukos', 'nuotraukų', 'fotkes', 'video', 'vaizdo įrašą', 'susirašinėjimą', 'nudes'],
    drug: ['žolės', 'žolę', 'žolytės', 'žolytę', 'kanapių', 'kanapes', 'marihuan*', 'hašiš*', 'kokain*', 'amfetamin*', 'amfos', 'amfą', 'mefedron*', 'ekstazi', 'mdma', 'lsd', 'heroin*', 'narkotik*', 'narkotų', 'narkų', 'spaisą', 'spaiso', 'vape', 'veipą', 'veipo', 'elektroninę cigaretę', 'snusą', 'snuso', 'haliucinogeninių grybų', 'kladą', 'kladmen*'],
    buy: ['nusipirkti', 'nusipirkt', 'nupirkti', 'nusipirksiu', 'nusipirkau', 'pirkti', 'kur gauti', 'kur gaut', 'gauti', 'užsisakyti', 'kur rasti', 'parduodu', 'parduoda', 'dyleris', 'dylerio', 'pabandyti', 'pabandyt', 'parūkyti', 'parūkyt', 'užsirūkyti', 'apsinešti', 'pasiuostyti', 'rūkyti'],
    weapon: ['peilis', 'peilį', 'peiliu', 'peilio', 'peiliuką', 'pistoletas', 'pistoletą', 'pistoletu', 'ginklas', 'ginklą', 'ginklu', 'šautuvas', 'šautuvą', 'šautuvu', 'bombą', 'bomba', 'sprogmenis', 'sprogmenys', 'sprogmenų', 'molotovo kokteilį', 'molotovo kokteilis', 'mačetę', 'mačetė', 'kastetą', 'kastetas', 'kirvį', 'kirvis', 'arbaletą', 'beisbolo lazdą', 'dujinį pistoletą', 'trauminį pistoletą'],
    bring: ['atsinešiu', 'atnešiu', 'pasiimsiu', 'pasiimti', 'atsinešti', 'atnešti', 'įsinešiu', 'įsinešti', 'ateisiu su', 'paimsiu su savim'],
    school: ['į mokyklą', 'mokykloje', 'mokyklon', 'į klasę', 'klasėje', 'į pamoką', 'į pamokas', 'į gimnaziją', 'gimnazijoje', 'į progimnaziją', 'per pertrauką'],
    killfuture: ['užmušiu', 'nužudysiu', 'išpjausiu', 'išmušiu', 'sumušiu', 'nudursiu', 'papjausiu', 'nušausiu', 'iššaudysiu', 'sušaudysiu', 'pasmaugsiu', 'susprogdinsiu', 'noriu nužudyti', 'noriu užmušti', 'noriu nušauti', 'noriu nudurti', 'reikia nužudyti', 'ketinu nužudyti', 'planuoju nužudyti'],
    person: ['tave', 'jį', 'ją', 'juos', 'jas', 'visus', 'jus visus', 'juos visus', 'mokytoją', 'auklėtoją', 'direktorių', 'klasiokus', 'klasioką', 'visą klasę', 'patėvį', 'tėvą'],
    make: ['kaip pasidaryti', 'kaip pasidaryt', 'kaip pagaminti', 'kaip pasigaminti', 'kaip padaryti', 'kaip susikonstruoti', 'namų sąlygomis', 'instrukcija', 'receptas', 'savo rankomis'],
    madeweapon: ['bombą', 'bomba', 'sprogmenis', 'sprogmenų', 'sprogstamąjį įtaisą', 'molotovo kokteilį', 'ginklą', 'pistoletą', 'šaunamąjį ginklą', 'napalmą'],
    extsupport: ['gerbiu', 'palaikau', 'didvyris', 'didvyriai', 'herojus', 'herojai', 'buvo teisus', 'buvo teisūs', 'šaunuolis', 'legenda', 'žaviuosi', 'kumyras', 'viską teisingai padarė'],
    extfigure: ['hitler*', 'breivik*', 'tarrant*', 'isis', 'islamo valstyb*', 'talibai', 'talibų', 'al kaid*', 'bin laden*', 'šahid*', 'columbine', 'kolumbain*', 'mokyklų šaudytoj*', 'mokyklos šaudytoj*'],
    join: ['prisijungti prie', 'prisijungsiu prie', 'prisijungiau prie', 'įstoti į', 'įstosiu į', 'išvykti į siriją', 'važiuoti į siriją', 'kovoti už', 'kovoti dėl', 'tapti šahidu', 'kaip patekti į', 'noriu į'],
    extgroup: ['isis', 'islamo valstyb*', 'kalifat*', 'džihad*', 'talibų', 'talibus', 'al kaidos', 'skinhedų', 'skinhedus', 'neonacių', 'nacių', 'ku klux klan', 'baltąją rasę', 'už baltąją rasę'],
    attack: ['užpulti', 'užpulsiu', 'susprogdinti', 'susprogdinsiu', 'padegti', 'padegsiu', 'teroro aktą', 'išpuolį prieš', 'sušaudyti', 'šaudyti į'],
    worship: ['mečetę', 'mečetė', 'mečetėje', 'sinagogą', 'sinagoga', 'sinagogoje', 'bažnyčią', 'bažnyčia', 'bažnyčioje', 'pabėgėlių centrą', 'pabėgėlių stovyklą'],
    group: ['žydai', 'žydus', 'žydų', 'musulmonai', 'musulmonus', 'migrantai', 'migrantus', 'imigrantai', 'imigrantus', 'pabėgėliai', 'pabėgėlius', 'čigonai', 'čigonus', 'romai', 'gėjai', 'gėjus', 'pyderai', 'pyderus', 'juodaodžiai', 'juodaodžius', 'negrai', 'negrus', 'rusai', 'lenkai', 'translyčiai', 'lgbt'],
    hateclaim: ['turi mirti', 'turi būti sunaikinti', 'reikia išžudyti', 'reikia žudyti', 'reikia sušaudyti', 'lauk iš lietuvos', 'lauk iš šalies', 'nešdinkitės', 'ne žmonės', 'gyvuliai', 'beždžionės', 'šiukšlės', 'purvini', 'parazitai', 'nekenčiu', 'sudeginti', 'į krosnį', 'ligoniai', 'sunaikinti', 'išnaikinti', 'žemesnė rasė', 'valdo pasaulį', 'kontroliuoja pasaulį', 'valdo viską', 'užgrobė valdžią'],
    abuser: ['tėtis', 'tėvas', 'patėvis', 'mama', 'motina', 'mamos draugas', 'mamos vaikinas', 'brolis', 'dėdė', 'tėvai', 'senelis', 'pamotė'],
    abuse: ['muša mane', 'mane muša', 'sumušė mane', 'mane sumušė', 'trenkė man', 'užrakina mane', 'mane užrakina', 'nemaitina manęs', 'smaugia mane', 'liečia mane', 'lietė mane', 'tampo už plaukų', 'muša diržu', 'mane muša diržu', 'muša mamą', 'muša mus'],
    bullyactor: ['jie', 'jos', 'visi', 'visa klasė', 'klasiokai', 'klasiokės', 'mergaitės', 'mergos', 'berniukai', 'vyresnieji', 'kažkas', 'klasė'],
    bullyact: ['muša mane', 'mane muša', 'pravardžiuoja mane', 'mane pravardžiuoja', 'juokiasi iš manęs', 'tyčiojasi iš manęs', 'iš manęs tyčiojasi', 'stumdo mane', 'ignoruoja mane', 'mane ignoruoja', 'nufilmavo mane', 'filmuoja mane', 'grasina man', 'atima iš manęs', 'spjauna ant manęs', 'žemina mane', 'įkėlė', 'sukūrė grupę', 'skleidžia gandus'],
    booze: ['prisigėriau', 'prisigėrė', 'nusigėriau', 'girtas', 'girta', 'gėriau', 'degtinę', 'degtinės', 'alkoholį', 'alkoholio', 'apsirūkiau'],
    youngage: ['{11|12|13|14|15} metų', 'man {11|12|13|14|15}', 'būdama {11|12|13|14|15}', 'būdamas {11|12|13|14|15}', '{5|6|7|8} klasėj'],
    me: ['mane', 'iš manęs'],
    hurtme: ['muša', 'žemina', 'pravardžiuoja', 'stumdo', 'užgaulioja', 'tyčiojasi', 'tyčiojosi', 'erzina', 'mušė', 'spardo'],
    bet: ['lažybos', 'lažybas', 'lažybų', 'statymai', 'statymus', 'statymų', 'kazino', 'lošimo automatai', 'lošimų automatai', 'lošti', 'lošiu', 'lošiau', 'pralošiau', 'topsport', 'betsafe', 'olybet', 'tonybet', 'optibet', 'betsson', 'unibet', 'internetinė ruletė', 'cs dėžės', 'cs dėžutes', 'atidaryti dėžes'],
    minor: ['man 13', 'man 14', 'man 15', 'man 16', 'man 17', 'be paso', 'nepilnamet*', 'mamos kortele', 'su mamos kortele', 'mamos kortelę', 'tėčio kortele', 'tėčio kortelę', 'visus pinigus', 'į skolą', 'pralošiau', 'pralošė'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: [
      '{noriu|labai noriu|tiesiog noriu|noriu tiesiog|norisi|taip noriu} {mirti|mirt|numirti|numirt|nusižudyti|nusižudyt|pasikarti|pasikart|persipjauti venas|nebegyventi|išnykti visam laikui|užmigti ir nepabusti|nebeatsibusti}',
      '{greičiau|kuo greičiau} {numirti|numirt|numirčiau|viskas baigtųsi}', 'kad greičiau numirčiau', 'nenoriu gyventi', 'nenoriu gyvent', 'nebenoriu gyventi', 'nebenoriu gyvent', 'nenoriu daugiau gyventi', 'daugiau nenoriu gyventi', 'gyventi nebenoriu', 'nebesinori gyventi', 'nesinori gyventi', 'nenoriu egzistuoti', 'nematau prasmės gyventi', 'nėra prasmės gyventi', 'gyventi nėra prasmės', 'nematau prasmės gyvenime',
      'aš nusižudysiu', 'nusižudysiu', 'nusižudysiu šiandien', 'aš pasikarsiu', 'pasikarsiu', 'persipjausiu venas', 'prarysiu visas tabletes', 'išgersiu visas tabletes', 'nušoksiu nuo stogo', 'nušoksiu nuo tilto', 'iššoksiu pro langą',
      'visiems bus geriau be manęs', 'visiems būtų geriau be manęs', 'be manęs visiems bus geriau', 'pasaulis bus geresnis be manęs', 'šiandien tai padarysiu', 'šiandien viskas baigsis', 'tai mano paskutinė žinutė', 'mano paskutinė žinutė', 'sudie visiems', 'atleiskit man už viską',
      'kaip nusižudyti', 'kaip nusižudyt', 'kaip pasikarti', 'kaip persipjauti venas', 'kaip mirti be skausmo', 'mirti be skausmo', 'neskausminga mirtis', 'neskausmingas būdas mirti', 'savižudybės būdai', 'nusižudymo būdai', 'kiek tablečių reikia mirti', 'kiek tablečių reikia kad numirčiau', 'mirtina tablečių dozė', 'priešmirtinis raštelis', 'atsisveikinimo raštelis'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['nekenčiu savęs', 'aš savęs nekenčiu', '{noriu|norisi} [tiesiog] {išnykti|dingti|ištirpti}', 'savižudyb*', 'savižudišk*', 'suicidinės mintys', 'suicidinių minčių', 'mintys apie mirtį', 'galvoju apie mirtį', 'galvoju apie savižudybę', 'noriu išnykti', 'noriu dingti', 'pavargau gyventi', 'pavargau nuo gyvenimo', 'nekenčiu savo gyvenimo', 'nekenčiu gyvenimo', 'kam aš gyvenu', 'kam man gyventi', 'esu našta', 'esu niekam nereikalinga', 'esu niekam nereikalingas', 'geriau būčiau numiręs', 'geriau būčiau numirusi', 'geriau manęs nebūtų', 'geriau būčiau negimęs', 'geriau būčiau negimusi', 'nebegaliu daugiau', 'daugiau nebegaliu', 'aš taip nebegaliu', 'niekas nepastebės jei dingsiu', 'niekas nepastebės jei numirsiu', 'niekas nepasiilgs'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['aš pjaustausi', 'pjaustausi', 'vėl pjaustausi', 'vėl pjausčiausi', 'pjaustau save', 'pjaustau rankas', 'pjaustau kojas', 'susipjausčiau rankas', 'susipjausčiau save', 'vėl susipjausčiau', 'save žaloju', 'žalojuosi', 'žaloju save', 'kaip paslėpti pjūvius', 'kaip paslėpti randus', 'kaip nuslėpti pjūvius', 'kaip nuslėpti randus', 'kuo užmaskuoti pjūvius', 'mušu save', 'deginu save', 'darau sau skausmą', 'sukeliu vėmimą', 'sukelti vėmimą po valgio', 'kaip sukelti vėmimą', 'vemiu po valgio', 'kaip nustoti valgyti', 'kaip nevalgyti', 'nevalgau jau {dvi|tris|penkias|kelias} dienas', 'badauju jau', '{nevalgiau|nevalgau|nieko nevalgau|nieko nevalgiau} {2|3|4|5|6|7|dvi|tris|keturias|penkias|savaitę|kelias} {dienas|dienų|dieną|savaites}', '{numesti|sverti|nukristi} iki {30|32|34|35|36|37|38|39|40|41|42} [kg]', 'proana', 'noriu sverti {30|35|38|40} kg'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['savęs žalojim*', 'savižalos', 'savižala', 'anoreksija', 'anoreksiją', 'bulimija', 'bulimiją', 'pjūviai ant rankų', 'randai ant rankų'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['niekam nesakyk apie mus', 'nesakyk tėvams', 'nesakyk mamai', 'nepasakok tėvams', 'tėvams nesakyk', 'tai mūsų paslaptis', 'mūsų mažoji paslaptis', 'ištrink mūsų susirašinėjimą', 'ištrink mūsų žinutes', 'ar tu viena namie', 'tu viena namie', 'tu dabar viena', 'tu brandi savo amžiui', 'tokia brandi savo amžiui', 'atrodai vyresnė nei esi', 'atsiųsk nuotrauką su apatiniais', 'atsiųsk nuotrauką maudymosi kostiumėlyje', 'parodyk save', 'ateik viena', 'atvažiuok viena', 'niekas neturi žinoti', 'susitikim tik dviese', 'ieškau rėmėjo', 'ieškau sponsoriaus', 'darbas kurjeriu narkotikams', 'ieškom kurjerių', 'lengvi pinigai paaugliams'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['atsiųsk nuogą nuotrauką', 'atsiųsk nuogų nuotraukų', 'atsiųsk nudes', 'atsiųsk nudsus', 'atsiųsk nuotrauką be drabužių', 'nusirenk', 'nusirenk man', 'nusirenk prieš kamerą', 'sumokėsiu už nuotraukas', 'duosiu pinigų už nuotraukas', 'išplatinsiu tavo nuotraukas', 'išsiųsiu tavo nuotraukas', 'išsiųsiu tavo nuotraukas visiems', 'paskelbsiu tavo nuotraukas', 'parodysiu visiems tavo nuotraukas', 'nusiųsiu tavo tėvams', 'jei neatsiųsi daugiau', 'jei nesumokėsi', 'mane išprievartavo', 'jis mane išprievartavo', 'mane prievartauja', 'vaikų pornografija'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['pornografija', 'pornografiją', 'pornuška', 'sekso video', 'sekso filmai', 'nuogos merginos', 'nuogų merginų', 'nuogos mergos', 'erotika', 'intymios nuotraukos', 'intymių nuotraukų', 'sekso pokalbiai', 'sekso čatas', 'nudsai'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['seksas', 'sekso', 'seksu', 'nuoga', 'nuogas', 'seksuali', 'seksualus'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['nusižudyk', 'eik nusižudyk', 'tiesiog nusižudyk', 'numirk', 'eik numirk', 'pasikark', 'eik pasikark', 'pastipk', 'kad tu pastiptum', 'kad tu numirtum', 'geriau tu numirtum', 'geriau būtum negimęs', 'geriau būtum negimusi', 'persipjauk venas'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['visi tavęs nekenčia', 'tavęs niekas nemyli', 'niekas tavęs nemyli', 'tu niekam nereikalinga', 'tu niekam nereikalingas', 'niekam tu nereikalinga', 'stora karvė', 'stora kiaulė', 'storule', 'storulė', 'bjaurybė', 'kekšė', 'šliundra', 'prostitutė', 'iš manęs tyčiojasi', 'tyčiojasi iš manęs', 'mane muša mokykloje', 'mane pravardžiuoja', 'mane žemina', 'patiriu patyčias', 'patiriu patyčių', 'kenčiu patyčias', 'mane užgaulioja', 'mane {mokykloje|per pertrauką|po pamokų|klasėje|nuolat|kasdien} {muša|žemina|pravardžiuoja|stumdo|užgaulioja}', 'bijau eiti į mokyklą', 'bijau eiti namo', 'sukūrė grupę prieš mane', 'įkėlė video su manim', 'įkėlė video su manimi', 'visi juokiasi iš manęs', 'niekas su manim nebendrauja', 'niekas su manimi nedraugauja', 'visi mane ignoruoja', 'tėtis geria ir muša', 'bijau patėvio', 'bijau tėčio', 'mama geria', 'namie mane muša'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['balta rasė', 'baltoji rasė', 'baltosios rasės', 'už baltąją rasę', 'baltųjų galia', 'rasinis karas', 'rasinį karą', 'hitleris buvo teisus', 'hitleris buvo didvyris', 'holokausto nebuvo', 'holokaustas melas', 'holokaustas yra mitas', 'mirtis netikėliams', 'žudyti netikėlius', 'tapti šahidu', 'prisijungti prie isis', 'prisijungti prie islamo valstybės', 'kaip prisijungti prie isis', 'kaip patekti į isis', 'kovoti už kalifatą', 'mokyklų šaudytojai didvyriai', 'columbine šaunuoliai', 'didysis pakeitimas'] },
    { id: 'extremism-mention', category: 'extremism', severity: 3, phrases: ['kalifatas', 'kalifato', 'džihadas', 'džihado', 'neonacis', 'neonaciai', 'skinhedai', 'svastika', 'svastiką'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['pyderas', 'pyderai', 'pyderų', 'pyderą', 'pydaras', 'pidaras', 'pederastas', 'pederastai', 'žydpalaikis', 'žydpalaikiai', 'niggeris', 'nigeris', 'nigeriai', 'čiurka', 'čiurkos', 'lenkpalaikis', 'lenkpalaikiai', 'negrai', 'negriukas', 'negriukai', 'juodašiknis', 'juodašikniai', 'siauraakis', 'siauraakiai'] },
    { id: 'hate-mild', category: 'hate-discrimination', severity: 2, phrases: ['kacapai', 'kacapas', 'kacapų', 'ruskiai', 'ruskių', 'vatnikai'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['kur nusipirkti žolės', 'kur gauti žolės', 'parūkyti žolės', 'rūkyti žolę', 'rūkau žolę', 'parūkyti žolytės', 'kur nusipirkti narkotikų', 'kur gauti narkotikų', 'apsinešęs', 'apsinešusi', 'apsinešti', 'apsirūkęs', 'apsirūkiusi', 'kokainas', 'kokaino', 'amfetaminas', 'amfetamino', 'mefedronas', 'mefedrono', 'heroinas', 'heroino', 'hašišas', 'hašišo', 'marihuanos', 'ekstazi', 'dyleris', 'dylerio', 'dilerio', 'kladmen*', 'kaip prisigerti', '{prisigėriau|prisigėrė|nusigėriau|apsirūkiau} {11|12|13|14|15} [metų]', '{prisigėriau|nusigėriau} būdama {12|13|14|15}', 'nusipirkti veipą {13|14|15}', 'veipas be paso', 'snusas be paso', 'kur nusipirkti snuso', 'kur nusipirkti veipą'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['kaip pasidaryti bombą', 'kaip pagaminti bombą', 'kaip pasigaminti bombą', 'kaip pasidaryti sprogmenų', 'kaip pagaminti sprogmenis', 'kaip pasidaryti molotovo kokteilį', 'kaip pasidaryti ginklą', 'kaip nužudyti žmogų', 'kaip nužudyti ką nors', 'kaip nunuodyti žmogų', 'užmušiu juos visus', 'nužudysiu juos visus', 'nužudysiu jus visus', 'iššaudysiu visus', 'iššaudysiu visą klasę', 'sušaudysiu visus', 'susprogdinsiu mokyklą', 'padegsiu mokyklą', 'atsinešiu peilį į mokyklą', 'atsinešiu ginklą į mokyklą', 'atsinešiu pistoletą į mokyklą', 'kur nusipirkti ginklą', 'kur nusipirkti pistoletą', 'kur gauti ginklą', 'kur gauti pistoletą', 'noriu nužudyti mokytoją', 'noriu nužudyti patėvį', 'noriu nužudyti tėvą', 'noriu nužudyti klasioką'] },
    { id: 'violence-threat', category: 'weapons-violence', severity: 4, phrases: ['užmušiu tave', 'aš tave užmušiu', 'nužudysiu tave', 'aš tave nužudysiu', 'nudursiu tave', 'nušausiu tave', 'papjausiu tave', 'visi pasigailės', 'jie visi pasigailės'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['šaudymas mokykloje', 'peilis mokykloje', 'muštynės po pamokų', 'tau galas', 'tu lavonas', 'lauk po pamokų'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['sporto lažybos', 'lažybos internetu', 'lažybos už futbolą', 'statau lažybas', 'stačiau visus pinigus', 'pralošiau visus pinigus', 'pralošiau pinigus kazino', 'pralošiau viską', 'internetinis kazino', 'kazino internetu', 'lošimo automatai', 'lošimų automatai', 'lošimai internetu', 'topsport', 'betsafe', 'olybet', 'tonybet', 'optibet', 'kaip statyti lažybas', 'lažybos nuo 14', 'lažybos be paso', 'lažybos skinais', 'cs dėžių atidarymas'] },
  ],
  rules: northEastRules({ secretSeverity: 4, orderedBullied: false }),
  senses: [
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      '{mirštu|mirsiu|numirsiu|numiriau|vos nenumiriau|vos nenumirau|mirti|numirti|mirt} iš {juoko|nuobodulio|gėdos|bado|karščio|šalčio|smalsumo|laimės|nuovargio|pavydo|mielumo}', '{mane|ją|jį} muša juokas', 'muša juokas', 'mušė juokas', 'mirtinai pavargau', 'mirtinai nuobodu', 'mirtinai išsigandau',
      '{užmušti|užmušt|užmušinėti|nužudyti} {laiką|nuobodulį|vakarą}', 'nužudyti procesą', 'užmušti procesą', '{kaip|kad|svarbiausia} {nenumirti|nemirti}',
      '{mama|mamą|tėtis|tėvai|mokytoja|mokytojas|treneris|brolis|sesė|sesuo} {mane|mus} {užmuš|nužudys|užmušt|užmuštų}', '{mama|tėtis|tėvai} {užmuš|užmuštų}',
      'tikra bomba', 'čia bomba', 'bomba daina', 'daina bomba', 'vonios {bomba|bombą|bombos|burbulas}', 'smegenų sprogimas', 'sprogo smegenys', 'šaudo akimis', 'šaudyti akimis', 'šaudė akimis',
      'duonos peilis', 'peilis duonai', 'peilis sviestui', 'įsipjoviau pirštą', 'įsipjovė pirštą', 'susipjoviau pirštą', 'pjaustau daržoves', 'pjaustyti daržoves', 'supjaustyti duoną', 'pjaustau salotas',
      'rusiška ruletė', 'rusišką ruletę', 'žolės sėkl*', 'vejos', 'veją', 'pjauti žolę', 'nupjauti žolę', 'žolę nupjauti', 'žolę pjauti', 'pakabinti paveikslą', 'pakabinti lentyną', 'lažinuosi kad', 'lažinuosi jog', 'lažinamės kad', 'kazino royale', 'aš tave užmušiu jei pavėluosi', 'užmušiu už spoilerį', 'užmušiu už spoilerius', 'žolelių arbata', 'vaistažolės', 'vaistažolių'] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling', 'grooming-cse'], scope: 'text', phrases: ['istorija', 'istorijos', 'istorijos pamoka', 'istorijos pamokai', 'istorijos pamokoje', 'referatas', 'referatą', 'rašinys', 'rašinį', 'pranešimas', 'pranešimą', 'pristatymas', 'pristatymą', 'antrasis pasaulinis karas', 'antrojo pasaulinio karo', 'holokausto istorija', 'holokaustas lietuvoje', 'biologija', 'biologijos', 'chemija', 'chemijos', 'prevencija', 'prevencijos', 'kas yra', 'ką reiškia', 'statistika', 'kaip padėti', 'padėti draugui', 'padėti draugei', 'pagalbos linija', 'vaikų linija', 'jaunimo linija', 'psichologas', 'psichologui', 'psichologė', 'filmas', 'filme', 'filmą', 'serialas', 'seriale', 'knyga', 'knygoje', 'romanas', 'romane', 'daina', 'dainos', 'dainą', 'klipas', 'naujienos', 'žiniose', 'dokumentinis', 'pasekmės', 'žala', 'simptomai', 'gydymas', 'įstatymas', 'baudžiamasis kodeksas', 'lytinis švietimas', 'lytinio ugdymo', 'namų darbai', 'namų darbus', 'pamokai', 'konspektas'] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['staigmena', 'staigmenos', 'staigmeną', 'gimtadienis', 'gimtadienio', 'gimtadieniui', 'dovana mamai', 'dovaną mamai', 'dovana tėčiui', 'dovaną tėčiui', 'kovo 8', 'sudaužiau', 'vazą', 'dvejetą'] },
    { id: 'games', categories: ['weapons-violence', 'extremism', 'bullying-abuse', 'suicide-self-harm'], scope: 'text', phrases: ['minecrafte', 'minecraft', 'roblokse', 'roblox', 'fortnite', 'counter strike', 'dota', 'pubg', 'žaidime', 'žaidimą', 'žaidimas', 'gta', 'brawl stars', 'standoff'] },
    { id: 'news', categories: ['weapons-violence', 'extremism', 'hate-discrimination', 'drugs'], scope: 'text', phrases: ['karas', 'karo', 'ukrainoje', 'naujienos', 'žinios', 'policija', 'policijos', 'pareigūnai', 'sulaikė', 'pranešė', 'teismas', 'nuteisė'] },
  ],
};

/** The words of a concept of {@link pack}, for building the unions the frames below use. */
const had = (name: string): readonly string[] => pack.concepts[name] ?? [];

/**
 * Frames added for wordings nobody wrote down (with or without diacritics, as the normaliser folds
 * them): a farewell cue family (sorry for everything, tonight I'll end it, "I can't any more", the
 * pet given away), "everyone would be better off without me", secrecy × any other grooming step
 * (meeting, gifts, address, moving to Telegram, parents checking the phone, location off),
 * revenge × a weapon, joining a movement × "cleansing" the country, stereotype claims about a
 * group, drug-courier recruitment and insults aimed at "you".
 */
const LT_FRAMES: PackPart = {
  concepts: {
    dieverb: ['viską baigti', 'baigti viską', 'pasibaigti', 'išnykti', 'nusižudyt'],
    cut: ['{susipjausčiau|susipjoviau|pjausčiau|pjaunu|subraižiau|draskau} {ranką|rankas|koją|kojas|šlaunis|riešą|riešus|save}', 'braižau save', 'deginu save', 'mušu save', 'draskau save'],
    hide: ['kaip paslėpti', 'kaip nuslėpti', 'kad mama nepamatytų', 'kad tėvai nepamatytų', 'kad niekas nepastebėtų', 'po rankovėmis', 'ilgomis rankovėmis'],
    show: ['išsiųsti visiems', 'išplatinti', 'paskelbti', 'įkelti', 'parodyti visiems', 'visai mokyklai', 'visai klasei', 'į bendrą pokalbį', 'į klasės grupę'],
    media: ['mano nuotraukas', 'mano nuotraukų', 'tavo nuotraukas', 'tavo nuotraukų', 'mano video', 'fotkes', 'fotkių'],
    gsecret: ['išjunk lokaciją', 'išjunk vietos nustatymą', 'išjunk geolokaciją', 'išjungti lokaciją', 'išjungti vietos nustatymą', 'tėvai tikrina telefoną', 'tėvai tikrina tavo telefoną', 'ar tavo tėvai tikrina', 'mama tikrina telefoną', 'tėvai skaito žinutes', 'tik mūsų paslaptis', 'tai bus mūsų paslaptis', 'niekam nesakyti', 'tėvams nesakyti', 'be tėvų'],
    gmeet: ['ateiti prie', 'prie mano mašinos', 'prie jo mašinos', 'prie mašinos', 'už mokyklos', 'paimsiu tave', 'nuvešiu tave', 'atvažiuosiu pas tave', 'lauksiu prie mokyklos', 'susitikti vieniems'],
    galone: ['be tėvų', 'tėvai nesužinos'],
    gprivapp: ['pereikim į', 'pereikime į', 'pereik į', 'rašyk į telegram', 'rašyk per telegram', 'į telegramą', 'per telegramą', 'telegrame', 'į instą', 'į snapą', 'į whatsapp', 'į discordą'],
    gcontact: ['iš discord*', 'iš roblox*', 'iš instagramo', 'iš snapo', 'vyrukas', 'vyrukas iš', 'suaugęs vaikinas', 'savanoris', 'iš stovyklos'],
    adult: ['vyrukas', 'vyrukas iš', 'iš discord*', 'iš roblox*', 'iš instagramo', 'suaugęs vaikinas', 'savanoris', 'iš stovyklos'],
    request: ['prašo išjungti lokaciją', 'prašo adreso', 'klausia kur gyvenu', 'klausia kur aš gyvenu', 'atveš dovaną', 'žada dovaną', 'paims mane', 'kviečia susitikti', 'siūlo susitikti', 'prašo vaizdo', 'prašo ištrinti žinutes', 'grasina išsiųsti', 'grasina paskelbti', 'sako niekam nesakyti', 'prašo ateiti'],
    join: ['prisijungti prie judėjimo', 'kur prisijungti', 'kaip prisijungti', 'ieškau judėjimo', 'įstoti į judėjimą', 'stoti į'],
    group: ['pabėgėliai', 'pabėgėlius', 'pabėgėlių', 'migrantų', 'čigonų', 'juodaodžių', 'arabai', 'arabus', 'afrikiečiai', 'ukrainiečiai', 'baltarusiai'],
    hateclaim: ['vagia', 'tik vagia', 'vagys', 'visi vagys', 'turi išvažiuoti', 'turi išvykti', 'tegul išvažiuoja', 'išvaryti', 'reikia išvaryti', 'išvyti', 'nusikaltėliai', 'prievartautojai', 'smirdantys', 'nešdinkis', 'grįžkit namo'],
    weapon: ['tėčio šautuvą', 'tėčio pistoletą', 'tėvo šautuvą', 'tėvo pistoletą', 'medžioklinį šautuvą', 'dėdės šautuvą'],
    drug: ['kanapės', 'žolytė', 'žolė', 'žolelės', 'grybukų', 'mefo', 'kokso'],
    xsorry: ['atsiprašau už viską', 'atleiskit už viską', 'atleiskite už viską', 'atleisk man už viską', 'sudie visiems', 'sudie visam laikui', 'sudiev visiems', 'mama atleisk', 'mamyte atleisk', 'atleiskit man'],
    xleave: ['šiąnakt viską baigsiu', 'šiąnakt baigsiu', 'baigsiu su viskuo', 'baigsiu su gyvenimu', 'viską baigsiu šiąnakt', 'manęs nebeliks', 'greitai manęs nebebus', 'išeisiu visam laikui', 'išeisiu amžiams', 'daugiau nepasimatysim', 'tai mano paskutinė diena', 'viskas baigsis šiąnakt', 'šiąnakt viskas baigsis'],
    xgiveaway: ['katiną atiduokit', 'atiduokit katiną', 'šunį atiduokit', 'atiduokit šunį', 'išdalinkit mano daiktus', 'pasirūpinkit mama', 'pasirūpinkit katinu', 'pasirūpinkit šuniu', 'išdalinau daiktus', 'išdalijau daiktus'],
    xtired: ['nebegaliu', 'daugiau nebegaliu', 'aš nebegaliu', 'pavargau nuo visko', 'pavargau gyventi', 'neturiu jėgų', 'nebeturiu jėgų', 'pasiduodu', 'nusibodo gyventi'],
    xwithoutme: ['be manęs', 'be manes'],
    xbetter: ['geriau', 'lengviau', 'ramiau', 'laimingesni', 'paprasčiau'],
    xall: ['visiems', 'visi', 'mamai', 'tėvams', 'šeimai', 'pasauliui', 'pasaulis', 'draugams'],
    xgsecret: ['niekam nesakyk', 'niekam nepasakok', 'nesakyk tėvams', 'nesakyk mamai', 'nepasakok tėvams', 'tėvams nesakyk', 'tėvams nesakyti', 'niekam nesakyti', 'tai mūsų paslaptis', 'tik mūsų paslaptis', 'mūsų paslaptis', 'mūsų mažoji paslaptis', 'ištrink žinutes', 'ištrink susirašinėjimą', 'ištrink pokalbį', 'išjunk lokaciją', 'išjungti lokaciją', 'išjunk vietos nustatymą', 'išjunk geolokaciją', 'tėvai tikrina telefoną', 'tėvai tikrina tavo telefoną', 'ar tavo tėvai tikrina', 'mama tikrina telefoną', 'tėvai skaito žinutes', 'tėvai nesužinos', 'niekas neturi žinoti', 'niekas nesužinos'],
    xgnext: [...had('gmeet'), ...had('ggift'), ...had('gpics'), ...had('gprivapp'), ...had('galone'), 'adresą', 'savo adresą', 'tavo adresą', 'kur gyveni', 'kurioje mokykloje', 'paimsiu tave', 'atvešiu', 'pereikim į', 'į telegramą', 'prie mašinos', 'už mokyklos'],
    xjob: ['darbas', 'darbą', 'darbo', 'uždarbis', 'užsidirbti', 'ieškom', 'ieškome', 'reikalingi', 'mokam', 'mokame', 'atlyginimas', 'paaugliams', 'moksleiviams', 'nuo 14', 'nuo 14 metų', '14+', '16+'],
    xdrugjob: ['kladmen*', 'kladus', 'kladų', 'daryti kladus', 'pakuotes slėpti', 'narkotikų kurjer*'],
    xrevenge: ['pasigailės', 'visi pasigailės', 'atkeršysiu', 'atkeršyti', 'sumokės už viską', 'gaus savo', 'kas iš manęs tyčiojosi', 'kurie iš manęs tyčiojosi', 'kas mane skriaudė', 'pamatys'],
    xcleanse: ['išvalyti šalį', 'valyti šalį', 'išvalyti lietuvą', 'nuo svetimųjų', 'nuo atvykėlių', 'nuo svetimų', 'nuo imigrantų', 'nuo pabėgėlių', 'tautos grynumą', 'rasės grynumą', 'rasinį grynumą'],
    xyouare: ['tu', 'tu tokia', 'tu toks', 'tu tiesiog', 'tu esi', 'tu tikrai'],
    xinsult: ['šiukšlė', 'bjaurybė', 'niekšas', 'niekšė', 'nevykėlis', 'nevykėlė', 'debilas', 'debilė', 'gėda', 'pabaisa', 'stora kiaulė', 'stora karvė', 'gamtos klaida', 'apgailėtinas', 'apgailėtina'],
  },
  terms: [
    { id: 'farewell-tonight', category: 'suicide-self-harm', severity: 5, phrases: ['šiąnakt {viską baigsiu|baigsiu viską|baigsiu su viskuo|nusižudysiu|pasikarsiu}', 'be manęs visiems bus geriau', 'be manes visiems bus geriau', 'visiems bus geriau be manęs', 'visiems bus lengviau be manęs'] },
    { id: 'hopeless-more', category: 'suicide-self-harm', severity: 3, phrases: ['iš manęs tik problemos', 'aš visiems tik trukdau', 'visiems tik trukdau', 'kam aš išvis gyvenu', 'nematau prasmės gyventi', 'nebematau prasmės'] },
    { id: 'cleanse', category: 'extremism', severity: 3, phrases: ['{išvalyti|valyti} {šalį|lietuvą|miestą} nuo {svetimųjų|atvykėlių|svetimų|imigrantų|pabėgėlių|migrantų|juodaodžių|čigonų}'] },
  ],
  rules: northEastFrames(18),
  senses: [
    { id: 'frames-everyday', categories: 'all', scope: 'overlap', phrases: ['be manęs {susitvarkysit|apsieisit|apsieis|susitvarkys}', 'išnešti šiukšles', 'išnešk šiukšles', 'šiukšlių rūšiavimas', 'rūšiuoti šiukšles', '{baigsiu|baigti|užbaigsiu} {namų darbus|projektą|rašinį|referatą|knygą|serialą|žaidimą}', 'viską baigsiu {rytoj|iki|po}', 'pavargau po {treniruotės|darbo|pamokų|kelionės}', 'tu tokia gėda', 'sudie {atostogos|vasara|savaitgali|žiema}'] },
  ],
};

/**
 * dev8 round, the general gaps found in Russian and Ukrainian written for Lithuanian too: getting
 * a gun "where / without a licence"; eating-disorder weight × purging; disabled pupils called
 * "dauniai" × "send them to boarding schools"; a race war named as a war (so war-news context does
 * not lower it) and recruiting for it; flattery and "nobody sees there" told by the child;
 * laughter × "I'll kill you" is banter.
 */
const LT_DEV8: PackPart = {
  concepts: {
    xgetgun: ['kur gauti', 'kur gaut', 'kur nusipirkti', 'kur nupirkti', 'kaip gauti', 'be leidimo', 'be licencijos', 'nelegaliai'],
    xgun: ['pistoletą', 'pistoletas', 'ginklą', 'šaunamąjį ginklą', 'šautuvą', 'dujinį pistoletą', 'kovinių šovinių', 'obrezą'],
    xedgoal: ['numečiau iki', 'numesti dar', 'dar numesti', 'sveriu', 'mano svoris', 'vis tiek stora', 'vis tiek riebi', 'vis tiek kiaulė'],
    xedmethod: ['du pirštus į burną', 'pirštus į burną', 'sukėliau vėmimą', 'sukelti vėmimą', 'sukeliu vėmimą', 'išvėmiau', 'badauju', 'laisvinamųjų', 'laisvinamuosius', 'nieko nevalgau', 'nieko nevalgiau'],
    group: ['dauniai', 'daunai', 'daunų', 'invalidai', 'invalidus', 'autistai', 'autistus'],
    hateclaim: ['trukdo normaliems', 'trukdo normaliems žmonėms', 'į internatus', 'atiduoti į internatą', 'izoliuoti', 'ne vieta tarp normalių'],
    extgroup: ['{karą|karo|karas|kare} už baltąją rasę', 'rasinį karą', 'rasinio karo'],
    join: ['ruošiamės', 'ruošiamės kovai', 'ieškome vaikinų', 'renkame vaikinus', 'kas nebijo veikti'],
    gflatter: ['kad aš graži', 'sako kad aš graži', 'rašo kad aš graži', 'vadina mane gražuole'],
    gsecret: ['niekas nemato', 'ten niekas nemato'],
    gprivapp: ['į viberį', 'į vatsapą', 'į whatsapp', 'į telegramą'],
    xlaugh: ['chachach*', 'chacha*', 'hahah*', 'lol', 'xd'],
    xkillyou: ['aš tave užmušiu', 'užmušiu tave', 'aš tave nužudysiu', 'nužudysiu tave'],
  },
  terms: [
    { id: 'race-war', category: 'extremism', severity: 4, phrases: ['{karą|karo|karas|kare} už baltąją rasę', 'ruošiamės rasiniam karui'] },
  ],
  rules: [
    { id: 'get-gun', category: 'weapons-violence', severity: 4, all: ['@xgetgun', '@xgun'], window: 5 },
    { id: 'restrict-eating', category: 'suicide-self-harm', severity: 4, all: ['@xedgoal', '@xedmethod'], window: 16 },
  ],
  senses: [
    { id: 'toy-guns', categories: ['weapons-violence'], scope: 'overlap', phrases: ['vandens pistoletą', 'vandens pistoletas', 'klijų pistoletą', 'klijų pistoletas', 'žaislinį pistoletą', 'žaislinis pistoletas'] },
    { id: 'banter-laugh', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@xlaugh', '@xkillyou'], window: 8 },
  ],
};

export const lt: LanguagePack = extendPack(extendPack(pack, LT_FRAMES), LT_DEV8);
