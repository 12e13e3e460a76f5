/**
 * Swedish pack (`sv.ts`): risky texts must alert in their category; innocent texts with alarming
 * words (idioms, cooking, sport, games, history, news, help-seeking) must not. Sentences were
 * written independently of the pack's phrase lists, with and without å/ä/ö, as teenagers write.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Swedish: risky texts alert', () => {
  expectAlerts('sv', [
    ['jag vill dö fr orkar inte mer', 5, 'suicide-self-harm'],
    ['ja vill bara do asså', 5, 'suicide-self-harm'],
    ['tänker ta livet av mej ikväll', 5, 'suicide-self-harm'],
    ['hur manga alvedon behöver man ta för att dö', 5, 'suicide-self-harm'],
    ['jag vill inte leva längre ingen bryr sig', 5, 'suicide-self-harm'],
    ['vad är det smärtfriaste sättet att ta livet av sig', 5, 'suicide-self-harm'],
    ['ska hoppa från bron efter skolan', 5, 'suicide-self-harm'],
    ['alla skulle ha det bättre utan mig', 4, 'suicide-self-harm'],
    ['ingen skulle ens märka om jag försvann', 4, 'suicide-self-harm'],
    ['jag har skurit mig på armen igen', 4, 'suicide-self-harm'],
    ['hur döljer man ärren på handlederna för mamma', 4, 'suicide-self-harm'],
    ['vill gå ner 5 kilo och har slutat äta helt', 4, 'suicide-self-harm'],
    ['förlåt för allt. när ni läser detta är jag borta, ikväll gör jag det', 4, 'suicide-self-harm'],
    ['säg inget till dina föräldrar om oss okej', 4, 'grooming-cse'],
    ['du är så mogen för din ålder, skicka en bild på dig', 4, 'grooming-cse'],
    ['skicka nudes nu', 5, 'grooming-cse'],
    ['om du inte swishar 500 kr så skickar jag bilderna till alla i din skola', 5, 'grooming-cse'],
    ['en gubbe från roblox vill ha bilder och ger mig robux', 4, 'grooming-cse'],
    ['han är 24 och jag är 13', 4, 'grooming-cse'],
    ['är du ensam hemma nu?', 4, 'grooming-cse'],
    ['alla i klassen hatar dig, ingen vill vara med dig', 3, 'bullying-abuse'],
    ['gå och ta livet av dig din äckliga fitta', 4, 'bullying-abuse'],
    ['du är så jävla ful', 3, 'bullying-abuse'],
    ['pappa slår mig när han har druckit', 4, 'bullying-abuse'],
    ['dom i nian mobbar mig varje dag', 3, 'bullying-abuse'],
    ['hell seger, gå med i nordiska motståndsrörelsen', 4, 'extremism'],
    ['breivik är min hjälte', 4, 'extremism'],
    ['jag vill åka till syrien och strida för kalifatet', 4, 'extremism'],
    ['judarna styr världen och borde utrotas', 4, 'extremism'],
    ['jävla blattar åk hem', 3, 'hate-discrimination'],
    ['invandrare är parasiter som förstör sverige', 3, 'hate-discrimination'],
    ['var kan man köpa braj i stockholm', 3, 'drugs'],
    ['rökte på igår och tog lite tjack', 3, 'drugs'],
    ['tar med kniven till skolan imorgon', 5, 'weapons-violence'],
    ['jag ska döda dig efter skolan, jag svär', 4, 'weapons-violence'],
    ['hur gör man en rörbomb hemma', 5, 'weapons-violence'],
    ['var får man tag på en puffra', 4, 'weapons-violence'],
    ['kom inte till skolan imorgon', 4, 'weapons-violence'],
    ['jag har förlorat alla mina pengar på betting och är bara 15', 3, 'gambling'],
    ['bettar med pappas bankid varje helg', 3, 'gambling'],
    ['kolla gratis porr här', 3, 'sexual'],
    ['vill knulla dig', 3, 'sexual'],
  ]);
});

describe('Swedish: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('sv', [
    'jag dog av skratt haha',
    'mamma kommer döda mig när hon ser betyget',
    'dör av värmen i klassrummet',
    'vi sköt upp provet till nästa vecka',
    'han sköt i stolpen i sista minuten',
    'skär löken med den vassa kniven',
    'skar mig i fingret när jag lagade mat',
    'vi ska ha slöjd och tälja med kniv',
    'min syster är gift med en dansk',
    'råttgift i källaren',
    'den låten är bomben',
    'köpte en badbomb till mamma',
    'i call of duty sköt jag hela laget',
    'vi läser om andra världskriget och förintelsen i historia',
    'enligt aftonbladet knivhöggs en man i natt',
    'hur hjälper man en vän som pratar om självmord',
    'läkaren sa att jag ska ta två alvedon om dagen',
    'säg inget till mamma om överraskningen på hennes födelsedag',
    'jag ska döda dig om du äter mina chips',
    'jag slår vad om att du inte vågar',
    'klippa gräset idag',
    'ska ta en coca cola',
    'pappa ska på älgjakt med geväret i helgen',
    'vill inte dö i den där filmen',
    'jag vill inte ta livet av mig, jag vill bara må bättre',
    'det var dödsbra',
    'döda tiden med netflix',
    'spelet är så svårt, bossen dödar mig hela tiden',
    'vi skjutsar dig till träningen',
    'vår hemlis är att vi ska överraska läraren',
    'jag vill gå ner till stan ikväll',
    'jag är så trött idag',
    'vi har prov i samhällskunskap om extremism',
    'kan någon hjälpa mig med läxan',
    'slå ihjäl tiden innan bussen kommer',
    'min farfar var jägare',
    'killen i serien tog livet av sig, så sorgligt avsnitt',
    'mördade provet idag',
    'spelar poker med familjen på julafton',
    'hon skojar bara haha',
    'bästa kockkniven för nybörjare',
  ]);
});

// Gaps found on a development set's tune half (wordings written here, not copied from it):
// vomiting verbs, reported sextortion ("om jag inte"), "he said that if I tell", borrowed
// weapons, fake accounts, V2 threats ("så sticker jag ner honom"), abuse when drinking.
describe('Swedish: wider wordings', () => {
  expectAlerts('sv', [
    ['nån som har tips på hur man kan kräkas i smyg efter middagen', 4, 'suicide-self-harm'],
    ['vill se revbenen igen, har börjat kräks efter varje mål', 4, 'suicide-self-harm'],
    ['en kille hotar att sprida mina nudes om jag inte swishar honom', 5, 'grooming-cse'],
    ['om jag inte betalar skickar de bilderna till min klass', 5, 'grooming-cse'],
    ['hon sa att om jag berättar för nån så blir det värre', 4, 'grooming-cse'],
    ['du e så mogen för en 12-åring, kom hem till mig efter skolan, din mamma behöver inte veta', 4, 'grooming-cse'],
    ['har snott farsans gevär, imorn får ni se', 4, 'weapons-violence'],
    ['om ni vill leva så stannar ni hemma på fredag', 4, 'weapons-violence'],
    ['om han snackar skit igen så sticker jag ner honom efter skolan', 4, 'weapons-violence'],
    ['dom i klassen har gjort ett fejkkonto och lägger upp bilder på mig', 3, 'bullying-abuse'],
    ['mammas pojkvän kastar saker på mig hela tiden', 4, 'bullying-abuse'],
    ['hur många tabletter behövs för att inte vakna igen', 5, 'suicide-self-harm'],
    ['hur högt måste man hoppa för att dö direkt', 5, 'suicide-self-harm'],
    ['ingen hade saknat mig ändå', 4, 'suicide-self-harm'],
    ['jag förstår varför han gjorde det, breivik alltså', 4, 'extremism'],
  ]);
  expectNoAlerts('sv', [
    'det slog mig att mamma aldrig har sett den filmen',
    'kräks hela natten, magsjukan suger',
    'hur högt kan en katt hoppa egentligen',
    'har lånat pappas jaktgevär till älgjakt i helgen',
    'om jag inte glömmer lägger jag ut bilderna från resan imorgon',
  ]);
});

// Gaps found on dev8's tune half (wordings written here, not copied from it): very low calorie
// counts with a weight goal, a gift for a picture, minors recruited for "jobs", meetings the
// child must hide, calls to strike back at a group, a death threat reported by the victim.
describe('Swedish: dev8 wordings', () => {
  expectAlerts('sv', [
    ['äter bara 250 kalorier om dan och måste ner 4 kilo innan sommaren', 4, 'suicide-self-harm'],
    ['jag swishar dig 300 om du skickar en bild på dig i duschen', 4, 'grooming-cse'],
    ['hej snygging, 13 är inte för ungt för mig, lägg till mig på snap så vi kan prata privat', 4, 'grooming-cse'],
    ['vi söker killar som vill tjäna snabba pengar, inga frågor, under 18 funkar', 4, 'grooming-cse'],
    ['han ska hämta mig efter skolan men jag får inte berätta det för mamma', 4, 'grooming-cse'],
    ['tiden för prat är över, nu ska vi slå tillbaka mot invandrarna', 4, 'extremism'],
    ['han hotade att knivhugga mig om jag kommer till skolan imorgon', 4, 'bullying-abuse'],
    ['tabletterna ligger redo, ikväll är det slut, leta inte efter mig', 4, 'suicide-self-harm'],
    ['min kompis har självmordstankar och jag vet inte vad jag ska säga', 3, 'suicide-self-harm'],
    ['klarade inte provet igen, jag vill bara dö', 5, 'suicide-self-harm'],
  ]);
  expectNoAlerts('sv', [
    'vi söker unga till sommarjobb i caféet, bra betalt, skicka ett cv',
    'en banan har ungefär 100 kalorier och ett ägg 70',
    'mamma sa att hon ska döda mig om jag kommer hem sent igen',
    'polisen: en man i 30-årsåldern greps efter knivbråket i centrum',
    'hur hjälper man en vän som har självmordstankar?',
    'vi har prov om narkotika och alkohol på fredag',
  ]);
});
