/**
 * Hungarian pack (`hu.ts`): risky texts must alert in their category; innocent texts with
 * alarming words (idioms, cooking, games, sport, history, news, help-seeking) must not. Sentences
 * were written independently of the pack's phrase lists, with and without accents.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Hungarian: risky texts alert', () => {
  expectAlerts('hu', [
    ['meg akarok halni, senki nem ert meg', 5, 'suicide-self-harm'],
    ['Már nem akarok élni, mindennek vége', 4, 'suicide-self-harm'],
    ['ma ejjel megolom magam', 5, 'suicide-self-harm'],
    ['úgy döntöttem hogy végzek magammal', 5, 'suicide-self-harm'],
    ['hogyan lehet fajdalommentesen ongyilkos lenni', 5, 'suicide-self-harm'],
    ['hány tabletta algopyrin kell hogy meghaljak', 5, 'suicide-self-harm'],
    ['holnap leugrok a hídról és vége', 5, 'suicide-self-harm'],
    ['mindenkinek jobb lenne nélkülem', 3, 'suicide-self-harm'],
    ['bárcsak meg se születtem volna', 3, 'suicide-self-harm'],
    ['megint falcoltam, most mélyebben', 4, 'suicide-self-harm'],
    ['hogyan tudnám eltakarni a hegeket hogy anyu ne lássa', 4, 'suicide-self-harm'],
    ['3 napja nem eszem semmit mert le akarok fogyni 5 kilót', 4, 'suicide-self-harm'],
    ['ne mondd el a szüleidnek, ez csak kettőnk titka', 4, 'grooming-cse'],
    ['hány éves vagy? küldj egy képet magadról és töröld a chatet', 4, 'grooming-cse'],
    ['küldj meztelen képet és veszek neked robuxot', 5, 'grooming-cse'],
    ['nagyon érett vagy a korodhoz képest, találkozzunk, gyere egyedül', 4, 'grooming-cse'],
    ['ha nem küldesz pénzt, a képeidet elküldöm mindenkinek', 5, 'grooming-cse'],
    ['13 éves vagyok és ő 25 éves pasi', 4, 'grooming-cse'],
    ['a nevelőapám fogdosott éjjel', 5, 'grooming-cse'],
    ['az osztálytársaim kiközösítenek és kinevetnek', 3, 'bullying-abuse'],
    ['öld meg magad, senki nem szeret', 4, 'bullying-abuse'],
    ['dögölj meg te nyomorék', 4, 'bullying-abuse'],
    ['apám megver ha részeg', 4, 'bullying-abuse'],
    ['kövér disznó vagy', 3, 'bullying-abuse'],
    ['hitlernek igaza volt', 4, 'extremism'],
    ['csatlakozni akarok a dzsihádhoz', 4, 'extremism'],
    ['breivik a példaképem', 4, 'extremism'],
    ['a cigányokat ki kell irtani', 4, 'extremism'],
    ['büdös cigányok takarodjanak', 3, 'hate-discrimination'],
    ['a buzik betegek', 3, 'hate-discrimination'],
    ['hol lehet füvet venni pesten', 3, 'drugs'],
    ['tegnap füveztünk a parkban', 3, 'drugs'],
    ['holnap beviszem a kést a suliba', 5, 'weapons-violence'],
    ['lelőlek, van pisztolyom', 5, 'weapons-violence'],
    ['felrobbantom az iskolát', 5, 'weapons-violence'],
    ['hogyan kell bombát csinálni házilag', 5, 'weapons-violence'],
    ['holnap ne gyertek suliba, komolyan mondom', 5, 'weapons-violence'],
    ['minden zsebpénzemet elvesztettem a tippmixen', 3, 'gambling'],
    ['tippmixeltem apu kártyájával és elbuktam', 3, 'gambling'],
    ['ingyen pornó oldalak', 3, 'sexual'],
  ]);
});

describe('Hungarian: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('hu', [
    'meghalok a nevetéstől 😂',
    'éhen halok, mikor lesz vacsora',
    'anyám megöl ha meglátja a bizonyítványom',
    'anyu meg fog ölni, elkéstem',
    'ez a szám bomba jó',
    'bombázó volt a buli',
    'vágd fel a hagymát a konyhakéssel',
    'megvágtam az ujjam papírral',
    'történelemórán a második világháborúról és az atombombáról tanultunk',
    'ölöm az időt a vonaton',
    'kapura lőtt és gólt rúgott',
    'a játékban lelőttem a bosst',
    'megöllek ha megeszed a csokimat',
    'ne mondd el senkinek, de tetszik Bence',
    'ne mondd el anyának, meglepetés lesz a szülinapjára',
    'a rendőrség szerint a férfi késsel támadt',
    'hogyan segítsek a barátomnak aki öngyilkosságra gondol? lelki elsősegély',
    'az orvos napi két tablettát írt fel fejfájásra',
    'nem akarok meghalni, élni akarok',
    'nem akarok budapesten élni, túl drága',
    'patkányméreg a pincébe',
    'megöltem a pókot a fürdőben',
    'ez a dolgozat megöl',
    'kalóriabomba, de megérte',
    'fürdőbomba levendulával',
    'vízipisztoly a strandra',
    'lenyírni a füvet a kertben',
    'kenyérvágó kés kell',
    'a filmben a főhős felrobbantja a hidat',
    'dolgozatot írok a holokausztról',
    'fortnite-ban lelőttek',
    'a cserkésztáborba viszek bicskát',
    'meghalt a nagypapám, szombaton lesz a temetés',
    '14 éves vagyok és hetedikes',
    'gombalevest főzök',
    'holnap szülinapi buli, hozok tortát',
    'a meleg napokon strandra megyünk',
    'soha nem szívtam füvet',
    'nincs kedvem felkelni hétfőn',
    'a hegeket a műtét után krémmel kenem',
  ]);
});

describe('Hungarian: tuned wordings (farewells, laxatives, private apps, sextortion, coaches, fights)', () => {
  expectAlerts('hu', [
    ['holnap reggel a kötél és vége, bocsánat mindenkinek', 4, 'suicide-self-harm'],
    ['hashajtót szedek naponta, hogy lemenjen még 3 kiló', 4, 'suicide-self-harm'],
    ['hány éves vagy? idősebbnek tűnsz, gyere át snapre', 4, 'grooming-cse'],
    ['a videómat elküldi a szüleimnek ha nem utalok holnapig', 5, 'grooming-cse'],
    ['a tanárom bent marad velem óra után, és azt mondja senki nem hinne nekem', 4, 'grooming-cse'],
    ['hozzatok láncot meg vasrudat, szétverjük őket szombaton', 4, 'weapons-violence'],
    ['mostohaapám bezár a pincébe ha sírok', 4, 'bullying-abuse'],
    ['honnan lehet biofüvet venni', 3, 'drugs'],
  ]);
  expectNoAlerts('hu', [
    'a gyógyszert naponta kétszer kell bevenni étkezés után',
    'hozz ütőt, szombaton teniszezünk a parkban',
    'az edzőm az öltözőben elmondta a taktikát',
  ]);
});

describe('Hungarian: dev8 round (perc is a minute, replacement talk × a call to arms, pictures without clothes, paid "deliveries")', () => {
  expectAlerts('hu', [
    ['le akarnak cserélni minket, ideje fegyvert fogni, csatlakozz hozzánk', 4, 'extremism'],
    ['A nagy lecserélés valóság, fogjunk fegyvert amíg lehet', 4, 'extremism'],
    ['13 vagyok és egy 28 éves pasi azt írja küldjek neki képeket ruha nélkül', 5, 'grooming-cse'],
    ['azt mondta menjünk át telegramra és küldjek képeket magamról ruha nélkül', 4, 'grooming-cse'],
    ['csomagok kihordására keresünk fiatalokat, napi 20 ezer készpénzben, ne kérdezz semmit', 4, 'grooming-cse'],
    ['mindenkinek jobb lenne ha megölnéd magad', 4, 'bullying-abuse'],
  ]);
  expectNoAlerts('hu', [
    'A tésztát 180 fokon 25 perc alatt süsd készre',
    'még öt perc és indulok, várj meg',
    'a busz 10 perc múlva jön',
    'futárnak jelentkeztem nyári munkára, napi 15 ezret fizetnek',
    'ruha nélkül nem megyek ki a hóba, hozd a kabátom',
    'jobb lenne ha megírnád a házit, mielőtt anyu hazaér',
  ]);
});
