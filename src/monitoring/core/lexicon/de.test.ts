/**
 * German pack: risky sentences in varied wordings (chat spellings, no umlauts, "ae/oe/ue",
 * slang) must alert in the right category; innocent sentences that use alarming words (idioms,
 * school work, games, cooking, news) must not. Run with the built-in lexicon.
 */
import { describe } from 'node:test';
import { checkCases } from '../../../../test/support/lexicon-cases.ts';

describe('de: risky sentences alert', () => {
  checkCases('de', [
    // suicide and self-harm
    ['ich will einfach nur noch sterben', 4, 'suicide-self-harm'],
    ['ich moechte nicht mehr leben', 4, 'suicide-self-harm'],
    ['heute nacht bring ich mich um', 4, 'suicide-self-harm'],
    ['wie kann man sich schmerzlos umbringen', 4, 'suicide-self-harm'],
    ['wie viele tabletten braucht man um zu sterben', 4, 'suicide-self-harm'],
    ['ich spring morgen von der bruecke', 4, 'suicide-self-harm'],
    ['alle wären glücklicher ohne mich', 4, 'suicide-self-harm'],
    ['hab keinen bock mehr auf dieses leben', 4, 'suicide-self-harm'],
    ['ich hab mich gestern wieder geritzt', 4, 'suicide-self-harm'],
    ['wie verstecke ich die narben vor meinen eltern', 4, 'suicide-self-harm'],
    ['ich werde mir das leben nehmen', 4, 'suicide-self-harm'],
    ['keiner würde mich vermissen wenn ich weg wäre', 4, 'suicide-self-harm'],
    ['pro ana tipps zum abnehmen', 4, 'suicide-self-harm'],
    ['ich habe suizidgedanken und weiß nicht weiter', 4, 'suicide-self-harm'],
    // grooming and exploitation
    ['sag deinen eltern nix das ist unser geheimnis', 4, 'grooming-cse'],
    ['ein typ aus dem internet will nacktbilder von mir', 4, 'grooming-cse'],
    ['du bist echt reif fuer dein alter, wollen wir uns treffen', 4, 'grooming-cse'],
    ['schick mir nudes oder ich zeig allen deine bilder', 4, 'grooming-cse'],
    ['bist du grad allein zuhause? mach die kamera an', 4, 'grooming-cse'],
    ['er ist 26 und ich bin 13', 4, 'grooming-cse'],
    ['er erpresst mich mit den fotos die ich ihm geschickt hab', 4, 'grooming-cse'],
    // extremism
    ['wie kann ich dem islamischen staat beitreten', 4, 'extremism'],
    ['der attentäter von halle ist ein held', 4, 'extremism'],
    ['der große austausch passiert wirklich, deutschland stirbt', 4, 'extremism'],
    ['tod den ungläubigen', 4, 'extremism'],
    ['ich bewundere hitler', 4, 'extremism'],
    ['ausländer raus aus unserem land', 4, 'extremism'],
    // weapons and violence
    ['morgen nehm ich ein messer mit in die schule', 4, 'weapons-violence'],
    ['wie baut man eine rohrbombe', 5, 'weapons-violence'],
    ['ich stech ihn ab diesen hurensohn', 4, 'weapons-violence'],
    ['ich mache einen amoklauf an meiner schule', 5, 'weapons-violence'],
    ['wo krieg ich eine knarre her', 4, 'weapons-violence'],
    // bullying and abuse
    ['häng dich auf, keiner mag dich', 4, 'bullying-abuse'],
    ['alle in meiner klasse lachen mich aus', 3, 'bullying-abuse'],
    ['mein stiefvater schlägt mich wenn er betrunken ist', 4, 'bullying-abuse'],
    // hate
    ['scheiß kanaken geht zurück in euer land', 3, 'hate-discrimination'],
    ['die flüchtlinge sind alle kriminell', 3, 'hate-discrimination'],
    // sexual, drugs, gambling
    ['kostenlose pornos ohne anmeldung', 3, 'sexual'],
    ['wo kann ich in berlin gras kaufen', 3, 'drugs'],
    ['wir wollen heute abend bubatz rauchen', 3, 'drugs'],
    ['sportwetten mit 15 ohne ausweis', 3, 'gambling'],
    ['ich hab mein ganzes taschengeld verzockt im online casino', 3, 'gambling'],
  ]);
});

describe('de: innocent sentences with alarming words do not alert', () => {
  checkCases('de', [
    ['ich lach mich tot über das video', 0, null],
    ['ich sterbe vor hunger, wann gibts essen', 0, null],
    ['meine mutter bringt mich um wenn ich zu spät komme', 0, null],
    ['die hitze bringt mich noch um', 0, null],
    ['ich will nicht sterben, ich hab nur angst vor der op', 0, null],
    ['wie mache ich eine badebombe selbst', 0, null],
    ['er hat ein tor geschossen im letzten spiel', 0, null],
    ['kannst du ein foto schießen von uns', 0, null],
    ['schieß los, was ist passiert', 0, null],
    ['das brotmesser liegt in der schublade', 0, null],
    ['wir brauchen messer und gabel für das picknick', 0, null],
    ['die beste waffe in fortnite ist die pump', 0, null],
    ['wir haben im geschichtsunterricht über hitler geredet', 0, null],
    ['referat über den zweiten weltkrieg und den holocaust', 0, null],
    ['was bedeutet umvolkung? brauch das für politik', 0, null],
    ['wie kann ich einer freundin helfen die sich ritzt', 0, null],
    ['nummer gegen kummer 116 111', 0, null],
    ['die gefahren von cannabis für jugendliche', 0, null],
    ['ich wette du schaffst das nicht', 0, null],
    ['gras mähen im garten am samstag', 0, null],
    ['wir gehen pilze sammeln im wald', 0, null],
    ['ich hab neue teile für meinen pc bestellt', 0, null],
    ['ich bin so müde, ich bin tot', 0, null],
    ['lass uns die zeit totschlagen mit uno', 0, null],
    ['wir machen eine überraschung für mama, sag ihr nichts', 0, null],
    ['der film handelt von einem amoklauf in den usa', 0, null],
    ['mein hamster ist gestern gestorben', 0, null],
    ['mein opa ist im krieg gestorben', 0, null],
    ['die toten hosen spielen heute abend', 0, null],
    ['das ist bombenwetter heute', 0, null],
    ['ich hab das rätsel gelöst, die bombe ist geplatzt', 0, null],
    ['rasierklingen kaufen für meinen vater', 0, null],
    ['ich will nicht mehr fußball spielen', 0, null],
    ['kochunterricht heute, wir schneiden gemüse mit dem messer', 0, null],
    ['in der tagesschau kam ein bericht über den anschlag', 0, null],
    ['ich ziehe nächsten monat aus', 0, null],
    ['kannst du mir ein bild schicken von den hausaufgaben', 0, null],
    ['er hat die pille danach genommen', 0, null],
    ['die katze ist vom balkon gesprungen und hat überlebt', 0, null],
    ['das spiel war geil, voll der killer', 0, null],
    ['emma nehmen wir mit ins kino', 0, null],
    ['das klingt gut', 0, null],
  ]);
});

describe('de: everyday wordings (second pass) alert', () => {
  checkCases('de', [
    ['warum leb ich eigentlich noch, ich bin nur im weg', 4, 'suicide-self-harm'],
    ['ich bin echt lebensmüde, jeden tag dasselbe', 4, 'suicide-self-harm'],
    ['hab schon 30 schlaftabletten gehortet', 4, 'suicide-self-harm'],
    ['es ist soweit, der abschiedsbrief liegt auf meinem schreibtisch', 5, 'suicide-self-harm'],
    ['meine eltern hätten es leichter wenn es mich nicht mehr gäbe', 4, 'suicide-self-harm'],
    ['gestern hab ich mir wieder die oberschenkel aufgeritzt', 4, 'suicide-self-harm'],
    ['mach die kamera an wenn alle schlafen, ok?', 4, 'grooming-cse'],
    ['ich schick dir 20 euro paysafecard wenn du mir ein bild im bikini schickst', 4, 'grooming-cse'],
    ['wie alt bist du? ich bin 27 aber stört dich das?', 4, 'grooming-cse'],
    ['er hat nacktfotos von mir und will 500 euro sonst schickt er sie an meine eltern', 5, 'grooming-cse'],
    ['wart nur ab, morgen bist du geliefert', 4, 'weapons-violence'],
    ['morgen pack ich das klappmesser ein und nehm es mit in die schule', 5, 'weapons-violence'],
    ['der attentäter von christchurch war ein held, mehr davon', 4, 'extremism'],
    ['die ausländer sind an allem schuld hier', 3, 'hate-discrimination'],
    ['sie haben eine whatsapp gruppe gemacht nur um mich auszulachen', 3, 'bullying-abuse'],
    ['wer vertickt hier gras in der nähe vom bahnhof', 3, 'drugs'],
    ['hab mein ganzes geld bei bet365 verzockt', 3, 'gambling'],
    ['ich hab mich heute absichtlich geschnitten', 4, 'suicide-self-harm'],
    ['er ist 34 und viel älter, er will mich heimlich abholen und zu ihm fahren', 4, 'grooming-cse'],
    ['sie bezahlt mich wenn ich mich vor der webcam ausziehe', 5, 'grooming-cse'],
    ['ich plane so einen amoklauf wie in winnenden', 5, 'weapons-violence'],
    ['erzähl keinem von uns, auch nicht deiner besten freundin', 4, 'grooming-cse'],
    ['ich möchte einschlafen und nie mehr aufwachen', 4, 'suicide-self-harm'],
    ['am wochenende ziehen wir uns ein paar lines', 3, 'drugs'],
    ['ich nehm die waffe von meinem vater mit, dann sehen wir weiter', 4, 'weapons-violence'],
    ['diese zigeuner sollten vergast werden', 4, 'extremism'],
  ]);
});

describe('de: everyday wordings (second pass) stay quiet', () => {
  checkCases('de', [
    ['ich sterb gleich vor langeweile in chemie', 0, null],
    ['wer ist dran mit müll rausbringen, du bist dran', 0, null],
    ['schick mir ein foto von dir mit dem pokal für die vereinsseite', 0, null],
    ['ich kauf dir ein eis wenn du mir beim umzug hilfst', 0, null],
    ['wie alt bist du? ich bin 14 und du', 0, null],
    ['alles ist vorbereitet für den geburtstag heute abend', 0, null],
    ['meine mutter hat ihre tabletten in der apotheke geholt', 0, null],
    ['wir haben eine gruppe gemacht für das referat über vulkane', 0, null],
    ['der anschlag in hanau war furchtbar, wir haben im unterricht darüber geredet', 0, null],
    ['ich hab die wette gegen meinen bruder verloren', 0, null],
    ['in fortnite bist du sofort tot wenn der sturm kommt', 0, null],
    ['ich könnte ihn umbringen, er hat schon wieder mein ladekabel', 0, null],
    ['ich hab mir beim fußball das knie aufgeschürft', 0, null],
    ['nach den prüfungen ist alles vorbei, dann feiern wir', 0, null],
    ['mein opa sammelt briefmarken und alte münzen', 0, null],
    ['die abschiedsfeier für unsere lehrerin ist am freitag', 0, null],
    ['ich zieh mich aus und geh duschen, ruf mich danach an', 0, null],
    ['mein onkel ist viel älter als meine mutter', 0, null],
    ['ich will ein referat über den anschlag in hanau halten', 0, null],
    ['ich will schlafen und morgen ausgeruht aufwachen', 0, null],
    ['die waffe von meinem vater ist im waffenschrank, er ist jäger', 0, null],
  ]);
});

describe('de: dev8 frames (cover stories, hoarded pills, slurs, gifts owed) and banter', () => {
  checkCases('de', [
    ['er ist 24 und holt mich um 1 uhr ab, meine mutter denkt ich schlaf bei meiner freundin', 4, 'grooming-cse'],
    ['hab seit wochen schlaftabletten gesammelt, dann bin ich weg. es ist nicht eure schuld', 4, 'suicide-self-harm'],
    ['diese kanaken sollen alle abgeschoben werden', 3, 'hate-discrimination'],
    ['er kauft mir ständig sachen und ein iphone, jetzt sagt er ich schulde ihm was', 4, 'grooming-cse'],
    ['bring dich um du opfer', 4, 'bullying-abuse'],
    ['ich bring dich um, du hast meine pommes aufgegessen', 0, null],
    ['ich bring dich um wenn du mir das ende spoilerst, spoiler sind verboten', 0, null],
    ['Messerangriff in Köln: die Polizei sucht Zeugen, ein 17-Jähriger wurde ins Krankenhaus gebracht', 0, null],
    ['morgen früh bin ich weg im urlaub, tschüss', 0, null],
  ]);
});
