/**
 * Polish lexicon. Written for this project by its contributors from how young people write
 * about these risks in Polish (with and without diacritics — the normaliser folds them); no
 * third-party word list was copied. Licence: AGPL-3.0-or-later (see LICENSES.md).
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';

const base: LanguagePack = {
  lang: 'pl',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['nie', 'nigdy', 'przeciw', 'przeciwko'],
  concepts: {
    bullyactor: ['oni', 'wszyscy', 'cała klasa', 'koledzy', 'koleżanki', 'dziewczyny', 'chłopaki', 'starsi', 'ktoś', 'klasa'],
    bullyact: ['biją mnie', 'bije mnie', 'wyzywają mnie', 'wyzywa mnie', 'śmieją się ze mnie', 'wyśmiewają mnie', 'popychają mnie', 'obgadują mnie', 'hejtują mnie', 'ignorują mnie', 'nagrali mnie', 'nagrywają mnie', 'grożą mi', 'zabierają mi', 'kradną mi', 'plują na mnie', 'dokuczają mi', 'nękają mnie', 'poniżają mnie', 'wrzucili', 'zrobili grupę'],
    extsupport: ['popieram', 'podziwiam', 'kocham', 'szanuję', 'bohater', 'bohaterem', 'legenda', 'miał rację', 'mieli rację', 'był wielki', 'wzór'],
    extfigure: ['hitler', 'hitlera', 'breivik', 'breivika', 'tarrant', 'tarranta', 'isis', 'talibów', 'zamachowca', 'zamachowców', 'nazistów', 'bin laden', 'bin ladena'],
    attack: ['atak na', 'zaatakować', 'wysadzić', 'podpalić', 'zamach na', 'strzelać w', 'spalić'],
    worship: ['meczet', 'meczetu', 'synagogę', 'synagogi', 'kościół', 'kościoła', 'ośrodek dla uchodźców', 'ośrodek dla imigrantów'],
    feeling: ['jestem bezwartościowa', 'jestem bezwartościowy', 'jestem ciężarem', 'czuję się pusta', 'czuję się pusty', 'nie ma wyjścia', 'nic nie ma sensu', 'nie mam siły żyć', 'jestem nikim', 'wszystkim przeszkadzam'],
    final: ['ostatnia wiadomość', 'żegnajcie', 'żegnam was', 'przepraszam wszystkich', 'kiedy to przeczytacie', 'nie będzie mnie jutro', 'jutro mnie nie będzie', 'oddałam swoje rzeczy', 'oddałem swoje rzeczy'],
    howto: ['jak', 'jak mam', 'jak można', 'sposób', 'sposoby', 'sposobów', 'najlepszy sposób', 'najszybszy sposób', 'metody', 'metoda', 'co zrobić żeby', 'gdzie', 'ile', 'czy da się'],
    suicideact: ['się zabić', 'zabić się', 'zabic sie', 'popełnić samobójstwo', 'odebrać sobie życie', 'umrzeć', 'powiesić się', 'się powiesić', 'skoczyć z mostu', 'skoczyć z dachu', 'przedawkować', 'podciąć żyły', 'podciąć sobie żyły', 'samobójstwo', 'samobojstwo', 'zasnąć na zawsze', 'nie obudzić się'],
    self: ['myślę o tym żeby', 'myślę żeby', 'chciałabym', 'chciałbym', 'zaraz', 'jutro', 'w nocy', 'postanowiłam', 'postanowiłem', 'mam ochotę', 'marzę żeby', 'ja', 'chcę', 'chce', 'mam zamiar', 'zaraz', 'dzisiaj', 'dziś', 'planuję', 'muszę'],
    dieverb: ['umrzeć', 'umieram', 'zabić', 'skończyć z sobą', 'skończyć ze wszystkim', 'nie żyć', 'zniknąć', 'skoczyć', 'powiesić', 'przedawkować', 'pociąć się', 'umrzeć', 'się zabić', 'zabić się', 'zniknąć na zawsze', 'nie żyć', 'skończyć z tym', 'skończyć ze sobą', 'odebrać sobie życie', 'popełnić samobójstwo', 'powiesić się'],
    pills: ['tabletek', 'tabletki', 'tabletkami', 'paracetamolu', 'paracetamol', 'leków', 'leki', 'pigułek', 'pigułki', 'ibuprofenu', 'apap', 'apapu', 'prochów', 'proszków', 'nasennych'],
    death: ['umrzeć', 'śmierć', 'śmiertelna', 'śmiertelną', 'zabić', 'przedawkować', 'przedawkowanie', 'nie obudzić się', 'zabija'],
    cut: ['tnę się', 'tne sie', 'ciąć się', 'ciac sie', 'pociąć się', 'pocięłam się', 'pociąłem się', 'okaleczam się', 'okaleczać się', 'samookaleczenie', 'samookaleczenia', 'kaleczę się', 'żyletka', 'żyletki', 'żyletką', 'blizny', 'blizn', 'rany na rękach', 'cięcia', 'ślady cięcia', 'ślady po cięciu', 'rany', 'przypalam się', 'głodzę się', 'nie jem od', 'wymiotować po jedzeniu', 'prowokować wymioty'],
    hide: ['ukryć', 'ukrywać', 'schować', 'zakryć', 'żeby nie widzieli', 'żeby rodzice nie', 'przed rodzicami', 'przed mamą'],
    parents: ['rodzicom', 'rodzicami', 'rodziców', 'rodzice', 'mamie', 'mamą', 'mama', 'tacie', 'tata', 'tatą', 'nikomu', 'nauczycielce', 'nauczycielowi', 'pani', 'wychowawczyni'],
    secret: ['nie mów', 'nie mow', 'nie mówić', 'nie mowic', 'nie powiem', 'nie wolno mi powiedzieć', 'tajemnica', 'tajemnicą', 'nasz sekret', 'sekret', 'w tajemnicy', 'usuń wiadomości', 'usunąć wiadomości', 'żebym nie mówiła', 'żebym nie mówił', 'kazał nie mówić', 'kazał mi nie mówić'],
    adult: ['dorosły', 'dorosły facet', 'starszy', 'starszy facet', 'starszy chłopak', 'facet', 'pan', 'mężczyzna', 'gość', 'koleś', 'obcy', 'ktoś z internetu', 'chłopak z internetu', 'z gry', 'z neta', 'z internetu', 'on'],
    request: ['chce zdjęcia', 'chce zdjęć', 'prosi o zdjęcia', 'prosi o zdjęcie', 'wysłać zdjęcie', 'wyślij zdjęcie', 'wyślij zdjęcia', 'wysłała zdjęcie', 'wysłać mu zdjęcia', 'nagie zdjęcia', 'zdjęcia bez ubrania', 'zdjęcie w bieliźnie', 'chce się spotkać', 'chce mnie spotkać', 'spotkać się sam na sam', 'przyjść sama', 'przyjść samemu', 'przyjechać sama', 'chce mój adres', 'mój adres', 'kamerkę', 'włączyć kamerkę', 'pokaż', 'rozebrać się', 'dotyka mnie', 'dotykał mnie', 'dał mi doładowanie', 'dał mi pieniądze', 'kupił mi', 'obiecał mi', 'dojrzała jak na swój wiek', 'dojrzały jak na swój wiek', 'jak na swój wiek', 'udostępni moje zdjęcia', 'wrzuci moje zdjęcia', 'roześle moje zdjęcia', 'szantażuje mnie'],
    drug: ['marihuana', 'marihuanę', 'marihuany', 'trawka', 'trawkę', 'trawki', 'zioło', 'ziolo', 'ziele', 'jointa', 'skręta', 'kokaina', 'kokainę', 'koks', 'koksu', 'amfetamina', 'amfetaminę', 'amfa', 'amfę', 'feta', 'fetę', 'mefedron', 'mefedronu', 'mefa', 'dopalacze', 'dopalaczy', 'extasy', 'ecstasy', 'mdma', 'tabsy', 'kwas', 'lsd', 'grzybki', 'heroina', 'narkotyki', 'narkotyków', 'prochy', 'thc', 'vape', 'waporyzator', 'e-papierosa', 'e-papierosy', 'e papierosa', 'e papierosy', 'wapa', 'jabłko'],
    buy: ['kupić', 'kupic', 'kupię', 'zamówić', 'załatwić', 'zdobyć', 'gdzie dostać', 'dilera', 'diler', 'dilerem', 'sprzedać', 'ukryć', 'schować', 'spróbować', 'wziąć', 'palić', 'zapalić', 'się naćpać', 'naćpać'],
    weapon: ['nóż', 'noż', 'nożem', 'noża', 'broń', 'bron', 'broni', 'pistolet', 'pistoletu', 'maczeta', 'maczetę', 'kastet', 'bombę', 'bomba', 'bomby', 'gaz pieprzowy', 'kij bejsbolowy', 'siekierę'],
    school: ['do szkoły', 'w szkole', 'szkoły', 'szkole', 'szkołę', 'klasie', 'na przerwie', 'na lekcji'],
    killfuture: ['zabiję', 'zabije', 'dźgnę', 'dzgne', 'zadźgam', 'zastrzelę', 'pobiję', 'pobije', 'zatłukę', 'wysadzę', 'podpalę', 'spalę', 'uderzę', 'potnę'],
    person: ['go', 'ją', 'ich', 'jego', 'jej', 'nauczyciela', 'nauczycielkę', 'ojca', 'ojczyma', 'kolegę', 'wszystkich', 'całą klasę', 'tego', 'tą', 'tę', 'kogoś'],
    join: ['dołączyć do', 'dołączyć', 'wstąpić do', 'przyłączyć się do', 'zapisać się do', 'walczyć dla', 'walczyć za', 'pojechać do syrii'],
    extgroup: ['narodowców', 'grupy narodowców', 'grupy która walczy', 'walczą z imigrantami', 'isis', 'państwa islamskiego', 'państwo islamskie', 'dżihad', 'dzihad', 'dżihadu', 'talibów', 'talibanu', 'al kaidy', 'bojówki', 'bojówka', 'grupy która walczy', 'grupy bojowej', 'grupy zbrojnej', 'neonazistów', 'nazistów', 'skinheadów', 'rasowej wojny', 'wojny rasowej', 'organizacji narodowej'],
    group: ['żydzi', 'żydów', 'muzułmanie', 'muzułmanów', 'czarni', 'czarnych', 'imigranci', 'imigrantów', 'uchodźcy', 'uchodźców', 'geje', 'gejów', 'cyganie', 'cyganów', 'ukraińcy', 'ukraińców', 'arabowie', 'arabów', 'ciapaci', 'ciapatych', 'pedały', 'lesby', 'murzyni', 'murzynów', 'hindusi', 'azjaci', 'kobiety', 'niepełnosprawni'],
    hateclaim: ['to choroba', 'są chorzy', 'to zboczeńcy', 'to pedofile', 'wynocha', 'won', 'wypierdalać', 'do gazu', 'na pal', 'powinni zginąć', 'powinni umrzeć', 'trzeba wybić', 'wybić', 'są gorsi', 'to śmiecie', 'to zwierzęta', 'to terroryści', 'to złodzieje', 'są brudni', 'rządzą światem', 'niszczą polskę', 'nie są ludźmi', 'nienawidzę', 'precz', 'wyrzucić', 'deportować'],
    adultage: ['{ma|on ma|facet ma|chłopak ma} {18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|35|40|45} {lat|lata}'],
    childage: ['{a ja|ja mam|mam|a ja mam|ja} {10|11|12|13|14|15} [lat]'],
    bet: ['zakłady', 'zakładów', 'obstawiać', 'obstawić', 'obstawiam', 'obstawiłem', 'bukmacher', 'bukmacherskie', 'kasyno', 'kasyna', 'ruletka', 'ruletkę', 'automaty', 'sloty', 'hazard', 'hazardu', 'zdrapki', 'skrzynki', 'betclic', 'sts', 'fortuna', 'superbet'],
    minor: ['mając 13 lat', 'mając 14 lat', 'mając 15 lat', 'mając 16 lat', 'mam 13 lat', 'mam 14 lat', 'mam 15 lat', 'mam 16 lat', 'niepełnoletni', 'bez dowodu', 'poniżej 18', 'przegrałem', 'przegrałam', 'straciłem', 'straciłam', 'pieniądze mamy', 'karty mamy', 'kartą taty', 'pożyczyć'],
    abuser: ['tata', 'tato', 'ojciec', 'ojczym', 'mama', 'matka', 'rodzice', 'brat', 'wujek', 'dziadek', 'partner mamy', 'chłopak mamy'],
    abuse: ['mnie bije', 'bije mnie', 'mnie leje', 'leje mnie', 'mnie tłucze', 'mnie kopie', 'mnie dusi', 'mnie zamyka', 'mnie szarpie', 'mnie uderzył', 'uderzył mnie', 'mnie pobił', 'pobił mnie', 'mnie dotyka', 'dotyka mnie', 'grozi mi', 'mi grozi', 'krzyczy i bije'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['żegnajcie', 'żegnajcie wszyscy', 'żegnam się ze wszystkimi', '{dziś|dzisiaj} [w nocy] to zrobię', 'w nocy to zrobię', '{nie chcę|nie chce} się [jutro|już|więcej|rano] obudzić', 'chcę umrzeć', 'chce umrzec', 'chcę się zabić', 'chce sie zabic', 'zabiję się', 'zabije sie', 'nie chcę żyć', 'nie chce zyc', 'nie chcę już żyć', 'nie chce mi się żyć', 'nie chce mi sie zyc', 'mam dość życia', 'mam dosc zycia', 'lepiej gdybym nie żył', 'lepiej gdybym nie żyła', 'lepiej beze mnie', 'wszystkim będzie lepiej beze mnie', 'nie chcę się obudzić', 'chcę zasnąć i się nie obudzić', 'piszę list pożegnalny', 'list pożegnalny', 'jak się zabić', 'jak sie zabic', 'jak popełnić samobójstwo', 'sposoby na samobójstwo', 'jak się powiesić', 'jak podciąć żyły', 'bezbolesna śmierć', 'ile tabletek żeby umrzeć', 'skończę ze sobą', 'skończyć ze sobą', 'odebrać sobie życie', 'dziś to zrobię', 'dzisiaj to skończę', 'mam już tabletki', 'nie ma sensu żyć', 'nie widzę sensu życia'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 3, phrases: ['myślę o śmierci', 'myśle o smierci', 'myślę o samobójstwie', 'szczęśliwsi beze mnie', 'lepiej beze mnie', 'mam dość wszystkiego', 'mam dość życia', 'samobójstwo', 'samobojstwo', 'samobójcze', 'samobójczy', 'myśli samobójcze', 'myśli o śmierci', 'chcę zniknąć', 'nienawidzę swojego życia', 'nikt by nie zauważył', 'nikt by za mną nie tęsknił', 'jestem ciężarem', 'jestem nikim', 'jestem bezwartościowa', 'jestem bezwartościowy'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['tnę się', 'tne sie', 'pocięłam się', 'pociąłem się', 'okaleczam się', 'kaleczę się', 'przypalam się', 'głodzę się', 'jak się ciąć', 'jak ukryć blizny', 'jak ukryć rany', 'jak ukryć cięcia', 'jak przestać jeść', 'jak nie jeść', 'jak zwymiotować po jedzeniu', 'pro ana', 'motylki', 'motylek ana'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['samookaleczenie', 'samookaleczenia', 'cięcie się', 'anoreksja', 'bulimia', 'żyletki'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['dojrzała jak na swój wiek', 'dojrzały jak na swój wiek', 'dojrzała na swój wiek', 'przyjadę do niego sama', 'przyjdę do niego sama', 'do niego sama', 'obiecał mi {nowego|nowy|telefon|iphone|pieniądze|prezent}', 'nie mów rodzicom', 'nie mow rodzicom', 'nie mów mamie', 'nie mów nikomu o nas', 'to nasz sekret', 'to nasza tajemnica', 'jesteś bardzo dojrzała', 'jesteś dojrzała jak na swój wiek', 'jesteś sama w domu', 'jestes sama w domu', 'czy jesteś sama', 'włącz kamerkę', 'pokaż się', 'wyślij mi zdjęcie', 'wyślij fotkę', 'przyjdź sama', 'przyjedź sama', 'usuń te wiadomości', 'usuń naszą rozmowę', 'szantażuje mnie zdjęciami', 'grozi że wyśle moje zdjęcia'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['wyślij nagie zdjęcia', 'wyślij mi nagie zdjęcie', 'wyślij nudesy', 'wyślij nudy', 'rozbierz się', 'rozbierz się przed kamerką', 'zdjęcie bez ubrania', 'zdjęcia bez ubrania', 'zdjęcie w bieliźnie', 'zapłacę za zdjęcia', 'dam ci pieniądze za zdjęcia', 'dotykał mnie', 'dotyka mnie', 'zgwałcił mnie', 'zgwałcona', 'molestował mnie', 'pornografia dziecięca'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['porno', 'pornografia', 'filmy porno', 'darmowe porno', 'pornole', 'nagie', 'nagie dziewczyny', 'nagie zdjęcia', 'nudesy', 'nudeski', 'seks kamerka', 'sex kamerki', 'seks czat', 'erotyczne', 'sex filmy', 'filmy dla dorosłych', 'roznegliżowane', 'cycki', 'gołe', 'gołe laski', 'ruchanie', 'ruchać', 'ssanie'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['seks', 'sex', 'nago'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['zabij się', 'zabij sie', 'idź się zabij', 'idz sie zabij', 'powieś się', 'zdechnij', 'obyś zdechł', 'obyś zdechła', 'obyś umarł', 'obyś umarła', 'lepiej byś nie żył', 'lepiej byś nie żyła'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['ze mnie śmieje', 'ze mnie śmieją', 'się ze mnie śmieją', 'wrzucają moje zdjęcia', 'obgadywać', 'obgadują mnie', 'wyzywają mnie', '{żeby|by} ją {obgadywać|wyzywać|ośmieszyć}', '{żeby|by} go {obgadywać|wyzywać|ośmieszyć}', 'grupę żeby', 'nikt cię nie lubi', 'nikt cie nie lubi', 'wszyscy cię nienawidzą', 'wszyscy cie nienawidza', 'jesteś brzydka', 'jesteś brzydki', 'jesteś gruba', 'jesteś gruby', 'gruba świnia', 'gruby wieprz', 'jesteś nikim', 'spierdalaj', 'szmata', 'dziwka', 'kurwa jesteś', 'debil', 'frajer', 'pośmiewisko', 'dręczą mnie', 'dokuczają mi', 'gnębią mnie', 'śmieją się ze mnie', 'wyśmiewają mnie', 'biją mnie w szkole', 'pobili mnie', 'jestem prześladowana', 'jestem prześladowany', 'hejt', 'hejtują mnie', 'zrobili grupę żeby się ze mnie śmiać', 'wrzucili moje zdjęcie', 'boję się iść do szkoły', 'boję się wrócić do domu', 'boje sie wrocic do domu'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['biała rasa musi', 'rasa musi się bronić', 'obrona białej rasy', 'walczą z imigrantami', 'walczyć z imigrantami', 'bić imigrantów', 'grupy narodowców', 'jak dołączyć do isis', 'dołączyć do państwa islamskiego', 'jak wstąpić do dżihadu', 'wojna rasowa', 'wielka wymiana', 'biała rasa ponad wszystko', 'biała siła', 'heil hitler', 'sieg heil', 'hitler miał rację', 'holokaust to kłamstwo', 'holokaustu nie było', 'żydzi rządzą światem', 'śmierć wrogom ojczyzny', 'zamach na meczet', 'zamach na synagogę', 'manifest zamachowca', 'zostać męczennikiem', 'śmierć niewiernym', 'zabić niewiernych'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['ciapaci', 'ciapaty', 'ciapatych', 'czarnuch', 'czarnuchy', 'asfalt', 'pedał', 'pedały', 'pedale', 'ciota', 'cwel', 'parch', 'parchy', 'brudny cygan', 'cyganie kradną', 'żydy', 'żydostwo', 'banderowcy', 'ukry', 'ruscy', 'kacapy', 'lesba', 'murzyn', 'murzyni', 'żółtki', 'debile niepełnosprawni', 'kaleka'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['{żeby|by} się upić', 'jak się upić', 'upić się', 'gdzie kupić zioło', 'gdzie kupić trawkę', 'gdzie kupić marihuanę', 'jak się naćpać', 'jak sie nacpac', 'naćpany', 'naćpana', 'upalić się', 'zjarany', 'zjarana', 'jaranie', 'dopalacze', 'mefedron', 'mefa', 'kokaina', 'amfetamina', 'marihuana', 'trawka', 'extasy', 'ecstasy'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['jak zrobić bombę', 'jak zrobic bombe', 'jak zbudować bombę', 'jak zrobić koktajl mołotowa', 'jak kogoś zabić', 'jak kogos zabic', 'jak zabić człowieka', 'strzelanina w szkole plan', 'przyniosę nóż do szkoły', 'przyniosę broń do szkoły', 'wezmę nóż do szkoły', 'zabiję go', 'zabije go', 'zabiję ją', 'zabiję ich', 'zabiję wszystkich', 'zastrzelę go', 'zadźgam go', 'dźgnę go nożem', 'jak zdobyć broń', 'gdzie kupić broń', 'gdzie kupić pistolet'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['strzelanina w szkole', 'nóż motylkowy', 'kastet', 'maczeta', 'pobić kogoś', 'ustawka', 'nożownik'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['kasyno online', 'kasyna online', 'zakłady bukmacherskie', 'zakłady sportowe', 'obstawiać mecze', 'obstawianie meczów', 'jak obstawiać', 'automaty do gry', 'ruletka online', 'sloty online', 'hazard online', 'przegrałem wszystkie pieniądze', 'przegrałam wszystkie pieniądze', 'przegrałem kasę', 'skrzynki cs', 'otwieranie skrzynek'] },
    { id: 'intent-more', category: 'suicide-self-harm', severity: 5, phrases: ['nie mam po co żyć', 'to moja ostatnia wiadomość', 'skoczę z {mostu|dachu|bloku|okna}', 'powieszę się', 'podetnę sobie żyły', '{połknęłam|połknąłem|wzięłam|wziąłem|łyknęłam|łyknąłem} {wszystkie|całe opakowanie|dużo|za dużo} {tabletek|tabletki|leków|prochów}', 'chcę skończyć ze sobą', 'chce skonczyc ze soba', 'mam plan jak się zabić', 'jak umrzeć bez bólu', 'jak szybko umrzeć', 'najszybszy sposób na śmierć'] },
    { id: 'despair', category: 'suicide-self-harm', severity: 3, phrases: ['wszystko jest bez sensu', 'nikt mnie nie kocha', 'nienawidzę siebie', 'nienawidze siebie', 'jestem do niczego', 'nie daję rady', 'nie daje rady', 'przepraszam za wszystko', 'ostatnia wiadomość', 'żegnam się', 'tabletki nasenne', 'jestem za gruba', 'nie jem od kilku dni', 'mam myśli samobójcze', 'myśli samobójcze'] },
    { id: 'harm-more', category: 'suicide-self-harm', severity: 4, phrases: ['pociąć się', 'ślady na rękach', 'blizny na rękach', 'wymiotuję po jedzeniu', 'przedawkowanie', 'tnę się żyletką', 'znowu się pocięłam', 'znowu się pociąłem', 'jak ukryć ślady'] },
    { id: 'grooming-more', category: 'grooming-cse', severity: 4, phrases: ['pisze do mnie dorosły', 'starszy facet pisze', 'chce się ze mną spotkać sam', 'sam na sam', 'prosi o zdjęcia', 'prosi mnie o zdjęcia', 'wysłałam mu zdjęcie', 'wysłałam mu zdjęcia', 'szantażuje mnie', 'kupuje mi prezenty', 'dał mi pieniądze', 'przyjedzie po mnie', 'poznałam go w internecie', 'poznałam go na discordzie', 'mój chłopak jest dorosły', 'mój chłopak ma {18|19|20|21|22|23|24|25} lat', 'kazał mi się rozebrać', 'chce żebym się rozebrała', 'pyta jaką mam bieliznę', 'pyta czy jestem dziewicą'] },
    { id: 'cse-more', category: 'grooming-cse', severity: 5, phrases: ['prosi o nagie zdjęcia', 'grozi że pokaże {moje zdjęcia|zdjęcia}', 'grozi że wyśle {moje zdjęcia|zdjęcia}', 'roześle moje nagie zdjęcia'] },
    { id: 'extremism-more', category: 'extremism', severity: 4, phrases: ['walczyć za kalifat', 'kalifat', 'czystość rasy', 'wojna ras', 'śmierć muzułmanom', 'śmierć żydom', 'atak na meczet', 'zamach na meczet', 'podziwiam zamachowców', 'terroryści to bohaterowie', 'zamachowiec to bohater', 'hitler był dobry', 'hitler miał rację', 'holokaust to mit', 'swastyka', 'biała rasa', 'białej rasy', 'obrona rasy', 'muzułmanie nas zastępują', 'islamizacja polski', 'wyrzucić wszystkich imigrantów'] },
    { id: 'violence-more', category: 'weapons-violence', severity: 4, phrases: ['przyniosę {nóż|broń|pistolet|maczetę} do szkoły', 'pozabijam wszystkich', 'zastrzelę wszystkich', 'wysadzę szkołę', 'podpalę szkołę', 'zemszczę się', 'pożałują', 'wszyscy zapłacą', 'jak zdobyć pistolet', 'gdzie kupić nóż', 'gdzie kupić maczetę', 'jak zrobić broń', 'strzelanina w mojej szkole'] },
    { id: 'bullying-more', category: 'bullying-abuse', severity: 3, phrases: ['nikt mnie nie lubi', 'wyzywają mnie od', 'biją mnie', 'popychają mnie', 'nagrali mnie', 'wrzucili film ze mną', 'mama pije', 'ojciec pije i bije', 'tata pije i bije', 'boję się taty', 'boję się ojczyma', 'nikt ze mną nie rozmawia', 'wszyscy mnie olewają', 'wyśmiewają się ze mnie', 'robią sobie ze mnie żarty'] },
    { id: 'hate-more', category: 'hate-discrimination', severity: 3, phrases: ['brudasy', 'brudasów', 'ciapatych', 'żydki', 'czarnuchów', 'pedałów', 'zboczeńcy', 'lgbt to ideologia', 'geje to zboczeńcy', 'wypad z polski', 'polska dla polaków'] },
    { id: 'sexual-more', category: 'sexual', severity: 3, phrases: ['filmiki dla dorosłych', 'rozbierane zdjęcia', 'nagie fotki', 'seks kamerki', 'ostre porno', 'pornhub', 'onlyfans za darmo'] },
    { id: 'drugs-more', category: 'drugs', severity: 3, phrases: ['blanta', 'jointa', 'skręta', 'piguły', 'ekstazy', 'wciągnąć kreskę', 'kreska koksu', 'jak zapalić zioło', 'gdzie kupić e-papierosa', 'e-papierosa bez dowodu', 'alkohol mając {13|14|15} lat', 'upić się mając'] },
    { id: 'gambling-more', category: 'gambling', severity: 3, phrases: ['obstawiam mecze', 'obstawiłem', 'zakłady online', 'kasyno internetowe', 'przegrałem wszystko', 'postawiłem wszystkie pieniądze', 'karta mamy na zakłady'] },
  ],
  rules: [
    { id: 'bullied-by', category: 'bullying-abuse', severity: 3, all: ['@bullyactor', '@bullyact'], window: 6 },
    { id: 'support-extremist', category: 'extremism', severity: 4, all: ['@extsupport', '@extfigure'], window: 6 },
    { id: 'attack-worship', category: 'extremism', severity: 5, all: ['@attack', '@worship'], window: 5 },
    { id: 'hopeless', category: 'suicide-self-harm', severity: 3, all: ['@feeling'], window: 20 },
    { id: 'final-message', category: 'suicide-self-harm', severity: 4, all: ['@final'], window: 20 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 6 },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 5 },
    { id: 'want-to-die', category: 'suicide-self-harm', severity: 5, all: ['@self', '@dieverb'], window: 6, ordered: true },
    { id: 'hide-harm', category: 'suicide-self-harm', severity: 4, all: ['@hide', '@cut'], window: 6 },
    { id: 'age-gap', category: 'grooming-cse', severity: 4, all: ['@adultage', '@childage'], window: 8 },
    { id: 'secret-from-parents', category: 'grooming-cse', severity: 5, all: ['@secret', '@parents'], window: 4 },
    { id: 'adult-request', category: 'grooming-cse', severity: 4, all: ['@adult', '@request'], window: 14 },
    { id: 'get-drugs', category: 'drugs', severity: 3, all: ['@buy', '@drug'], window: 5 },
    { id: 'weapon-at-school', category: 'weapons-violence', severity: 5, all: ['@weapon', '@school'], window: 6 },
    { id: 'threat', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@person'], window: 3 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 8 },
    { id: 'hate-group', category: 'hate-discrimination', severity: 3, all: ['@group', '@hateclaim'], window: 8 },
    { id: 'gambling-minor', category: 'gambling', severity: 3, all: ['@bet', '@minor'], window: 8 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@howto', '@bet'], window: 4 },
    { id: 'abuse-at-home', category: 'bullying-abuse', severity: 4, all: ['@abuser', '@abuse'], window: 4 },
  ],
  senses: [
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: ['zabić proces', 'zabić nudę', 'zabić czas', 'zabic czas', 'zabijanie czasu', 'rzut do kosza', 'strzelić gola', 'strzał do kosza', 'powiesić obraz', 'powiesić półkę', 'powiesić pranie', 'powiesić zasłony', 'nóż do chleba', 'nóż kuchenny do krojenia', 'ta gra mnie wykończy', 'umieram ze śmiechu', 'umrę ze śmiechu', 'umieram z nudów', 'zioła prowansalskie', 'zioła na przeziębienie', 'herbata ziołowa', 'kwas foliowy', 'kwas solny', 'kwas siarkowy', 'kwasy i zasady', 'bomba kaloryczna', 'bomba witaminowa', 'kule do kąpieli'] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling'], scope: 'text', phrases: ['historia', 'historii', 'lekcja', 'lekcji', 'lekcja historii', 'wychowania do życia w rodzinie', 'wdż', 'biologia', 'biologii', 'chemia', 'chemii', 'wypracowanie', 'rozprawka', 'referat', 'prezentacja', 'definicja', 'co to jest', 'statystyki', 'profilaktyka', 'zapobieganie', 'jak pomóc', 'jak pomóc koledze', 'jak pomóc koleżance', 'pomoc', 'telefon zaufania', 'druga wojna światowa', 'ii wojna światowa', 'wojna światowa', 'wojny światowej', 'holokaustu', 'holokaust', 'lektura', 'lektury', 'książka', 'matematyka', 'prawdopodobieństwo', 'prawo', 'przepisy', 'szkodliwość', 'skutki', 'objawy'] },
  ],
};

/**
 * Frames from blind public-style texts (not sentences): a friend's farewell, given-away things,
 * silence and talk of dying (any two); a prepared goodbye message × a time × "last night"; a
 * weapon kept "for protection" or never left at home; a threat of waiting or knowing where
 * someone's family is; a channel × a killer made a saint × "ready for more" × a private ask
 * (extremist recruitment, any three); an adult coming at night × touching. Innocent: "zabiję się
 * z tym projektem" (hyperbole with a trivial cause). Concept names `t3…` are new.
 */
const t3: PackPart = {
  concepts: {
    t3farewell: ['rozdał', 'rozdała', 'rozdaje', 'oddał mi swoj*', 'oddała mi swoj*', 'oddał wszystk*', 'oddała wszystk*', 'pożegnał się', 'pożegnała się', 'pozegnal sie', 'pozegnala sie', 'dziękuję za wszystko', 'dzięki za wszystko', 'dzieki za wszystko', 'przepraszam za wszystko'],
    t3silent: ['nie odpisuje', 'nie odbiera', 'nie odpowiada', 'nie ma z nim kontaktu', 'nie ma z nią kontaktu', 'usunął konto', 'usunęła konto', 'wyłączył telefon', 'wyłączyła telefon'],
    t3theydie: ['chce umrzeć', 'chce umrzec', 'chciał umrzeć', 'chciała umrzeć', 'mówi o śmierci', 'mówił o śmierci', 'mówiła o śmierci', 'nie chce żyć', 'nie chce zyc', 'nie chciał żyć', 'nie chciała żyć', 'chce się zabić', 'chciał się zabić', 'chciała się zabić', 'niedługo nie będziecie musieli', 'nie będziecie musieli się martwić', 'nie bedziecie musieli sie martwic', 'niedługo mnie nie będzie', 'niedlugo mnie nie bedzie'],
    t3prep: ['wszystko przygotowane', 'mam wszystko przygotowane', 'wszystko przygotowałem', 'wszystko przygotowałam', 'wszystko przygotowalem', 'wszystko przygotowalam', 'wszystko zaplanowałem', 'wszystko zaplanowałam', 'wszystko zaplanowane'],
    t3goodbye: ['wiadomość do mamy', 'wiadomosc do mamy', 'list do mamy', 'list pożegnalny', 'list pozegnalny', 'wiadomość zaplanowana', 'wiadomosc zaplanowana', 'nie chce mi się już udawać', 'nie chce mi sie juz udawac', 'to moja ostatnia noc', 'to ostatnia noc', 'to mój ostatni dzień', 'to moj ostatni dzien'],
    t3protect: ['dla ochrony', 'do obrony', 'żeby się bronić', 'zeby sie bronic', 'na wszelki wypadek', 'nie wychodzę bez', 'nie wychodze bez', 'zawsze mam przy sobie', 'noszę przy sobie', 'nosze przy sobie', 'pod łóżkiem', 'pod lozkiem', 'w plecaku'],
    t3arm: ['nóż', 'noz', 'noża', 'noza', 'nożem', 'kosę', 'kose', 'scyzoryk*', 'pistolet', 'pistoletu', 'przerobiony pistolet', 'broń', 'bron', 'kastet*', 'maczet*', 'gaz pieprzowy'],
    t3menace: ['zakopiemy', 'cię zakopię', 'zakopię cię', 'dorwiemy cię', 'dorwiemy cie', 'dopadniemy cię', 'dopadniemy cie', 'pożałujesz', 'pozalujesz', 'nie wrócisz do domu', 'nie wrocisz do domu', 'już nie żyjesz', 'juz nie zyjesz', 'połamiemy ci', 'polamiemy ci', 'masz przejebane'],
    t3wait: ['czekamy na ciebie', 'czekamy na cb', 'poczekamy na ciebie', 'wiemy gdzie mieszkasz', 'wiem gdzie mieszkasz', 'wiemy gdzie pracuje', 'wiem gdzie pracuje', 'wiemy gdzie chodzi', 'wiemy gdzie chodzisz', 'pozdrów matkę', 'pozdrow matke', 'po lekcjach', 'po szkole', 'za szkołą', 'za szkola', 'całą ekipą', 'cala ekipa'],
    t3channel: ['na serwerze', 'na discordzie', 'na telegramie', 'grupa na telegramie', 'kanał na telegramie', 'na czacie', 'na grupie'],
    t3saint: ['to święty', 'to swiety', 'że to święty', 'ze to swiety', 'jako świętego', 'za świętego', 'dokończyć jego robotę', 'dokonczyc jego robote', 'dokończyć robotę', 'to bohater', 'jest bohaterem', 'był bohaterem', 'breivik*', 'tarrant*', 'nas zastępują', 'wróg narodu', 'wrogowie narodu'],
    t3ready: ['gotowy na coś więcej', 'gotowy na cos wiecej', 'gotowa na coś więcej', 'czy jestem gotowy', 'czy jestem gotowa', 'trzeba działać', 'trzeba dzialac', 'przejść do czynów', 'przejsc do czynow', 'obóz szkoleniowy', 'na szkolenie'],
    t3privask: ['pytają mnie prywatnie', 'pytaja mnie prywatnie', 'piszą do mnie prywatnie', 'pisza do mnie prywatnie', 'na priv', 'na priva', 'zaprosili mnie', 'nie mów rodzicom', 'nie mow rodzicom'],
    t3nightadult: ['opiekun', 'opiekunka', 'trener', 'wujek', 'ojczym', 'nauczyciel', 'starszy', 'przychodził w nocy', 'przychodzil w nocy', 'w nocy', 'do namiotu', 'do mojego pokoju', 'do łóżka'],
    t3touch: ['mnie dotykał', 'mnie dotykal', 'dotykał mnie', 'dotykal mnie', 'mnie dotyka', 'dotyka mnie', 'mnie obmacywał', 'obmacywał mnie', 'obmacuje mnie', 'mnie macał', 'macał mnie'],
    t3dieself: ['zabiję się', 'zabije sie', 'zabiję sie', 'zastrzelę się', 'się zastrzelę', 'zastrzele sie', 'sie zastrzele', 'umrzeć', 'umrzec', 'umieram', 'powieszę się', 'powiesze sie', 'wyskoczę przez okno', 'wyskocze przez okno', 'umrę', 'umre'],
    t3trivial: ['z {tym|tą|ta|tymi|tej} {projekt*|zadani*|sprawdzian*|kartkówk*|kartkowk*|matm*|informatyk*|kod*|fizyk*|chemi*|kolejk*|wypracowani*|referat*|prezentacj*|gr*|level*|poziom*|bossem}', 'przez {ten|tę|te|tą} {projekt*|zadani*|sprawdzian*|kartkówk*|matm*|kolejk*|gr*}', 'z nudów', 'z nudow', 'z nudy', 'w tej kolejce', 'w kolejce'],
    t3mymedia: ['moje zdjęcia', 'moje zdjecia', 'moje nagie zdjęcia', 'nagranie ze mną', 'nagranie ze mna', 'filmik ze mną', 'filmik ze mna', 'nagrał mnie', 'nagral mnie', 'zrzuty ekranu', 'fałszywe nagie', 'falszywe nagie', 'deepfake', 'przez ai', 'przez sztuczną inteligencję', 'nudesy'],
    t3pay: ['jak nie zapłacę', 'jak nie zaplace', 'jak nie wyślę', 'jak nie wysle', 'jeśli nie zapłacę', 'złotych', 'zlotych', 'kartę podarunkową', 'karte podarunkowa', 'blikiem', 'kasę', 'kase'],
    t3spread: ['do rodziny', 'do rodziców', 'do rodzicow', 'całej szkole', 'calej szkole', 'całej klasie', 'calej klasie', 'wszystkim znajomym', 'na grupę klasową', 'na grupe klasowa', 'krąży po', 'krazy po', 'wszyscy widzieli'],
    t3fake: ['przez ai', 'przez sztuczną inteligencję', 'przez sztuczna inteligencje', 'deepfake', 'fałszywe', 'falszywe', 'fotomontaż', 'fotomontaz'],
    t3nude: ['nagie', 'nago', 'nagą', 'naga', 'bez ubrań', 'bez ubran', 'rozebraną', 'rozebrana'],
    t3homefig: ['tata', 'ojciec', 'ojczym', 'mama', 'matka', 'wujek', 'tato'],
    t3beat: ['bije mnie', 'mnie bije', 'bije pasem', 'bił pasem', 'bil pasem', 'lanie pasem', 'siniaki', 'siniaków', 'ślady na plecach', 'slady na plecach', 'leje mnie', 'mnie leje'],
    t3kinadult: ['wujek', 'ojczym', 'sąsiad', 'sasiad', 'trener', 'chłopak mamy', 'chlopak mamy'],
    t3kinact: ['nasz sekret', 'nasza tajemnica', 'zostanie między nami', 'zostanie miedzy nami', 'do swojego pokoju', 'dotyka mnie', 'na kolanach'],
    t3queue: ['kolejka', 'kolejce', 'w korku', 'korek', 'na poczcie'],
    t3killthem: ['zabijemy ich', 'zabijemy was', 'rozniesiemy ich', 'zniszczymy ich', 'zmiażdżymy ich', 'zmiazdzymy ich', 'zjemy ich'],
    t3sport: ['na boisku', 'w meczu', 'mecz', 'meczu', 'wygramy', 'w finale', 'w lidze', 'na turnieju', 'w fifę', 'w fife', 'bramk*', 'gol*'],
  },
  terms: [],
  rules: [
    { id: 'sextortion-frame', category: 'grooming-cse', severity: 5, all: ['@t3mymedia', '@t3pay', '@t3spread'], atLeast: 3, window: 30 },
    { id: 'fake-nude-spread', category: 'sexual', severity: 4, all: ['@t3fake', '@t3nude', '@t3spread'], atLeast: 3, window: 30 },
    { id: 'home-beating', category: 'bullying-abuse', severity: 4, all: ['@t3homefig', '@t3beat'], window: 12 },
    { id: 'relative-secret', category: 'grooming-cse', severity: 4, all: ['@t3kinadult', '@t3kinact'], window: 16 },
    { id: 'friend-farewell-worry', category: 'suicide-self-harm', severity: 4, all: ['@t3farewell', '@t3silent', '@t3theydie'], atLeast: 2, window: 30 },
    { id: 'prepared-goodbye', category: 'suicide-self-harm', severity: 5, all: ['@t3prep', '@t3goodbye'], window: 24 },
    { id: 'goodbye-cues', category: 'suicide-self-harm', severity: 4, all: ['@t3goodbye', '@t3goodbye'], window: 24 },
    { id: 'weapon-for-protection', category: 'weapons-violence', severity: 4, all: ['@t3protect', '@t3arm'], window: 6 },
    { id: 'threat-waiting', category: 'weapons-violence', severity: 4, all: ['@t3menace', '@t3wait'], window: 20 },
    { id: 'recruit-channel', category: 'extremism', severity: 4, all: ['@t3channel', '@t3saint', '@t3ready', '@t3privask'], atLeast: 3, window: 40 },
    { id: 'adult-touched-me', category: 'sexual', severity: 4, all: ['@t3nightadult', '@t3touch'], window: 14 },
  ],
  senses: [
    { id: 'news-report', categories: ['weapons-violence', 'drugs', 'extremism', 'hate-discrimination'], scope: 'text', phrases: ['według policji', 'wedlug policji', 'policja zatrzymała', 'policja zatrzymala', 'zatrzymano', 'prokuratura', 'wszczęła śledztwo', 'wszczela sledztwo', 'śledztwo w sprawie', 'lekarze ostrzegają', 'lekarze ostrzegaja', 'apel do rodziców', 'apel do rodzicow', 'sąd skazał', 'sad skazal'] },
    { id: 'hyperbole-trivial', categories: ['suicide-self-harm', 'weapons-violence'], scope: 'overlap', phrases: [], all: ['@t3dieself', '@t3trivial'], window: 10, ordered: true },
    { id: 'hyperbole-queue', categories: ['suicide-self-harm', 'weapons-violence'], scope: 'overlap', phrases: [], all: ['@t3queue', '@t3dieself'], window: 10 },
    { id: 'sport-banter', categories: ['weapons-violence'], scope: 'overlap', phrases: [], all: ['@t3killthem', '@t3sport'], window: 8 },
    { id: 'toy-guns', categories: ['weapons-violence'], scope: 'overlap', phrases: ['pistolet na wodę', 'pistolet na wode', 'pistolet na kulki', 'pistolet do kleju', 'nóż do masła', 'nóż do chleba'] },
  ],
};

/**
 * Frames from dev8's tune half (general gaps, not sentences): self-harm slang ("pochlastać się",
 * "ciachać się") and hiding it under long sleeves; "kill yourself" with the reflexive first
 * ("się powieś", "zrób wszystkim przysługę i…"); sextortion told by the victim (the spread to
 * "całej mojej klasie", "wychowawczyni"); a trainer or adult writing at night on a private app ×
 * staying over at his place; a "quick cash 16+" job × picking up parcels or cash (money mules);
 * hiding the smell of weed. Concept names `t4…` are new.
 */
const t4: PackPart = {
  concepts: {
    cut: ['{pochlastam|pochlastałam|pochlastałem|pochlastalam|pochlastalem|chlastam|ciacham|ciachnę|ciachne|ciachnęłam|potnę|potne} się', 'się {pochlastam|pochlastałam|pochlastałem|chlastam|ciacham|ciachnę|potnę|tnę|pocięłam|pociąłem}', 'sie {pochlastam|chlastam|ciacham|potne|tne}'],
    hide: ['długi rękaw', 'dlugi rekaw', 'długim rękawem', 'dlugim rekawem', 'długie rękawy', 'dlugie rekawy', 'długich rękawach', 'w bluzie', 'pod bluzą', 'pod rękawem', 'nikt nie zauważył', 'nikt nawet nie zauważył', 'nikt nie zauwazyl'],
    t3spread: ['{całej|calej} {mojej|swojej|twojej} {klasie|szkole|rodzinie}', 'do {całej|calej} klasy', 'wszystkim w klasie', 'wszystkim w szkole', 'wychowawczyni', 'wychowawcy', 'moim rodzicom', 'twoim rodzicom', 'wyśle je', 'wysle je', 'roześle je', 'rozesle je', 'wrzuci je', 'wrzuci do internetu', 'wszystkim znajomym z insta'],
    t3pay: ['jak nie zapłacisz', 'jak nie zaplacisz', 'jeśli nie zapłacisz', 'jak nie wyślę więcej', 'jak nie wysle wiecej', 'jak nie przeleję', 'zł', 'euro'],
    t3mymedia: ['moje fotki', 'moje nudesy', 'moje nudy', 'moje nagie fotki', 'zdjęcia które wysłałam', 'zdjecia ktore wyslalam', 'zdjęcia które mu wysłałam', 'moje prywatne zdjęcia'],
    t3kinadult: ['trener z klubu', 'pan od', 'nauczyciel', 'instruktor', 'opiekun', 'ksiądz'],
    t3kinact: ['nocować u niego', 'nocowac u niego', 'u niego nocować', 'u niego nocowac', 'przenocować u niego', 'spać u niego', 'spac u niego', 'na prywatnym insta', 'na prywatnym koncie', 'na priv', 'na priva', 'pisze do mnie w nocy', 'pisze do mnie po nocach', 'ulubioną zawodniczką', 'ulubiona zawodniczka', 'ulubioną uczennicą', 'ulubiona uczennica', 'jestem jego ulubioną', 'jesteś wyjątkowa', 'jestes wyjatkowa', 'nikt nie musi wiedzieć', 'nikt nie musi wiedziec'],
    t4quickjob: ['szybka kasa', 'szybkiej kasy', 'łatwa kasa', 'latwa kasa', 'szybki zarobek', 'łatwy zarobek', 'latwy zarobek', 'praca dla nastolatków', 'praca dla nastolatkow', 'dorywcza praca', 'z ogłoszenia', 'z ogloszenia', 'ogłoszenie', 'ogloszenie', '16+', '15+', 'dla uczniów'],
    t4pickup: ['odebrać paczkę', 'odebrac paczke', 'odebrałem paczkę', 'odebrałam paczkę', 'odebrać pieniądze', 'odebrac pieniadze', 'odebrać kopertę', 'przywieźć pieniądze', 'przywiezc pieniadze', 'przywieźć mu pieniądze', 'przekazać pieniądze', 'od starszej pani', 'od starszego pana', 'zawieźć paczkę', 'przewieźć paczkę', 'przewiezc paczke', 'dostarczyć paczkę', 'na swoje konto', 'założyć konto', 'pożyczyć konto', 'swoją kartę', 'wypłacić pieniądze'],
    t4coerce: ['powie policji', 'doniesie na mnie', 'to ja ją okradłem', 'to ja ja okradlem', 'zrobię to jeszcze raz', 'nie zrobię tego jeszcze raz', 'nie zrobie tego jeszcze raz', 'nie mogę się wycofać', 'nie moge sie wycofac', 'grozi mi', 'wie gdzie mieszkam'],
  },
  terms: [
    { id: 'self-harm-slang', category: 'suicide-self-harm', severity: 4, phrases: ['{znowu|znów|znow|dzisiaj|dziś|chyba|zaraz|chyba znowu} się {pochlastam|chlastam|ciacham|ciachnę|potnę|pocięłam|pociąłem}', '{znowu|znów|znow|chyba} sie {pochlastam|chlastam|ciacham|ciachne|potne}', '{pochlastałam|pochlastałem|pochlastalam|pochlastalem|ciachnęłam|ciachnąłem} się', 'pochlastać się', 'pochlastac sie'] },
    { id: 'kill-yourself-more', category: 'bullying-abuse', severity: 4, phrases: ['{i|idź|idz|to|lepiej|najlepiej|weź|wez|po prostu} {się|sie} {powieś|powies|zabij|utop|zastrzel}', 'zrób {wszystkim|światu|swiatu|nam} przysługę i {się zabij|się powieś|zniknij|zdechnij|wyskocz przez okno}', 'zrob {wszystkim|swiatu|nam} przysluge i {sie zabij|sie powies|zniknij|zdechnij}'] },
    { id: 'bullying-unwanted', category: 'bullying-abuse', severity: 3, phrases: ['nikt cię tu nie chce', 'nikt cie tu nie chce', 'nikt cię tutaj nie chce', 'nikt tu cię nie chce'] },
    { id: 'drugs-hide-smell', category: 'drugs', severity: 3, phrases: ['{ukryć|ukryc|zamaskować|zamaskowac|pozbyć się|pozbyc sie} {zapach|zapachu} {zioła|ziola|trawki|trawy|marihuany|jointa|skręta|skreta|blanta|zielska}'] },
  ],
  rules: [
    { id: 'money-mule-job', category: 'grooming-cse', severity: 4, all: ['@t4quickjob', '@t4pickup'], window: 24 },
    { id: 'money-mule-coerced', category: 'grooming-cse', severity: 4, all: ['@t4pickup', '@t4coerce'], window: 24 },
  ],
  senses: [],
};

export const pl: LanguagePack = extendPack(extendPack(base, t3), t4);
