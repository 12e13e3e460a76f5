/**
 * Dutch lexicon (Netherlands and Flanders). Written for this project by its contributors from how
 * young people write about these risks in Dutch — chat spellings ("ik wil dood", "m'n", "ff",
 * "zyn" for "zijn", added below for every phrase), straattaal ("wollah", "doekoe", "steken",
 * "loverboy") and the "kanker-" curses; no third-party word list was copied.
 * Licence: AGPL-3.0-or-later (see LICENSES.md).
 *
 * No generalisation frames exist for Dutch in `frames.ts`, so the frame-like rules (first-person
 * intent × harm, grooming cue families, admiration × extremist figure, weapon × school) live here.
 * Dutch puts "niet" after the verb ("ik wil niet dood"), so negated intent is an innocent sense;
 * everyday hyperbole ("ik ga dood van het lachen", "schiet op", "een bommetje", "een bom geld")
 * is listed in `senses`. Short words that are common elsewhere ("mes", "bom": Spanish "mes",
 * Portuguese "bom") appear only inside longer phrases.
 */
import { extendPack, type LanguagePack, type PackPart } from './types.ts';
import { DE_NL_FR_RULES } from './rules-de-nl-fr.ts';

const YOUNG = '{10|11|12|13|14|15}';
const ADULT = '{18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45|50}';

const raw: LanguagePack = {
  lang: 'nl',
  provenance: 'Written for Haven by its contributors (AGPL-3.0-or-later); no third-party list copied.',
  negators: ['geen', 'nooit'],
  concepts: {
    // ── suicide and self-harm ──
    self: ['ik wil', 'ik wil gewoon', 'ik wil echt', 'ik zou willen', 'ik wou dat ik kon', 'ik wil liever', 'ik heb zin om', 'ik denk erover om', 'ik denk eraan om', 'ik ben klaar om', 'ik ben er klaar voor om', 'wil gewoon'],
    gonna: ['ik ga', 'ik ga gewoon', 'ik ga echt', 'ik zal', 'vanavond ga ik', 'morgen ga ik', 'ik heb besloten om', 'ik ben van plan om', 'ik plan om', 'ik ga het doen'],
    diesoft: ['dood gaan', 'doodgaan', 'dood zijn', 'sterven', 'er niet meer zijn', 'niet meer bestaan', 'verdwijnen voor altijd', 'voor altijd slapen', 'niet meer wakker worden', 'nooit meer wakker worden'],
    dieverb: ['zelfmoord plegen', 'zelfmoord doen', 'suïcide plegen', 'mezelf van kant maken', 'me van kant maken', 'mezelf doden', 'mezelf vermoorden', 'mezelf ophangen', 'me ophangen', 'mezelf opknopen', 'voor de trein springen', 'voor een trein springen', 'voor de trein gaan liggen', 'voor de trein liggen', 'voor een trein liggen', 'op het spoor liggen', 'op het spoor gaan liggen', 'van het dak springen', 'van een flat springen', 'van de flat springen', 'van de brug springen', 'van een brug springen', 'uit het raam springen', 'al mijn pillen slikken', 'alle pillen slikken', 'een overdosis nemen', 'mijn polsen doorsnijden', 'mn polsen doorsnijden', 'mezelf verdrinken', 'mezelf vergiftigen', 'mezelf neerschieten', 'er een eind aan maken', 'er een einde aan maken', 'een eind aan mijn leven maken', 'een einde aan mijn leven maken', 'mijn leven beëindigen', 'mezelf killen', 'mezelf iets aandoen', 'me iets aandoen'],
    howto: ['hoe', 'hoe kan ik', 'hoe kan je', 'hoe moet ik', 'beste manier om', 'snelste manier om', 'manier om', 'manieren om', 'methode om', 'methodes om', 'tips om', 'hoe doe je dat'],
    suicideact: ['hang je jezelf op', 'hang ik mezelf op', 'jezelf op te hangen', 'jezelf ophangen', 'zelfmoord plegen', 'pleeg je zelfmoord', 'pleeg ik zelfmoord', 'jezelf van kant maken', 'mezelf van kant maken', 'jezelf ophangen', 'mezelf ophangen', 'jezelf doden', 'mezelf doden', 'pijnloos dood', 'pijnloos doodgaan', 'pijnloos sterven', 'zonder pijn dood', 'zonder pijn sterven', 'je polsen doorsnijden', 'een overdosis nemen', 'jezelf vergiftigen'],
    fpainq: ['doet het pijn', 'doet het pijn om', 'hoe lang duurt het', 'hoe lang duurt het voor', 'is het pijnlijk', 'hoeveel pijn doet', 'voel je iets', 'gaat het snel'],
    pills: ['pillen', 'paracetamol', 'paracetamols', 'ibuprofen', 'slaappillen', 'medicijnen', 'tabletten', 'antidepressiva', 'oxazepam', 'diazepam', 'temazepam', 'pijnstillers', 'oxycodon'],
    death: ['dood', 'doodgaan', 'dood gaan', 'dodelijk', 'dodelijke dosis', 'om dood te gaan', 'om te sterven', 'sterven', 'niet meer wakker', 'overdosis', 'zelfmoord'],
    feeling: ['ik ben een last', 'ik ben alleen maar een last', 'ik ben waardeloos', 'ik ben niks waard', 'ik ben niets waard', 'ik voel me leeg', 'alles is zinloos', 'niks heeft zin', 'niets heeft zin', 'niks heeft nog zin', 'niemand houdt van mij', 'niemand houdt van me', 'ik haat mezelf', 'ik haat mijn leven', 'ik haat me leven', 'ik verpest alles', 'ik zie het niet meer zitten', 'ik zie geen uitweg', 'ik zie geen uitweg meer', 'ik trek het niet meer', 'ik hou het niet meer vol'],
    final: ['dit is mijn laatste bericht', 'mijn laatste bericht', 'mijn afscheidsbrief', 'afscheidsbrief', 'vaarwel allemaal', 'als jullie dit lezen', 'als je dit leest ben ik', 'morgen ben ik er niet meer', 'ik ben er morgen niet meer', 'jullie zien me nooit meer', 'ik heb mijn spullen weggegeven', 'voor altijd doei', 'doei voor altijd'],
    farewell: ['sorry voor alles', 'het spijt me van alles', 'vaarwel', 'pas goed op jezelf', 'ik hou van jullie allemaal', 'vergeef me', 'laatste bericht'],
    ftime: ['vannacht', 'vanavond', 'dit weekend', 'morgenochtend', 'nog vandaag'],
    fmeans: ['een touw', 'het touw', 'een strop', 'een mesje', 'scheermesjes', 'alle pillen', 'de hele strip', 'het hele doosje', 'de brug', 'het dak', 'het spoor', 'de trein'],
    cut: ['ik snij mezelf', 'ik snijd mezelf', 'ik snij me', 'mezelf snijden', 'mezelf gesneden', 'mezelf beschadigen', 'ik kras mezelf', 'mezelf krassen', 'ik kras', 'zelfbeschadiging', 'automutilatie', 'mijn littekens', 'de littekens', 'mijn wondjes', 'mijn sneetjes', 'scheermesje', 'scheermesjes', 'ik brand mezelf', 'ik kots na het eten', 'overgeven na het eten', 'ik eet niks meer', 'ik eet niets meer', 'stoppen met eten'],
    hide: ['verbergen', 'verstoppen', 'bedekken', 'zodat niemand het ziet', 'zodat mijn ouders', 'voor mijn ouders', 'voor mijn moeder', 'voor mijn vader', 'geheim houden'],
    fjump: ['springen', 'spring', 'ik spring', 'mezelf gooien', 'me gooien', 'naar beneden springen'],
    fheight: ['van de brug', 'van een brug', 'van het dak', 'van een dak', 'van de flat', 'van een flat', 'uit het raam', 'van het balkon', 'voor de trein', 'voor een trein', 'voor de metro', 'voor een auto', 'voor een vrachtwagen', 'op het spoor'],
    fnolonger: ['wil niet meer', 'ik wil niet meer', 'geen zin meer', 'heb geen zin meer', 'heb geen zin meer om', 'geen reden meer om', 'waarom zou ik nog', 'waarom leef ik nog', 'ik kan niet meer', 'het heeft geen zin meer om', 'ik hoef niet meer'],
    fliving: ['leven', 'te leven', 'verder leven', 'door te gaan', 'doorgaan', 'bestaan', 'wakker worden', 'wakker te worden', 'in leven zijn', 'ademen'],
    fbetter: ['beter af', 'gelukkiger', 'zou beter zijn', 'zouden beter af zijn', 'opgelucht'],
    fwithoutme: ['zonder mij', 'als ik dood was', 'als ik dood ben', 'als ik er niet meer ben', 'als ik er niet meer was', 'als ik weg ben', 'als ik weg was', 'als ik zou verdwijnen', 'als ik zou sterven'],
    fedgoal: ['afvallen', 'af te vallen', 'dunner', 'dunner worden', 'dun worden', 'kilo', 'kilos', 'kg', 'slank', 'slanker', 'ondergewicht'],
    fedmethod: ['niks eten', 'niets eten', 'niet eten', 'eet niks', 'eet niets', 'eet bijna niks', 'overgeven', 'kotsen', 'laxeermiddelen', 'alleen water', 'maaltijden overslaan', 'hongeren', 'mezelf uithongeren', 'onder de 500 calorieën'],
    fnobodynotice: ['niemand zou het merken', 'niemand zou het zien', 'niemand zou me missen', 'niemand zou mij missen', 'niemand zou huilen', 'niemand zou er om geven', 'niemand zou erom geven', 'het maakt niemand uit', 'het kan niemand schelen', 'niemand kan het schelen', 'iedereen zou opgelucht zijn'],
    takeverb: ['slik', 'slikken', 'neem', 'nemen', 'geslikt', 'genomen', 'ingenomen'],
    allpills: ['al mijn pillen', 'alle pillen', 'al mn pillen', 'de hele strip', 'het hele doosje', 'de hele doos', 'alle slaappillen', 'al mijn medicijnen', 'alle medicijnen', 'al mijn tabletten', 'alle tabletten'],
    // ── grooming and exploitation ──
    secret: ['niks mag zeggen', 'niets mag zeggen', 'niks mag vertellen', 'niets mag vertellen', 'aan niemand mag vertellen', 'tegen niemand mag zeggen', 'zeg het tegen niemand', 'zeg tegen niemand', 'zeg het aan niemand', 'vertel het aan niemand', 'vertel niemand', 'vertel het niet', 'zeg niks', 'zeg niets', 'niks zeggen', 'niets zeggen', 'niet vertellen', 'zeg het niet', 'vertel het niet', 'niemand mag het weten', 'niemand hoeft het te weten', 'hoeft niemand te weten', 'ons geheim', 'ons geheimpje', 'ons kleine geheim', 'blijft tussen ons', 'tussen ons blijven', 'verwijder de chat', 'verwijder de berichten', 'verwijder onze chat', 'wis de chat', 'wis de berichten', 'chat verwijderen', 'berichten verwijderen'],
    parents: ['je ouders', 'tegen je ouders', 'aan je ouders', 'je moeder', 'je mama', 'je vader', 'je papa', 'je pa', 'je ma', 'niemand', 'je vrienden', 'je juf', 'je meester', 'je mentor', 'je leraar'],
    adult: ['mijn trainer', 'de trainer', 'mijn coach', 'een begeleider', 'die gast', 'een gast', 'die man', 'die vent', 'een volwassene', 'een man', 'een vent', 'een gozer', 'een oudere', 'een oudere jongen', 'een oude man', 'een vreemde', 'iemand van internet', 'iemand van het internet', 'een jongen van internet', 'iemand uit een game', 'iemand van fortnite', 'via snapchat leren kennen', 'online leren kennen', 'ouder dan ik', 'veel ouder', 'hij is ' + ADULT, 'hij is ' + ADULT + ' jaar', 'een man van ' + ADULT, 'een jongen van ' + ADULT, 'een vent van ' + ADULT],
    request: ['alleen naar zijn huis', 'dat ik alleen kom', 'alleen komen', 'alleen naar hem toe', 'wil foto’s', "wil foto's", 'wil fotos', 'wil een foto', 'wil naaktfoto’s', "wil naaktfoto's", 'wil naaktfotos', 'wil nudes', 'vraagt om foto’s', "vraagt om foto's", 'vraagt om fotos', 'vraagt om nudes', 'vraagt naar foto’s', 'vraagt naar fotos', 'stuur me een foto', 'stuur mij een foto', 'stuur een foto', 'stuur foto’s', "stuur foto's", 'stuur fotos', 'stuur eens een foto', 'stuur ff een foto', 'stuur pics', 'naaktfoto’s', "naaktfoto's", 'naaktfotos', 'naaktfoto', 'nudes sturen', 'in je ondergoed', 'in ondergoed', 'in je bh', 'in bikini', 'camera aan', 'doe je camera aan', 'zet je camera aan', 'cam aan', 'wil afspreken', 'wil met me afspreken', 'wil me ontmoeten', 'kom alleen', 'mijn adres', 'je adres', 'waar woon je', 'ben je alleen', 'ben je alleen thuis', 'heeft me geld gestuurd', 'heeft iets voor me gekocht', 'heeft me cadeaus gegeven', 'volwassen voor je leeftijd', 'volwassen voor mijn leeftijd', 'trek je kleren uit', 'kleed je uit', 'heeft me aangeraakt', 'raakt me aan', 'dreigt mijn foto’s', 'dreigt mijn fotos', 'dreigt de foto’s', 'dreigt de fotos', 'chanteert me', 'chanteert mij', 'voor fotos', 'voor foto’s', "voor foto's", 'voor een foto', 'voor pics', 'voor naaktfotos'],
    fdelete: ['verwijder', 'verwijderen', 'verwijderd', 'wis', 'wissen', 'delete', 'deleten', 'gedelete'],
    fourchat: ['onze chat', 'onze chats', 'onze berichten', 'onze gesprekken', 'onze appjes', 'wat we sturen', 'wat we elkaar sturen', 'onze fotos', 'onze foto’s'],
    fanychat: ['de chat', 'de berichten', 'de foto’s', 'de fotos', 'alles', 'de gesprekken', 'de appjes', 'het gesprek'],
    fnosee: ['zodat niemand', 'zodat je ouders', 'zodat mijn ouders', 'zodat je moeder', 'zodat mijn moeder', 'zodat je vader', 'zodat mijn vader', 'het niet zien', 'het niet ziet', 'het niet vinden', 'het niet merken', 'niks ziet', 'niets ziet'],
    fasks: ['vraagt', 'vroeg', 'vraagt steeds', 'vraagt altijd', 'wil weten', 'blijft vragen', 'vraagt me'],
    fwhereabouts: ['alleen thuis', 'waar ik woon', 'op welke school', 'wat ik aan heb', 'wat ik aanheb', 'wat ik draag', 'hoe oud ik ben', 'of ik alleen ben', 'mijn adres', 'of ik maagd ben', 'of ik een bh', 'mijn maten'],
    fgift: ['geeft me geld', 'geeft mij geld', 'stuurt me geld', 'stuurt mij geld', 'koopt dingen voor me', 'koopt alles voor me', 'betaalt me', 'heeft me geld gegeven', 'beltegoed', 'een cadeaukaart', 'cadeaukaart', 'giftcard', 'robux', 'v-bucks', 'vbucks', 'skins', 'een iphone', 'een nieuwe telefoon', 'airpods', 'ik koop', 'ik koop wat voor je', 'ik geef je geld', 'ik betaal je', 'ik stuur je geld', 'doekoe voor je'],
    fpics: ['een foto', 'foto’s', "foto's", 'fotos', 'een video', 'een filmpje', 'filmpjes', 'pics', 'een pic', 'een snap', 'snaps', 'een selfie', 'je camera', 'je lichaam'],
    fprivapp: ['snapchat', 'telegram', 'whatsapp', 'discord', 'privé chatten', 'prive chatten', 'in de dm', 'in mn dm', 'in mijn dm', 'ander account', 'tweede account', 'geheim account'],
    fmeet: ['naar zijn huis', 'bij hem thuis', 'naar hem toe', 'bij hem langs', 'in zijn auto', 'naar zijn auto', 'wil afspreken', 'wil me ontmoeten', 'zullen we afspreken', 'we spreken af', 'laten we afspreken', 'ik haal je op', 'ik kom je ophalen', 'ik kom naar je toe', 'bij je school', 'voor je school', 'naar mijn huis', 'bij mij thuis', 'in mijn auto', 'in een hotel', 'kom alleen'],
    fage: ['hoe oud ben je', 'hoe oud ben jij', 'in welke klas', 'welke klas', 'welke school', 'op welke school', 'ik ben ' + YOUNG, 'ben ' + YOUNG, 'je lijkt ouder', 'voor je leeftijd'],
    flatter: ['je bent zo mooi', 'je bent prachtig', 'je bent speciaal', 'je bent anders dan de rest', 'niet zoals de anderen', 'ik begrijp je', 'alleen ik begrijp je', 'niemand begrijpt je zoals ik', 'prinses', 'schatje', 'vertrouw me', 'je kan me vertrouwen', 'je kunt me vertrouwen'],
    fnight: ['vannacht', 's nachts', '’s nachts', "'s nachts", 'als je ouders slapen', 'als iedereen slaapt', 'om middernacht', 'om 2 uur', 'om 3 uur'],
    adultage: ['hij is ' + ADULT, 'hij is ' + ADULT + ' jaar', 'hij is al ' + ADULT, 'mijn vriend is ' + ADULT, 'een man van ' + ADULT, 'een jongen van ' + ADULT],
    childage: ['ik ben ' + YOUNG, 'ik ben pas ' + YOUNG, 'ik ben ' + YOUNG + ' jaar', 'en ik ben ' + YOUNG, 'ik ben nog maar ' + YOUNG],
    fcarry: ['bunkeren', 'dealen', 'verkopen voor', 'rondbrengen voor', 'smokkelen', 'wegbrengen voor', 'runnen voor', 'drugs vervoeren'],
    fparcel: ['een pakketje', 'pakketjes', 'de spullen', 'de waar', 'de drugs', 'voor hun', 'voor hem', 'voor de grote jongens', 'voor de ouderen'],
    // ── extremism ──
    extsupport: ['ik bewonder', 'ik steun', 'een held', 'is een held', 'was een held', 'onze held', 'mijn voorbeeld', 'had gelijk', 'hadden gelijk', 'heeft het goed gedaan', 'deed het goed', 'een legende', 'respect voor', 'martelaar', 'een martelaar', 'moge allah hem accepteren'],
    extfigure: ['hitler', 'bin laden', 'mohammed b', 'tarrant', 'breivik', 'de dader van christchurch', 'de islamitische staat', 'islamitische staat', 'de taliban', 'de jihadisten', 'de terroristen', 'de aanslagpleger', 'de aanslagplegers', 'de nazi’s', 'de nazis', 'al qaida', 'al-qaida', 'de hofstadgroep'],
    attack: ['aanvallen', 'in brand steken', 'in de fik steken', 'opblazen', 'bestormen', 'een aanslag op', 'aanslag op', 'schieten op', 'platbranden'],
    worship: ['de moskee', 'een moskee', 'de synagoge', 'een synagoge', 'de kerk', 'een kerk', 'het azc', 'een azc', 'het asielzoekerscentrum', 'het opvangcentrum'],
    join: ['aansluiten bij', 'me aansluiten bij', 'lid worden van', 'meedoen met', 'vechten voor', 'naar syrië', 'naar syrie', 'uitreizen', 'de hijra', 'trouw zweren', 'hoe kom ik bij'],
    extgroup: ['de islamitische staat', 'islamitische staat', 'het kalifaat', 'kalifaat', 'de jihad', 'jihad', 'de mujahideen', 'al qaida', 'al-qaida', 'de taliban', 'erkenbrand', 'voorpost', 'blood and honour', 'een extreemrechtse groep', 'extreemrechtse groep', 'de neonazi’s', 'de neonazis', 'neonazi’s', 'neonazis', 'de rassenoorlog', 'rassenoorlog', 'atomwaffen division'],
    fviolentcall: ['moeten dood', 'moeten allemaal dood', 'moet je doden', 'allemaal doden', 'uitroeien', 'vernietigen', 'afmaken', 'vergassen', 'afslachten', 'eruit gooien', 'eruit schoppen', 'naar de wapens', 'bewapenen', 'we moeten vechten', 'dood aan de', 'dood aan alle', 'zuiveren', 'opknopen', 'ophangen'],
    fpropaganda: ['het manifest van tarrant', 'het manifest van breivik', 'de video van de aanslag', 'video van de aanslag', 'de video van christchurch', 'video van christchurch', 'de livestream van christchurch', 'onthoofdingsvideo', 'de onthoofdingsvideo', 'is video’s', 'is videos', 'is propaganda', 'nasheeds van is'],
    fgetmedia: ['downloaden', 'vinden', 'zien', 'bekijken', 'kijken', 'sturen', 'link', 'de link', 'pdf', 'delen'],
    fideology: ['de buitenlanders', 'buitenlanders', 'de vluchtelingen', 'vluchtelingen', 'de asielzoekers', 'asielzoekers', 'de joden', 'joden', 'de moslims', 'moslims', 'de marokkanen', 'marokkanen', 'de turken', 'de negers', 'de zwarten', 'de ongelovigen', 'ongelovigen', 'kuffar', 'de kuffar', 'het blanke ras', 'de blanken', 'ons volk', 'de landverraders', 'landverraders', 'de linksen'],
    ftakeover: ['omvolking', 'de grote vervanging', 'grote vervanging', 'omvolkingsplan', 'we worden vervangen', 'vervangen ons', 'worden vervangen door', 'islamisering'],
    fnation: ['nederland', 'ons land', 'ons volk', 'de nederlanders', 'de blanken', 'het blanke ras', 'europa', 'vlaanderen', 'onze cultuur', 'ons vaderland'],
    // ── hate ──
    group: ['moslims', 'marokkanen', 'turken', 'joden', 'negers', 'zwarten', 'asielzoekers', 'homo’s', 'homos', 'arabieren', 'zigeuners', 'de buitenlanders', 'buitenlanders', 'de vluchtelingen', 'vluchtelingen', 'de asielzoekers', 'de joden', 'de moslims', 'de marokkanen', 'de turken', 'de arabieren', 'de zwarten', 'de negers', 'de surinamers', 'de antillianen', 'de polen', 'de roemenen', 'de zigeuners', 'de homo’s', 'de homos', 'de lesbiennes', 'de transen', 'de gehandicapten', 'de vrouwen', 'de chinezen', 'de aziaten', 'de syriërs', 'de afghanen'],
    hateclaim: ['moeten eruit', 'moeten weg', 'moeten oprotten', 'moeten dood', 'moeten allemaal dood', 'zouden dood moeten', 'horen vergast', 'zijn beesten', 'zijn dieren', 'zijn apen', 'zijn ratten', 'zijn ongedierte', 'zijn parasieten', 'zijn tuig', 'zijn uitschot', 'zijn allemaal criminelen', 'zijn allemaal dieven', 'zijn terroristen', 'stinken', 'ik haat', 'haat alle', 'zijn minderwaardig', 'zijn geen mensen', 'controleren de wereld', 'controleren alles', 'verpesten nederland', 'terug naar hun land', 'allemaal het land uit', 'minder minder'],
    // ── drugs ──
    drug: ['wiet', 'weed', 'hasj', 'een joint', 'jointje', 'een jointje', 'blowtje', 'een blowtje', 'een stickie', 'coke', 'cocaïne', 'cocaine', 'xtc', 'xtc pillen', 'mdma', 'keta', 'ketamine', 'lsd', 'paddo’s', "paddo's", 'paddos', 'lachgas', 'ballonnen lachgas', '3mmc', '4mmc', 'heroïne', 'drugs', 'een vape', 'vapes', 'elfbar', 'e-sigaret', 'e sigaret'],
    buy: ['kopen', 'bestellen', 'regelen', 'scoren', 'waar kan ik', 'waar koop je', 'waar haal je', 'een dealer', 'dealer', 'roken', 'blowen', 'proberen', 'uitproberen', 'nemen', 'snuiven', 'slikken', 'op mijn ' + YOUNG + 'e', 'als ik ' + YOUNG + ' ben', 'zonder id', 'zonder legitimatie'],
    // ── weapons and violence ──
    weapon: ['pistool', 'pistolen', 'wapen', 'wapens', 'vuurwapen', 'geweer', 'een mes', 'het mes', 'mijn mes', 'mn mes', 'een vlindermes', 'een stiletto', 'een zakmes', 'een wapen', 'het wapen', 'mijn wapen', 'een vuurwapen', 'een pistool', 'het pistool', 'een gun', 'een blaffer', 'een proppenschieter', 'een geweer', 'een machete', 'een boksbeugel', 'een honkbalknuppel', 'een bom', 'explosieven', 'een molotov', 'een molotovcocktail', 'een taser', 'pepperspray', 'een bijl', 'een cobra', 'een vuurwerkbom', 'een blade'],
    gun: ['pistool', 'pistolen', 'wapen', 'vuurwapen', 'geweer', 'een wapen', 'het wapen', 'mijn wapen', 'een vuurwapen', 'een pistool', 'het pistool', 'een gun', 'een blaffer', 'een proppenschieter', 'een geweer', 'een machete', 'een boksbeugel', 'een bom', 'explosieven', 'een molotov', 'een molotovcocktail', 'een vlindermes', 'een stiletto', 'een vuurwerkbom', 'een cobra 6'],
    school: ['naar school', 'op school', 'op mijn school', 'op onze school', 'in school', 'in de klas', 'in de les', 'op het schoolplein', 'in de pauze', 'in de aula', 'in de kantine'],
    killfuture: ['ik maak je af', 'ik maak jullie af', 'ik vermoord hem', 'ik vermoord haar', 'ik vermoord je', 'ik vermoord jou', 'ik vermoord jullie', 'ik ga hem vermoorden', 'ik ga haar vermoorden', 'ik ga je vermoorden', 'ik ga jullie vermoorden', 'ik ga je afmaken', 'ik steek hem neer', 'ik steek je neer', 'ik steek haar neer', 'ik ga je steken', 'ik prik je', 'ik schiet hem neer', 'ik schiet je neer', 'ik schiet haar neer', 'ik knal hem neer', 'ik knal je neer', 'ik knal jullie neer', 'ik schiet jullie allemaal neer', 'ik sla je dood', 'ik sla hem dood', 'ik maak je dood', 'ik maak hem dood', 'ik blaas de school op'],
    gohim: ['ik ga hem', 'ik ga je', 'we gaan hem', 'we gaan je', 'ik ga die', 'ik ga haar'],
    stabsoft: ['steken', 'prikken', 'neersteken', 'neerschieten', 'vermoorden', 'doodmaken', 'dood maken', 'neerknallen'],
    person: ['de leraar', 'de lerares', 'mijn leraar', 'mijn lerares', 'de juf', 'de meester', 'de mentor', 'de rector', 'de conrector', 'iedereen op school', 'iedereen in mijn klas', 'iedereen in de klas', 'de hele klas', 'jullie allemaal', 'mijn stiefvader', 'mijn vader', 'die kankerlijer', 'die kk lijer', 'die hoer'],
    fintent: ['ik ga', 'ik wil', 'morgen ga ik', 'morgen', 'ik zweer', 'wollah', 'wallah', 'we gaan', 'ik ga echt'],
    fkill: ['vermoorden', 'doodmaken', 'dood maken', 'doodsteken', 'neersteken', 'neerschieten', 'neerknallen', 'afslachten', 'opblazen', 'doden'],
    fkillhard: ['doodsteken', 'neersteken', 'neerschieten', 'neerknallen', 'afslachten', 'opblazen', 'een schietpartij', 'een bloedbad', 'iedereen doodschieten'],
    bring: ['meenemen', 'mee nemen', 'meebrengen', 'neem ik mee', 'ik neem', 'mee naar school', 'bij me hebben', 'bij me', 'op zak', 'in mijn tas', 'in mn tas', 'verstoppen'],
    make: ['maken', 'bouwen', 'zelf maken', 'knutselen', 'in elkaar zetten', 'kopen', 'regelen', 'krijgen', 'printen', '3d printen'],
    makeweapon: ['een bom', 'een bommetje van', 'een pijpbom', 'explosieven', 'springstof', 'tatp', 'een molotovcocktail', 'een molotov', 'een wapen', 'een pistool', 'een vuurwapen', 'een geweer', 'een geluiddemper', 'een granaat', 'napalm', 'een cobra'],
    // ── gambling ──
    betq: ['hoe kan ik', 'hoe kan je', 'hoe werkt', 'hoe werken', 'uitleg', 'tips voor', 'strategie voor', 'hoe win je', 'hoe win ik'],
    bet: ['gokken', 'online gokken', 'wedden', 'sportweddenschappen', 'weddenschappen', 'toto', 'unibet', 'bet365', 'jacks', 'holland casino', 'online casino', 'casino', 'gokkasten', 'gokkast', 'fruitautomaat', 'roulette', 'slots', 'poker om geld', 'lootboxen', 'lootboxes', 'kisten openen', 'case opening', 'kansspel', 'kansspelen'],
    minor: ['op mijn ' + YOUNG + 'e', 'op mn ' + YOUNG + 'e', 'als ik ' + YOUNG + ' ben', 'ik ben ' + YOUNG, 'onder de 18', 'minderjarig', 'zonder id', 'met de pas van mijn moeder', 'met de pas van mijn vader', 'met de creditcard van mijn ouders', 'met het geld van mijn moeder', 'alles vergokt', 'alles verloren', 'al mijn zakgeld', 'mijn zakgeld', 'mijn spaargeld'],
    // ── bullying and abuse at home ──
    bullyactor: ['ze', 'zij', 'iedereen', 'de anderen', 'mijn klas', 'de hele klas', 'de meiden', 'de jongens', 'de ouderejaars', 'mijn vrienden', 'mijn ex vrienden', 'een paar uit mijn klas', 'die uit mijn klas'],
    bullyact: ['lacht me uit', 'lacht mij uit', 'pest me', 'pest mij', 'scheldt me uit', 'scheld me uit', 'negeert me', 'haat me', 'haat mij', 'lachen me uit', 'lachen mij uit', 'pesten me', 'pesten mij', 'slaan me', 'slaan mij', 'schoppen me', 'duwen me', 'schelden me uit', 'schelden mij uit', 'negeren me', 'negeren mij', 'hebben me gefilmd', 'hebben een filmpje van me', 'hebben mijn foto rondgestuurd', 'hebben mijn foto gedeeld', 'hebben me uit de groep gegooid', 'sluiten me buiten', 'spugen op me', 'pakken mijn spullen af', 'stelen mijn spullen', 'bedreigen me', 'bedreigen mij', 'verspreiden roddels', 'roddelen over me', 'sturen me haatberichten'],
    fme: ['ik word', 'ik wordt', 'ik werd', 'word ik', 'wordt ik', 'werd ik'],
    fbullied: ['gepest', 'uitgescholden', 'in elkaar geslagen', 'geslagen', 'buitengesloten', 'uitgelachen', 'bedreigd', 'gechanteerd', 'belachelijk gemaakt', 'genegeerd'],
    abuser: ['mijn vader', 'mijn pa', 'mijn moeder', 'mijn ma', 'mijn stiefvader', 'mijn stiefmoeder', 'mijn ouders', 'mijn oom', 'de vriend van mijn moeder', 'de nieuwe vriend van mijn moeder', 'mn vader', 'mn moeder', 'mn stiefvader'],
    abuse: ['slaat me', 'slaat mij', 'mept me', 'schopt me', 'wurgt me', 'sluit me op', 'sluit me in', 'geeft me geen eten', 'raakt me aan', 'heeft me aangeraakt', 'bedreigt me', 'heeft me geslagen', 'gooit me eruit', 'brandt me', 'trekt aan mijn haar', 'slaat mijn moeder', 'slaat mn moeder', 'slaat ons'],
  },
  terms: [
    { id: 'intent-to-die', category: 'suicide-self-harm', severity: 5, phrases: ['{ik wil|ik wil gewoon|ik wil echt|ik zou willen} {dood|doodgaan|dood gaan|dood zijn|sterven|zelfmoord plegen|mezelf van kant maken|mezelf doden|er een eind aan maken|er een einde aan maken}', 'ik wil niet meer leven', 'ik wil nie meer leven', 'ik wil niet meer wakker worden', 'ik wil gewoon niet meer leven', '{ik ga|ik ga gewoon|ik ga echt|ik zal} {zelfmoord plegen|mezelf van kant maken|mezelf ophangen|mezelf doden|er een eind aan maken|er een einde aan maken}', 'ik pleeg zelfmoord', '{ik ga|ga ik|ik ga gewoon|ik ga echt} me {ophangen|van kant maken|dood maken|doodmaken|verdrinken|vergiftigen} [vannacht|vanavond|morgen]', '{maak ik|ga ik} er een {eind|einde} aan [maken]', 'pleeg ik zelfmoord', 'ga ik zelfmoord plegen', 'hang ik mezelf op', 'maak ik mezelf van kant', 'ga ik mezelf van kant maken', '{spring ik|ga ik} {voor de trein|van de flat|van het dak|van de brug} [springen]', 'ik pleeg vanavond zelfmoord', 'vanavond pleeg ik zelfmoord', 'ik maak er een eind aan', 'ik maak er een einde aan', 'ik maak er vanavond een eind aan', 'ik maak mezelf van kant', 'ik hang mezelf op', 'ik spring voor de trein', 'ik ga voor de trein springen', 'ik spring van de flat', 'ik spring van het dak', 'ik spring van de brug', 'geen zin meer om te leven', 'ik heb geen zin meer om te leven', 'ik heb geen zin meer in het leven', 'hoe pleeg je zelfmoord', 'hoe pleeg ik zelfmoord', 'hoe kan ik zelfmoord plegen', 'hoe maak ik mezelf van kant', 'hoe maak je jezelf van kant', 'zelfmoord methodes', 'pijnloos zelfmoord plegen', 'pijnloze zelfmoord', 'pijnloos doodgaan', 'hoeveel paracetamol om dood te gaan', 'hoeveel pillen om dood te gaan', 'hoeveel slaappillen om dood te gaan', 'hoeveel paracetamol is dodelijk', 'dodelijke dosis paracetamol', 'ik heb al mijn pillen geslikt', 'ik heb alle pillen genomen', 'ik heb de hele strip genomen', 'ik schrijf mijn afscheidsbrief', 'mijn afscheidsbrief is klaar', 'ik heb een touw gekocht'] },
    { id: 'suicide', category: 'suicide-self-harm', severity: 4, phrases: ['ik heb zelfmoordgedachten', 'ik heb suïcidale gedachten', 'ik ben suïcidaal', 'ik denk aan zelfmoord', 'ik denk aan doodgaan', 'ik denk aan de dood', 'iedereen is beter af zonder mij', 'iedereen zou beter af zijn zonder mij', 'de wereld is beter zonder mij', 'niemand zou me missen', 'niemand zou mij missen', 'niemand zou het merken als ik dood ga', 'ik wil verdwijnen', 'ik wil gewoon verdwijnen', 'ik wil voor altijd verdwijnen', 'waarom leef ik nog', 'ik wou dat ik nooit geboren was', 'ik wou dat ik dood was', 'ik ben liever dood', 'ik zie geen uitweg meer'] },
    { id: 'suicide-mention', category: 'suicide-self-harm', severity: 3, phrases: ['zelfmoordgedachten', 'suïcidale gedachten', 'suïcidaal', 'zelfmoordpoging', 'ik haat mijn leven', 'ik haat mezelf', 'ik ben een last', 'ik ben waardeloos', 'ik ben niks waard', 'alles is zinloos', 'niemand houdt van mij', 'ik trek het niet meer', 'ik hou het niet meer vol', 'ik zie geen uitweg', 'ik voel me zo leeg'] },
    { id: 'self-harm', category: 'suicide-self-harm', severity: 4, phrases: ['{ik wil|ik ga|ik moet} {mezelf|me} {snijden|krassen|pijn doen|beschadigen|branden}', 'ik snij mezelf', 'ik snijd mezelf', 'ik heb mezelf gesneden', 'ik heb mezelf weer gesneden', 'ik snij mezelf weer', 'ik kras mezelf', 'ik heb mezelf gekrast', 'ik beschadig mezelf', 'ik doe mezelf pijn', 'ik brand mezelf', 'ik sla mezelf', 'terugval snijden', 'hoe snij je jezelf', 'hoe diep snijden', 'hoe verberg ik mijn littekens', 'littekens verbergen', 'wondjes verbergen', 'sneetjes verbergen', 'ik kots na het eten', 'ik geef over na het eten', 'hoe kan ik overgeven', 'hoe stop ik met eten', 'hoe kan ik stoppen met eten', 'ik eet al dagen niks', 'ik eet al dagen niets', 'pro ana', 'pro-ana', 'pro mia', 'ana tips', 'thinspo', 'afvallen koste wat kost'] },
    { id: 'self-harm-mention', category: 'suicide-self-harm', severity: 3, phrases: ['zelfbeschadiging', 'automutilatie', 'ik ben te dik', 'ik ben zo dik', 'ik walg van mezelf'] },
    { id: 'grooming', category: 'grooming-cse', severity: 4, phrases: ['je bent zo volwassen voor je leeftijd', 'je bent volwassen voor je leeftijd', 'volwassen voor je leeftijd', 'leeftijd is maar een getal', 'leeftijd is maar een nummer', 'dit is ons geheim', 'dit is ons geheimpje', 'ons kleine geheimpje', 'dit blijft tussen ons', 'zeg niks tegen je ouders', 'zeg niets tegen je ouders', 'niet tegen je ouders zeggen', 'vertel het niet aan je ouders', 'zeg niks tegen je moeder', 'zeg niks tegen je mama', 'verwijder onze chat', 'verwijder de chat na', 'wis de berichten na', 'ben je alleen thuis', 'ben je nu alleen thuis', 'zijn je ouders thuis', 'doe je camera aan', 'zet je camera aan', 'kom alleen', 'ik haal je op van school', 'ik wacht bij je school', 'ik koop alles voor je wat je wil', 'ik geef je robux als', 'robux voor foto’s', 'robux voor fotos', 'v-bucks voor fotos', 'hij chanteert me', 'hij chanteert mij', 'hij dreigt mijn foto’s te verspreiden', 'hij dreigt mijn fotos te verspreiden', 'hij dreigt de foto’s te delen', 'hij dreigt de fotos te delen', 'hij wil dat ik foto’s stuur', 'hij wil dat ik fotos stuur', 'hij wil foto’s van me', 'hij wil fotos van me', 'een volwassene wil foto’s', 'mijn vriend is 20', 'mijn vriend is 25', 'hij wil stiekem afspreken', 'hij zei dat ik het aan niemand mag vertellen', 'ik mag het niet aan mijn ouders vertellen', 'ik mag niks tegen mijn ouders zeggen', 'loverboy', 'een loverboy', 'mijn loverboy'] },
    { id: 'cse', category: 'grooming-cse', severity: 5, phrases: ['stuur me naaktfoto’s', 'stuur me naaktfotos', "stuur me naaktfoto's", 'stuur naaktfoto’s', 'stuur naaktfotos', 'stuur me nudes', 'stuur nudes', 'stuur me een naaktfoto', 'stuur een foto zonder kleren', 'foto zonder kleren', 'trek je kleren uit voor de camera', 'trek je kleren uit', 'kleed je uit', 'laat je borsten zien', 'laat je tieten zien', 'ik betaal je voor foto’s', 'ik betaal je voor fotos', 'geld voor naaktfoto’s', 'geld voor naaktfotos', 'hij heeft mijn naaktfoto’s', 'hij heeft mijn naaktfotos', 'hij dreigt mijn naaktfoto’s', 'hij dreigt mijn naaktfotos', 'hij dreigt mijn nudes', 'sextortion', 'hij heeft me aangeraakt', 'hij raakt me aan', 'hij heeft me verkracht', 'ik ben verkracht', 'hij heeft me misbruikt', 'ik ben misbruikt', 'seksueel misbruik', 'kinderporno'] },
    { id: 'sexual', category: 'sexual', severity: 3, phrases: ['pornofilms', 'pornofilmpjes', 'pornosite', 'pornosites', 'gratis porno', 'naakte vrouwen', 'naakte meiden', 'naakte meisjes', 'naaktfoto’s', 'naaktfotos', "naaktfoto's", 'naaktfilmpjes', 'sexcam', 'seks cam', 'sekschat', 'seks chat', 'neuken', 'neukfilmpjes', 'pijpbeurt', 'tieten', 'seksfilmpjes', 'sexfilmpjes', 'onlyfans gratis', 'onlyfans leaks'] },
    { id: 'sexual-mild', category: 'sexual', severity: 2, phrases: ['seks', 'naakt', 'geil'] },
    { id: 'kill-yourself', category: 'bullying-abuse', severity: 4, phrases: ['ga toch dood', 'ga maar dood', 'ga dood jij', 'ga dood man', 'ga dood kanker', 'ga dood kk', 'ga jezelf ophangen', 'hang jezelf op', 'hang jezelf maar op', 'pleeg zelfmoord', 'pleeg toch zelfmoord', 'maak jezelf van kant', 'maak jezelf toch van kant', 'kill jezelf', 'kill jezelf maar', 'ik hoop dat je doodgaat', 'ik hoop dat je dood gaat', 'ik hoop dat je sterft', 'niemand zou je missen', 'de wereld is beter zonder jou', 'spring van een brug', 'spring voor de trein'] },
    { id: 'bullying', category: 'bullying-abuse', severity: 3, phrases: ['ik word gepest', 'ik wordt gepest', 'ik word op school gepest', 'ze pesten me', 'iedereen pest me', 'iedereen lacht me uit', 'ze lachen me uit', 'ze slaan me', 'ik word geslagen', 'ik word in elkaar geslagen', 'ze schelden me uit', 'iedereen haat me', 'iedereen haat mij', 'niemand vindt je leuk', 'niemand mag je', 'niemand wil je hier', 'je bent lelijk', 'je bent zo lelijk', 'lelijke trut', 'dikke koe', 'dikke varken', 'vette varken', 'hoer', 'vieze hoer', 'slet', 'kankerhoer', 'kankerlijer', 'kankerlelijk', 'tyfuslijer', 'je bent niks waard', 'je bent een nul', 'ze hebben een filmpje van me verspreid', 'ze hebben mijn foto rondgestuurd', 'ze hebben een groep tegen me gemaakt', 'een haatgroep', 'ik ben bang om naar school te gaan', 'ik durf niet naar school', 'ik ben bang om naar huis te gaan', 'ik durf niet naar huis', 'krijg de kanker', 'mijn vader slaat me', 'mijn vader slaat mij', 'mijn moeder slaat me', 'mijn moeder slaat mij', 'mijn stiefvader slaat me', 'mijn ouders slaan me', 'hij slaat mijn moeder', 'mijn vader drinkt en slaat'] },
    { id: 'extremism', category: 'extremism', severity: 4, phrases: ['aansluiten bij is', 'aansluiten bij de islamitische staat', 'hoe sluit ik me aan bij is', 'naar syrië om te vechten', 'naar syrie om te vechten', 'uitreizen naar syrië', 'uitreizen naar syrie', 'de jihad in', 'vechten voor de jihad', 'jihad voeren', 'als martelaar sterven', 'dood aan de ongelovigen', 'dood de ongelovigen', 'de ongelovigen doden', 'dood aan de kuffar', 'dood aan de joden', 'dood aan alle joden', 'joden eruit', 'buitenlanders eruit', 'moslims eruit', 'marokkanen eruit', 'nederland voor de nederlanders', 'de grote vervanging', 'omvolking', 'rassenoorlog', 'rassenoorlog nu', 'het blanke ras redden', 'het blanke ras moet', 'white power', 'heil hitler', 'sieg heil', 'hitler had gelijk', 'hitler was een held', 'hitler was goed', 'de holocaust is een leugen', 'de holocaust heeft nooit bestaan', 'de holocaust is nooit gebeurd', 'de joden controleren de wereld', 'joden controleren alles', 'het manifest van tarrant', 'de video van christchurch', 'ik wil het doen zoals tarrant', 'saint tarrant', 'leve is', 'leve het kalifaat', 'het kalifaat komt', 'soldaat van het kalifaat', 'broeder sluit je bij ons aan', 'sluit je bij ons aan broeder', 'van gogh kreeg wat hij verdiende'] },
    { id: 'extremism-mention', category: 'extremism', severity: 3, phrases: ['remigratie', 'landverraders', 'islamisering', 'hakenkruis', 'zwarte zon', 'neonazi', 'jihadist', 'jihadisten', 'kuffar', 'het blanke ras', 'blanke ras', 'erkenbrand'] },
    { id: 'hate', category: 'hate-discrimination', severity: 3, phrases: ['kankerturk', 'kankerturken', 'kankermarokkaan', 'kankermarokkanen', 'kankerjood', 'kankerjoden', 'kankerneger', 'kutmarokkaan', 'kutmarokkanen', 'kutturk', 'tyfusjood', 'tyfusmarokkaan', 'neger', 'negers', 'nikker', 'nikkers', 'zwartjoekel', 'roetmop', 'roetmoppen', 'makak', 'makakken', 'geitenneuker', 'geitenneukers', 'vuile jood', 'vieze jood', 'vuile moslim', 'vieze moslim', 'vuile turk', 'vieze marokkaan', 'kut buitenlanders', 'kutbuitenlanders', 'vuile zigeuner', 'vieze homo', 'vuile homo', 'flikker', 'flikkers', 'vuile flikker', 'kankermongool', 'spast', 'kankerspast', 'kankerflikker', 'ga terug naar je eigen land', 'ga terug naar je land', 'rot op naar je eigen land', 'rot op naar je land', 'minder minder marokkanen', 'die horen vergast', 'het gas in'] },
    { id: 'drugs', category: 'drugs', severity: 3, phrases: ['waar kan ik wiet kopen', 'waar koop ik wiet', 'wiet kopen', 'hasj kopen', 'coke kopen', 'drugs kopen', 'xtc kopen', 'waar kan ik drugs kopen', 'waar haal ik drugs', 'blowen', 'ik blow', 'aan het blowen', 'een jointje roken', 'een joint draaien', 'een jointje draaien', 'een blowtje', 'stickie draaien', 'wiet roken', 'hasj roken', 'coke snuiven', 'een lijntje coke', 'een lijntje snuiven', 'een pil slikken', 'xtc slikken', 'een pilletje nemen', 'mdma nemen', 'paddo’s nemen', 'paddos nemen', 'keta snuiven', 'lachgas ballonnen', 'ballonnen lachgas', 'lachgas kopen', 'ik ben stoned', 'ik ben zo stoned', 'ik ben high', 'kapot stoned', 'stoned op school', 'high op school', 'dealer in de buurt', 'drugs dealen', 'wiet dealen', 'vape kopen op mijn 14e', 'vapes kopen zonder id', 'puffs kopen', 'naar de coffeeshop op mijn', 'zuipen tot je kotst', 'ladderzat', 'straalbezopen'] },
    { id: 'violence', category: 'weapons-violence', severity: 5, phrases: ['hoe maak ik een bom', 'hoe maak je een bom', 'een bom maken', 'bom maken handleiding', 'pijpbom maken', 'hoe maak je een pijpbom', 'zelf explosieven maken', 'explosieven maken', 'molotovcocktail maken', 'hoe maak je een molotovcocktail', 'tatp maken', 'hoe vermoord ik iemand', 'hoe vermoord je iemand', 'hoe maak ik iemand dood', 'hoe dood je een mens', 'iemand vermoorden zonder sporen', 'hoe vergiftig ik iemand', 'ik neem een mes mee naar school', 'ik neem morgen een mes mee naar school', 'ik neem een pistool mee naar school', 'ik neem een wapen mee naar school', 'ik breng een mes mee naar school', 'schietpartij op mijn school', 'schietpartij op school plannen', 'ik ga een schietpartij', 'ik ga iedereen op school', 'ik schiet iedereen neer', 'ik schiet jullie allemaal neer', 'ik vermoord jullie allemaal', 'ik ga jullie allemaal vermoorden', 'ik maak jullie allemaal af', 'ik blaas de school op', 'ik ga de school opblazen', 'waar kan ik een wapen kopen', 'waar kan ik een pistool kopen', 'waar koop ik een gun', 'wapen kopen zonder vergunning', 'pistool kopen op het darkweb'] },
    { id: 'threat', category: 'weapons-violence', severity: 4, phrases: ['ik vermoord hem', 'ik vermoord haar', 'ik ga hem vermoorden', 'ik ga haar vermoorden', 'ik steek hem neer', 'ik steek je neer', 'ik ga je steken', 'ik schiet hem neer', 'ik schiet je neer', 'ik knal hem neer', 'ik knal je neer', 'ik sla hem dood', 'ik maak hem dood'] },
    { id: 'violence-mention', category: 'weapons-violence', severity: 3, phrases: ['schietpartij op school', 'vlindermes', 'boksbeugel', 'ik heb een mes bij me', 'ik heb altijd een mes bij me', 'ik loop met een mes', 'ik vermoord je', 'ik maak je af', 'ik sla je in elkaar', 'ik sla je verrot', 'na school ben je de lul', 'na school krijg je klappen', 'pas maar op als je alleen bent', 'we pakken je nog', 'steekpartij'] },
    { id: 'gambling', category: 'gambling', severity: 3, phrases: ['online gokken', 'gokken op mijn 15e', 'gokken op mijn 16e', 'gokken onder de 18', 'gokken zonder id', 'hoe gok je', 'online casino', 'online casinos', 'casino zonder id', 'casino zonder verificatie', 'online slots', 'online roulette', 'gokkasten online', 'sportweddenschappen', 'wedden op voetbal', 'ik heb alles vergokt', 'alles vergokt', 'al mijn geld vergokt', 'mijn zakgeld vergokt', 'unibet account', 'toto account', 'case opening', 'lootboxen kopen'] },
  ],
  rules: [
    ...DE_NL_FR_RULES,
    { id: 'want-to-die-soft', category: 'suicide-self-harm', severity: 5, all: ['@self', '@diesoft'], window: 6, ordered: true },
    { id: 'how-to-suicide', category: 'suicide-self-harm', severity: 5, all: ['@howto', '@suicideact'], window: 7, ordered: true },
    { id: 'suicide-pain-question', category: 'suicide-self-harm', severity: 5, all: ['@fpainq', '@suicideact'], window: 6 },
    { id: 'overdose-to-die', category: 'suicide-self-harm', severity: 5, all: ['@pills', '@death'], window: 8 },
    { id: 'jump-from-height', category: 'suicide-self-harm', severity: 5, all: ['@fjump', '@fheight'], window: 5 },
    { id: 'swallow-all', category: 'suicide-self-harm', severity: 4, all: ['@takeverb', '@allpills'], window: 5 },
    { id: 'delete-unseen', category: 'grooming-cse', severity: 4, all: ['@fdelete', '@fanychat', '@fnosee'], window: 10, atLeast: 3 },
    { id: 'join-extremists', category: 'extremism', severity: 4, all: ['@join', '@extgroup'], window: 6 },
    { id: 'threat-target', category: 'weapons-violence', severity: 5, all: ['@killfuture', '@person'], window: 4 },
    { id: 'going-to-stab', category: 'weapons-violence', severity: 4, all: ['@gohim', '@stabsoft'], window: 4, ordered: true },
    { id: 'plan-to-kill', category: 'weapons-violence', severity: 5, all: ['@fintent', '@person', '@fkill'], window: 7, ordered: true },
    { id: 'kill-at-school', category: 'weapons-violence', severity: 5, all: ['@fkillhard', '@school'], window: 8 },
    { id: 'make-weapon', category: 'weapons-violence', severity: 5, all: ['@howto', '@makeweapon', '@make'], window: 7, ordered: true },
    { id: 'weapon-cues', category: 'weapons-violence', severity: 4, all: ['@weapon', '@school', '@killfuture', '@fkillhard', '@bring'], atLeast: 3, window: 12 },
    { id: 'how-to-bet', category: 'gambling', severity: 3, all: ['@betq', '@bet'], window: 4 },
  ],
  senses: [
    { id: 'everyday', categories: 'all', scope: 'overlap', phrases: [
      // dying and killing as hyperbole
      'dood van het lachen', 'ik ga dood van het lachen', 'ik lig dood', 'ik lag dood', 'lig dood', 'ik ga dood van {de honger|de dorst|de hitte|de kou|verveling|schaamte|de stress|de zenuwen}', 'dood van {de honger|de dorst|de hitte|de kou|verveling|schaamte|de stress|de zenuwen}', 'ik verveel me dood', 'verveel me dood', 'ik schrok me dood', 'schrok me dood', 'ik schaam me dood', 'doodmoe', 'doodziek', 'doodeng', 'doodnormaal', 'dood gewoon', 'doodgewoon', 'doodstil', 'doodsbang', 'op dood spoor', 'de tijd doden', 'tijd doden', 'een proces killen', '{mijn moeder|mijn ma|mijn vader|mijn pa|mijn ouders|de juf|de leraar|mijn broer|mijn zus} {vermoordt|vermoorden|maakt|maken} me', '{mijn moeder|mijn ma|mijn vader|mijn pa|mijn ouders} {vermoordt|vermoorden|maakt|maken} me {af|dood}', 'je moeder vermoordt je', 'je moeder maakt je af', 'dat killt me', 'die killt me', 'dood en begraven', 'over mijn lijk', 'ik ga dood lol', 'ik ga dood haha', 'zo dood als een pier', 'de dood of de gladiolen', 'dag van de doden',
      // negated intent (Dutch negation follows the verb, so the negator cannot precede the match)
      '{ik wil|ik ga|ik zal} {niet|nooit|echt niet} {dood|doodgaan|dood gaan|sterven|zelfmoord plegen}', 'ik pleeg geen zelfmoord', 'ik ga echt geen zelfmoord plegen', 'ik wil echt niet dood', '{niet|niet meer|helemaal niet} suïcidaal', 'ik ben niet suïcidaal', 'ik snij mezelf niet meer', '{niet|niet meer} racistisch', 'erin steken', 'in de tas steken', 'in mijn tas steken', 'in het stopcontact steken', 'in mijn zak steken', 'in de la steken', 'in de fik steken van de barbecue',
      // bombs, weapons and shooting in everyday Dutch
      'schiet op', 'schiet nou op', 'schiet eens op', 'schiet maar op', 'schiet me maar lek', 'in de lach schieten', 'ik schiet in de lach', 'schoot in de lach', 'schieten op doel', 'op doel schieten', 'op het doel schieten', 'een foto schieten', 'foto’s schieten', 'fotos schieten', 'uit de hand schieten', 'wortel schieten', 'te binnen schieten', 'schiet me te binnen', 'een bommetje', 'bommetje doen', 'bommetje maken in het zwembad', 'een bom geld', 'een bom duiten', 'het is de bom', 'als een bom ingeslagen', 'sloeg in als een bom', 'badbom', 'bruisbal', 'bom {in|bij} {minecraft|fortnite|roblox|cs|counter strike|valorant|among us}', 'bom ontmantelen', 'mes en vork', 'met mes en vork', 'een mes en vork', 'het mes snijdt aan twee kanten', 'mes slijpen', 'broodmes', 'keukenmes om te snijden', 'botermes', 'zakmes voor kamperen', 'het mes erin', 'waterpistool', 'lijmpistool', 'massagepistool', 'beste wapen {in|bij} {fortnite|minecraft|valorant|cod|warzone|apex|roblox}', 'het beste wapen', 'legendarisch wapen', 'wapens in fortnite', 'geheim wapen', 'mijn geheime wapen', 'ik maak je kapot {met|in|bij} {fifa|fortnite|mario kart|minecraft}', 'ik maak je af in fifa', 'ik maak je af met fifa', 'afmaken voor morgen', 'mijn huiswerk afmaken', 'huiswerk afmaken', 'het afmaken', 'even afmaken', 'zin afmaken', 'de zin afmaken', 'het spel afmaken', 'het level afmaken', 'de opdracht afmaken', 'zijn zin afmaken', 'mijn verhaal afmaken',
      // drugs, gambling and other everyday words
      'speed dating', 'speedrun', 'high five', 'high score', 'highscore', 'high school', 'high tea', 'coke zero', 'coca cola', 'ik wed dat', 'wedden dat', 'wedden dat je', 'ik wed met je', 'weddenschap verloren', 'weddenschap gewonnen', 'een weddenschap met mijn', 'toto wolff', 'coke zero', 'cherry coke', 'een blikje coke', 'blikje coke',
      '{de gevaren|gevaren|de risico’s|risicos|de risicos|de gevolgen|gevolgen|de effecten|effecten|bijwerkingen} {van|door} {cannabis|drugs|alcohol|cocaïne|cocaine|wiet|nicotine|xtc|lachgas|vapes|vapen}',
      // grooming-looking everyday phrases
      'verrassingsfeest', 'voor de verrassing', 'het is een verrassing', 'dat is een verrassing', 'cadeau voor mama', 'cadeau voor papa', 'voor moederdag', 'voor vaderdag', 'voor haar verjaardag', 'voor zijn verjaardag', 'sinterklaas', 'de kerstman', 'lootjes trekken',
      // hate-looking words
      'seksuele voorlichting', 'seksuele opvoeding', 'het geslacht', 'naakte waarheid', 'naaktslak', 'geil nummer', 'mongolië', 'negerzoen', 'negerzoenen',
    ] },
    { id: 'surprise', categories: ['grooming-cse'], scope: 'text', phrases: ['verrassing*', 'verjaardag*', 'cadeau*', 'moederdag', 'vaderdag', 'kerst', 'sinterklaas', 'cadeau voor mama', 'cadeau voor papa'] },
    { id: 'study', categories: ['extremism', 'hate-discrimination', 'weapons-violence', 'drugs', 'sexual', 'suicide-self-harm', 'gambling'], scope: 'text', phrases: ['geschiedenis', 'geschiedenisles', 'bij geschiedenis', 'werkstuk', 'een werkstuk over', 'spreekbeurt', 'een spreekbeurt over', 'huiswerk', 'opstel', 'betoog', 'profielwerkstuk', 'presentatie over', 'tweede wereldoorlog', 'de tweede wereldoorlog', 'eerste wereldoorlog', 'wereldoorlog', 'de oorlog van 40 45', 'de holocaust les', 'anne frank', 'het achterhuis', 'verzet', 'het verzet', 'biologie', 'bio', 'scheikunde', 'levensbeschouwing', 'maatschappijleer', 'definitie', 'wat is een', 'wat betekent', 'wat is de betekenis', 'betekenis', 'statistieken', 'preventie', 'voorlichting', 'campagne tegen', 'tegen racisme', 'hoe kan ik helpen', 'hoe help ik', 'een vriend helpen', 'een vriendin helpen', 'zorgen om', 'ik maak me zorgen om', 'ik maak me zorgen over', '113', '0800 0113', 'kindertelefoon', 'de kindertelefoon', 'awel', 'zelfmoordlijn', '1813', 'vertrouwenspersoon', 'mentor gesproken', 'in het nieuws', 'het nieuws', 'jeugdjournaal', 'nos journaal', 'het journaal', 'krantenartikel', 'artikel', 'volgens de politie', 'rechtszaak', 'veroordeeld', 'documentaire', 'docu', 'de film', 'in de film', 'een film', 'de serie', 'in de serie', 'het boek', 'in het boek', 'de roman', 'het liedje', 'het nummer', 'songtekst', 'de rapper', 'drill nummer', 'manga', 'anime', 'minecraft', 'fortnite', 'roblox', 'gta', 'valorant', 'call of duty', 'warzone', 'counter strike', 'brawl stars', 'clash royale', 'among us', 'weerwolven', 'rollenspel', 'cluedo', 'koken', 'kookles', 'techniek', 'houtbewerking', 'picknick', 'bakken', 'recept', 'fruit snijden', 'groente snijden', 'risico’s', 'risicos', 'gevaren', 'bijwerkingen', 'is het legaal', 'is dat legaal', 'de wet', 'strafbaar'] },
  ],
};

/** "ij" is often typed "y" in chat ("zyn", "mezelf snyden"); add that spelling to every phrase. */
function ySpellings(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    out.add(p);
    if (p.includes('ij')) out.add(p.replace(/ij/g, 'y'));
  }
  return [...out];
}

/**
 * Everyday wordings added in a second pass (frames, not sentences): hoarded pills and a farewell
 * note, "waarom leef ik nog", fasting × "te dik"; a picture request × secrecy or gifts, an adult
 * age × "maakt niet uit", sextortion; split threats ("ik steek hem neer", "ik maak je dood");
 * "zijn de schuld van alles"; a group chat made to laugh at someone. Concept names `h6…` are new;
 * other names add words to the pack's own concepts.
 */
const more: PackPart = {
  concepts: {
    fedgoal: ['te dik', 'nog steeds te dik', 'zo dik', 'dikzak', 'mager', 'magerder', 'dunne benen', 'thigh gap'],
    fedmethod: ['niks gegeten', 'niets gegeten', 'niet gegeten', 'tips tegen honger', 'honger negeren', 'honger onderdrukken', 'alleen thee', 'nul calorieën', 'geen calorieën'],
    bullyact: ['om mij uit te lachen', 'om me uit te lachen', 'lachen mij uit', 'sturen foto’s van mij', "sturen foto's van mij", 'sturen fotos van mij', 'maken memes van mij', 'maken grappen over mij', 'doen alsof ik niet besta', 'uit de groep gegooid', 'uit de app gegooid'],
    bullyactor: ['ze hebben', 'iedereen doet mee', 'de hele groep', 'mijn klasgenoten'],
    fwithoutme: ['als ik er niet was', 'als ik er niet meer ben', 'als ik er niet meer was', 'als ik dood ben', 'als ik dood was', 'zonder mij'],
    hateclaim: ['zijn de schuld van alles', 'zijn overal de schuld van', 'verpesten ons land', 'maken ons land kapot', 'zijn geen mensen', 'moeten allemaal weg', 'rot op naar je eigen land'],
    buy: ['verkoopt', 'wie verkoopt', 'verkopen', 'wie heeft', 'heeft iemand', 'dealt', 'ticken'],
    minor: ['ben ' + YOUNG, 'ben pas ' + YOUNG, 'ik ben pas ' + YOUNG],
    school: ['naar school toe', 'bij school', 'voor school', 'na school'],
    feeling: ['niemand heeft me nodig', 'niemand heeft mij nodig', 'ik ben zo waardeloos', 'ik ben waardeloos', 'ik ben niks waard', 'ik sta iedereen in de weg'],
    fviolentcall: ['vergast worden', 'moeten vergast worden', 'vergassen'],
    fideology: ['zigeuners', 'die zigeuners'],
    h6parentgun: ['het pistool van mijn vader', 'het wapen van mijn vader', 'mijn vaders pistool', 'het pistool van mijn pa', 'het wapen van mijn oom', 'het pistool van mijn oom'],
    h6again: ['weer', 'opnieuw', 'expres', 'dieper', 'elke dag', 'vaker', 'alweer'],
    h6nlcut: ['gesneden', 'gekrast', 'snijden', 'sneed', 'kerven', 'gekerfd'],
    h6older: ['veel ouder', 'hij is ouder', 'een volwassen man', 'een volwassene', 'een man van ' + ADULT, 'een gast van ' + ADULT, 'hij is ' + ADULT],
    h6meethim: ['naar zijn huis', 'bij hem thuis', 'in zijn auto', 'alleen naar', 'alleen komen', 'mij ophalen', 'me ophalen', 'bij hem slapen', 'afspreken'],
    h6undress: ['uitkleed', 'uitkleden', 'uit te kleden', 'naakt', 'bloot', 'zonder kleren', 'topless'],
    h6camcash: ['cam', 'camera', 'webcam', 'videobellen', 'geeft me geld', 'geld als', 'me geld als', 'betaalt me', 'me betalen', 'robux'],
    h6fight: ['vecht voor', 'vechten voor', 'sterven voor', 'sterft voor'],
    h6truebel: ['de echte moslims', 'de ware moslims', 'de ware islam', 'de oemma', 'het kalifaat', 'het witte ras', 'ons volk'],
    h6wantdo: ['ik wil', 'ik ga', 'ik zal', 'ik plan'],
    h6attacknoun: ['een aanslag', 'zo een aanslag', 'zo’n aanslag', "zo'n aanslag", 'zon aanslag', 'een schietpartij', 'een bloedbad'],
    h6hoard: ['gespaard', 'verzameld', 'opgespaard', 'verstopt', 'gehamsterd'],
    h6endsoon: ['alles is klaar', 'alles is geregeld', 'alles is voorbereid', 'vanavond is het voorbij', 'dan is het voorbij', 'dan is alles voorbij', 'dan ben ik ervan af', 'het is zover', 'ik heb alles gepland'],
    h6note: ['een brief achtergelaten', 'brief achtergelaten', 'afscheidsbrief', 'afscheidsbericht', 'mijn spullen weggegeven', 'spullen weggegeven', 'mijn testament'],
    h6picreq: ['stuur een foto', 'stuur ff een foto', 'stuur ff een pic', 'stuur een pic', 'stuur me een foto', 'stuur mij een foto', 'een foto van je', 'een foto van jou', 'foto’s van je', "foto's van je", 'fotos van je', 'een filmpje van je', 'zet je camera aan', 'doe je camera aan', 'cam aan', 'in je ondergoed', 'in je bh', 'in bikini', 'in je bed', 'zonder shirt', 'zonder kleren'],
    h6hush: ['niet aan je ouders vertellen', 'niet tegen je ouders zeggen', 'zeg niks', 'zeg niets', 'vertel niemand', 'tegen niemand zeggen', 'aan niemand vertellen', 'onder ons', 'blijft onder ons', 'ons geheimpje', 'ons geheim', 'verwijder het daarna', 'verwijder daarna', 'daarna verwijderen', 'wis het daarna', 'als je ouders slapen', 'als iedereen slaapt'],
    h6gift: ['ik koop', 'ik geef je geld', 'ik stuur je geld', 'geeft me geld', 'robux', 'v-bucks', 'vbucks', 'beltegoed', 'een cadeaukaart', 'paysafecard', 'krijg je', 'dan krijg je'],
    h6askage: ['hoe oud ben je', 'hoe oud ben jij', 'hoe oud ben je eigenlijk'],
    h6selfadult: ['ik ben ' + ADULT, 'ben ' + ADULT + ' jaar', 'ik ben al ' + ADULT],
    h6agedismiss: ['maakt niet uit', 'maakt toch niet uit', 'boeit niet', 'boeit toch niet', 'is toch niet erg', 'leeftijd is maar een getal', 'maar een getal', 'vind je dat erg', 'stoort dat'],
    h6nudes: ['naaktfoto’s', "naaktfoto's", 'naaktfotos', 'naaktfoto', 'nudes', 'naaktfilmpje', 'intieme foto’s', "intieme foto's", 'intieme fotos'],
    h6extort: ['wil geld', 'wil {50|100|200|300|500} euro', 'anders stuurt hij', 'anders stuurt ze', 'anders zet hij', 'stuurt ze naar', 'stuurt hij ze', 'naar mijn school', 'naar mijn ouders', 'online zetten', 'op internet zetten', 'chanteert me', 'chanteert mij', 'afpersen', 'perst me af'],
    h6stabme: ['ik steek', 'ik schiet', 'ik sla', 'ik knal', 'ik trap', 'wij steken', 'we steken', 'steek ik', 'schiet ik', 'knal ik', 'steken we'],
    h6victim: ['hem', 'haar', 'je', 'jou', 'jullie', 'die gast', 'die jongen', 'die meid'],
    h6down: ['neer', 'overhoop', 'lek', 'in elkaar', 'dood'],
    h6fat: ['te dik', 'veel te dik', 'zo dik', 'nog steeds dik', 'een dikzak', 'walvis'],
    h6groupchat: ['klassenapp', 'de klassenapp', 'klassengroep', 'de groepsapp', 'gezet', 'gepost', 'groepsapp', 'een groep', 'een groepschat', 'een appgroep', 'een nepaccount', 'een nep account', 'een account'],
    h6mockme: ['om me te vernederen', 'om mij te vernederen', 'om me af te kraken', 'een gênant filmpje van mij', 'om mij uit te lachen', 'om me uit te lachen', 'om mij te pesten', 'om me te pesten', 'om mij belachelijk te maken', 'om me belachelijk te maken', 'om over mij te roddelen', 'foto’s van mij met', "foto's van mij met", 'fotos van mij met'],
    h6attackref: ['de aanslag', 'die aanslag', 'de aanslagen', 'christchurch', '9/11', 'de schutter', 'de dader', 'de terroristen'],
    h6deserved: ['verdiend', 'hebben het verdiend', 'eigen schuld', 'terecht', 'een held', 'mijn held', 'een voorbeeld', 'meer van dat', 'moet vaker gebeuren'],
  },
  terms: [
    { id: 'sleep-never-wake', category: 'suicide-self-harm', severity: 4, phrases: ['{ik wil|wil} {slapen|inslapen|gaan slapen} en {nooit meer|niet meer} wakker worden', 'nooit meer wakker worden'] },
    { id: 'harm-self-fear', category: 'suicide-self-harm', severity: 4, phrases: ['dat ik mezelf iets aandoe', 'ik doe mezelf iets aan', 'mezelf iets aan te doen', 'bang dat ik mezelf iets aandoe'] },
    { id: 'secret-about-us', category: 'grooming-cse', severity: 4, phrases: ['{niks|niets} over ons {mag|mogen} {zeggen|vertellen}', '{niemand|niemand iets} over ons {vertellen|zeggen}', 'niet over ons {praten|vertellen}', 'niemand mag weten dat we {appen|praten|chatten}'] },
    { id: 'threat-to-share', category: 'grooming-cse', severity: 4, phrases: ['dreigt {ze|mijn foto’s|mijn fotos|het filmpje|mijn filmpje} {naar iedereen te sturen|online te zetten|te verspreiden|rond te sturen|te posten}', 'dreigt ze naar iedereen te sturen'] },
    { id: 'why-live', category: 'suicide-self-harm', severity: 4, phrases: ['waarom {leef ik|besta ik} {eigenlijk|nog|eigenlijk nog|}', 'ik ben het leven {zo|echt|zwaar|} {moe|zat|beu}', 'ik ben moe van het leven', 'levensmoe', 'ik heb geen reden meer om te leven', 'ik wil er niet meer zijn', 'ik wil niet meer wakker worden', 'ik wil voor altijd slapen', 'ik wil gewoon verdwijnen', 'ik trek het niet meer', 'ik kan het niet meer aan'] },
    { id: 'threat-dead', category: 'weapons-violence', severity: 4, phrases: ['ik maak {je|jou|hem|haar|jullie} dood', 'ik maak {je|jou|hem|haar} af', 'je bent dood {na school|morgen|straks}', '{na school|morgen|straks} ben je dood', 'je gaat eraan', 'jij gaat eraan', 'ik pak je na school', 'ik pak je morgen'] },
  ],
  rules: [
    { id: 'plan-and-note', category: 'suicide-self-harm', severity: 5, all: ['@h6endsoon', '@h6note', '@h6hoard', '@fmeans', '@farewell'], atLeast: 2, window: 20 },
    { id: 'hoard-pills', category: 'suicide-self-harm', severity: 4, all: ['@pills', '@h6hoard'], window: 5 },
    { id: 'bring-parent-gun', category: 'weapons-violence', severity: 4, all: ['@bring', '@h6parentgun'], window: 8 },
    { id: 'cut-again', category: 'suicide-self-harm', severity: 4, all: ['mezelf', '@h6nlcut', '@h6again'], window: 6 },
    { id: 'older-meet', category: 'grooming-cse', severity: 4, all: ['@h6older', '@h6meethim'], window: 14 },
    { id: 'undress-cam-cash', category: 'grooming-cse', severity: 5, all: ['@h6undress', '@h6camcash'], window: 12 },
    { id: 'fight-for-cause', category: 'extremism', severity: 4, all: ['@h6fight', '@h6truebel'], window: 6, ordered: true },
    { id: 'want-attack', category: 'weapons-violence', severity: 5, all: ['@h6wantdo', '@h6attacknoun'], window: 6, ordered: true },
    { id: 'pics-secret', category: 'grooming-cse', severity: 4, all: ['@h6picreq', '@h6hush'], window: 16 },
    { id: 'pics-for-gifts', category: 'grooming-cse', severity: 4, all: ['@h6gift', '@h6picreq'], window: 14 },
    { id: 'adult-age-egal', category: 'grooming-cse', severity: 4, all: ['@h6askage', '@h6selfadult', '@h6agedismiss'], window: 14 },
    { id: 'sextortion', category: 'grooming-cse', severity: 5, all: ['@h6nudes', '@h6extort'], window: 14 },
    { id: 'stab-down-split', category: 'weapons-violence', severity: 4, all: ['@h6stabme', '@h6victim', '@h6down'], window: 5, ordered: true },
    { id: 'starve-still-fat', category: 'suicide-self-harm', severity: 4, all: ['@fedmethod', '@h6fat'], window: 14 },
    { id: 'group-to-mock', category: 'bullying-abuse', severity: 3, all: ['@h6groupchat', '@h6mockme'], window: 10 },
    { id: 'attack-deserved', category: 'extremism', severity: 4, all: ['@h6attackref', '@h6deserved'], window: 8 },
  ],
  senses: [
    { id: 'everyday-more', categories: 'all', scope: 'overlap', phrases: ['ik ga dood van {het lachen|de honger|de hitte|verveling|de stress}', 'ik lig dood', 'dood moe', 'doodmoe', 'doodvervelen', 'ik schiet {de bal|hem} {in|erin|raak}', 'ik sla hem over', 'ik sla je over', 'ik sla hem op', 'ik sla dat op', 'ik schiet in de lach', 'ik sla hem kapot met fifa', 'kapot lachen', 'ik lach me kapot', 'mijn moeder maakt me dood', 'mijn moeder vermoordt me'] },
  ],
};

/**
 * Frames from dev8's blind texts (general gaps, not sentences): "ik trek het (echt) niet meer",
 * a farewell to mum and dad that clears them of blame; "weer aan het snijden", arms "vol" and
 * long sleeves to hide; taking a knife "mee" with the verb split from its particle ("neem ik een
 * mes mee"); gifts and then something owed back; a cover story told to parents; a group × "ziek
 * volk" or locking them up (hate); a group × a call to "clean the neighbourhood" ourselves.
 * Innocent: "ik vermoord je" over a bike left at school or eaten fries (banter with a trivial
 * cause), news reports of a stabbing (police appeal for witnesses). Concept names `d8…` are new.
 */
const d8: PackPart = {
  concepts: {
    feeling: ['ik trek het {echt|gewoon|echt gewoon|gewoon echt} niet meer', 'ik trek dit niet meer', 'ik hou het {echt|gewoon} niet meer vol'],
    farewell: ['sorry mam', 'sorry mama', 'sorry pap', 'sorry papa', 'sorry mam en pap', 'het ligt niet aan jullie', 'het is niet jullie schuld', 'niemand hoeft me te zoeken', 'zoek me niet'],
    cut: ['aan het snijden', 'weer aan het snijden', 'ben weer aan het krassen', 'aan het krassen', '{mijn|mn|m’n} armen zitten vol'],
    hide: ['lange mouwen', 'met lange mouwen', 'altijd lange mouwen'],
    bring: ['neem ik', 'ik neem een', 'neem ik een', 'neem ik mijn', 'neem ik mn'],
    secret: ['mijn ouders denken dat ik', 'mn ouders denken dat ik', 'mijn ouders denken ik', 'mijn moeder denkt dat ik', 'mn moeder denkt dat ik', 'mijn ouders weten er niks van', 'mijn ouders weten niks'],
    fmeet: ['hij haalt me op', 'haalt me op', 'komt me ophalen', 'hij komt me halen'],
    fnight: ['om {22|23|24|0|1|2|3} uur', 'om middernacht'],
    flatter: ['anders dan de anderen', 'volwassener dan de anderen'],
    group: ['homo’s', 'homos', 'homoos', 'vieze homo’s', 'lesbo’s', 'lesbos', 'transen', 'flikkers'],
    hateclaim: ['ziek volk', 'vies volk', 'zijn ziek', 'horen niet op tv', 'horen hier niet', 'horen niet in nederland', 'moeten opgesloten worden', 'moeten opsluiten', 'allemaal opsluiten', 'moeten ze opsluiten', 'zijn een ziekte', 'overspoelen ons', 'een invasie'],
    d8vigilante: ['de wijk schoonvegen', 'de wijk opschonen', 'de straat schoonvegen', 'nederland schoonvegen', 'we moeten ons organiseren', 'moeten ons organiseren', 'zelf het recht in handen', 'eigen rechter spelen', 'jacht op', 'burgerwacht'],
    d8gift: ['koopt {steeds|altijd|alles|van alles|nieuwe|dure} ', 'koopt nieuwe kleren', 'koopt kleren voor me', 'koopt dingen voor me', 'heeft me gekocht', 'geeft me geld', 'een iphone', 'nieuwe kleren', 'dure dingen', 'dure spullen'],
    d8owe: ['iets terug moet doen', 'iets terug doen', 'wat terug doen', 'iets terugdoen', 'wat terugdoen', 'ben hem iets schuldig', 'ben hem wat schuldig', 'iets voor terug', 'als tegenprestatie'],
    d8killyou: ['ik vermoord je', 'ik vermoord jou', 'ik maak je af', 'ik maak je dood', 'ik sla je dood', 'ik ga je vermoorden', 'ik kill je'],
    d8petty: ['je fiets', 'laten staan', 'laten liggen', 'weer vergeten', 'alweer vergeten', 'ben je vergeten', 'mijn patat', 'mijn friet', 'mijn frietjes', 'mijn chips', 'opgegeten', 'mijn oplader', 'gespoild', 'gespoilerd', 'spoiler', 'de sleutels', 'je sleutels', 'weer te laat', 'mijn plek'],
  },
  terms: [
    { id: 'cut-arms-full', category: 'suicide-self-harm', severity: 4, phrases: ['{mijn|mn|m’n} armen zitten vol {sneden|littekens|krassen|sneetjes|wondjes}', '{ben|ik ben|was|ik was} {weer|alweer|opnieuw} aan het {snijden|krassen}'] },
  ],
  rules: [
    { id: 'vigilante-call', category: 'extremism', severity: 4, all: ['@group', '@d8vigilante'], window: 24 },
    { id: 'gifts-then-owe', category: 'grooming-cse', severity: 4, all: ['@d8gift', '@d8owe'], window: 16 },
  ],
  senses: [
    { id: 'petty-threat', categories: ['weapons-violence', 'bullying-abuse'], scope: 'overlap', phrases: [], all: ['@d8killyou', '@d8petty'], window: 16 },
    { id: 'news-appeal', categories: ['weapons-violence', 'drugs'], scope: 'text', phrases: ['de politie zoekt getuigen', 'politie zoekt getuigen', 'getuigen gezocht', 'getuigenoproep', 'is aangehouden', 'zijn aangehouden', 'verdachte aangehouden', 'gewond naar het ziekenhuis', 'naar het ziekenhuis gebracht', 'vraagt om camerabeelden', 'de politie onderzoekt'] },
  ],
};

const full = extendPack(extendPack(raw, more), d8);

export const nl: LanguagePack = {
  ...full,
  concepts: Object.fromEntries(Object.entries(full.concepts).map(([name, phrases]) => [name, ySpellings(phrases)])),
  terms: full.terms.map((t) => ({ ...t, phrases: ySpellings(t.phrases) })),
  senses: full.senses.map((s) => ({ ...s, phrases: ySpellings(s.phrases) })),
};
