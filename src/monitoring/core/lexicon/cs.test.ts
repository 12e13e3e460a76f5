/**
 * Czech and Slovak pack (`cs.ts`): risky texts must alert in their category; innocent texts with
 * alarming words (idioms, cooking, games, sport, history, news, help-seeking) must not. Sentences
 * were written independently of the pack's phrase lists, with and without diacritics, in Czech
 * and in Slovak.
 */
import { describe } from 'node:test';
import { expectAlerts, expectNoAlerts } from '../../../../test/support/lexicon-cases.ts';

describe('Czech/Slovak: risky texts alert', () => {
  expectAlerts('cs', [
    ['uz fakt nechci zit, nikoho nezajimam', 4, 'suicide-self-harm'],
    ['chci umrit a mit konecne klid', 5, 'suicide-self-harm'],
    ['Chcem umrieť, už nevládzem', 5, 'suicide-self-harm'],
    ['dneska v noci se zabiju, mam to promyšlený', 5, 'suicide-self-harm'],
    ['rozhodla jsem se skončit se sebou', 5, 'suicide-self-harm'],
    ['jak se nejrychleji zabít bez bolesti', 5, 'suicide-self-harm'],
    ['ako spachat samovrazdu aby to nebolelo', 5, 'suicide-self-harm'],
    ['kolik paralenu je smrtelna davka', 5, 'suicide-self-harm'],
    ['kolko tabletiek musim zobrat aby som zomrela', 5, 'suicide-self-harm'],
    ['zítra skočím z mostu a bude klid', 5, 'suicide-self-harm'],
    ['všem bude líp beze mě', 4, 'suicide-self-harm'],
    ['zase jsem se pořezala, tentokrát hlouběji', 4, 'suicide-self-harm'],
    ['jak schovat jizvy na rukou pred mamou', 4, 'suicide-self-harm'],
    ['chci zhubnout 5 kil tak uz tyden nic nejim', 4, 'suicide-self-harm'],
    ['nikdo by si ani nevšiml kdybych tu nebyla', 3, 'suicide-self-harm'],
    ['neříkej to rodičům, je to jen mezi námi', 4, 'grooming-cse'],
    ['kolik ti je? pošli mi fotku, ale smaž pak ty zprávy', 4, 'grooming-cse'],
    ['pošli mi nahou fotku a koupím ti robuxy', 5, 'grooming-cse'],
    ['si na svoj vek veľmi vyspelá, stretneme sa? príď sama', 4, 'grooming-cse'],
    ['jestli mi nepošleš peníze tak ty tvoje fotky rozešlu všem', 5, 'grooming-cse'],
    ['je mi 13 a jemu je 27, píše mi každej den', 4, 'grooming-cse'],
    ['osahával mě strejda když jsem u nich spala', 5, 'grooming-cse'],
    ['ve třídě se mi všichni smějí a nadávají mi', 3, 'bullying-abuse'],
    ['jdi se zabit, stejne te nikdo nema rad', 4, 'bullying-abuse'],
    ['seš tlustá kráva', 3, 'bullying-abuse'],
    ['otčím mě mlátí když je opilej', 4, 'bullying-abuse'],
    ['choď sa zabiť ty nula', 4, 'bullying-abuse'],
    ['hitler mel pravdu', 4, 'extremism'],
    ['chci se přidat k islámskému státu, jak na to', 4, 'extremism'],
    ['tarrant je můj hrdina, přečtěte si jeho manifest', 4, 'extremism'],
    ['cikáni do plynu', 4, 'extremism'],
    ['buzeranti by měli zemřít', 3, 'hate-discrimination'],
    ['ty špinavý cigán', 3, 'hate-discrimination'],
    ['kde v brne seženu trávu', 3, 'drugs'],
    ['vcera jsem byl uplne zhulenej', 3, 'drugs'],
    ['zítra přinesu do školy nůž a uvidíte', 5, 'weapons-violence'],
    ['zabiju tě, mám u sebe kudlu', 5, 'weapons-violence'],
    ['postrieľam celú triedu', 5, 'weapons-violence'],
    ['ako vyrobit bombu doma', 5, 'weapons-violence'],
    ['zítra nechoďte do školy, myslím to vážně', 5, 'weapons-violence'],
    ['prosázel jsem celou výplatu na tipsportu', 3, 'gambling'],
    ['mam 15 a vsadil jsem mamky kartou na fortunu, prohral jsem vsechno', 3, 'gambling'],
    ['pornáky zdarma', 3, 'sexual'],
  ]);
});

describe('Czech/Slovak: innocent texts with alarming words do not alert', () => {
  expectNoAlerts('cs', [
    'umírám smíchy 😂😂',
    'zomriem od smiechu z toho videa',
    'máma mě zabije až uvidí vysvědčení',
    'mamka ma zabije ked zisti ze som prisla neskoro',
    'umřu hlady, kdy bude večeře',
    'to je bomba písnička',
    'ten koncert byl fakt bomba',
    'nakrájej nožem cibuli a dej ji na pánev',
    'pořezala jsem se o papír, au',
    'v dějepise se učíme o druhé světové válce a atomové bombě',
    'zabíjíme čas hraním karet',
    'vystřelil na bránu a dal gól',
    'v minecraftu jsem zabil creepera',
    'zabiju tě jestli sníš moje hranolky',
    'neříkej to nikomu, ale líbí se mi Honza',
    'neříkej mámě, chystáme jí překvapení k narozeninám',
    'podle policie muž napadl ženu nožem na nádraží',
    'jak pomoct kamarádce, která mluví o sebevraždě? linka bezpečí',
    'lékař mi předepsal dva prášky denně na bolest hlavy',
    'nechci umřít, chci žít dlouho',
    'nechci žít v praze, je tam draho',
    'radši umřu než abych šla na tu písemku',
    'jed na krysy do sklepa',
    'zabil jsem pavouka v koupelně',
    'tenhle test mě zabije',
    'kalorická bomba, ale stálo to za to',
    'koupelová bomba s levandulí',
    'vodní pistole pro děti do bazénu',
    'posekat trávu na zahradě',
    'potřebuju nůž na chleba',
    'recenze filmu o sebevražedném atentátníkovi',
    'referát o holokaustu do dějepisu',
    'včera jsme hráli fortnite a zabili jsme bosse',
    'sbohem a díky za ryby',
    'mám 14 let a chodím do osmé třídy',
    'zajtra ideme na výlet, zober si nôž na chlieb',
    'prečo ma mama vždy zabije pohľadom',
    'jizvy po akné jak zakrýt make-upem',
    'tá hra je bomba',
    'zomrel mu dedko, pohreb je v sobotu',
    'som úplne hladná, umieram od hladu',
    'kolik stojí vstupenka do kasina v monaku, píšu referát',
  ]);
});

describe('Czech/Slovak: tuned wordings (no point being here, lies to parents, sextortion, night visits, lurking)', () => {
  expectAlerts('cs', [
    ['už nemá cenu tu být, všem by se ulevilo beze mě', 4, 'suicide-self-harm'],
    ['keby som zmizla, každý by si vydýchol. nemá to cenu žiť', 4, 'suicide-self-harm'],
    ['jsi na svůj věk hrozně vyspělá, přijedu pro tebe v pátek, řekni že spíš u kámošky', 4, 'grooming-cse'],
    ['má moje fotky a jestli nezaplatím, pošle je do třídní skupiny', 5, 'grooming-cse'],
    ['otčím za mnou chodí když spím a říká že je to naše tajemství', 4, 'grooming-cse'],
    ['bílá evropa umírá, je čas vzít to do vlastních rukou', 4, 'extremism'],
    ['víme kde bydlíš, přijdeme s nožem', 5, 'weapons-violence'],
  ]);
  expectNoAlerts('cs', [
    'počkám na tebe před školou, vezmi si svačinu',
    'nemá cenu tu být dlouho, za hodinu jedeme domů',
    'strejda za mnou chodí na trénink a fandí mi',
  ]);
});

describe('Czech/Slovak: dev8 round (parents as "naši", paysafe for pictures, paid "deliveries", "better if you killed yourself")', () => {
  expectAlerts('cs', [
    ['hlavně neříkej to vašim, nepochopili by to. pošli fotku jen pro mě', 4, 'grooming-cse'],
    ['jsi na svůj věk fakt vyspělá, pošli mi fotku a dostaneš paysafe', 4, 'grooming-cse'],
    ['je mi 14 a jemu je 26, chce se sejít', 4, 'grooming-cse'],
    ['Sháníme kluky 15+ na převoz balíčků, rychlý prachy na ruku, žádné otázky', 4, 'grooming-cse'],
    ['hľadáme chalanov na rozvoz tovaru, 1000 za deň v hotovosti, na nič sa nepýtaj', 4, 'grooming-cse'],
    ['všichni by byli rádi kdyby ses oběsila, ty nulo', 4, 'bullying-abuse'],
    ['bolo by lepšie keby si zomrela, celá trieda ťa neznáša', 4, 'bullying-abuse'],
    ['měla by ses zabít ty tlustá krávo', 4, 'bullying-abuse'],
    ['seš tak nechutnej, nikdo tě nechce', 3, 'bullying-abuse'],
  ]);
  expectNoAlerts('cs', [
    'Hledáme kurýry na rozvoz jídla po Praze, 1500 za den, piš do DM',
    'jezdi opatrně, kdyby ses zabil na tom kole, máma by to nepřežila',
    'neříkej to našim, chystám jim překvapení k výročí',
    'objednal jsem si paysafe kartu na hru',
    'rozvoz balíčků o Vánocích je šílený, kurýři nestíhají',
  ]);
});
